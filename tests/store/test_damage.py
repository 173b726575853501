"""Damage the page check cannot see (issue 12, item 2): a file cut short by a byte, and values no
Annotator writes. Both are DamagedProjectError, so the GUI and CLI take the damaged-file path."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.core.errors import DamagedProjectError, NotAProjectError, ProjectFileError
from annotator.core.model import Verdict
from annotator.project import Project
from annotator.store import backup
from tests.ingest.builders import ARTICLE_EN, ARTICLE_ID

REPO = Path(__file__).resolve().parents[2]


def _project(path: Path, n_docs: int = 6) -> Path:
    from annotator.ingest.base import Article
    from annotator.ingest.prepare import to_document

    with Project.create(path, annotator="tester") as proj:
        docs = [to_document(Article(text=f"{ARTICLE_ID}\n{ARTICLE_EN} {i}"), path, "h")
                for i in range(n_docs)]
        proj.add_documents(docs, undoable=False)
        for doc in docs:
            for k in range(4):
                proj.add_claim(doc.id, k * 10, k * 10 + 8, list(Verdict)[k % 3])
        claims = proj.claims()
        proj.add_link(claims[0].id, claims[1].id, "supports")
    _checkpoint(path)
    return path


def _checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _files(path: Path) -> tuple[bytes, bytes]:
    """The file and its write-ahead log (a reader may leave an empty log and index behind)."""
    wal = Path(str(path) + "-wal")
    return path.read_bytes(), wal.read_bytes() if wal.exists() else b""


def test_a_file_cut_short_by_one_byte_is_refused_at_open(tmp_path):
    path = _project(tmp_path / "p.annot")
    data = path.read_bytes()
    path.write_bytes(data[:-1])  # `head -c` one byte short: SQLite's page check passes
    with pytest.raises(DamagedProjectError, match="cut short"):
        Project.open(path, readonly=True)
    with pytest.raises(DamagedProjectError, match="cut short"):
        Project.open(path)


def test_the_cli_refuses_to_write_into_a_file_cut_short(tmp_path):
    path = _project(tmp_path / "p.annot")
    path.write_bytes(path.read_bytes()[:-1])
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE_EN, encoding="utf-8")
    before = _files(path)
    runner = CliRunner()
    for args in (["claim", "list", str(path)], ["import", str(path), str(article)],
                 ["claim", "add", str(path), "--doc", "x", "--start", "0", "--end", "3",
                  "--verdict", "verified"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, result.output
        assert "is damaged: it is cut short" in result.output
    assert _files(path) == before


def _poke(path: Path, sql: str) -> None:
    """Write a value the schema's CHECKs forbid, as a damaged page or a foreign tool would."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(sql)
    conn.commit()
    conn.close()
    _checkpoint(path)


@pytest.mark.parametrize("sql, read", [
    ("UPDATE claims SET verdict = 'verifie' || char(0) WHERE rowid = 1", "claims"),
    ("UPDATE claims SET verdict = 'verifie' || char(0) WHERE rowid = 1", "claim_rows"),
    ("UPDATE claims SET verdict = 'bogus' WHERE rowid = 1", "claim_spans"),
    ("UPDATE documents SET direction = 'sideways'", "document"),
    ("UPDATE links SET kind = 'loves'", "links"),
    ("INSERT INTO verdict_history (claim_id, old, new, annotator, at, cause) "
     "SELECT id, NULL, 'maybe', 'x', '2024', '' FROM claims", "history"),
])
def test_an_unknown_stored_value_is_damage_not_a_key_error(tmp_path, sql, read):
    path = _project(tmp_path / "p.annot")
    _poke(path, sql)
    with Project.open(path, readonly=True) as proj:
        first = proj.claims(with_evidence=False)[0] if read == "history" else None
        calls = {
            "claims": lambda: proj.claims(),
            "claim_rows": lambda: proj.claim_rows(),
            "claim_spans": lambda: [proj.claim_spans(d) for (d,) in
                                    proj._conn.execute("SELECT id FROM documents").fetchall()],
            "document": lambda: proj.document(proj.documents()[0].id),
            "links": lambda: proj.links(),
            "history": lambda: [proj.history(c.id) for c in [first]]
            + [proj.histories([first.id])],
        }
        with pytest.raises(DamagedProjectError, match="damaged: a .* reads"):
            calls[read]()


def test_the_gui_takes_the_damaged_file_path_when_a_read_finds_damage(tmp_path):
    path = _project(tmp_path / "bad.annot")
    backup.make_backup(path)
    _poke(path, "UPDATE claims SET verdict = 'verifie' || char(0) WHERE rowid = 1")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "annotator.cli", "gui", str(path),
                           "--smoke-test"], env=env, capture_output=True, text=True,
                          timeout=90, cwd=str(REPO))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "KeyError" not in proc.stderr
    assert "damaged" in proc.stderr and "verified backup from" in proc.stderr


def _foreign_log(path: Path, tmp_path: Path) -> None:
    """Put beside `path` the write-ahead log of an unrelated database (pages still in it)."""
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("y" * 100,)] * 200)
    conn.commit()
    Path(str(path) + "-wal").write_bytes(Path(str(other) + "-wal").read_bytes())
    conn.close()
    Path(str(path) + "-shm").unlink(missing_ok=True)


def test_a_write_ahead_log_from_another_database_is_named_and_both_files_kept(tmp_path):
    path = _project(tmp_path / "p.annot")
    _foreign_log(path, tmp_path)
    before = _files(path)
    for readonly in (True, False):
        with pytest.raises(ProjectFileError) as caught:
            Project.open(path, readonly=readonly)
        message = str(caught.value)
        assert not isinstance(caught.value, (DamagedProjectError, NotAProjectError))
        assert "does not fit its write-ahead log p.annot-wal" in message
        assert "without it it is a sound project" in message and "\n" not in message
    assert _files(path) == before  # neither file touched


@pytest.mark.parametrize("stamp", [1, -7])
def test_a_wrong_version_stamp_is_fixed_once_without_a_backup_per_edit(tmp_path, stamp):
    from annotator.store.fileformat import SCHEMA_VERSION

    path = _project(tmp_path / "p.annot")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {stamp}")
    conn.close()
    for _ in range(3):
        with Project.open(path) as proj:
            doc = proj.documents()[0].id
            proj.add_claim(doc, 50, 55, "disputed")
    assert backup.list_backups(path) == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
