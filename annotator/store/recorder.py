"""Row-image recording: the mechanism behind undo/redo.

Every edit writes through a Recorder, which keeps the row as it was before and after. Undo
writes the "before" images back in reverse order; redo writes the "after" images again. One
generic mechanism, so no edit needs its own hand-written inverse.

The verdict history is not recorded: it is append-only, and is written here whenever a claim's
verdict changes, whatever the cause (an edit, an undo, a redo).
"""
from __future__ import annotations

import operator
import sqlite3
from typing import Any

from ..core.changes import ChangeSet, Row, RowChange
from ..core.model import now_iso

#: Tables an edit may touch, with their columns (fixed by our schema, never by user input).
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "id", "title", "outlet", "url", "published", "author", "language", "language_prob",
        "language_override", "direction", "text", "content_hash", "source_name", "source_hash",
        "imported_at",
    ),
    "claims": (
        "id", "doc_id", "span_start", "span_end", "quote", "prefix", "suffix", "verdict", "note",
        "confidence", "claimant", "reported_by", "annotator", "created_at", "updated_at",
    ),
    "evidence": ("id", "claim_id", "position", "url", "title", "accessed", "note"),
    "links": ("id", "source_id", "target_id", "kind", "note", "annotator", "created_at"),
}

def fetch_row(conn: sqlite3.Connection, table: str, key: str) -> Row | None:
    cols = COLUMNS[table]
    cur = conn.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE id = ?", (key,))
    values = cur.fetchone()
    return None if values is None else dict(zip(cols, values))


def insert_row(conn: sqlite3.Connection, table: str, row: Row) -> None:
    cols = COLUMNS[table]
    conn.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [row.get(c) for c in cols],
    )


#: Rows staged per statement: FTS5 writes a segment per statement (see insert_rows), so the
#: fewer statements the better; the bound keeps a restore of a million rows from staging them
#: all at once (10,000 claims: 0.71 s of CPU staged 500 at a time, 0.66 s in one statement).
STAGED_ROWS = 10_000


def insert_rows(conn: sqlite3.Connection, table: str, rows: list[Row]) -> None:
    """Many rows (in order) in a few INSERT … SELECT statements from a staging table in `temp`.

    Why not executemany: every statement that fires a full-text trigger opens a savepoint, and
    FTS5 writes its pending index out as a new segment at each one, so executemany writes one
    segment per row (then merges them): 10,000 claims took 0.84 s, staged 0.15 s. The staging
    table has no constraints or triggers and no column types, so values reach the real table
    as bound, and its checks, defaults and triggers apply there as for any insert.
    """
    cols = COLUMNS[table]
    if len(rows) < 2:
        for row in rows:
            insert_row(conn, table, row)
        return
    values = operator.itemgetter(*cols)  # a row lacking a column gives NULL, as row.get would
    try:
        params = [values(row) for row in rows]
    except KeyError:
        params = [[row.get(c) for c in cols] for row in rows]
    insert_values(conn, table, cols, params)


def insert_values(conn: sqlite3.Connection, table: str, cols: tuple[str, ...],
                  params: list) -> None:
    """Rows given as value sequences in `cols`'s order, stored as insert_rows stores them.
    Also for the verdict history: a statement per row of a table with AUTOINCREMENT reads
    and writes its sequence each time (10,000 history lines: 77 ms one by one, 57 staged)."""
    names = ", ".join(cols)
    marks = ", ".join("?" * len(cols))
    if len(params) < 2:
        conn.executemany(f"INSERT INTO main.{table} ({names}) VALUES ({marks})", params)
        return
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS staging_{table} ({names})")
    try:
        for i in range(0, len(params), STAGED_ROWS):
            conn.executemany(f"INSERT INTO temp.staging_{table} VALUES ({marks})",
                             params[i:i + STAGED_ROWS])
            conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} "
                         f"FROM temp.staging_{table} ORDER BY rowid")
            conn.execute(f"DELETE FROM temp.staging_{table}")
    finally:
        conn.execute(f"DELETE FROM temp.staging_{table}")


def _update(conn: sqlite3.Connection, table: str, key: str, values: Row) -> None:
    names = [c for c in values if c != "id"]
    for name in names:
        if name not in COLUMNS[table]:
            raise KeyError(f"{table} has no column {name}")
    conn.execute(
        f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
        [values[n] for n in names] + [key],
    )


