"""Counting up to a limit (store/queries.count_at_most): min(rows, limit) whichever way it is
counted, with rows deleted (the largest rowid above the count) and at the edges."""
from __future__ import annotations

import sqlite3

import pytest

from annotator.store import queries


@pytest.fixture
def conn():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE claims (id TEXT PRIMARY KEY, note TEXT)")
    db.executemany("INSERT INTO claims VALUES (?, '')", [(f"c{i}",) for i in range(50)])
    yield db
    db.close()


def _naive(db, limit):
    return min(db.execute("SELECT count(*) FROM claims").fetchone()[0], max(0, limit))


@pytest.mark.parametrize("limit", [0, 1, 10, 49, 50, 51, 1000, -5])
def test_count_at_most_is_the_count_capped_at_the_limit(conn, limit):
    assert queries.count_at_most(conn, "claims", limit) == _naive(conn, limit)


@pytest.mark.parametrize("limit", [5, 19, 20, 21, 45, 100])
def test_count_at_most_with_rows_deleted_below_the_largest_rowid(conn, limit):
    conn.execute("DELETE FROM claims WHERE rowid % 2 = 0 AND rowid < 40")  # 30 left, max rowid 50
    assert queries.count_at_most(conn, "claims", limit) == _naive(conn, limit)


def test_count_at_most_of_an_empty_table_and_an_unknown_one(conn):
    conn.execute("DELETE FROM claims")
    assert queries.count_at_most(conn, "claims", 10) == 0
    with pytest.raises(ValueError):
        queries.count_at_most(conn, "sqlite_master", 10)
