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


#: How often a writer waiting for the lock tries again. SQLite's own busy handler sleeps
#: 1, 2, 5, 10 … up to 100 ms between tries, so a writer that commits and begins again at once
#: (the background analysis storing its parts, project/sentence_parts.py) kept a waiting tag
#: out for 0.6 s although it never held the lock for more than 0.16 s at a time.
RETRY_S = 0.001
_BUSY = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED


def _busy(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    if code is not None:
        return code & 0xFF in _BUSY
    return "locked" in str(exc) or "busy" in str(exc)


def _begin_immediate(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, trying again every RETRY_S while another writer holds the lock, for
    as long as the connection's busy timeout (then the error SQLite would have given)."""
    timeout_ms = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        deadline = None
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                now = time.monotonic()
                deadline = deadline or now + timeout_ms / 1000
                if not _busy(exc) or now >= deadline:
                    raise
            time.sleep(RETRY_S)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {timeout_ms}")


def yield_lock() -> None:
    """Between two write transactions of long background work: a moment in which a writer
    that waits (the window's edit, trying every RETRY_S) takes the lock first."""
    time.sleep(3 * RETRY_S)


@contextmanager
def immediate(conn: sqlite3.Connection, path: Path, writer: str = "",
              prune: bool = False) -> Iterator[None]:
    """BEGIN IMMEDIATE: take the write lock up front so a concurrent writer waits on the
    busy timeout instead of failing half-way through a read-then-write edit. A transaction
    that changed rows is counted under `writer` in the writers' ledger (writers.py) before
    it commits; `prune` drops long-quiet writers' entries too."""
    try:
        _begin_immediate(conn)
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
