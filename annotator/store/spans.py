"""The lean read agreement needs: every claim as a bare span, without quotes or evidence.

150,000 claims as Claim objects (quote, prefix, suffix, note …) cost more than the whole
agreement computation; these tuples are all it looks at.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence


def annotated_spans(conn: sqlite3.Connection,
                    doc_ids: Sequence[str] | None = None) -> list[tuple[str, str, int, int, str, str]]:
    """(doc_id, annotator, start, end, verdict value, claim id) of every claim with an
    annotator's name, in no particular order (a plain table scan: the caller groups by
    document; an ORDER BY would walk the index and cost more than the grouping)."""
    sql = ("SELECT doc_id, annotator, span_start, span_end, verdict, id FROM claims "
           "WHERE annotator <> ''")
    rows: list = []
    if doc_ids is None:
        return conn.execute(sql).fetchall()
    ids = list(dict.fromkeys(doc_ids))
    for i in range(0, len(ids), 500):  # under SQLite's variable limit
        chunk = ids[i:i + 500]
        rows += conn.execute(
            sql + f" AND doc_id IN ({', '.join('?' * len(chunk))})", chunk).fetchall()
    return rows


def shared_documents(conn: sqlite3.Connection, leave_out: str) -> list[str]:
    """The documents two or more annotators (other than `leave_out`) tagged, in library order
    (import time, then rowid): the only ones agreement matches (agreement.match_all), found
    by one aggregate over the claims instead of reading every claim into Python."""
    return [r[0] for r in conn.execute(
        "SELECT d.id FROM documents d JOIN ("
        " SELECT doc_id FROM claims WHERE annotator <> '' AND annotator <> ?"
        " GROUP BY doc_id HAVING min(annotator) < max(annotator)) x ON x.doc_id = d.id"
        " ORDER BY d.imported_at, d.rowid", (leave_out,))]
