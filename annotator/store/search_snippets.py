"""Snippets for the rows a search shows, made from a small index of those rows alone.

FTS5 makes a snippet from a row's matches in the index the row was found in. For the 200 best
of 96,000 matching articles that meant going through all 96,000 matches a second time (a
snippet in the ranking statement itself would be made for every match before the sort), and
the cost grew with the project. A snippet depends on the row's own text and the query alone:
snippet() picks and marks a fragment by the row's own matches, not by any figure of the whole
index. So the same snippets come from a temporary index (temp: nothing is written to the
project) that holds only the rows shown, built with the project's tokenizer: its cost follows
the page shown, not the number of matches. Measured at 100,000 articles and 1,000,000 claims
(tests/benchmarks/bench_scale.py): the claims' snippets 10-17 ms -> 2 ms, the articles' 25-67
ms -> 25-30 ms (the two tokenizations of 200 articles of 3,000 characters are what is left).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from .fileformat import TOKENIZE

#: searched table -> its indexed columns and the column a snippet is made from (-1: the best)
_TABLES = {"documents": (("title", "text"), 1), "claims": (("quote", "note"), -1)}


def snippets(conn: sqlite3.Connection, table: str, query: str, rowids: Sequence[int]
             ) -> dict[int, str]:
    """rowid -> snippet (matches in [ ]) of those of `rowids` in `table` that match `query`."""
    if not rowids:
        return {}
    columns, column = _TABLES[table]
    cols = ", ".join(columns)
    shown, index = f"search_shown_{table}", f"search_shown_{table}_fts"
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {shown} ({cols})")
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{index} USING fts5({cols}, "
                 f"content='{shown}', tokenize='{TOKENIZE}')")
    listed = ", ".join(str(int(r)) for r in rowids)
    # the rows are there only for this call: rolled back after (cheaper than deleting them
    # at the next search); a savepoint works in autocommit and in a caller's transaction alike
    conn.execute("SAVEPOINT search_snippets")
    try:
        conn.execute(f"INSERT INTO temp.{shown} (rowid, {cols}) SELECT rowid, {cols} "
                     f"FROM main.{table} WHERE rowid IN ({listed})")
        conn.execute(f"INSERT INTO temp.{index}({index}) VALUES ('rebuild')")
        return dict(conn.execute(
            f"SELECT rowid, snippet({index}, {column}, '[', ']', '…', 12) FROM temp.{index} "
            f"WHERE {index} MATCH ?", (query,)).fetchall())
    finally:
        conn.execute("ROLLBACK TO search_snippets")
        conn.execute("RELEASE search_snippets")
