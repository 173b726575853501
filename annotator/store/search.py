"""Full-text search over articles and claims (FTS5), in a shape that stays fast at 100,000
articles and 1,000,000 claims.

What made the plain `... MATCH ? ORDER BY rank LIMIT ?` slow at that size:

- `ORDER BY rank` makes FTS5 sort every match (96,000 articles for a common word) in a
  nested statement and then seek each row again; `ORDER BY bm25(t), rowid LIMIT n` keeps only
  the best n while scoring, which halves the cost. The scores are the same function, and ties
  go by rowid as rank's sort left them.
- A snippet computed in the same statement as the ranking would be made for every match
  before the sort; so the best rows are found first and their snippets made afterwards from
  an index of those rows alone (store/search_snippets.py), at a cost that follows the rows
  shown, not the matches.
- Every word is a prefix term ("banjir"*), and FTS5 answers a prefix term beyond its
  prefix indexes (2 and 3 characters) by merging the lists of every indexed word with that
  prefix into one, on every query. A glance at the index's vocabulary (fts5vocab) tells which
  words are the only indexed word with their prefix — most whole words — and those are
  searched as plain terms; word forms (search_terms) that occur nowhere are left out. Both
  leave the matches, scores, snippets and order exactly as they were: a term that matches no
  row adds nothing to any row's bm25 score, and a prefix with a single word under it is that
  word.
- What is left is FTS5's ranking itself: scoring every match by bm25 (the IDF of each term
  from its whole list of rows, each row's length and its instances) to keep the best 200,
  120 ms for the 96,000 articles holding a common word, on one core. A row's score is the
  same whatever else is asked, so a large table is ranked in rowid ranges on several
  connections at once (SideReader), and the ranges' best merged by score (_rank_all).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..core.summaries import SearchHit
from . import search_snippets, search_terms
from .search_share import SideReader, share


#: The two searched tables (each with its index, `table`_fts).
_DOCUMENTS, _CLAIMS = "documents", "claims"

#: Per-connection views of each index's vocabulary (temp: nothing is written to the project).
_VOCAB = {"documents_fts": "search_documents_terms", "claims_fts": "search_claims_terms"}

#: Below every token character FTS5 stores (unicode61 keeps letters and digits; other bytes
#: of UTF-8 letters are above 0x80): `word + _NEXT` is the first possible longer word.
_NEXT = "0"


class _Vocabulary:
    """What one index holds of the searched words: none, only the word, or longer words too.

    Only plain ASCII words are looked up (their folding to index terms is just lower case);
    any other word is searched as a prefix term, as before."""

    ABSENT, WHOLE, PREFIX = 0, 1, 2

    def __init__(self, conn: sqlite3.Connection, fts: str) -> None:
        self.conn = conn
        self.table = _VOCAB[fts]
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{self.table} "
                     f"USING fts5vocab(main, {fts}, 'instance')")
        self._seen: dict[str, int] = {}

    def kind(self, word: str) -> int:
        word = word.lower()
        if not (word.isascii() and word.isalnum()):
            return self.PREFIX
        if word not in self._seen:
            self._seen[word] = self._look_up(word)
        return self._seen[word]

    def _look_up(self, word: str) -> int:
        # bounds on both sides, so the vocabulary stops at the prefix's end without reading
        # the next word's postings (an 'instance' row is read lazily, one occurrence at a time)
        beyond = word[:-1] + chr(ord(word[-1]) + 1)
        sql = f"SELECT 1 FROM temp.{self.table} WHERE term >= ? AND term < ? LIMIT 1"
        if self.conn.execute(sql, (word, beyond)).fetchone() is None:
            return self.ABSENT
        if self.conn.execute(sql, (word + _NEXT, beyond)).fetchone() is None:
            return self.WHOLE
        return self.PREFIX


def _term(word: str, kind: int) -> str:
    quoted = '"' + word.replace('"', '""') + '"'
    return quoted if kind == _Vocabulary.WHOLE else quoted + "*"


def _all_of(words: tuple[str, ...], vocab: _Vocabulary) -> str:
    """search_terms.exact_query for this index: "" when some word occurs nowhere in it."""
    kinds = [vocab.kind(w) for w in words]
    if _Vocabulary.ABSENT in kinds:
        return ""
    return " ".join(_term(w, k) for w, k in zip(words, kinds))


def _any_of(words: tuple[str, ...], vocab: _Vocabulary) -> str:
    """search_terms.any_query for this index (without the words that occur nowhere)."""
    return " OR ".join(_term(w, k) for w in words if (k := vocab.kind(w)) != _Vocabulary.ABSENT)


def _forms_of(words: tuple[str, ...], vocab: _Vocabulary) -> str:
    """search_terms.expanded_query for this index: "" when it cannot find more than the
    words as typed (no other form of any word occurs in it) or nothing at all."""
    groups, widened = [], False
    for word in words:
        forms = [(f, k) for f in search_terms.word_forms(word)
                 if (k := vocab.kind(f)) != _Vocabulary.ABSENT]
        if not forms:
            return ""
        widened |= any(f != word.lower() for f, _ in forms)
        terms = [_term(f, k) for f, k in forms]
        groups.append(terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")")
    return " AND ".join(groups) if widened else ""


def _ranked(conn: sqlite3.Connection, fts: str, query: str, limit: int,
            low: int | None = None, high: int | None = None) -> list[tuple[float, int]]:
    """(bm25 score, rowid) of the `limit` best rows for `query`, best first; with `low` and
    `high`, among the rows of that rowid range only. A row's score does not depend on the
    range: bm25 takes each term's IDF from the whole index, not from the rows asked about."""
    if low is None:
        rows = conn.execute(f"SELECT bm25({fts}), rowid FROM {fts} WHERE {fts} MATCH ? "
                            f"ORDER BY bm25({fts}), rowid LIMIT ?", (query, limit))
    else:
        rows = conn.execute(f"SELECT bm25({fts}), rowid FROM {fts} WHERE {fts} MATCH ? AND "
                            f"rowid BETWEEN ? AND ? ORDER BY bm25({fts}), rowid LIMIT ?",
                            (query, low, high, limit))
    return [(score, rowid) for score, rowid in rows]


