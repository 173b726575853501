"""Waiting for the write lock (store/transactions.py): a writer that waits gets in at the
first gap another writer leaves, not after SQLite's busy handler has backed off to 100 ms
sleeps, and still fails after the busy timeout."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from annotator.core.errors import ProjectFileError
from annotator.store import transactions


def _connect(path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "lock.db"
    conn = _connect(path)
    conn.execute("CREATE TABLE t (who TEXT, step INTEGER)")
    conn.close()
    return path


def test_a_waiting_writer_gets_in_between_two_background_parts(db):
    """The background writes part after part, each holding the lock for a few ms, with
    `yield_lock` between: the window's edit must land among the first parts, not after the
    last (SQLite's busy handler alone waited the whole run out)."""
    background, window = _connect(db), _connect(db)
    started = threading.Event()
    parts = 150

    def write_parts():
        for step in range(parts):
            if step:
                transactions.yield_lock()
            with transactions.immediate(background, db):
                background.execute("INSERT INTO t VALUES ('background', ?)", (step,))
                started.set()
                threading.Event().wait(0.004)  # the part's work, the lock held

    worker = threading.Thread(target=write_parts)
    worker.start()
    started.wait(5)
    with transactions.immediate(window, db):
        window.execute("INSERT INTO t VALUES ('window', "
                       "(SELECT max(step) FROM t WHERE who = 'background'))")
    worker.join()
    landed_after = window.execute("SELECT step FROM t WHERE who = 'window'").fetchone()[0]
    assert landed_after < parts // 2, landed_after
    assert window.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_a_writer_still_gives_up_after_the_busy_timeout(db):
    holder, waiter = _connect(db), _connect(db)
    waiter.execute("PRAGMA busy_timeout = 50")
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ProjectFileError, match="cannot write"):
            with transactions.immediate(waiter, db):
                pass
    finally:
        holder.execute("ROLLBACK")
    assert waiter.execute("PRAGMA busy_timeout").fetchone()[0] == 50
    with transactions.immediate(waiter, db):  # free again: no wait at all
        waiter.execute("INSERT INTO t VALUES ('waiter', 0)")
    assert waiter.execute("SELECT count(*) FROM t").fetchone()[0] == 1


def test_the_waiting_writer_tries_again_every_retry_interval(db, monkeypatch):
    """Not SQLite's busy handler (1, 2, 5 … 100 ms apart, so it missed the short gaps between
    the background's parts): our own tries, RETRY_S apart, until the holder lets go."""
    holder, waiter = _connect(db), _connect(db)
    holder.execute("BEGIN IMMEDIATE")
    naps = []

    def nap(seconds):
        naps.append(seconds)
        if len(naps) == 3:
            holder.execute("COMMIT")  # the holder's part is done

    monkeypatch.setattr(transactions.time, "sleep", nap)
    with transactions.immediate(waiter, db):
        waiter.execute("INSERT INTO t VALUES ('waiter', 1)")
    assert naps == [transactions.RETRY_S] * 3
    assert waiter.execute("SELECT count(*) FROM t").fetchone()[0] == 1
