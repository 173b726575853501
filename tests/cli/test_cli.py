"""The CLI contract in README.md, driven through click's CliRunner."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from annotator.cli import main


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args, ok=True):
        result = runner.invoke(main, [str(a) for a in args], catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result
    return invoke


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Banjir di Kota Lestari\n\nBadan penanggulangan bencana menyebut dua belas rumah "
        "terendam dan tiga warga mengungsi ke balai desa pada Senin pagi.", encoding="utf-8")
    (folder / "b.md").write_text(
        "# Flood in Lestari\n\nThe disaster agency said twelve houses were flooded and three "
        "residents were moved to the village hall on Monday morning.", encoding="utf-8")
    return folder


def test_new_import_docs_claim_export_check(run, tmp_path, articles):
    proj = tmp_path / "p.annot"
    assert "created" in run("new", proj).output
    out = run("import", proj, articles).output
    assert out.count("imported ") == 2 and "2 imported, 0 duplicate, 0 failed" in out

    docs = json.loads(run("docs", proj, "--json").output)
    assert {d["language"] for d in docs} == {"id", "en"}
    en = next(d for d in docs if d["language"] == "en")
    assert en["title"] == "Flood in Lestari" and en["claims"] == 0

    added = json.loads(run("claim", "add", proj, "--doc", en["id"][:8], "--start", 24,
                           "--end", 40, "--verdict", "disputed", "--note", "12 or 15?", "--json").output)
    assert added["quote"] == (articles / "b.md").read_text(encoding="utf-8")[24:40]
    cid = added["id"]
    listed = json.loads(run("claim", "list", proj, "--json").output)
    assert [c["id"] for c in listed] == [cid] and listed[0]["verdict"] == "disputed"

    run("claim", "set", proj, cid[:6], "--verdict", "verified")
    assert json.loads(run("claim", "list", proj, "--doc", en["id"], "--json").output)[0]["verdict"] == "verified"
    assert "ok:" in run("check", proj).output
    run("claim", "rm", proj, cid)
    assert json.loads(run("claim", "list", proj, "--json").output) == []


def test_claim_add_prints_id_and_quote_matches_text(run, tmp_path, articles):
    proj = tmp_path / "p.annot"
    run("new", proj)
    run("import", proj, articles / "b.md")
    doc = json.loads(run("docs", proj, "--json").output)[0]
    cid = run("claim", "add", proj, "--doc", doc["id"], "--start", 0, "--end", 5,
              "--verdict", "unverified").output.strip()
    claim = json.loads(run("claim", "list", proj, "--json").output)[0]
    assert claim["id"] == cid and claim["quote"] == "# Flo"


def test_import_reports_failures_and_still_imports_the_rest(run, tmp_path, articles):
    proj = tmp_path / "p.annot"
    run("new", proj)
    (articles / "empty.txt").write_text("")
    result = run("import", proj, articles, tmp_path / "missing.txt", ok=False)
    assert result.exit_code == 1
    assert "failed    " in result.output and "the file is empty" in result.output
    assert "no such file" in result.output
    assert len(json.loads(run("docs", proj, "--json").output)) == 2
    again = run("import", proj, articles / "a.txt", "--json")
    report = json.loads(again.output)
    assert report["duplicates"] == 1 and report["files"][0]["outcome"] == "duplicate"


@pytest.mark.parametrize("args,message", [
    (("claim", "add", "{p}", "--doc", "nope", "--start", 0, "--end", 3, "--verdict", "verified"), "no document"),
    (("claim", "set", "{p}", "nope", "--verdict", "verified"), "no claim"),
    (("docs", "{missing}"), "no such file"),
])
def test_errors_are_one_line_with_status_2(run, tmp_path, args, message):
    proj = tmp_path / "p.annot"
    run("new", proj)
    args = [str(a).format(p=proj, missing=tmp_path / "x.annot") for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_claim_add_rejects_span_outside_text(run, tmp_path, articles):
    proj = tmp_path / "p.annot"
    run("new", proj)
    run("import", proj, articles / "a.txt")
    doc = json.loads(run("docs", proj, "--json").output)[0]
    result = run("claim", "add", proj, "--doc", doc["id"], "--start", 0, "--end", 10**6,
                 "--verdict", "verified", ok=False)
    assert result.exit_code == 2 and "outside the text" in result.output


def test_check_fails_on_a_non_project(run, tmp_path):
    bad = tmp_path / "bad.annot"
    bad.write_text("not a project")
    result = run("check", bad, ok=False)
    assert result.exit_code == 2 and "not an Annotator project" in result.output


def test_lang_override(run, tmp_path, articles):
    proj = tmp_path / "p.annot"
    run("new", proj)
    run("import", proj, articles / "a.txt")
    doc = json.loads(run("docs", proj, "--json").output)[0]
    assert run("lang", proj, doc["id"][:8], "ms").output.split()[-1] == "ms"
    assert json.loads(run("docs", proj, "--json").output)[0]["language"] == "ms"
    run("lang", proj, doc["id"], "auto")
    assert json.loads(run("docs", proj, "--json").output)[0]["language"] == "id"
    refused = run("lang", proj, doc["id"], "notacode", ok=False)
    assert refused.exit_code == 2 and "'notacode' is not a language code" in refused.output


def test_corpus_articles_import_and_check(run, tmp_path, corpus_dir):
    proj = tmp_path / "corpus.annot"
    run("new", proj)
    run("import", proj, corpus_dir)
    docs = json.loads(run("docs", proj, "--json").output)
    assert len(docs) == len(list(corpus_dir.glob("*.txt")))
    assert {d["language"] for d in docs} == {"id"}
    doc = docs[0]
    run("claim", "add", proj, "--doc", doc["id"], "--start", 0, "--end", 8, "--verdict", "disputed")
    assert "ok:" in run("check", proj).output


def test_non_gui_commands_do_not_import_qt(tmp_path):
    proj = tmp_path / "p.annot"
    code = (
        "import sys; from annotator.cli import main\n"
        "try:\n    main([%r, %r], standalone_mode=False)\nexcept SystemExit: pass\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt imported'\n"
    ) % ("new", str(proj))
    subprocess.run([sys.executable, "-c", code], check=True)
    assert proj.exists()


def test_search_json_gives_articles_and_claims_with_spans(run, tmp_path, articles):
    proj = tmp_path / "p.annot"
    run("new", proj)
    run("import", proj, articles / "a.txt")
    doc = json.loads(run("docs", proj, "--json").output)[0]
    text_start = "Banjir di Kota Lestari\n\n".__len__()
    run("claim", "add", proj, "--doc", doc["id"], "--start", text_start,
        "--end", text_start + 5, "--verdict", "disputed", "--note", "angka banjir")
    hits = json.loads(run("search", proj, "banjir", "--json").output)
    assert [h["kind"] for h in hits] == ["document", "claim"]
    assert hits[0]["claim"] is None and hits[0]["start"] is None
    assert (hits[1]["doc"], hits[1]["start"], hits[1]["end"]) == (doc["id"], text_start, text_start + 5)
    assert "[" in hits[0]["snippet"] and set(hits[0]) == set(hits[1]) == {
        "kind", "doc", "title", "claim", "start", "end", "snippet"}
