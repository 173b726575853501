"""Verbatim row insertion and bulk history reads: what a lossless export and re-import need.

A normal edit stamps new times and logs a new verdict change; re-importing an exported project
must instead keep every id, time, annotator and the recorded history exactly. Rows still go
into the ChangeSet, so the whole re-import is one undoable step.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from itertools import repeat
from operator import itemgetter

from ..core.changes import ChangeSet, Row, RowChange
from ..core.model import VerdictChange
from .recorder import COLUMNS, insert_rows, insert_values
from .values import VERDICTS


def insert_many_verbatim(conn: sqlite3.Connection, changeset: ChangeSet, table: str,
                         rows: Iterable[Row]) -> None:
    """Insert rows as they are (a column a row lacks is NULL) and record each in the
    changeset, in one statement (recorder.insert_rows): a re-import of 10,000 claims one
    statement at a time spent 0.6 s more in SQLite's full-text index alone."""
    cols = COLUMNS[table]
    names = set(cols)
    full = [row if row.keys() == names else {c: row.get(c) for c in cols} for row in rows]
    insert_rows(conn, table, full)
    changeset.changes.extend(RowChange(table, row["id"], None, row) for row in full)


def insert_claim_fields_verbatim(conn: sqlite3.Connection, changeset: ChangeSet,
                                 values: Sequence[tuple]) -> None:
    """insert_many_verbatim of claims given as value tuples in COLUMNS["claims"]'s order
    (core.model.claim_fields): bound as they are, and each recorded as a row."""
    insert_values(conn, "claims", COLUMNS["claims"], values)
    changeset.changes += map(RowChange, repeat("claims"), map(_KEY, values), repeat(None),
                             _claim_rows(values))


def _claim_rows(values: Sequence[tuple]) -> list[Row]:
    """The rows of claim_fields tuples, by a dict display: its keys are constants, so each
    dict is built in one step, in half the time dict(zip(columns, value)) takes."""
    return [{"id": i, "doc_id": d, "span_start": s, "span_end": e, "quote": q, "prefix": p,
             "suffix": x, "verdict": v, "note": n, "confidence": c, "claimant": cl,
             "reported_by": r, "annotator": a, "created_at": ca, "updated_at": u}
            for (i, d, s, e, q, p, x, v, n, c, cl, r, a, ca, u) in values]


_KEY = itemgetter(0)
#: The verdict history's columns a re-import writes (seq is the table's own)
HISTORY_COLUMNS = ("claim_id", "old", "new", "annotator", "at", "cause")


def append_history(conn: sqlite3.Connection, changes: Sequence[tuple]) -> None:
    """Verdict changes as core.model.change_fields, in order."""
    insert_values(conn, "verdict_history", HISTORY_COLUMNS, changes)


def histories(conn: sqlite3.Connection, claim_ids: Sequence[str]) -> dict[str, list[VerdictChange]]:
    """Verdict history of many claims in a few queries (one per 500 ids), oldest first."""
    out: dict[str, list[VerdictChange]] = {}
    ids = list(claim_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows = conn.execute(
            "SELECT claim_id, old, new, annotator, at, cause FROM verdict_history "
            f"WHERE claim_id IN ({', '.join('?' * len(chunk))}) ORDER BY claim_id, seq", chunk,
        )
        for cid, old, new, who, at, cause in rows:
            out.setdefault(cid, []).append(VerdictChange(cid, VERDICTS.optional(old),
                                                         VERDICTS.optional(new),
                                                         who, at, cause))
    return out
