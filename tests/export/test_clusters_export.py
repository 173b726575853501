"""`annotator export --format clusters | clusters-jsonl`: the comparison table as a file, read
back by a CSV reader and a JSON parser, through the command line (a subprocess of this tree)."""
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from annotator.export.clusters import COLUMNS

from ..compare.outlets import A, build, first_sentence

ROOT = Path(__file__).resolve().parents[2]


def _export(path, fmt, out):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "annotator.cli", "export", str(path), "--format",
                           fmt, "-o", str(out), "--json"], capture_output=True, text=True,
                          env=env, timeout=120)


def test_clusters_csv_and_jsonl_round_trip_through_the_cli(tmp_path):
    path = tmp_path / "p.annot"
    project, ids = build(path)
    claim = project.add_claim(ids["A"], *first_sentence(A), "disputed").created[0]
    project.add_claim(ids["C"], 0, 20, "unverified")
    project.close()
    done = _export(path, "clusters", tmp_path / "t.csv")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["format"] == "clusters"
    with open(tmp_path / "t.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == COLUMNS
    first = [r for r in rows if r["cluster"] == "1"]
    assert {r["outlet"] for r in first} == {"Kompas", "Tempo"}
    mine = next(r for r in first if r["claim_id"] == claim)
    assert mine["verdict"] == "disputed" and "21 serangan" in mine["figures"].split("\n")
    assert "quantity:" in mine["conflicts"] and mine["unlinked_matches"] == "1"
    assert next(r for r in first if r["kind"] == "sentence")["verdict"] == "not tagged"
    assert {r["cluster"] for r in rows} == {"1", "2"}

    done = _export(path, "clusters-jsonl", tmp_path / "t.jsonl")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in (tmp_path / "t.jsonl").read_text("utf-8").splitlines()]
    assert len(lines) == len(rows)
    assert {(r["cluster"], r["outlet"]) for r in lines} == {(int(r["cluster"]), r["outlet"])
                                                          for r in rows}
    assert all(isinstance(r["figures"], list) and isinstance(r["conflicts"], list) for r in lines)


def test_a_verdict_filter_keeps_only_clusters_with_such_a_claim(tmp_path):
    from annotator.project.exports import ExportFilter, get_exporter

    project, ids = build(tmp_path / "p.annot")
    project.add_claim(ids["A"], *first_sentence(A), "disputed")
    project.add_claim(ids["C"], 0, 20, "unverified")
    result = get_exporter("clusters-jsonl").write(project, tmp_path / "f.jsonl",
                                                  ExportFilter(verdicts=["unverified"]))
    lines = [json.loads(x) for x in (tmp_path / "f.jsonl").read_text("utf-8").splitlines()]
    assert [r["outlet"] for r in lines] == ["Detik"] and result.claims == 1
