"""`annotator stats`: the JSON contract in README.md and the readable table."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from annotator.cli import main
from tests.stats.stats_support import CLAIMS, as_counters, build, expected


@pytest.fixture
def path(tmp_path, monkeypatch):
    p = tmp_path / "stats.annot"
    build(p, monkeypatch).close()
    return p


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("by", ["outlet", "article", "annotator", "week", "day", "published",
                                "published-week"])
def test_json_shape_and_numbers(path, by):
    result = invoke("stats", path, "--by", by, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"by", "groups", "totals"} and data["by"] == by
    for g in data["groups"]:
        assert set(g) == {"key", "label", "verified", "disputed", "unverified", "total"}
    assert set(data["totals"]) == {"verified", "disputed", "unverified", "total"}
    assert data["totals"]["total"] == len(CLAIMS)
    from annotator.project import Project

    with Project.open(path, readonly=True) as proj:
        assert as_counters(data) == expected(proj, by)


def test_the_table_shows_every_group_and_the_totals(path):
    result = invoke("stats", path)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["outlet", "✓", "verified"]
    kompas = next(line for line in lines if line.startswith("Kompas"))
    assert kompas.split()[1:] == ["2", "2", "1", "5"]
    assert lines[-1].split() == ["total", "4", "5", "2", "11"]
    assert any(line.startswith("(no outlet)") for line in lines)


def test_bad_grouping_and_missing_file_are_one_line_errors(path, tmp_path):
    bad = invoke("stats", path, "--by", "colour")
    assert bad.exit_code == 2 and "colour" in bad.output
    missing = invoke("stats", tmp_path / "nope.annot")
    assert missing.exit_code == 2
    assert len(missing.output.strip().splitlines()) == 1 and missing.output.startswith("error:")
