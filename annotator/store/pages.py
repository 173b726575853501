"""Paged reads for the GUI's library and claims tables: orders of rowids, and pages by rowid.

A table of 100,000 articles or 1,000,000 claims never reads every row: one query gives the
order of the rows that pass the filter (rowids only, 8 bytes each, sorted and filtered by
SQLite), or, for the library's default order, a window of it by OFFSET over an index; the rows
on screen are then read a page at a time by rowid. Sort keys are SQL expressions with the
table's rowid last, so every order is total and a new row can be placed by bisection with
`*_sort_key` (what the key of one row is, as Python compares it: `lower()` folds ASCII letters
exactly as COLLATE NOCASE does).
"""
from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from ..core.summaries import DocumentSummary
from .queries import _SUMMARY_COLS
from .values import DIRECTIONS, VERDICTS

#: What the library and the claims table call an article: its title, else its file name.
#: documents_label (migration m005) indexes it, so ordering by it reads an index alone.
LABEL = "(CASE WHEN d.title <> '' THEN d.title ELSE d.source_name END)"
_LANGUAGE = "(CASE WHEN d.language_override <> '' THEN d.language_override ELSE d.language END)"
_COUNT = "(SELECT count(*) FROM claims k WHERE k.doc_id = d.id AND k.verdict = '{}')"
_LINKS = ("((SELECT count(*) FROM links l WHERE l.source_id = c.id) + "
          "(SELECT count(*) FROM links l WHERE l.target_id = c.id))")

