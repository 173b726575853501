"""Hostile JSON (issue 12, items 1 and 7): the import report says exactly what is stored, one bad
file fails alone with one sentence, and nothing reaches stderr but that sentence."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from annotator.ingest import prepare
from annotator.ingest.report import FileResult, ImportReport, Outcome
from annotator.ingest.runner import import_paths

from .builders import ARTICLE_EN, ARTICLE_ID

DEEP = "[" * 100_000 + "]" * 100_000


def _good_files(folder: Path, n: int) -> None:
    for i in range(n):
        (folder / f"a{i:02}.json").write_text(json.dumps(
            {"text": f"{ARTICLE_ID}\nArtikel nomor {i}.", "title": f"Artikel {i}"}),
            encoding="utf-8")


def _with_raw(obj: dict, field: str, raw: str) -> str:
    """`obj` as JSON with `field` set to the raw JSON `raw` (escapes json.dumps would refuse)."""
    return json.dumps({**obj, field: "@@"}).replace('"@@"', raw)


def _stored_ids(project) -> set[str]:
    return {d.id for d in project.documents()}


def _assert_report_is_what_is_stored(project, report: ImportReport) -> None:
    reported = {d for r in report.results if r.outcome is Outcome.IMPORTED for d in r.doc_ids}
    assert reported == _stored_ids(project)


def _batch_with_one_bad_file(project, tmp_path, good: int, bad_name: str) -> str:
    """Import `good` files and one whose title is a lone surrogate, sorted among them; the
    bad file's message (it alone failed, and the report matches what is stored)."""
    folder = tmp_path / "batch"
    folder.mkdir()
    _good_files(folder, good)
    (folder / bad_name).write_text(_with_raw({"text": ARTICLE_EN}, "title", '"\\ud800"'),
                                   encoding="utf-8")
    report = import_paths(project, [folder])
    failed = [r for r in report.results if r.outcome is Outcome.FAILED]
    assert [r.path.name for r in failed] == [bad_name]
    assert report.count(Outcome.IMPORTED) == good
    _assert_report_is_what_is_stored(project, report)
    return failed[0].message


def test_a_lone_surrogate_fails_its_file_alone(project, tmp_path):
    message = _batch_with_one_bad_file(project, tmp_path, 12, "a05x.json")
    assert "title holds a lone surrogate" in message


def test_lone_surrogates_in_text_and_author_give_one_sentence(project, tmp_path):
    text = tmp_path / "text.json"
    text.write_text(_with_raw({}, "text", '"Teks \\udfff %s"' % ARTICLE_ID[:80]),
                    encoding="utf-8")
    author = tmp_path / "author.jsonl"
    author.write_text(_with_raw({"text": ARTICLE_EN}, "author", '"\\ud83d"') + "\n"
                      + json.dumps({"text": ARTICLE_ID}) + "\n", encoding="utf-8")
    a, b = import_paths(project, [text, author]).results
    assert a.outcome is b.outcome is Outcome.FAILED
    assert a.message.startswith("the text holds a lone surrogate (\\udfff)")
    assert b.message.startswith("article 1: the author holds a lone surrogate")
    assert _stored_ids(project) == set()


def test_a_failed_group_write_is_retried_file_by_file(project, tmp_path, monkeypatch):
    """Whatever slips past the checks and breaks the group's transaction fails its own file
    only: the others of the group are stored and reported, none is blamed wrongly."""
    monkeypatch.setattr(prepare, "checked_field", lambda value, name: value)
    message = _batch_with_one_bad_file(project, tmp_path, 8, "a03x.json")
    assert "\n" not in message and "nothing" in message


def test_deep_nesting_is_one_sentence_in_json_and_jsonl(project, tmp_path):
    one = tmp_path / "deep.json"
    one.write_text(_with_raw({"text": ARTICLE_EN}, "x", DEEP), encoding="utf-8")
    lines = tmp_path / "deep.jsonl"
    lines.write_text(_with_raw({"text": ARTICLE_EN}, "x", DEEP) + "\n", encoding="utf-8")
    for r in import_paths(project, [one, lines]).results:
        assert r.outcome is Outcome.FAILED
        assert r.message == "the JSON at line 1 is nested too deeply"


