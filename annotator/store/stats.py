"""The aggregate behind the statistics: one GROUP BY over the claims, counted by SQLite.

Rows only (key, label, verdict, count): naming, week folding and ordering are
annotator.core.stats's. Days are cut from the ISO timestamps as text (`substr(..., 1, 10)`), so
no date function runs per claim; over 50,000 claims the query takes a few milliseconds (see
tests/benchmarks/bench_stats.py).

The conflicts per outlet read the places below: every document's outlet, every claim's span,
each document's sentence count, and the word-for-word copies of the sentences the compare
engine names in a conflict.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from ..core.stats import GroupBy, Place

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
    per_document = ("(SELECT doc_id, verdict, COUNT(*) AS n FROM claims GROUP BY doc_id, verdict)"
                    " x JOIN documents d ON d.id = x.doc_id")
    if by is GroupBy.ARTICLE:  # already one row per group and verdict: sorting 300,000
        # rows again to group them by the same key took 2 of the 3 s at 1,000,000 claims
        sql = f"SELECT {key}, {label}, x.verdict, x.n FROM {per_document}"
    elif by_document:
        sql = f"SELECT {key} AS k, {label}, x.verdict, SUM(x.n) FROM {per_document} GROUP BY k, x.verdict"
    else:
        sql = f"SELECT {key} AS k, {label}, verdict, COUNT(*) FROM claims GROUP BY k, verdict"
    return [tuple(row) for row in conn.execute(sql)]


def document_outlets(conn: sqlite3.Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, outlet FROM documents")}


def claim_places(conn: sqlite3.Connection, doc_ids: Sequence[str] | None = None) -> list[Place]:
    """Every claim's place, or those of the claims on `doc_ids` (through claims_doc)."""
    if doc_ids is None:
        return [tuple(r) for r in conn.execute("SELECT doc_id, span_start, span_end FROM claims")]
    ids = list(dict.fromkeys(doc_ids))
    out: list[Place] = []
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        out += [tuple(r) for r in conn.execute(
            "SELECT doc_id, span_start, span_end FROM claims WHERE doc_id IN "
            f"({', '.join('?' * len(chunk))})", chunk)]
    return out


def claims_per_outlet(conn: sqlite3.Connection) -> dict[str, int]:
    """outlet -> its claims: counted per article on the claims_doc index, then summed per
    outlet over the articles (at 1,000,000 claims, not a million places read into Python)."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT d.outlet, SUM(x.n) FROM (SELECT doc_id, COUNT(*) AS n FROM claims "
        "GROUP BY doc_id) x JOIN documents d ON d.id = x.doc_id GROUP BY d.outlet")}


def sentence_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """doc id -> its stored sentences (counted from the (doc_id, idx) index alone)."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT doc_id, COUNT(*) FROM sentences GROUP BY doc_id")}


#: sentence places per query (two parameters each, well under SQLite's limit)
_CHUNK = 400


def sentence_copies(conn: sqlite3.Connection, places: Sequence[tuple[str, int]]
                    ) -> tuple[dict[tuple[str, int], tuple[str, str]],
                               dict[tuple[str, str], list[Place]]]:
    """Which copies group each (doc id, start) of a stored sentence belongs to, and each
    group's places: the sentences with the same text (hash) in articles with the same
    publication date, the copies the compare engine compares once and names once
    (compare/index.py groups them alike). Groups are keyed (hash, publication date).

    A boilerplate line can stand in a thousand articles: each text's copies are read once
    (by hash) and grouped here, rather than joined once per sentence that names them."""
    places = list(dict.fromkeys(places))
    hash_of: dict[tuple[str, int], str] = {}
    for i in range(0, len(places), _CHUNK):
        chunk = places[i:i + _CHUNK]
        values = ", ".join("(?, ?)" for _ in chunk)
        rows = conn.execute(
            f"WITH wanted(doc_id, start) AS (VALUES {values}) "
            "SELECT w.doc_id, w.start, s.hash FROM wanted w "
            "JOIN sentences s ON s.doc_id = w.doc_id AND s.span_start = w.start",
            [x for place in chunk for x in place])
        hash_of.update(((doc, start), h) for doc, start, h in rows)
    if not hash_of:
        return {}, {}
    published = {r[0]: r[1] for r in conn.execute("SELECT id, published FROM documents")}
    groups: dict[tuple[str, str], list[Place]] = {}
    hashes = sorted(set(hash_of.values()))
    for i in range(0, len(hashes), 2 * _CHUNK):
        chunk = hashes[i:i + 2 * _CHUNK]
        for doc, start, end, h in conn.execute(
                "SELECT doc_id, span_start, span_end, hash FROM sentences WHERE hash IN "
                f"({', '.join('?' * len(chunk))})", chunk):
            groups.setdefault((h, published.get(doc, "")), []).append((doc, start, end))
    return {place: (h, published.get(place[0], "")) for place, h in hash_of.items()}, groups


def sentences_state(conn: sqlite3.Connection) -> str:
    """A digest that changes whenever the project-wide conflicts may (the compare cache's own,
    store/sentences.py): claims, notes and outlets leave it alone, so the statistics can
    recount them without running the conflict pass again."""
    from .sentences import sentences_digest

    return sentences_digest(conn)