#: Sort keys of the library by name: SQL terms, each with whether it folds case. The default
#: ("") is the import order, which documents_imported (m005) serves from an index.
DOCUMENT_ORDERS: dict[str, tuple[tuple[str, bool], ...]] = {
    "": (("d.imported_at", False), ("d.rowid", False)),
    "label": ((LABEL, True), ("d.id", False), ("d.rowid", False)),
    "outlet": (("d.outlet", True), ("d.rowid", False)),
    "language": ((_LANGUAGE, False), ("d.rowid", False)),
    "published": (("substr(d.published, 1, 10)", False), ("d.rowid", False)),
    **{f"count:{v}": ((_COUNT.format(v), False), ("d.rowid", False)) for v in VERDICTS},
}
#: Sort keys of the claims table by name (the default, "document": by article, then position).
CLAIM_ORDERS: dict[str, tuple[tuple[str, bool], ...]] = {
    "document": ((LABEL, True), ("d.id", False), ("c.span_start", False), ("c.rowid", False)),
    "quote": (("c.quote", True), ("c.rowid", False)),
    "verdict": (("c.verdict", False), ("c.rowid", False)),
    "links": ((_LINKS, False), ("c.rowid", False)),
    "annotator": (("c.annotator", True), ("c.rowid", False)),
    "updated": (("c.updated_at", False), ("c.rowid", False)),
}


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims the table shows: a verdict, an article, words in quote, note, article
    title or annotator (case folded for ASCII letters, as LIKE does)."""

    verdict: str | None = None
    doc_id: str | None = None
    text: str = ""

    def where(self) -> tuple[list[str], list]:
        terms, params = [], []
        if self.verdict is not None:
            terms.append("c.verdict = ?")
            params.append(str(self.verdict))
        if self.doc_id is not None:
            terms.append("c.doc_id = ?")
            params.append(self.doc_id)
        if self.text.strip():
            like = _like(self.text.strip())
            terms.append("(c.quote LIKE ? ESCAPE '\\' OR c.note LIKE ? ESCAPE '\\' OR "
                         f"{LABEL} LIKE ? ESCAPE '\\' OR c.annotator LIKE ? ESCAPE '\\')")
            params += [like] * 4
        return terms, params


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _order_by(terms: tuple[tuple[str, bool], ...], descending: bool) -> str:
    way = " DESC" if descending else ""
    return ", ".join(f"{sql}{' COLLATE NOCASE' if fold else ''}{way}" for sql, fold in terms)


def _key_columns(terms: tuple[tuple[str, bool], ...]) -> str:
    return ", ".join(f"lower({sql})" if fold else sql for sql, fold in terms)


def _rowids(conn: sqlite3.Connection, sql: str, params: Sequence) -> array:
    out = array("q")
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples: a sqlite3.Row per rowid was 40% of 50,000's read
    cur.execute(sql, params)
    while True:
        rows = cur.fetchmany(20000)
        if not rows:
            return out
        out.extend(r for (r,) in rows)


# ------------------------------------------------------------------ the library
def _document_where(text: str) -> tuple[str, list]:
    if not text.strip():
        return "", []
    like = _like(text.strip())
    return (f" WHERE ({LABEL} LIKE ? ESCAPE '\\' OR d.outlet LIKE ? ESCAPE '\\' OR "
            f"{_LANGUAGE} LIKE ? ESCAPE '\\' OR d.published LIKE ? ESCAPE '\\')", [like] * 4)


def document_rowids(conn: sqlite3.Connection, order: str = "", descending: bool = False,
                    text: str = "") -> array:
    """The rowids of the articles whose title, file name, outlet, language or date holds
    `text`, in the named order."""
    where, params = _document_where(text)
    return _rowids(conn, f"SELECT d.rowid FROM documents d{where} ORDER BY "
                   f"{_order_by(DOCUMENT_ORDERS[order], descending)}", params)


def document_rowid_window(conn: sqlite3.Connection, start: int, count: int) -> list[int]:
    """Rowids `start` to `start + count` of the import order: OFFSET steps through the
    documents_imported index only (2 ms at row 50,000 of 100,000)."""
    return [r for (r,) in conn.execute(
        f"SELECT d.rowid FROM documents d ORDER BY {_order_by(DOCUMENT_ORDERS[''], False)} "
        "LIMIT ? OFFSET ?", (count, start))]


def document_keyed_window(conn: sqlite3.Connection, start: int, count: int,
                          after: tuple[str, int] | None = None) -> list[tuple[int, tuple]]:
    """(rowid, its import-order key) of `count` rows of the import order: from row `start`;
    or, with `after` (the key of a row read before), `start` rows past that row. From a key
    the index is entered where the row is, so a jump near rows already read steps over a few
    entries, not over every row above it as OFFSET does (10 ms at row 99,000 of 100,000 on a
    busy machine, twice per jump of the scroll bar)."""
    if after is None:
        rows = conn.execute("SELECT d.rowid, d.imported_at FROM documents d ORDER BY "
                            f"{_order_by(DOCUMENT_ORDERS[''], False)} LIMIT ? OFFSET ?",
                            (count, start))
    else:
        # two ranges of the index, each entered at its key: the rows of the same import time
        # after it, then the later import times (a row value would seek on the time alone and
        # step over every row of one big import)
        stamp, rowid = after
        rows = conn.execute(
            "SELECT rowid, imported_at FROM (SELECT d.rowid, d.imported_at FROM documents d "
            " WHERE d.imported_at = ? AND d.rowid > ? ORDER BY d.rowid LIMIT ?1_)"
            " UNION ALL SELECT rowid, imported_at FROM (SELECT d.rowid, d.imported_at "
            " FROM documents d WHERE d.imported_at > ? ORDER BY d.imported_at, d.rowid"
            " LIMIT ?1_) ORDER BY imported_at, rowid LIMIT ? OFFSET ?".replace(
                "?1_", str(int(start + count))),
            (stamp, rowid, stamp, count, start))
    return [(r, (stamp, r)) for r, stamp in rows]


def document_position(conn: sqlite3.Connection, doc_id: str) -> int | None:
    """Where an article is in the import order (the rows before it, counted on the index)."""
    row = conn.execute("SELECT imported_at, rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    return conn.execute("SELECT count(*) FROM documents d WHERE d.imported_at < ? OR "
                        "(d.imported_at = ? AND d.rowid < ?)", (row[0], row[0], row[1])).fetchone()[0]


def document_page(conn: sqlite3.Connection, rowids: Sequence[int]) -> list[DocumentSummary | None]:
    """The summaries of these articles (claim counts included), in the order asked; None for
    a rowid no longer there. Their length is -1, not read: counting the characters of 128
    texts would read 400 KB at every page (see text_length)."""
    if not rowids:
        return []
    marks = ", ".join("?" * len(rowids))
    by_rowid: dict[int, DocumentSummary] = {}
    by_id: dict[str, DocumentSummary] = {}
    direction = _SUMMARY_COLS.index("direction")
    zero = dict.fromkeys(VERDICTS.values(), 0)
    for row in conn.execute(f"SELECT d.rowid, {', '.join('d.' + c for c in _SUMMARY_COLS)}, "
                            f"-1 FROM documents d WHERE d.rowid IN ({marks})",
                            list(rowids)):
        values = list(row[1:])
        values[direction] = DIRECTIONS[values[direction]]
        summary = DocumentSummary(*values, counts=zero.copy())
        by_rowid[row[0]] = by_id[summary.id] = summary
    if by_id:
        ids = list(by_id)
        for doc_id, verdict, n in conn.execute(
                "SELECT doc_id, verdict, count(*) FROM claims WHERE doc_id IN "
                f"({', '.join('?' * len(ids))}) GROUP BY doc_id, verdict", ids):
            by_id[doc_id].counts[VERDICTS[verdict]] = n
    return [by_rowid.get(r) for r in rowids]


def text_length(conn: sqlite3.Connection, doc_id: str) -> int:
    """An article's length in characters (code points), for the one a tooltip is shown of."""
    row = conn.execute("SELECT length(text) FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else 0


def document_rowid(conn: sqlite3.Connection, doc_id: str) -> int | None:
    row = conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def document_titles(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> dict[str, str]:
    """id -> title of these articles only (what a list of some of them shows), by their
    primary key, 500 at a time (under SQLite's limit of variables)."""
    ids, out = list(doc_ids), {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update(conn.execute(f"SELECT id, title FROM documents WHERE id IN "
                                f"({', '.join('?' * len(chunk))})", chunk))
    return out


def document_sort_key(conn: sqlite3.Connection, order: str, rowid: int) -> tuple | None:
    row = conn.execute(f"SELECT {_key_columns(DOCUMENT_ORDERS[order])} FROM documents d "
                       "WHERE d.rowid = ?", (rowid,)).fetchone()
    return tuple(row) if row else None


def document_matches(conn: sqlite3.Connection, rowid: int, text: str) -> bool:
    where, params = _document_where(text)
    where = f"{where} AND d.rowid = ?" if where else " WHERE d.rowid = ?"
    return conn.execute(f"SELECT 1 FROM documents d{where}", [*params, rowid]).fetchone() is not None


def labels_window(conn: sqlite3.Connection, start: int, count: int) -> list[tuple[str, str]]:
    """(id, label) of articles `start` to `start + count` by label: a picker of 100,000
    articles reads the screenful it shows, from the documents_label index."""
    return [tuple(r) for r in conn.execute(
        f"SELECT d.id, {LABEL} FROM documents d ORDER BY {_order_by(DOCUMENT_ORDERS['label'], False)} "
        "LIMIT ? OFFSET ?", (count, start))]


def label_position(conn: sqlite3.Connection, doc_id: str) -> int | None:
    """Where an article is in the label order (the articles before it, on the index)."""
    row = conn.execute(f"SELECT {LABEL}, d.id FROM documents d WHERE d.id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    return conn.execute(
        f"SELECT count(*) FROM documents d WHERE {LABEL} COLLATE NOCASE < ? OR "
        f"({LABEL} COLLATE NOCASE = ? AND d.id < ?)", (row[0], row[0], row[1])).fetchone()[0]


def first_documents(conn: sqlite3.Connection, language: str | None, limit: int,
                    among: int = 1000) -> list[str]:
    """The first articles in import order (in `language`, if given, among the first `among`:
    a project with none in it is not read to its end): what a first visit opens."""
    first = (f"SELECT d.id, {_LANGUAGE} AS lang, d.imported_at AS at, d.rowid AS r "
             f"FROM documents d ORDER BY {_order_by(DOCUMENT_ORDERS[''], False)} LIMIT ?")
    where, params = "", [among]
    if language is not None:
        where, params = " WHERE lang = ?", [among, language]
    return [row[0] for row in conn.execute(
        f"SELECT id FROM ({first}){where} ORDER BY at, r LIMIT ?", [*params, limit])]


# ------------------------------------------------------------------ the claims
_CLAIMS_FROM = "FROM claims c JOIN documents d ON d.id = c.doc_id"


def claim_rowids(conn: sqlite3.Connection, order: str, descending: bool,
                 filt: ClaimFilter) -> array:
    """The rowids of the claims that pass `filt`, in the named order: one query (a second
    for the default order over 1,000,000 claims, in a worker). The articles are joined
    only when the order or the filter names their title: every claim has its article (a
    foreign key), so the rows are the same, and an order by verdict, annotator or time of
    edit then reads its index (m006) alone instead of sorting a million rows."""
    terms, params = filt.where()
    where = f" WHERE {' AND '.join(terms)}" if terms else ""
    source = _CLAIMS_FROM if order == "document" or filt.text.strip() else "FROM claims c"
    return _rowids(conn, f"SELECT c.rowid {source}{where} ORDER BY "
                   f"{_order_by(CLAIM_ORDERS[order], descending)}", params)


def claim_page(conn: sqlite3.Connection, rowids: Sequence[int], quote_chars: int,
               note_chars: int) -> list[tuple | None]:
    """(id, doc_id, start, quote head, verdict, annotator, updated_at, note head, article
    label, links) of these claims, in the order asked; None for one no longer there."""
    if not rowids:
        return []
    marks = ", ".join("?" * len(rowids))
    out: dict[int, tuple] = {}
    for (rowid, cid, doc_id, start, quote, verdict, annotator, updated, note, label,
         links) in conn.execute(
            f"SELECT c.rowid, c.id, c.doc_id, c.span_start, substr(c.quote, 1, ?), c.verdict, "
            f"c.annotator, c.updated_at, substr(c.note, 1, ?), {LABEL}, {_LINKS} {_CLAIMS_FROM} "
            f"WHERE c.rowid IN ({marks})", [quote_chars, note_chars, *rowids]):
        out[rowid] = (cid, doc_id, start, quote, VERDICTS[verdict], annotator, updated,
                      note or "", label, links)
    return [out.get(r) for r in rowids]


def claim_rowid(conn: sqlite3.Connection, claim_id: str) -> int | None:
    row = conn.execute("SELECT rowid FROM claims WHERE id = ?", (claim_id,)).fetchone()
    return row[0] if row else None


def claim_sort_key(conn: sqlite3.Connection, order: str, rowid: int) -> tuple | None:
    row = conn.execute(f"SELECT {_key_columns(CLAIM_ORDERS[order])} {_CLAIMS_FROM} "
                       "WHERE c.rowid = ?", (rowid,)).fetchone()
    return tuple(row) if row else None


def claim_matches(conn: sqlite3.Connection, rowid: int, filt: ClaimFilter) -> bool:
    terms, params = filt.where()
    where = " AND ".join([*terms, "c.rowid = ?"])
    return conn.execute(f"SELECT 1 {_CLAIMS_FROM} WHERE {where}",
                        [*params, rowid]).fetchone() is not None


def verdict_totals(conn: sqlite3.Connection) -> dict:
    """Claims per verdict over the whole project (the status bar), read from the
    claims_doc_verdict index: 0.2 s for 1,000,000 claims, so the GUI asks it in a worker."""
    totals = dict.fromkeys(VERDICTS.values(), 0)
    for verdict, n in conn.execute("SELECT verdict, count(*) FROM claims GROUP BY verdict"):
        totals[VERDICTS[verdict]] = n
    return totals
