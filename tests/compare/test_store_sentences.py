"""Stored sentences stay current on import, re-import, delete, undo and redo, and on upgrade."""
import sqlite3

import pytest
from sqlite_utils import Database

from annotator.project import compare as project_compare
from annotator.compare import codec
from annotator.core.errors import AnnotatorError, ProjectFileError
from annotator.project import Project
from annotator.store import backup
from annotator.store.schema import migrations

from ..conftest import make_document

TEXT = ("Menurut Axios, 21 serangan AS di Karibia telah menewaskan setidaknya 83 orang. "
        "Pejabat AS mengatakan panggilan Trump–Maduro masih direncanakan.\n"
        "Warga 👩🏽‍🚒 dan Rene\u0301 melihat kapal itu pada Sabtu (29/11).")


def _stored(proj, doc_id):
    return [(a.sentence.start, a.sentence.end, a.sentence.text) for a in proj.analyze(doc_id)]


def test_import_stores_sentences_whose_offsets_are_code_points_of_the_text(project):
    doc = make_document(TEXT, published="2025-11-30")
    project.add_documents([doc])
    assert project.sentence_status().pending == 0
    spans = _stored(project, doc.id)
    assert len(spans) == 3
    for start, end, text in spans:
        assert doc.text[start:end] == text
    analyses = project.analyze(doc.id)
    assert any(q.unit for a in analyses for q in a.quantities)
    assert [a.sentence.index for a in analyses] == [0, 1, 2]
    assert len(project.analyze()) == 3


def test_delete_undo_and_redo_keep_sentences_current(project):
    doc, other = make_document(TEXT), make_document("Kapal itu tenggelam di Karibia. Dua orang hilang.")
    project.add_documents([doc, other])
    before = _stored(project, doc.id)
    project.remove_document(doc.id)
    assert project.sentence_status().sentences == len(_stored(project, other.id))
    project.undo()  # the document is back; its derived sentences are recomputed on demand
    assert project.sentence_status().pending == 1
    assert project.ensure_sentences() == 1
    assert _stored(project, doc.id) == before
    project.redo()
    assert project.sentence_status() == project_compare.SentenceStatus(1, 1, 2)
    project.undo()  # undoing the import itself drops its sentences too
    project.undo()
    assert project.sentence_status() == project_compare.SentenceStatus(0, 0, 0)


def test_a_new_publication_date_reanalyses_the_document(project):
    doc = make_document(TEXT)
    project.add_documents([doc])
    project.update_document(doc.id, title="Another title")  # metadata: sentences kept
    assert project.sentence_status().pending == 0
    project.update_document(doc.id, published="2025-11-30")
    assert project.sentence_status().pending == 1
    dates = [d.date for a in project.analyze(doc.id) for d in a.dates]
    assert "2025-11-29" in dates


def test_native_reimport_stores_sentences(project, tmp_path):
    from annotator.export import get_exporter
    from annotator.ingest.native import import_native

    doc = make_document(TEXT)
    project.add_documents([doc])
    out = tmp_path / "all.jsonl"
    get_exporter("jsonl").write(project, out, None)
    with Project.create(tmp_path / "copy.annot") as copy:
        import_native(copy, out)
        assert copy.sentence_status().pending == 0
        assert _stored(copy, doc.id) == _stored(project, doc.id)


def test_ensure_sentences_is_cancellable_and_resumes(project, monkeypatch):
    monkeypatch.setattr(project_compare, "INLINE_MAX_CHARS", 0)  # nothing analysed on import
    monkeypatch.setattr(project_compare, "BATCH_DOCS", 1)
    project.add_documents([make_document(f"Dokumen nomor {i} tentang kapal.") for i in range(3)])
    assert project.sentence_status().pending == 3
    seen = []
    done = project.ensure_sentences(progress=lambda d, t: seen.append((d, t)),
                                    cancelled=lambda: len(seen) >= 1)
    assert done == 1 and seen == [(1, 3)] and project.sentence_status().pending == 2
    assert project.ensure_sentences() == 2 and project.sentence_status().pending == 0


def test_a_failing_analyser_never_fails_the_import(project, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("analyser defect")

    monkeypatch.setattr(project_compare, "_analyze", broken)
    doc = make_document(TEXT)
    project.add_documents([doc])
    assert project.document_count() == 1 and project.sentence_status().pending == 1
    with pytest.raises(AnnotatorError, match="could not be analysed"):
        project.ensure_sentences()


def test_read_only_project_analyses_in_memory(tmp_path, monkeypatch):
    monkeypatch.setattr(project_compare, "INLINE_MAX_CHARS", 0)
    path = tmp_path / "ro.annot"
    doc = make_document(TEXT)
    with Project.create(path) as proj:
        proj.add_documents([doc])
    with Project.open(path, readonly=True) as ro:
        assert len(ro.analyze(doc.id)) == 3
        with pytest.raises(ProjectFileError, match="not been analysed"):
            ro.ensure_sentences()


def _make_v3(path):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.apply(Database(conn), stop_before="m004_sentences")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.execute("INSERT INTO meta VALUES ('name', 'old'), ('created_at', '2026-01-01T00:00:00Z')")
    doc = make_document(TEXT)
    conn.execute("INSERT INTO documents (id, title, text, content_hash, imported_at) "
                 "VALUES (?, ?, ?, ?, ?)", (doc.id, "t", doc.text, doc.content_hash, "2026-01-01"))
    conn.close()
    return doc


def test_an_older_project_gets_the_tables_with_a_backup_then_its_sentences(tmp_path):
    path = tmp_path / "v3.annot"
    doc = _make_v3(path)
    with Project.open(path) as proj:
        assert proj.sentence_status() == project_compare.SentenceStatus(1, 0, 0)
        assert proj.ensure_sentences() == 1
        assert _stored(proj, doc.id)[0][2].startswith("Menurut Axios")
    assert len(backup.list_backups(path)) == 1


def test_analyses_round_trip_through_the_stored_json(project):
    doc = make_document(TEXT, published="2025-11-30")
    project.add_documents([doc])
    from annotator.compare.analyze import analyze_document

    fresh = analyze_document(doc.id, doc.text, language="", published="2025-11-30")
    stored = project.analyze(doc.id)
    assert [codec.dumps(a) for a in stored] == [codec.dumps(a) for a in fresh]
    assert stored == fresh
