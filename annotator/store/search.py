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
- Articles and claims were searched one after the other; the Project's search looks for the
  claims on a second connection in a thread of its own (SideReader) meanwhile.

What is left is FTS5's ranking itself: scoring every match by bm25 (the IDF of each term
from its whole list of rows, each row's length and its instances) to keep the best 200.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..core.errors import AnnotatorError
from ..core.summaries import SearchHit
from . import search_snippets, search_terms

if TYPE_CHECKING:  # loaded at the first search (15 ms): the start needs no thread pool
    from concurrent.futures import Future, ThreadPoolExecutor

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


def _best(conn: sqlite3.Connection, table: str, query: str, limit: int
          ) -> list[tuple[int, str]]:
    """The `limit` best rows for `query` (bm25), best first, each with its snippet."""
    if not query:
        return []
    fts = f"{table}_fts"
    rowids = [r for (r,) in conn.execute(
        f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY bm25({fts}), rowid LIMIT ?",
        (query, limit))]
    made = search_snippets.snippets(conn, table, query, rowids)
    return [(r, made[r]) for r in rowids if r in made]


def _document_hits(conn: sqlite3.Connection, query: str, limit: int) -> list[SearchHit]:
    best = _best(conn, _DOCUMENTS, query, limit)
    if not best:
        return []
    rows = {r[0]: r[1:] for r in conn.execute(
        "SELECT rowid, id, title FROM documents WHERE rowid IN "
        f"({', '.join(str(r) for r, _ in best)})")}
    return [SearchHit("document", rows[r][0], rows[r][1], None, snip)
            for r, snip in best if r in rows]


def _claim_hits(conn: sqlite3.Connection, query: str, limit: int) -> list[SearchHit]:
    best = _best(conn, _CLAIMS, query, limit)
    if not best:
        return []
    rows = {r[0]: r[1:] for r in conn.execute(
        "SELECT c.rowid, c.id, c.doc_id, d.title, c.span_start, c.span_end FROM claims c "
        "JOIN documents d ON d.id = c.doc_id WHERE c.rowid IN "
        f"({', '.join(str(r) for r, _ in best)})")}
    return [SearchHit("claim", rows[r][1], rows[r][2], rows[r][0], snip, rows[r][3], rows[r][4])
            for r, snip in best if r in rows]


_Find = Callable[[sqlite3.Connection, str, int], list[SearchHit]]
_FINDERS: dict[str, _Find] = {_DOCUMENTS: _document_hits, _CLAIMS: _claim_hits}


def _table_hits(conn: sqlite3.Connection, table: str, words: tuple[str, ...], limit: int,
                any_word: bool = False) -> list[SearchHit]:
    """One table's hits: for the words as typed, then for their other forms while there is
    room; with `any_word`, for any of the words instead."""
    find, vocab = _FINDERS[table], _Vocabulary(conn, f"{table}_fts")
    if any_word:
        return find(conn, _any_of(words, vocab), limit)
    found = find(conn, _all_of(words, vocab), limit)
    if len(found) < limit:  # room left: add the other word forms' hits
        wider = _forms_of(words, vocab)
        if wider:
            seen = {(h.doc_id, h.claim_id) for h in found}
            found += [h for h in find(conn, wider, limit)
                      if (h.doc_id, h.claim_id) not in seen][:limit - len(found)]
    return found


def search(conn: sqlite3.Connection, text: str, limit: int = 200, *,
           side: SideReader | None = None) -> list[SearchHit]:
    """Articles, then claims; in each, the hits for the words as typed come first, then those
    found only through the words' other Indonesian forms ("tolak" → "menolak", "penolakan").
    With `side`, the claims are looked for on its connection while the articles are on this
    one (not inside a transaction of `conn`'s: the side connection would not see its state)."""
    plan = search_terms.plan(text)
    if not plan.words:
        return []
    use = side if side is not None and not conn.in_transaction else None

    def both(any_word: bool = False) -> list[SearchHit]:
        claims = use.submit(_table_hits, _CLAIMS, plan.words, limit, any_word) if use else None
        try:
            documents = _table_hits(conn, _DOCUMENTS, plan.words, limit, any_word)
        except BaseException:
            if claims is not None:
                claims.exception()  # the side thread is done before the error goes up
            raise
        if claims is None:
            return documents + _table_hits(conn, _CLAIMS, plan.words, limit, any_word)
        return documents + claims.result()

    hits = both()
    if not hits and plan.shortened:
        # a pasted passage that no article holds word for word (edited, or from elsewhere):
        # the articles with most of its distinctive words, best first
        hits = both(any_word=True)
    return hits


class SideReader:
    """A second read-only connection to the project, with a thread of its own, so that a
    search's claims are looked for while its articles are: sqlite3 lets go of the GIL while
    SQLite works, so on two cores the two run at once and the search takes as long as the
    slower of the two instead of both. Opened at the first search; when it cannot be opened,
    searches run on the project's own connection, one table after the other, as before."""

    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        self._connect = connect
        self._conn: sqlite3.Connection | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._failed = False

    def submit(self, fn: Callable[..., list[SearchHit]], *args) -> Future | None:
        """`fn(side connection, *args)` on the side thread; None when there is no side."""
        if self._pool is None:
            if self._failed:
                return None
            try:
                self._conn = self._connect()
            except (AnnotatorError, sqlite3.Error):
                self._failed = True
                return None
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(1, thread_name_prefix="annotator-search")
        return self._pool.submit(fn, self._conn, *args)

    def close(self) -> None:
        """Wait for the side thread and close its connection (safe to call twice)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