def _delete(conn: sqlite3.Connection, table: str, key: str) -> None:
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (key,))


def _log_verdict(conn: sqlite3.Connection, change: RowChange, who: str, cause: str) -> None:
    if change.table != "claims":
        return
    old = change.before["verdict"] if change.before else None
    new = change.after["verdict"] if change.after else None
    if old == new:
        return
    conn.execute(
        "INSERT INTO verdict_history (claim_id, old, new, annotator, at, cause) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (change.key, old, new, who, now_iso(), cause),
    )


class Recorder:
    """Writes rows and remembers each row's images; use inside one transaction."""

    def __init__(self, conn: sqlite3.Connection, changeset: ChangeSet, annotator: str) -> None:
        self.conn = conn
        self.changeset = changeset
        self.annotator = annotator
        self.cause = "edit"  # what the verdict history says caused these changes

    def _record(self, change: RowChange) -> None:
        self.changeset.changes.append(change)
        _log_verdict(self.conn, change, self.annotator, self.cause)

    def insert(self, table: str, row: Row) -> None:
        full = {c: row.get(c) for c in COLUMNS[table]}
        insert_row(self.conn, table, full)
        self._record(RowChange(table, row["id"], None, full))

    def insert_many(self, table: str, rows: list[Row]) -> None:
        """`insert` of each row, in one statement (see insert_rows)."""
        full = [{c: row.get(c) for c in COLUMNS[table]} for row in rows]
        insert_rows(self.conn, table, full)
        for row in full:
            self._record(RowChange(table, row["id"], None, row))

    def update(self, table: str, key: str, **values: Any) -> Row:
        before = fetch_row(self.conn, table, key)
        if before is None:
            raise KeyError(key)
        after = {**before, **values}
        if after != before:
            _update(self.conn, table, key, values)
            self._record(RowChange(table, key, before, after))
        return after

    def delete(self, table: str, key: str) -> Row | None:
        before = fetch_row(self.conn, table, key)
        if before is None:
            return None
        _delete(self.conn, table, key)
        self._record(RowChange(table, key, before, None))
        return before


class StaleChangeError(Exception):
    """A row is no longer as the change set expects: something else edited it since."""

    def __init__(self, table: str, key: str) -> None:
        super().__init__(f"{table} row {key} changed since")
        self.table, self.key = table, key


def _same_row(current: Row | None, image: Row | None) -> bool:
    if current is None or image is None:
        return current is None and image is None
    return all(current.get(c) == image.get(c) for c in current)


def replay(conn: sqlite3.Connection, changeset: ChangeSet, *, backwards: bool, who: str) -> None:
    """Write the before images (undo, `backwards`) or the after images (redo) of a changeset.
    For an adopted change set, each row must first be as the change left it (else
    StaleChangeError, inside the caller's transaction, which then rolls back whole): its
    rows were written on another connection, so this connection's history cannot vouch for
    what happened to them since."""
    steps = reversed(changeset.changes) if backwards else changeset.changes
    cause = "undo" if backwards else "redo"
    for change in steps:
        src, dst = (change.after, change.before) if backwards else (change.before, change.after)
        if changeset.adopted and not _same_row(fetch_row(conn, change.table, change.key), src):
            raise StaleChangeError(change.table, change.key)
        if dst is None:
            _delete(conn, change.table, change.key)
        elif src is None:
            insert_row(conn, change.table, dst)
        else:
            _update(conn, change.table, change.key, dst)
        flipped = RowChange(change.table, change.key, src, dst)
        _log_verdict(conn, flipped, who, cause)
    for claim_id, verdict, what in (reversed(changeset.history) if backwards
                                    else changeset.history):
        log_decision(conn, claim_id, verdict, who, f"{cause}: {what}")


def log_decision(conn: sqlite3.Connection, claim_id: str, verdict: str, who: str,
                 cause: str) -> None:
    """A history line that changes no verdict (old = new): an adjudicator's decision on a
    claim, or its undo and redo."""
    conn.execute(
        "INSERT INTO verdict_history (claim_id, old, new, annotator, at, cause) "
        "VALUES (?, ?, ?, ?, ?, ?)", (claim_id, verdict, verdict, who, now_iso(), cause))
