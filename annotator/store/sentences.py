"""The stored sentences of each document, their analyses and cached sentence embeddings.

Sentences are derived data (migration m004): triggers drop a document's sentences when the
document is deleted, or when its text, language or publication date changes, so whatever path
removes or changes a document (an edit, an undo, a redo, a re-import) cannot leave stale ones.
`analysed_documents` says which analyser version analysed which document, so an empty document
(no sentences) is not analysed again and again, and a newer analyser redoes older documents.
Embeddings are keyed by sentence hash and model, not by document: a sentence shared by two
articles is encoded once, and the cache survives deleting and re-importing an article.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence

SentenceRow = tuple  # (rowid, doc_id, idx, start, end, text, hash, analysis)

_COLS = "s.id, s.doc_id, s.idx, s.span_start, s.span_end, s.text, s.hash, s.analysis"


def any_pending(conn: sqlite3.Connection, version: int) -> bool:
    """Is any document without current sentences? (Cheap: every match asks.)"""
    return conn.execute(
        "SELECT 1 FROM documents d LEFT JOIN analysed_documents a ON a.doc_id = d.id "
        "WHERE a.version IS NOT ? LIMIT 1", (version,)).fetchone() is not None


def pending_documents(conn: sqlite3.Connection, version: int) -> list[str]:
    """Documents with no sentences yet or sentences from another analyser version, smallest
    first (a 10 MB article does not hold up the rest)."""
    return [r[0] for r in conn.execute(
        "SELECT d.id FROM documents d LEFT JOIN analysed_documents a ON a.doc_id = d.id "
        "WHERE a.version IS NOT ? ORDER BY length(d.text), d.id", (version,))]


def document_input(conn: sqlite3.Connection, doc_id: str) -> tuple[str, str, str] | None:
    """(text, effective language, published) of a document, None if it is gone."""
    row = conn.execute(
        "SELECT text, CASE WHEN language_override <> '' THEN language_override ELSE language END, "
        "published FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return None if row is None else (row[0], row[1], row[2])


def replace_document(conn: sqlite3.Connection, doc_id: str, version: int,
                     rows: Iterable[tuple[int, int, int, str, str, str]]) -> int:
    """Store a document's sentences (idx, start, end, text, hash, analysis JSON) in place of
    any it had; the caller holds the transaction. Returns how many were stored."""
    conn.execute("DELETE FROM sentences WHERE doc_id = ?", (doc_id,))
    rows = list(rows)
    conn.executemany(
        "INSERT INTO sentences (doc_id, idx, span_start, span_end, text, hash, analysis) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", [(doc_id, *r) for r in rows])
    conn.execute("INSERT OR REPLACE INTO analysed_documents (doc_id, version, sentences) "
                 "VALUES (?, ?, ?)", (doc_id, version, len(rows)))
    return len(rows)


def store_part(conn: sqlite3.Connection, doc_id: str, version: int, rows: Sequence[tuple], *,
               first: bool, last: bool, total: int) -> None:
    """Store some of a document's sentence rows (project/sentence_parts.py); the caller holds
    the transaction. The first part drops what the document had; a later one drops the rows
    of its own positions first, so two writers storing the same document one part after the
    other cannot collide; the last records the document as analysed, with `total` rows."""
    if first:
        conn.execute("DELETE FROM sentences WHERE doc_id = ?", (doc_id,))
    elif rows:
        conn.execute("DELETE FROM sentences WHERE doc_id = ? AND idx BETWEEN ? AND ?",
                     (doc_id, rows[0][0], rows[-1][0]))
    conn.executemany(
        "INSERT INTO sentences (doc_id, idx, span_start, span_end, text, hash, analysis) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", [(doc_id, *r) for r in rows])
    if last:
        conn.execute("INSERT OR REPLACE INTO analysed_documents (doc_id, version, sentences) "
                     "VALUES (?, ?, ?)", (doc_id, version, total))


def counts(conn: sqlite3.Connection, version: int) -> tuple[int, int, int]:
    """(documents, documents analysed by `version`, sentences)."""
    docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    done = conn.execute("SELECT count(*) FROM analysed_documents a JOIN documents d "
                        "ON d.id = a.doc_id WHERE a.version = ?", (version,)).fetchone()[0]
    sentences = conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
    return docs, done, sentences


def document_sentences(conn: sqlite3.Connection, doc_id: str) -> list[SentenceRow]:
    return conn.execute(f"SELECT {_COLS} FROM sentences s WHERE s.doc_id = ? ORDER BY s.idx",
                        (doc_id,)).fetchall()


def checkworthy(conn: sqlite3.Connection, doc_id: str, threshold: float
                ) -> list[tuple[int, int, float, str]]:
    """(start, end, score, reasons as JSON text) of a document's sentences scoring at least
    `threshold`, in order: SQLite picks them from the stored analyses (compare/codec.py: "c" the
    score, "r" the reasons), so a 1 MB article's 10,000 are not all decoded in Python."""
    try:
        return conn.execute(
            "SELECT span_start, span_end, json_extract(analysis, '$.c'), "
            "json_extract(analysis, '$.r') FROM sentences WHERE doc_id = ? "
            "AND json_extract(analysis, '$.c') >= ? ORDER BY idx", (doc_id, threshold)).fetchall()
    except sqlite3.OperationalError:  # an SQLite built without its JSON functions
        import json

        out = []
        for start, end, raw in conn.execute(
                "SELECT span_start, span_end, analysis FROM sentences WHERE doc_id = ? "
                "ORDER BY idx", (doc_id,)):
            data = json.loads(raw)
            if data.get("c", 0.0) >= threshold:
                out.append((start, end, data["c"], json.dumps(data.get("r", []))))
        return out


