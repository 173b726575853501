"""The writers' ledger (store/writers.py): a write transaction counts itself only when it
changed rows, so a commit that changed nothing is no reason for another window to reload."""
from __future__ import annotations

import sqlite3

from annotator.store import transactions, writers
from annotator.store.database import create


def test_a_transaction_counts_itself_only_when_it_changed_rows(tmp_path):
    path = tmp_path / "p.annot"
    conn = create(path)
    try:
        with transactions.immediate(conn, path, "abc"):
            pass
        assert writers.ledger(conn) == {}
        with transactions.immediate(conn, path, "abc"):
            conn.execute("INSERT INTO meta (key, value) VALUES ('name', 'x')")
        with transactions.immediate(conn, path, "abc"):
            conn.execute("UPDATE meta SET value = 'y' WHERE key = 'name'")
        with transactions.immediate(conn, path, "other"):
            conn.execute("UPDATE meta SET value = 'z' WHERE key = 'name'")
        with transactions.immediate(conn, path):  # no writer: not counted
            conn.execute("UPDATE meta SET value = 'w' WHERE key = 'name'")
        assert writers.ledger(conn) == {"abc": 2, "other": 1}
    finally:
        conn.close()


def test_a_rolled_back_transaction_is_not_counted(tmp_path):
    path = tmp_path / "p.annot"
    conn = create(path)
    try:
        try:
            with transactions.immediate(conn, path, "abc"):
                conn.execute("INSERT INTO meta (key, value) VALUES ('name', 'x')")
                raise sqlite3.IntegrityError("refused")
        except sqlite3.IntegrityError:
            pass
        assert writers.ledger(conn) == {}
    finally:
        conn.close()
