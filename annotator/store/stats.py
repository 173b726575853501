"""The aggregate behind the statistics: one GROUP BY over the claims, counted by SQLite.

Rows only (key, label, verdict, count): naming, week folding and ordering are
annotator.core.stats's. Days are cut from the ISO timestamps as text (`substr(..., 1, 10)`), so
no date function runs per claim; over 50,000 claims the query takes a few milliseconds (see
tests/benchmarks/bench_stats.py).
"""
from __future__ import annotations

import sqlite3

from ..core.stats import GroupBy

#: per grouping: the key, the label, and whether they are columns of the article
_KEY = {
    GroupBy.OUTLET: ("d.outlet", "''", True),
    GroupBy.ARTICLE: ("d.id", "d.title", True),
    GroupBy.ANNOTATOR: ("annotator", "''", False),
    GroupBy.DAY: ("substr(created_at, 1, 10)", "''", False),
    GroupBy.WEEK: ("substr(created_at, 1, 10)", "''", False),
    GroupBy.PUBLISHED: ("substr(trim(d.published), 1, 10)", "''", True),
    GroupBy.PUBLISHED_WEEK: ("substr(trim(d.published), 1, 10)", "''", True),
}


def verdict_counts(conn: sqlite3.Connection, by: GroupBy) -> list[tuple[str, str, str, int]]:
    """(key, label, verdict, count) for every group and verdict that has claims.

    Groupings by an article's field count per (article, verdict) first, in the order of the
    claims_doc index, and join the few thousand sums to the articles: joining every claim
    would look its article up 50,000 times."""
    key, label, by_document = _KEY[by]
    if by_document:
        sql = (f"SELECT {key} AS k, {label}, x.verdict, SUM(x.n) FROM "
               "(SELECT doc_id, verdict, COUNT(*) AS n FROM claims GROUP BY doc_id, verdict) x "
               "JOIN documents d ON d.id = x.doc_id GROUP BY k, x.verdict")
    else:
        sql = f"SELECT {key} AS k, {label}, verdict, COUNT(*) FROM claims GROUP BY k, verdict"
    return [tuple(row) for row in conn.execute(sql)]
