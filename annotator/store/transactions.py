"""Transactions of the project file: one BEGIN IMMEDIATE per edit, and read snapshots.

The facade decides what an edit is; this module owns how it is committed, so no SQL (not even
BEGIN and COMMIT) lives above the store.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..core.errors import ProjectFileError
from . import writers


@contextmanager
def immediate(conn: sqlite3.Connection, path: Path, writer: str = "",
              prune: bool = False) -> Iterator[None]:
    """BEGIN IMMEDIATE: take the write lock up front so a concurrent writer waits on the
    busy timeout instead of failing half-way through a read-then-write edit. A transaction
    that changed rows is counted under `writer` in the writers' ledger (writers.py) before
    it commits; `prune` drops long-quiet writers' entries too."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise ProjectFileError(f"{path}: cannot write ({exc})") from None
    try:
        changes = conn.total_changes
        yield
        if writer and conn.total_changes != changes:
            now = time.time()
            if prune:
                writers.prune(conn, writer, now)
            writers.bump(conn, writer, now)
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError):  # disk full, I/O error (undo/redo too)
            raise ProjectFileError(f"{path}: the edit could not be saved ({exc})") from None
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise ProjectFileError(f"{path}: the edit could not be saved ({exc})") from None


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: every read inside sees one state of the file while other
    connections write (WAL). Nested use, or use inside a write, is a no-op."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        try:
            open_tx = conn.in_transaction
        except sqlite3.ProgrammingError:  # closed inside the block: nothing left to end
            open_tx = False
        if open_tx:
            conn.execute("COMMIT")


def data_version(conn: sqlite3.Connection) -> int:
    """Changes when ANOTHER connection commits to the file (never for this one's commits)."""
    return conn.execute("PRAGMA data_version").fetchone()[0]