def test_the_cli_reports_hostile_json_without_a_traceback(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _good_files(folder, 3)
    (folder / "deep.jsonl").write_text(_with_raw({"text": ARTICLE_EN}, "x", DEEP) + "\n",
                                       encoding="utf-8")
    (folder / "z_last.json").write_text(_with_raw({"text": ARTICLE_EN}, "title", '"\\ud800"'),
                                        encoding="utf-8")
    proj = tmp_path / "p.annot"
    code = "import sys; from annotator.cli import main; main(sys.argv[1:])"
    subprocess.run([sys.executable, "-c", code, "new", str(proj)], check=True)
    done = subprocess.run([sys.executable, "-c", code, "import", str(proj), str(folder)],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and done.stderr == ""
    assert done.stdout.splitlines()[-1] == "3 imported, 0 duplicate, 2 failed"


def test_nul_in_json_text_is_dropped_so_claims_after_it_work(project, tmp_path):
    f = tmp_path / "nul.json"
    f.write_text(json.dumps({"text": "Sebelum\u0000 sesudah. " + ARTICLE_ID,
                             "title": "Ju\u0000dul"}), encoding="utf-8")
    (result,) = import_paths(project, [f]).results
    assert result.outcome is Outcome.IMPORTED
    doc = project.document(result.doc_ids[0])
    assert "\x00" not in doc.text and doc.title == "Judul"
    start = doc.text.index("kota")
    project.add_claim(doc.id, start, start + 4, "verified")


def test_nul_in_plain_text_is_dropped_too(project, tmp_path):
    """(A NUL among the first 8 KB makes the file binary, refused as such.)"""
    f = tmp_path / "nul.txt"
    f.write_bytes(((ARTICLE_EN + "\n") * 20 + "\x00 tail words").encode())
    (result,) = import_paths(project, [f]).results
    assert "\x00" not in project.document(result.doc_ids[0]).text


def test_the_import_dialog_counts_only_stored_articles():
    from annotator.ui.dialogs.import_report import summary_html

    report = ImportReport([
        FileResult(Path("a.txt"), Outcome.IMPORTED, "1 article(s)", ["d1"], ["A"], ["id"]),
        FileResult(Path("b.txt"), Outcome.DUPLICATE, "already", ["d1"], ["A"]),
        FileResult(Path("c.txt"), Outcome.FAILED, "bad"),
    ])
    assert summary_html(report, 3).startswith("<b>1 article imported</b> from 1 file")


def test_an_annotator_export_holding_nul_is_refused_not_stripped(project, tmp_path):
    """Its claims' offsets count every character, so NUL cannot be dropped there: refused."""
    from annotator.export import get_exporter
    from annotator.project import Project

    f = tmp_path / "a.txt"
    f.write_text(ARTICLE_ID, encoding="utf-8")
    (result,) = import_paths(project, [f]).results
    project.add_claim(result.doc_ids[0], 0, 10, "verified")
    out = tmp_path / "export.jsonl"
    get_exporter("jsonl").write(project, out)
    record = json.loads(out.read_text(encoding="utf-8"))
    for field, value in (("text", "\u0000" + record["text"]), ("title", "\ud800")):
        hostile = tmp_path / f"hostile-{field}.jsonl"
        hostile.write_text(json.dumps({**record, field: value}) + "\n", encoding="utf-8")
        other = Project.create(tmp_path / f"other-{field}.annot")
        try:
            (r,) = import_paths(other, [hostile]).results
            assert r.outcome is Outcome.FAILED
            assert f"field '{field}' holds a NUL or a lone surrogate" in r.message
            assert other.document_count() == 0
        finally:
            other.close()


def test_a_lone_surrogate_is_found_wherever_the_long_check_slices_the_text():
    """checked_field looks at a long text in slices (the window keeps running meanwhile):
    a lone surrogate on either side of a slice's edge, first or last, is still refused."""
    import pytest

    from annotator.ingest import prepare
    from annotator.core.errors import IngestError

    size = prepare._CHECK_CHARS
    for at in (0, size - 1, size, size + 1, 3 * size - 1, 3 * size + 5):
        text = "é" * at + "\ud83d" + "a" * (3 * size + 10 - at)
        with pytest.raises(IngestError, match="d83d"):
            prepare.checked_field(text, "text")
    clean = "😀 kata " * (size // 3)  # astral characters are whole pairs: no surrogate in Python
    assert prepare.checked_field(clean + "\x00", "text") == clean
