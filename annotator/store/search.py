"""Full-text search over articles and claims (FTS5), in a shape that stays fast at 100,000
articles and 1,000,000 claims.

Three things made the plain `... MATCH ? ORDER BY rank LIMIT ?` slow at that size:

- `ORDER BY rank` makes FTS5 sort every match (96,000 articles for a common word) in a
  nested statement and then seek each row again; `ORDER BY bm25(t), rowid LIMIT n` keeps only
  the best n while scoring, which halves the cost. The scores are the same function, and ties
  go by rowid as rank's sort left them.
- A snippet computed in the same statement as the ranking would be made for every match
  before the sort; so the best rows are found first and their snippets made in a second pass
  that scans the matches again (cheap without scores) and makes a snippet only for those rows.
- Every word is a prefix term ("banjir"*), and FTS5 answers a prefix term beyond its
  prefix indexes (2 and 3 characters) by merging the lists of every indexed word with that
  prefix into one, on every query. A glance at the index's vocabulary (fts5vocab) tells which
  words are the only indexed word with their prefix — most whole words — and those are
  searched as plain terms; word forms (search_terms) that occur nowhere are left out. Both
  leave the matches, scores, snippets and order exactly as they were: a term that matches no
  row adds nothing to any row's bm25 score, and a prefix with a single word under it is that
  word.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..core.summaries import SearchHit
from . import search_terms

#: The two searched indexes: FTS table, the column a snippet is made from (-1: the best one).
_DOCUMENTS = ("documents_fts", 1)
_CLAIMS = ("claims_fts", -1)

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


def _best(conn: sqlite3.Connection, fts: str, col: int, query: str, limit: int
          ) -> list[tuple[int, str]]:
    """The `limit` best rows for `query` (bm25), best first, each with its snippet."""
    if not query:
        return []
    rowids = [r for (r,) in conn.execute(
        f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY bm25({fts}), rowid LIMIT ?",
        (query, limit))]
    if not rowids:
        return []
    # `+rowid`: a filter on the scan, not a lookup per row (each would run the query again)
    listed = ", ".join(str(int(r)) for r in rowids)
    snippets = dict(conn.execute(
        f"SELECT rowid, snippet({fts}, {col}, '[', ']', '…', 12) FROM {fts} "
        f"WHERE {fts} MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN ({listed})",
        (query, min(rowids), max(rowids))))
    return [(r, snippets[r]) for r in rowids if r in snippets]


def _document_hits(conn: sqlite3.Connection, query: str, limit: int) -> list[SearchHit]:
    best = _best(conn, *_DOCUMENTS, query, limit)
    if not best:
        return []
    rows = {r[0]: r[1:] for r in conn.execute(
        "SELECT rowid, id, title FROM documents WHERE rowid IN "
        f"({', '.join(str(r) for r, _ in best)})")}
    return [SearchHit("document", rows[r][0], rows[r][1], None, snip)
            for r, snip in best if r in rows]


def _claim_hits(conn: sqlite3.Connection, query: str, limit: int) -> list[SearchHit]:
    best = _best(conn, *_CLAIMS, query, limit)
    if not best:
        return []
    rows = {r[0]: r[1:] for r in conn.execute(
        "SELECT c.rowid, c.id, c.doc_id, d.title, c.span_start, c.span_end FROM claims c "
        "JOIN documents d ON d.id = c.doc_id WHERE c.rowid IN "
        f"({', '.join(str(r) for r, _ in best)})")}
    return [SearchHit("claim", rows[r][1], rows[r][2], rows[r][0], snip, rows[r][3], rows[r][4])
            for r, snip in best if r in rows]


_Find = Callable[[sqlite3.Connection, str, int], list[SearchHit]]


def search(conn: sqlite3.Connection, text: str, limit: int = 200) -> list[SearchHit]:
    """Articles, then claims; in each, the hits for the words as typed come first, then those
    found only through the words' other Indonesian forms ("tolak" → "menolak", "penolakan")."""
    plan = search_terms.plan(text)
    if not plan.words:
        return []
    hits: list[SearchHit] = []
    finders: tuple[tuple[_Find, _Vocabulary], ...] = (
        (_document_hits, _Vocabulary(conn, _DOCUMENTS[0])),
        (_claim_hits, _Vocabulary(conn, _CLAIMS[0])))
    for find, vocab in finders:
        found = find(conn, _all_of(plan.words, vocab), limit)
        if len(found) < limit:  # room left: add the other word forms' hits
            wider = _forms_of(plan.words, vocab)
            if wider:
                seen = {(h.doc_id, h.claim_id) for h in found}
                found += [h for h in find(conn, wider, limit)
                          if (h.doc_id, h.claim_id) not in seen][:limit - len(found)]
        hits += found
    if not hits and plan.shortened:
        # a pasted passage that no article holds word for word (edited, or from elsewhere):
        # the articles with most of its distinctive words, best first
        hits = [h for find, vocab in finders
                for h in find(conn, _any_of(plan.words, vocab), limit)]
    return hits
