"""The aggregate behind the statistics: one GROUP BY over the claims, counted by SQLite.

Rows only (key, label, verdict, count): naming, week folding and ordering are
annotator.core.stats's. Days are cut from the ISO timestamps as text (`substr(..., 1, 10)`), so
no date function runs per claim; over 50,000 claims the query takes a few milliseconds (see
tests/benchmarks/bench_stats.py).
"""
from __future__ import annotations

import sqlite3

from ..core.stats import GroupBy

_KEY = {
    GroupBy.OUTLET: ("d.outlet", "''", True),
    GroupBy.ARTICLE: ("c.doc_id", "d.title", True),
    GroupBy.ANNOTATOR: ("c.annotator", "''", False),
    GroupBy.DAY: ("substr(c.created_at, 1, 10)", "''", False),
    GroupBy.WEEK: ("substr(c.created_at, 1, 10)", "''", False),
    GroupBy.PUBLISHED: ("substr(trim(d.published), 1, 10)", "''", True),
    GroupBy.PUBLISHED_WEEK: ("substr(trim(d.published), 1, 10)", "''", True),
}


def verdict_counts(conn: sqlite3.Connection, by: GroupBy) -> list[tuple[str, str, str, int]]:
    """(key, label, verdict, count) for every group and verdict that has claims."""
    key, label, needs_document = _KEY[by]
    join = "JOIN documents d ON d.id = c.doc_id" if needs_document else ""
    sql = (f"SELECT {key} AS k, {label}, c.verdict, COUNT(*) FROM claims c {join} "
           f"GROUP BY k, c.verdict")
    return [tuple(row) for row in conn.execute(sql)]