#: A table is ranked in parts from this many rows (rowid span) a part on: below it the
#: parts' own costs (each reads every term's list once for its IDF) outweigh the sharing.
PART_ROWS = 5_000
#: The rows shown are given their snippets in parts of at least this many.
SNIPPET_ROWS = 40


def _parts(conn: sqlite3.Connection, table: str, ways: int) -> list[tuple[int | None, int | None]]:
    """Rowid ranges of `table` to rank separately, at most `ways` of them."""
    if ways < 2:
        return [(None, None)]
    # two statements' worth: min() and max() in one would scan the table for both
    low, high = conn.execute(f"SELECT (SELECT min(rowid) FROM main.{table}), "
                             f"(SELECT max(rowid) FROM main.{table})").fetchone()
    if low is None:
        return [(None, None)]
    n = min(ways, (high - low + 1) // PART_ROWS)
    if n < 2:
        return [(None, None)]
    step = (high - low + 1) // n
    bounds = [low + k * step for k in range(n)] + [high + 1]
    return [(bounds[k], bounds[k + 1] - 1) for k in range(n)]


def _ways(query: str, side: SideReader | None) -> int:
    """In how many parts to rank `query`: a prefix term ("ber"*) is merged from the lists of
    every word under it in each part anew, which cost more than the parts saved (at 100,000
    articles "ber" went from 300 to 410 ms in two parts)."""
    return 1 if side is None or '"*' in query else side.ways


def _rank_all(conn: sqlite3.Connection, queries: dict[str, str], limit: int,
              side: SideReader | None) -> dict[str, list[int]]:
    """The `limit` best rowids of each table for its query, best first.

    Scoring every match is most of a search at 100,000 articles (bm25 of 96,000 matches:
    120 ms on one core). So a large table is ranked in rowid ranges, on the side connections
    and on this one at once, and the ranges' best are merged by score, ties by rowid: the
    same rows in the same order as one statement gives."""
    jobs = [(f"{table}_fts", query, low, high)
            for table, query in queries.items() if query
            for low, high in _parts(conn, table, _ways(query, side))]
    merged: dict[str, list[tuple[float, int]]] = {}
    for (fts, *_rest), rows in zip(jobs, share(conn, side, jobs, lambda c, *job: _ranked(
            c, job[0], job[1], limit, job[2], job[3]))):
        merged.setdefault(fts[:-len("_fts")], []).extend(rows)
    return {table: [rowid for _score, rowid in sorted(rows)[:limit]]
            for table, rows in merged.items()}


def _snippets_all(conn: sqlite3.Connection, queries: dict[str, str],
                  ranked: dict[str, list[int]], side: SideReader | None
                  ) -> dict[str, dict[int, str]]:
    """rowid -> snippet of the rows found, per table. A snippet is the row's and the query's
    alone (search_snippets.py), so the rows are shared out too: tokenizing 200 articles of
    3,000 characters is as long as ranking 10,000 of them."""
    ways = side.ways if side is not None else 1
    jobs = []
    for table, rowids in ranked.items():
        step = max(SNIPPET_ROWS, -(-len(rowids) // ways))
        jobs += [(table, queries[table], rowids[i:i + step]) for i in range(0, len(rowids), step)]
    made: dict[str, dict[int, str]] = {table: {} for table in ranked}
    for (table, *_rest), snips in zip(jobs, share(
            conn, side, jobs, lambda c, *job: search_snippets.snippets(c, *job))):
        made[table].update(snips)
    return made


def _document_hits(conn: sqlite3.Connection, rowids: list[int], made: dict[int, str]
                   ) -> list[SearchHit]:
    best = [r for r in rowids if r in made]
    if not best:
        return []
    rows = {r[0]: r[1:] for r in conn.execute(
        f"SELECT rowid, id, title FROM documents WHERE rowid IN ({', '.join(map(str, best))})")}
    return [SearchHit("document", rows[r][0], rows[r][1], None, made[r])
            for r in best if r in rows]


def _claim_hits(conn: sqlite3.Connection, rowids: list[int], made: dict[int, str]
                ) -> list[SearchHit]:
    best = [r for r in rowids if r in made]
    if not best:
        return []
    rows = {r[0]: r[1:] for r in conn.execute(
        "SELECT c.rowid, c.id, c.doc_id, d.title, c.span_start, c.span_end FROM claims c "
        f"JOIN documents d ON d.id = c.doc_id WHERE c.rowid IN ({', '.join(map(str, best))})")}
    return [SearchHit("claim", rows[r][1], rows[r][2], rows[r][0], made[r], rows[r][3],
                      rows[r][4]) for r in best if r in rows]


_Find = Callable[[sqlite3.Connection, list[int], dict[int, str]], list[SearchHit]]
_FINDERS: dict[str, _Find] = {_DOCUMENTS: _document_hits, _CLAIMS: _claim_hits}


def _find(conn: sqlite3.Connection, queries: dict[str, str], limit: int,
          side: SideReader | None) -> dict[str, list[SearchHit]]:
    """Each table's hits for its query (best first, with snippets): ranked, then given their
    snippets, each step shared out; then the hits' titles and ids on this connection."""
    queries = {table: q for table, q in queries.items() if q}
    ranked = _rank_all(conn, queries, limit, side)
    made = _snippets_all(conn, queries, ranked, side)
    return {table: _FINDERS[table](conn, rowids, made[table]) for table, rowids in ranked.items()}


def _hits(conn: sqlite3.Connection, words: tuple[str, ...], limit: int,
          side: SideReader | None, any_word: bool = False) -> list[SearchHit]:
    """Both tables' hits: for the words as typed, then for their other forms while there is
    room; with `any_word`, for any of the words instead."""
    vocab = {table: _Vocabulary(conn, f"{table}_fts") for table in _FINDERS}
    make = _any_of if any_word else _all_of
    found = {table: [] for table in _FINDERS} | _find(
        conn, {table: make(words, vocab[table]) for table in _FINDERS}, limit, side)
    if not any_word:  # room left: add the other word forms' hits
        wider = {table: q for table in _FINDERS
                 if len(found[table]) < limit and (q := _forms_of(words, vocab[table]))}
        for table, more in _find(conn, wider, limit, side).items():
            seen = {(h.doc_id, h.claim_id) for h in found[table]}
            found[table] += [h for h in more
                             if (h.doc_id, h.claim_id) not in seen][:limit - len(found[table])]
    return found[_DOCUMENTS] + found[_CLAIMS]


def search(conn: sqlite3.Connection, text: str, limit: int = 200, *,
           side: SideReader | None = None) -> list[SearchHit]:
    """Articles, then claims; in each, the hits for the words as typed come first, then those
    found only through the words' other Indonesian forms ("tolak" → "menolak", "penolakan").
    With `side`, the ranking is shared with its connections (not inside a transaction of
    `conn`'s: they would not see its state)."""
    plan = search_terms.plan(text)
    if not plan.words:
        return []
    use = side if side is not None and not conn.in_transaction else None
    hits = _hits(conn, plan.words, limit, use)
    if not hits and plan.shortened:
        # a pasted passage that no article holds word for word (edited, or from elsewhere):
        # the articles with most of its distinctive words, best first
        hits = _hits(conn, plan.words, limit, use, any_word=True)
    return hits
