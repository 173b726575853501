"""The full soundness check behind `annotator check`: SQLite's own plus our invariants."""
from __future__ import annotations

import sqlite3


def problems(conn: sqlite3.Connection) -> list[str]:
    """Empty when the file is sound."""
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    found = [] if rows == ["ok"] else rows
    found += [f"foreign key broken in {r[0]} (row {r[1]})"
              for r in conn.execute("PRAGMA foreign_key_check").fetchall()]
    for cid, start, end, quote, text_slice in conn.execute(
        "SELECT c.id, c.span_start, c.span_end, c.quote, "
        "substr(d.text, c.span_start + 1, c.span_end - c.span_start) "
        "FROM claims c JOIN documents d ON d.id = c.doc_id"
    ):
        if quote != text_slice:
            found.append(f"claim {cid}: quote does not match the text at [{start}, {end})")
    return found
