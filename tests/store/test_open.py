"""Opening bad files: a clear error, never a traceback, and the file left as it was."""
import hashlib
import os
import sqlite3

import pytest

from annotator.core.errors import (
    DamagedProjectError, NewerProjectError, NotAProjectError, ProjectFileError,
)
from annotator.project import Project
from annotator.store import early_check
from annotator.store.schema import APPLICATION_ID, SCHEMA_VERSION

from ..conftest import damage_pages, make_document


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused_unchanged(path, error, match=None):
    before = _digest(path)
    with pytest.raises(error, match=match):
        Project.open(path)
    assert _digest(path) == before


def test_create_sets_application_id_wal_and_version(tmp_path):
    path = tmp_path / "p.annot"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_create_refuses_existing_file(tmp_path):
    path = tmp_path / "p.annot"
    path.write_text("keep me")
    with pytest.raises(ProjectFileError, match="already exists"):
        Project.create(path)
    assert path.read_text() == "keep me"


def test_text_file_is_not_a_project(tmp_path):
    path = tmp_path / "notes.annot"
    path.write_text("hello")
    _refused_unchanged(path, NotAProjectError, "not an SQLite file")


def test_empty_file_is_not_a_project(tmp_path):
    path = tmp_path / "empty.annot"
    path.write_bytes(b"")
    with pytest.raises(NotAProjectError):
        Project.open(path)
    assert path.read_bytes() == b""


def test_other_sqlite_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _refused_unchanged(path, NotAProjectError, "not an Annotator project")


def test_newer_project_is_refused_unchanged(tmp_path):
    path = tmp_path / "future.annot"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    _refused_unchanged(path, NewerProjectError, "newer Annotator")


def test_damaged_project_is_refused_unchanged(tmp_path):
    path = tmp_path / "broken.annot"
    with Project.create(path) as proj:
        proj.add_documents([make_document(f"word{i} " * 20000, title=f"d{i}") for i in range(3)])
    damage_pages(path)  # the header stays, so it still looks like our project
    _refused_unchanged(path, DamagedProjectError)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectFileError, match="no such file"):
        Project.open(tmp_path / "nope.annot")
    with pytest.raises(NotAProjectError, match="folder"):
        Project.open(tmp_path)


def test_readonly_project_refuses_edits(tmp_path):
    path = tmp_path / "p.annot"
    with Project.create(path) as proj:
        proj.add_documents([make_document("Some text to annotate here.")])
    with Project.open(path, readonly=True) as proj:
        doc_id = proj.documents()[0].id
        with pytest.raises(ProjectFileError, match="read-only"):
            proj.add_claim(doc_id, 0, 4, "verified")


def test_second_connection_may_skip_the_page_check_but_not_the_identity_check(tmp_path):
    path = tmp_path / "broken.annot"
    with Project.create(path) as proj:
        proj.add_documents([make_document(f"kata{i} " * 20000, title=f"d{i}") for i in range(3)])
    damage_pages(path)
    with pytest.raises(DamagedProjectError):
        Project.open(path, readonly=True)
    Project.open(path, readonly=True, page_check=False).close()  # identity and version only
    other = tmp_path / "notes.annot"
    other.write_text("hello")
    with pytest.raises(NotAProjectError):
        Project.open(other, readonly=True, page_check=False)


def _count_page_checks(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = early_check.page_check

    def counting(conn, pragma):
        calls.append(pragma)
        return real(conn, pragma)

    monkeypatch.setattr(early_check, "page_check", counting)
    return calls


def _checked_early(tmp_path, monkeypatch):
    """A small project whose early check has started, and the list of page checks run."""
    path = tmp_path / "p.annot"
    with Project.create(path) as proj:
        proj.add_documents([make_document("Some text to annotate here.")])
    calls = _count_page_checks(monkeypatch)
    early_check.start_early_check(path)
    return path, calls


def test_early_check_is_used_once_by_the_open_that_follows(tmp_path, monkeypatch):
    path, calls = _checked_early(tmp_path, monkeypatch)
    Project.open(path).close()
    assert calls == ["quick_check"]  # run once, on the early thread
    Project.open(path).close()  # a later open checks for itself
    assert calls == ["quick_check", "quick_check"]


def test_early_check_is_not_trusted_after_the_file_changed(tmp_path, monkeypatch):
    path, calls = _checked_early(tmp_path, monkeypatch)
    early_check._early[str(path.resolve())].rows()  # finished: then another program writes
    other = sqlite3.connect(path)
    other.execute("UPDATE meta SET value = 'renamed' WHERE key = 'name'")
    other.commit()
    Project.open(path, readonly=True).close()
    other.close()
    assert calls == ["quick_check", "quick_check"]  # the open checked the pages again


def test_early_check_reports_damage_on_open(tmp_path):
    path = tmp_path / "broken.annot"
    with Project.create(path) as proj:
        proj.add_documents([make_document(f"kata{i} " * 20000, title=f"d{i}") for i in range(3)])
    damage_pages(path)
    early_check.start_early_check(path)
    _refused_unchanged(path, DamagedProjectError, "is damaged")
    early_check.start_early_check(tmp_path / "missing.annot")  # nothing to check: no thread
    assert (tmp_path / "missing.annot").resolve() not in early_check._early


def test_integrity_findings_are_reported_on_one_line():
    rows = ["*** in database main ***\nPage 5: never used", "row 3 missing from index x"]
    assert early_check.check_summary(rows) == \
        "*** in database main *** Page 5: never used; row 3 missing from index x"
    assert early_check.check_summary([f"r{i}" for i in range(9)]).count(";") == 4  # the first 5


@pytest.mark.parametrize("name", ["a #1 ?x=2 %41 é 😀.annot", "100%.annot", "q?.annot"])
def test_names_that_mean_something_in_a_uri_open_read_only(tmp_path, name):
    """Read-only opens go through an SQLite URI (store/database.py file_uri): '?', '#' and
    '%' in a name must reach the file itself, not start a query or decode to another name."""
    from annotator.project import listing

    folder = tmp_path / "dir #?%"
    folder.mkdir()
    path = folder / name
    with Project.create(path) as proj:
        proj.add_documents([make_document("Teks berita tentang banjir di kota.", "Banjir")])
    with Project.open(path, readonly=True) as proj:
        assert [d.title for d in proj.documents()] == ["Banjir"]
    assert len(listing.document_rows(str(path))) == 1
    early_check.start_early_check(path)  # keyed by the real path, found by the open
    Project.open(path, readonly=True).close()
    assert os.path.realpath(path) not in early_check._early
    # nothing made under another name (a URI cut at '?' or '#', or '%41' read as 'A')
    assert {p.name for p in folder.iterdir()} <= {name, f"{name}-wal", f"{name}-shm"}