def all_sentences(conn: sqlite3.Connection) -> Iterator[SentenceRow]:
    return iter(conn.execute(f"SELECT {_COLS} FROM sentences s ORDER BY s.doc_id, s.idx"))


def overlapping(conn: sqlite3.Connection, doc_id: str, start: int, end: int) -> list[SentenceRow]:
    """The sentences of a document that a span [start, end) touches."""
    return conn.execute(
        f"SELECT {_COLS} FROM sentences s WHERE s.doc_id = ? AND s.span_start < ? "
        "AND s.span_end > ? ORDER BY s.idx", (doc_id, max(end, start + 1), start)).fetchall()


def by_ids(conn: sqlite3.Connection, ids: Sequence[int]) -> list[SentenceRow]:
    out: list[SentenceRow] = []
    ids = list(ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out += conn.execute(f"SELECT {_COLS} FROM sentences s WHERE s.id IN "
                            f"({', '.join('?' * len(chunk))})", chunk).fetchall()
    return out


def lexical_candidates(conn: sqlite3.Connection, words: Sequence[str], exclude_doc: str,
                       limit: int = 60) -> list[tuple[int, float]]:
    """(sentence rowid, BM25 score: higher is better) of the sentences of other documents that
    share any of `words`, best first. Words are quoted, so no user text is FTS syntax."""
    words = [w for w in dict.fromkeys(words) if w][:40]
    if not words:
        return []
    query = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
    rows = conn.execute(
        "SELECT f.rowid, -bm25(sentences_fts) FROM sentences_fts f "
        "JOIN sentences s ON s.id = f.rowid WHERE sentences_fts MATCH ? AND s.doc_id <> ? "
        "ORDER BY rank LIMIT ?", (query, exclude_doc, limit))
    return [(r[0], r[1]) for r in rows]


def word_document_frequencies(conn: sqlite3.Connection, words: Sequence[str]) -> dict[str, int]:
    """In how many sentences each word occurs (FTS5's own vocabulary: no scan)."""
    words = list(dict.fromkeys(words))
    out: dict[str, int] = {}
    for i in range(0, len(words), 500):
        chunk = words[i:i + 500]
        out.update(conn.execute(f"SELECT term, doc FROM sentences_vocab WHERE term IN "
                                f"({', '.join('?' * len(chunk))})", chunk).fetchall())
    return out


def document_meta(conn: sqlite3.Connection) -> dict[str, tuple[str, str, str]]:
    """doc id -> (published, outlet, title): what conflict notes cite."""
    return {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
        "SELECT id, published, outlet, title FROM documents")}


# ---------------------------------------------------------------- embeddings
def unencoded(conn: sqlite3.Connection, model: str, limit: int) -> list[tuple[str, str]]:
    """(hash, text) of up to `limit` sentences without an embedding by `model`."""
    return conn.execute(
        "SELECT s.hash, min(s.text) FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM embeddings e "
        "WHERE e.hash = s.hash AND e.model = ?) GROUP BY s.hash LIMIT ?", (model, limit)).fetchall()


def unencoded_count(conn: sqlite3.Connection, model: str) -> int:
    return conn.execute(
        "SELECT count(DISTINCT s.hash) FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM "
        "embeddings e WHERE e.hash = s.hash AND e.model = ?)", (model,)).fetchone()[0]


def store_embeddings(conn: sqlite3.Connection, model: str,
                     items: Iterable[tuple[str, bytes]]) -> None:
    conn.executemany("INSERT OR REPLACE INTO embeddings (hash, model, vector) VALUES (?, ?, ?)",
                     [(h, model, v) for h, v in items])


def embeddings(conn: sqlite3.Connection, model: str) -> list[tuple[str, bytes]]:
    """(hash, float32 vector) of the sentences now in the project that `model` has encoded."""
    return conn.execute(
        "SELECT e.hash, e.vector FROM embeddings e WHERE e.model = ? AND EXISTS "
        "(SELECT 1 FROM sentences s WHERE s.hash = e.hash)", (model,)).fetchall()


def prune_embeddings(conn: sqlite3.Connection) -> int:
    """Forget embeddings of sentences no document has any more."""
    return conn.execute("DELETE FROM embeddings WHERE NOT EXISTS "
                        "(SELECT 1 FROM sentences s WHERE s.hash = embeddings.hash)").rowcount


def sentence_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM sentences").fetchone()[0]


def hashes(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """(rowid, doc_id, hash) of every sentence: how embeddings map back to sentences."""
    return conn.execute("SELECT id, doc_id, hash FROM sentences").fetchall()


def sentences_digest(conn: sqlite3.Connection) -> str:
    """A digest that changes whenever what is compared may: every sentence's row id and hash,
    every document's analysis record and publication date. Claims, notes and links leave it
    alone. One pass over the sentences' hash index, in C: ~10 ms for 25,000 sentences."""
    import hashlib

    digest = hashlib.blake2b(digest_size=16)
    for query in ("SELECT group_concat(id || ':' || hash, ',') FROM sentences",
                  "SELECT group_concat(doc_id || ':' || version || ':' || sentences, ',') "
                  "FROM analysed_documents",
                  "SELECT group_concat(id || ':' || published, ',') FROM documents"):
        digest.update((conn.execute(query).fetchone()[0] or "").encode())
        digest.update(b"|")
    return digest.hexdigest()


def compare_state(conn: sqlite3.Connection, model: str) -> tuple[str, int]:
    """What the compare cache is built from, cheap to compare: `sentences_digest` and how many
    sentences `model` has encoded (embeddings only ever come or go with their sentences'
    hashes)."""
    encoded = conn.execute("SELECT count(*) FROM embeddings WHERE model = ?", (model,)).fetchone()[0]
    return sentences_digest(conn), encoded
