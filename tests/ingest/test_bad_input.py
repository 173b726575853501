"""Bad input: one clear sentence per file, no rows of that file, the rest still imported."""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from annotator.ingest import prepare, runner
from annotator.ingest.runner import Outcome, import_paths

from .builders import ARTICLE_EN, ARTICLE_ID, html_page, make_docx, make_pdf, project_dump

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)
ELF = b"\x7fELF\x02\x01\x01" + bytes(300)


def _undecodable() -> bytes:
    return random.Random(7).randbytes(3000).replace(b"\x00", b"\x01")


CASES = {
    # name: (file name, content, words the message must contain)
    "empty": ("empty.txt", b"", "the file is empty"),
    "blank": ("blank.md", b"  \n\t\n", "the file is empty"),
    "png renamed .txt": ("photo.txt", PNG, "this is a PNG image, not text"),
    "program renamed .txt": ("tool.txt", ELF, "this is a program, not text"),
    "undecodable": ("noise.txt", _undecodable(), "encoding could not be recognised"),
    "bad utf-16": ("bad16.txt", b"\xff\xfe" + "Hai".encode("utf-16-le") + b"\x00\xd8",
                   "claims to be UTF-16 but has invalid bytes"),
    "malformed json": ("bad.json", b'[\n  {"text": "a"},\n  {"text": "b",}\n]', "malformed JSON at line 3"),
    "malformed jsonl": ("bad.jsonl", b'{"text": "fine line"}\n\n{"text": oops}\n',
                        "malformed JSON at line 3"),
    "json without text": ("notext.json", json.dumps([{"text": ARTICLE_ID}, {"title": "x"}]).encode(),
                          'article 2: the required field "text" is missing'),
    "json wrong type": ("type.jsonl", b'{"text": "ok", "title": 7}\n', '"title" must be a string'),
    "docx not a zip": ("letter.docx", ARTICLE_EN.encode(), "not a Word document"),
    "old .doc renamed": ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
                         "old-style .doc file"),
    "docx without text": ("blank.docx", make_docx([""]), "the Word document has no text"),
    "pdf without text": ("scan.pdf", make_pdf(None), "the PDF has no text layer"),
    "pdf that is not a pdf": ("fake.pdf", b"just some words, not a PDF at all", "not a PDF file"),
    "truncated pdf": ("cut.pdf", make_pdf(["Some text in a PDF that is cut short"])[:60],
                      "damaged or not what its name says"),
    "html without article": ("menu.html", b"<html><body><nav><a href='/'>Home</a> <a href='/x'>"
                             b"News</a></nav><footer>(c) 2024</footer></body></html>",
                             "no article text was found in the page"),
    "html that is not html": ("plain.html", b"just words, no markup at all here", "not an HTML page"),
    "unsupported type": ("photo.png", PNG, "unsupported file type .png"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_fails_with_one_sentence_and_leaves_the_project_unchanged(project, tmp_path, case):
    name, content, expected = CASES[case]
    (tmp_path / name).write_bytes(content)
    before = project_dump(project)
    report = import_paths(project, [tmp_path / name])
    (result,) = report.results
    assert result.outcome is Outcome.FAILED
    assert expected in result.message
    assert "\n" not in result.message and "Traceback" not in result.message
    assert project_dump(project) == before


def test_file_over_the_size_limit(project, tmp_path):
    f = tmp_path / "big.txt"
    f.write_text(ARTICLE_EN * 20, encoding="utf-8")
    before = project_dump(project)
    (result,) = import_paths(project, [f], max_bytes=2048).results
    assert result.outcome is Outcome.FAILED and "over the 2 KB import limit" in result.message
    assert project_dump(project) == before
    assert runner.DEFAULT_MAX_BYTES == 20 * 1024 * 1024
    (ok,) = import_paths(project, [f]).results
    assert ok.outcome is Outcome.IMPORTED


def test_missing_path(project, tmp_path):
    before = project_dump(project)
    (result,) = import_paths(project, [tmp_path / "nowhere.txt"]).results
    assert result.outcome is Outcome.FAILED and result.message == "no such file or folder"
    assert project_dump(project) == before


def _root_reads_anyway(path) -> bool:
    try:
        path.read_bytes()
        return True
    except PermissionError:
        return False


def test_unreadable_file(project, tmp_path, monkeypatch):
    f = tmp_path / "secret.txt"
    f.write_text(ARTICLE_EN, encoding="utf-8")
    f.chmod(0)
    try:
        if _root_reads_anyway(f):  # running as root: make the read itself fail instead
            def denied(path, max_bytes):
                raise PermissionError(13, "Permission denied", str(path))
            monkeypatch.setattr(prepare, "_read_limited", denied)
        before = project_dump(project)
        (result,) = import_paths(project, [f]).results
    finally:
        f.chmod(0o644)
    assert result.outcome is Outcome.FAILED
    assert result.message == "permission denied: the file cannot be read"
    assert project_dump(project) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder")
def test_unreadable_subfolder_is_reported(project, tmp_path):
    (tmp_path / "ok.txt").write_text(ARTICLE_EN, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        report = import_paths(project, [tmp_path])
    finally:
        locked.chmod(0o755)
    outcomes = {r.path.name: (r.outcome, r.message) for r in report.results}
    assert outcomes["locked"] == (Outcome.FAILED, "the folder cannot be read (permission denied)")
    assert outcomes["ok.txt"][0] is Outcome.IMPORTED


def _failing_insert(monkeypatch, poisoned: str):
    """Make the project file refuse (as a full disk would) any document whose text contains
    `poisoned`; returns the list of inserted document texts."""
    from annotator.store import recorder

    real_insert, calls = recorder.Recorder.insert, []

    def insert(self, table, row):
        calls.append(row.get("text", ""))
        if poisoned in row.get("text", ""):
            raise recorder.sqlite3.OperationalError("disk I/O error")
        return real_insert(self, table, row)

    def insert_many(self, table, rows):  # row by row, so the refusal comes after a write
        for row in rows:
            insert(self, table, row)

    monkeypatch.setattr(recorder.Recorder, "insert", insert)
    monkeypatch.setattr(recorder.Recorder, "insert_many", insert_many)
    return calls


def test_a_failure_while_storing_rolls_the_whole_file_back(project, tmp_path, monkeypatch):
    f = tmp_path / "two.jsonl"
    f.write_text(json.dumps({"text": ARTICLE_ID}) + "\n" + json.dumps({"text": ARTICLE_EN}) + "\n",
                 encoding="utf-8")
    calls = _failing_insert(monkeypatch, "city council")
    before = project_dump(project)
    (result,) = import_paths(project, [f]).results
    assert result.outcome is Outcome.FAILED and "could not be saved" in result.message
    assert calls[0] == ARTICLE_ID, "the first article was written, then rolled back"
    assert project_dump(project) == before


@pytest.mark.parametrize("undoable", [False, True])
def test_a_store_failure_in_one_file_spares_its_neighbours(project, tmp_path, monkeypatch, undoable):
    texts = {"1.txt": ARTICLE_ID, "2.txt": ARTICLE_EN, "3.txt": ARTICLE_ID + "\nLagi satu paragraf."}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    _failing_insert(monkeypatch, "city council")
    report = import_paths(project, [tmp_path / n for n in texts], undoable=undoable)
    assert [r.outcome for r in report.results] == [Outcome.IMPORTED, Outcome.FAILED, Outcome.IMPORTED]
    assert "could not be saved" in report.results[1].message
    stored = [project.document(d.id).text for d in project.documents()]
    assert sorted(stored) == sorted([texts["1.txt"], texts["3.txt"]])
    assert project.integrity_problems() == []


def test_files_are_committed_in_small_groups(project, tmp_path, monkeypatch):
    from annotator.ingest import writer

    commits = []
    real = type(project).add_documents

    def counting(self, docs, **kw):
        docs = list(docs)
        commits.append(len(docs))
        return real(self, docs, **kw)

    monkeypatch.setattr(type(project), "add_documents", counting)
    monkeypatch.setattr(writer, "GROUP_FILES", 4)
    monkeypatch.setattr(writer, "GROUP_SECONDS", 60)
    for i in range(10):
        (tmp_path / f"{i}.txt").write_text(f"Nomor {i}.\n" + ARTICLE_ID, encoding="utf-8")
    report = import_paths(project, [tmp_path])
    assert report.ok and project.document_count() == 10
    assert commits == [4, 4, 2]
    (tmp_path / "x.txt").write_text("Nomor 0.\n" + ARTICLE_ID, encoding="utf-8")  # same as 0.txt
    (tmp_path / "y.txt").write_text("Nomor 0.\n" + ARTICLE_ID, encoding="utf-8")
    again = import_paths(project, [tmp_path / "x.txt", tmp_path / "y.txt"])
    assert [r.outcome for r in again.results] == [Outcome.DUPLICATE, Outcome.DUPLICATE]


def test_the_same_article_twice_in_one_import_is_stored_once(project, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE_EN, encoding="utf-8")
    report = import_paths(project, [tmp_path])
    assert [r.outcome for r in report.results] == [Outcome.IMPORTED, Outcome.DUPLICATE]
    assert report.results[1].message == f"already in the project as “{report.results[0].titles[0]}”"
    assert report.results[1].doc_ids == report.results[0].doc_ids
    assert project.document_count() == 1


def test_folder_imports_recursively_with_one_report(project, tmp_path):
    root = tmp_path / "inbox"
    (root / "week1" / "monday").mkdir(parents=True)
    (root / "page_files").mkdir()  # a saved page's assets: skipped
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text(ARTICLE_ID, encoding="utf-8")
    (root / "week1" / "b.md").write_text("# Bridge\n\n" + ARTICLE_EN, encoding="utf-8")
    (root / "week1" / "monday" / "c.html").write_text(
        html_page(ARTICLE_EN.split("\n") + ["A paragraph only this page has."], title="C"),
        encoding="utf-8")
    (root / "week1" / "empty.txt").write_text("", encoding="utf-8")
    (root / "week1" / "notes.xyz").write_text("ignored: not a supported type", encoding="utf-8")
    (root / "page_files" / "frame.html").write_text(html_page(["x"] * 3, title="frame"))
    (root / ".hidden" / "d.txt").write_text(ARTICLE_ID + " lagi", encoding="utf-8")
    progress = []
    report = import_paths(project, [root], progress=lambda d, t, p: progress.append((d, t, p.name)))
    got = {r.path.relative_to(root).as_posix(): r.outcome for r in report.results}
    assert got == {"a.txt": Outcome.IMPORTED, "week1/b.md": Outcome.IMPORTED,
                   "week1/empty.txt": Outcome.FAILED, "week1/monday/c.html": Outcome.IMPORTED}
    assert [p[:2] for p in progress] == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert project.document_count() == 3 and not report.ok


def test_folder_without_supported_files_is_reported(project, tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "a.png").write_bytes(PNG)
    (result,) = import_paths(project, [tmp_path / "pics"]).results
    assert result.outcome is Outcome.FAILED and "no files of a supported type" in result.message


def test_cancel_stops_between_files(project, tmp_path):
    files = []
    for i, text in enumerate([ARTICLE_ID, ARTICLE_EN, ARTICLE_EN + " Lagi."]):
        files.append(tmp_path / f"{i}.txt")
        files[-1].write_text(text, encoding="utf-8")
    seen = []
    report = import_paths(project, files, progress=lambda d, t, p: seen.append(d),
                          cancelled=lambda: len(seen) >= 1)
    assert report.cancelled and len(report.results) == 1 and project.document_count() == 1


def test_reader_breaking_its_contract_is_still_one_files_failure(project, tmp_path, monkeypatch):
    from annotator.ingest import base

    def broken(path, data):
        raise KeyError("oops")

    monkeypatch.setitem(base._READERS, ".txt", broken)
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE_EN, encoding="utf-8")
    (result,) = import_paths(project, [f]).results
    assert result.outcome is Outcome.FAILED and "unexpected KeyError" in result.message


def test_cancel_inside_a_big_dataset_keeps_nothing_of_it(project, tmp_path, monkeypatch):
    monkeypatch.setattr(prepare, "CANCEL_WITHIN_FILE_AFTER", 0.0)
    first = tmp_path / "a.txt"
    first.write_text(ARTICLE_EN, encoding="utf-8")
    big = tmp_path / "b.jsonl"
    big.write_text("\n".join(json.dumps({"text": f"Nomor {i}.\n{ARTICLE_ID}"}) for i in range(40)),
                   encoding="utf-8")
    polls = []

    def cancelled() -> bool:
        polls.append(1)
        return len(polls) > 12  # some way into b.jsonl's articles

    report = import_paths(project, [first, big], cancelled=cancelled)
    assert report.cancelled
    assert [r.path.name for r in report.results] == ["a.txt"]
    assert project.document_count() == 1 and project.integrity_problems() == []


def test_the_project_file_itself_is_not_read_as_articles(project, tmp_path):
    """Reading it would drop this process's SQLite locks on it (POSIX), whatever it is named."""
    from annotator.ingest.runner import import_paths

    twin = tmp_path / "twin.txt"
    os.link(project.path, twin)  # the same file under an article's name
    report = import_paths(project, [project.path, twin, Path(f"{project.path}-wal")])
    assert [r.outcome.value for r in report.results] == ["failed"] * 3
    assert all("project's own file" in r.message for r in report.results)
