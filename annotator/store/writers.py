"""The writers' ledger: how many write transactions each program committed to the file.

SQLite's `PRAGMA data_version` says only that SOME other connection committed; the window
must also know whether that was one of its own (a worker, a helper process) or another
program (the CLI, a script, a second window). So every write transaction through Annotator
that changes rows counts itself, in the same transaction, under its writer's token in the
meta table (`writer:<token>` → "<commits> <unix time>"). The meta table needs no new schema,
so no file is upgraded (and backed up) for it. Tokens of programs long gone are pruned.
"""
from __future__ import annotations

import sqlite3

PREFIX = "writer:"
_END = "writer;"  # the first key after every "writer:…" key (';' follows ':')
#: a writer's entry is dropped when it has not committed for this long
KEEP_SECONDS = 2 * 24 * 3600


def bump(conn: sqlite3.Connection, token: str, now: float) -> None:
    """Inside the writer's transaction, just before it commits."""
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, '1 ' || ?2) ON CONFLICT(key) DO UPDATE "
        "SET value = (CAST(value AS INTEGER) + 1) || ' ' || ?2",
        (PREFIX + token, f"{now:.0f}"))


def prune(conn: sqlite3.Connection, token: str, now: float) -> None:
    """Drop the entries of writers quiet for KEEP_SECONDS (the CLI gets a token per run)."""
    conn.execute(
        "DELETE FROM meta WHERE key >= ? AND key < ? AND key <> ? "
        "AND CAST(substr(value, instr(value, ' ') + 1) AS REAL) < ?",
        (PREFIX, _END, PREFIX + token, now - KEEP_SECONDS))


def ledger(conn: sqlite3.Connection) -> dict[str, int]:
    """token → commits, read in the caller's snapshot."""
    rows = conn.execute("SELECT substr(key, ?), CAST(value AS INTEGER) FROM meta "
                        "WHERE key >= ? AND key < ?", (len(PREFIX) + 1, PREFIX, _END))
    return dict(rows.fetchall())
