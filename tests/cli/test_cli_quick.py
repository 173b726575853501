"""`annotator docs PROJECT [--json]` is answered without click (annotator.cli.quick): the same
output, errors and exit status as the click command, and every other shape left to click."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.cli.quick import _parse
from annotator.project import Project
from tests.conftest import make_document

LAUNCH = ("import sys\nfrom annotator.launch import main\ntry:\n    main(sys.argv[1:])\n"
          "finally:\n    sys.stderr.write('CLICK=%s\\n' % ('click' in sys.modules))\n"
          "    sys.stderr.write('MODEL=%s\\n' % ('annotator.core.model' in sys.modules))\n"
          "    sys.stderr.write('PATHLIB=%s\\n' % ('pathlib' in sys.modules))\n")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.annot"
    with Project.create(path, annotator="t") as p:
        p.add_documents([
            make_document("Banjir merendam dua belas rumah di Kota Lestari pada Senin pagi.",
                          "Banjir \x1b[31mLestari\x1b[0m", outlet="Kompas.com"),
            make_document("The disaster agency said twelve houses were flooded on Monday.",
                          "Flood in Lestari"),
        ])
        first = p.documents()[0].id
        p.add_claim(first, 0, 6, "disputed")
    return path


def _launch(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run([sys.executable, "-c", LAUNCH, *args], capture_output=True,
                          text=True, timeout=60, env=env)


def _click(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_docs_prints_what_the_click_command_prints_without_loading_click(project, extra):
    quick = _launch("docs", str(project), *extra)
    assert quick.returncode == 0, quick.stderr
    assert "CLICK=False" in quick.stderr and "MODEL=False" in quick.stderr  # see quick.py
    # nor pathlib, with re, fnmatch and urllib.parse: a third of the command's start
    assert "PATHLIB=False" in quick.stderr
    through_click = _click("docs", str(project), *extra)
    assert through_click.exit_code == 0
    assert quick.stdout == through_click.output
    if extra:
        rows = json.loads(quick.stdout)
        assert sorted(r["claims"] for r in rows) == [0, 1]
    else:  # not a terminal: escape sequences go, as click.echo drops them
        assert "\x1b" not in quick.stdout and "Banjir Lestari" in quick.stdout


def test_an_error_is_one_line_and_exit_2_on_both_paths(tmp_path):
    missing = tmp_path / "none.annot"
    quick = _launch("docs", str(missing))
    through_click = _click("docs", str(missing))
    assert quick.returncode == through_click.exit_code == 2
    assert "CLICK=False" in quick.stderr
    assert quick.stderr.splitlines()[0] == through_click.output.strip()
    assert quick.stderr.startswith("error: ") and "Traceback" not in quick.stderr


@pytest.mark.parametrize("args", [
    ["docs"], ["docs", "--help"], ["docs", "-h"], ["docs", "p.annot", "--bogus"],
    ["docs", "a.annot", "b.annot"], ["docs", "--", "p.annot"], ["docs", ""],
    ["claim", "list", "p.annot"], [],
])
def test_every_other_shape_is_left_to_click(args):
    assert _parse(args) is None


def test_help_and_mistakes_still_come_from_click(project):
    helped = _launch("docs", "--help")
    assert helped.returncode == 0 and "Usage: annotator docs" in helped.stdout
    assert "--json" in helped.stdout and "CLICK=True" in helped.stderr
    wrong = _launch("docs", str(project), "--bogus")
    assert wrong.returncode == 2 and "No such option" in wrong.stderr


def test_the_listing_gives_what_the_facade_gives(project):
    """project/listing.py's plain rows and Project.documents() come from one query."""
    from annotator.core.model import Direction, Verdict
    from annotator.project import listing
    from annotator.store.listing import DIRECTION_VALUES, VERDICT_VALUES

    assert VERDICT_VALUES == tuple(v.value for v in Verdict)
    assert DIRECTION_VALUES == tuple(d.value for d in Direction)
    with Project.open(project, readonly=True) as p:
        summaries = p.documents()
    rows = listing.document_rows(project)
    assert [r[0] for r in rows] == [d.id for d in summaries]
    for row, d in zip(rows, summaries):
        fields = dict(zip(listing.SUMMARY_COLS, row))
        assert fields["direction"] == d.direction.value and row[-2] == d.length
        assert row[-1] == {v.value: n for v, n in d.counts.items()}
        assert all(fields[k] == getattr(d, k) for k in listing.SUMMARY_COLS if k != "direction")


@pytest.mark.parametrize("column, value, what", [
    ("claims.verdict", "verifie", "claim's verdict"),
    ("documents.direction", "up", "document's direction"),
])
def test_a_damaged_value_is_named_alike_on_both_paths(project, column, value, what):
    import sqlite3

    table, name = column.split(".")
    conn = sqlite3.connect(project)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(f"UPDATE {table} SET {name} = ?", (value,))
    conn.commit()
    conn.close()
    quick = _launch("docs", str(project))
    assert quick.returncode == 2 and "CLICK=False" in quick.stderr
    assert f"a {what} reads {value!r}, which Annotator never writes" in quick.stderr
    with Project.open(project, readonly=True) as p:
        with pytest.raises(Exception, match=f"a {what} reads {value!r}"):
            p.documents()
