"""`annotator stats --conflicts`: the JSON contract in README.md, the readable tables, and the
verdict output left as it was without the flag."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.core.stats import CONFLICT_COLUMNS
from annotator.project import Project
from tests.stats.conflicts_support import CLAIMS, as_counters, build, expected


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    p = tmp_path_factory.mktemp("cli") / "c.annot"
    build(p)[0].close()
    return p


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_json_shape_and_numbers(path):
    result = invoke("stats", path, "--conflicts", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"by", "groups", "totals", "unanalysed_documents"}
    assert data["by"] == "outlet" and data["unanalysed_documents"] == 0
    for g in data["groups"]:
        assert set(g) == {"key", "label", "claims", "sentences"}
        assert list(g["claims"]) == list(g["sentences"]) == list(CONFLICT_COLUMNS)
    assert set(data["totals"]) == {"claims", "sentences"}
    assert data["totals"]["claims"]["total"] == len(CLAIMS)
    with Project.open(path, readonly=True) as proj:
        want = {o: {w: Counter({k: n for k, n in c.items() if n}) for w, c in s.items()}
                for o, s in expected(proj).items()}
    assert as_counters(data) == want


def test_the_tables_show_claims_then_sentences_with_totals(path):
    result = invoke("stats", path, "--conflicts")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Claims (annotated spans)")
    assert lines[1].split()[:4] == ["outlet", "claims", "in", "conflict"]
    kompas = next(line for line in lines if line.startswith("Kompas"))
    assert kompas.split()[1:] == ["4", "3", "2", "0", "2", "2", "0"]
    blank = lines.index("")
    assert lines[blank - 1].split()[0] == "total" and lines[blank - 1].split()[1] == str(len(CLAIMS))
    assert lines[blank + 1].startswith("Sentences")
    assert lines[-1].split()[0] == "total"


def test_without_the_flag_the_verdict_table_is_unchanged(path):
    result = invoke("stats", path, "--json")
    assert set(json.loads(result.output)) == {"by", "groups", "totals"}


def test_conflicts_count_per_outlet_only(path):
    result = invoke("stats", path, "--conflicts", "--by", "week")
    assert result.exit_code == 2 and "--conflicts counts per outlet only" in result.output


def test_unanalysed_articles_are_analysed_first_with_a_note(tmp_path):
    from tests.conftest import make_document
    from tests.stats.conflicts_support import ARTICLES

    p = tmp_path / "fresh.annot"
    with Project.create(p) as proj:
        proj.add_documents([make_document(t, outlet=o, published=d, language="id")
                            for t, o, d in ARTICLES.values()])
    result = CliRunner().invoke(main, ["stats", str(p), "--conflicts", "--json"])
    assert result.exit_code == 0, result.output
    assert f"analysing {len(ARTICLES)} document(s) first" in result.stderr
    assert json.loads(result.stdout)["totals"]["sentences"]["single_source"] == 3
