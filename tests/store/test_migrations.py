"""Older project files are upgraded on open, after a backup; read-only opens never upgrade."""
import hashlib
import sqlite3

from sqlite_utils import Database

from annotator.project import Project
from annotator.store import backup
from annotator.store.schema import SCHEMA_VERSION, migrations

from ..conftest import make_document


def _make_v1(path):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    db = Database(conn)
    migrations.apply(db, stop_before="m002_fts_prefix_index")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.execute("INSERT INTO meta VALUES ('name', 'old'), ('created_at', '2026-01-01T00:00:00Z')")
    doc = make_document("Banjir merendam berbagai kampung di tepi sungai pada malam hari.")
    conn.execute(
        "INSERT INTO documents (id, title, text, content_hash, imported_at) VALUES (?, ?, ?, ?, ?)",
        (doc.id, "Banjir", doc.text, doc.content_hash, "2026-01-01T00:00:00Z"))
    conn.close()
    return doc.id


def test_v1_project_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.annot"
    doc_id = _make_v1(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with Project.open(path, readonly=True) as proj:  # reading never upgrades
        assert proj.search("banjir")[0].doc_id == doc_id
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before

    with Project.open(path) as proj:
        assert proj._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [h.doc_id for h in proj.search("ber")] == [doc_id]  # 3-letter prefix search
        proj.add_claim(doc_id, 0, 6, "verified")
        assert proj.search("banjir")
        plan = proj._conn.execute("EXPLAIN QUERY PLAN SELECT doc_id, verdict, count(*) FROM claims "
                                 "GROUP BY doc_id, verdict").fetchall()
        assert "COVERING INDEX claims_doc_verdict" in str([tuple(r) for r in plan])  # m003
    kept = backup.list_backups(path)
    assert len(kept) == 1
    with Project.open(kept[0].path, readonly=True) as old:
        assert old._conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.claim_count() == 0


def test_schema_version_counts_the_migrations():
    assert SCHEMA_VERSION == len(migrations._migrations)
