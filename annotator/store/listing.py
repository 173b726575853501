"""The library listing's rows as plain values, from one query: what `annotator docs` prints
and what queries.document_summaries makes DocumentSummary objects of.

Free of the domain's dataclasses and enums (annotator.core.model): scripts call the listing in
loops, and loading those costs more than Python's own start (issue 18: `annotator docs` at
most three times `python -c pass`). The stored strings are checked here as values.py checks
them, with the same message: a value Annotator never writes is damage.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from ..core.errors import DamagedProjectError

#: DocumentSummary's stored fields, in its order (length and counts are worked out)
SUMMARY_COLS = ("id", "title", "outlet", "url", "published", "author", "language",
                "language_prob", "language_override", "direction", "source_name", "imported_at")
#: The values Verdict and Direction have, in their order (tests/store checks they do)
VERDICT_VALUES = ("verified", "disputed", "unverified")
DIRECTION_VALUES = ("ltr", "rtl")
_DIRECTION = SUMMARY_COLS.index("direction")


def damaged(what: str, value: object) -> DamagedProjectError:
    """The error for a stored `what` ("claim's verdict") that reads `value`."""
    return DamagedProjectError(
        f"the project file is damaged: a {what} reads {value!r}, which Annotator never "
        "writes (run `annotator check`, or restore a backup)")


def document_rows(conn: sqlite3.Connection, doc_ids: Sequence[str] | None = None) -> list[list]:
    """Per document, in import order: its SUMMARY_COLS values, its text's length, and its
    claim counts as {verdict value: n} (every verdict, in VERDICT_VALUES order)."""
    where, params = "", []
    if doc_ids is not None:
        where = f"WHERE d.id IN ({', '.join('?' * len(doc_ids))})"
        params = list(doc_ids)
    sql = (f"SELECT {', '.join('d.' + c for c in SUMMARY_COLS)}, length(d.text) FROM documents d "
           f"{where} ORDER BY d.imported_at, d.rowid")
    out: dict[str, list] = {}
    zero = dict.fromkeys(VERDICT_VALUES, 0)
    for row in conn.execute(sql, params):
        if row[_DIRECTION] not in DIRECTION_VALUES:
            raise damaged("document's direction", row[_DIRECTION])
        out[row[0]] = [*row, zero.copy()]
    count_sql = "SELECT doc_id, verdict, count(*) FROM claims"
    if doc_ids is not None:
        count_sql += f" WHERE doc_id IN ({', '.join('?' * len(doc_ids))})"
    for doc_id, verdict, n in conn.execute(count_sql + " GROUP BY doc_id, verdict", params):
        if doc_id in out:
            counts = out[doc_id][-1]
            if verdict not in counts:
                raise damaged("claim's verdict", verdict)
            counts[verdict] = n
    return list(out.values())
