"""Read-side queries of the project file, returning core dataclasses."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

from ..core.errors import NotFoundError
from ..core.model import (
    Claim, Direction, Document, Evidence, Link, LinkId, Verdict,
    VerdictChange,
)
from ..core.summaries import DocumentSummary
from . import listing, search_terms
from .recorder import COLUMNS
from .values import DIRECTIONS, LINK_KINDS, VERDICTS

# Stored strings to members by dict lookup: calling Verdict(value) costs microseconds a row,
# which adds up over the 50,000 claims and 1,000 articles read at start. A value no Annotator
# writes is damage (see values.py).
_VERDICT = VERDICTS
_DIRECTION = DIRECTIONS


def verdict_value(verdict: Verdict | str) -> str:
    """Verdict(verdict).value without the enum call for a member (a row of each of 10,000
    re-imported claims asks it)."""
    return verdict.value if verdict.__class__ is Verdict else Verdict(verdict).value


#: DocumentSummary's stored fields, in its order (length and counts are worked out)
_SUMMARY_COLS = listing.SUMMARY_COLS


def _row_to_document(row: dict) -> Document:
    return Document(
        id=row["id"], title=row["title"], text=row["text"], content_hash=row["content_hash"],
        outlet=row["outlet"], url=row["url"], published=row["published"], author=row["author"],
        language=row["language"], language_prob=row["language_prob"],
        language_override=row["language_override"], direction=_DIRECTION[row["direction"]],
        source_name=row["source_name"], source_hash=row["source_hash"],
        imported_at=row["imported_at"],
    )


def document_to_row(doc: Document) -> dict:
    return {
        "id": doc.id, "title": doc.title, "outlet": doc.outlet, "url": doc.url,
        "published": doc.published, "author": doc.author, "language": doc.language,
        "language_prob": doc.language_prob, "language_override": doc.language_override,
        "direction": Direction(doc.direction).value, "text": doc.text,
        "content_hash": doc.content_hash, "source_name": doc.source_name,
        "source_hash": doc.source_hash, "imported_at": doc.imported_at,
    }


def claim_to_row(c: Claim) -> dict:
    return {
        "id": c.id, "doc_id": c.doc_id, "span_start": c.start, "span_end": c.end,
        "quote": c.quote, "prefix": c.prefix, "suffix": c.suffix,
        "verdict": verdict_value(c.verdict), "note": c.note, "confidence": c.confidence,
        "claimant": c.claimant, "reported_by": c.reported_by, "annotator": c.annotator,
        "created_at": c.created_at, "updated_at": c.updated_at,
    }


def _row_to_claim(row: Sequence) -> Claim:
    (cid, doc_id, start, end, quote, prefix, suffix, verdict, note, confidence, claimant,
     reported_by, annotator, created_at, updated_at) = row
    return Claim(
        id=cid, doc_id=doc_id, start=start, end=end, quote=quote, prefix=prefix, suffix=suffix,
        verdict=_VERDICT[verdict], note=note, confidence=confidence, claimant=claimant,
        reported_by=reported_by, annotator=annotator, created_at=created_at,
        updated_at=updated_at,
    )


_CLAIM_COLS = ", ".join(f"c.{c}" for c in COLUMNS["claims"])


def document(conn: sqlite3.Connection, doc_id: str) -> Document:
    cols = COLUMNS["documents"]
    row = conn.execute(f"SELECT {', '.join(cols)} FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no document with id {doc_id}")
    return _row_to_document(dict(zip(cols, row)))


def content_hash_of(conn: sqlite3.Connection, doc_id: str) -> str | None:
    """A document's stored content hash (None when there is no such document): a key lookup
    that reads none of its text."""
    row = conn.execute("SELECT content_hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def text_window(conn: sqlite3.Connection, doc_id: str, start: int, end: int,
                width: int) -> tuple[int, str, str, str]:
    """Length of a document's text and the prefix, quote and suffix of a span, without loading
    the whole text (SQLite's substr and length count characters, i.e. code points)."""
    row = conn.execute(
        "SELECT length(text), substr(text, max(?, 0) + 1, ? - max(?, 0)), "
        "substr(text, ? + 1, ? - ?), substr(text, ? + 1, ?) FROM documents WHERE id = ?",
        (start - width, start, start - width, start, end, start, end, width, doc_id),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no document with id {doc_id}")
    return row[0], row[1] or "", row[2] or "", row[3] or ""


def document_summaries(conn: sqlite3.Connection, doc_ids: Sequence[str] | None = None) -> list[DocumentSummary]:
    """The rows of listing.document_rows (one query, its checks) as DocumentSummary objects."""
    out = []
    direction = _SUMMARY_COLS.index("direction")
    for row in listing.document_rows(conn, doc_ids):
        counts = row.pop()
        row[direction] = _DIRECTION[row[direction]]
        out.append(DocumentSummary(*row, counts={_VERDICT[v]: n for v, n in counts.items()}))
    return out


def document_id_by_hash(conn: sqlite3.Connection, content_hash: str) -> str | None:
    row = conn.execute("SELECT id FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
    return row[0] if row else None


def document_ids_by_hashes(conn: sqlite3.Connection, hashes: Sequence[str]) -> dict[str, str]:
    """content hash → id, for the `hashes` that documents have."""
    found: dict[str, str] = {}
    hashes = list(hashes)
    for i in range(0, len(hashes), 500):  # under SQLite's variable limit
        chunk = hashes[i:i + 500]
        sql = f"SELECT content_hash, id FROM documents WHERE content_hash IN ({', '.join('?' * len(chunk))})"
        found.update(conn.execute(sql, chunk).fetchall())
    return found


def _evidence_for(conn: sqlite3.Connection, claim_ids: Sequence[str]) -> dict[str, list[Evidence]]:
    out: dict[str, list[Evidence]] = {}
    if not claim_ids:
        return out
    # chunk to stay under SQLite's variable limit
    for i in range(0, len(claim_ids), 500):
        chunk = claim_ids[i:i + 500]
        sql = (
            "SELECT id, claim_id, url, title, accessed, note FROM evidence "
            f"WHERE claim_id IN ({', '.join('?' * len(chunk))}) ORDER BY claim_id, position, rowid"
        )
        for eid, cid, url, title, accessed, note in conn.execute(sql, chunk):
            out.setdefault(cid, []).append(Evidence(url=url, title=title, accessed=accessed, note=note, id=eid))
    return out


def iter_claims(
    conn: sqlite3.Connection,
    *,
    doc_ids: Sequence[str] | None = None,
    verdicts: Sequence[Verdict] | None = None,
    annotators: Sequence[str] | None = None,
    with_evidence: bool = True,
    batch: int = 2000,
) -> Iterator[Claim]:
    """Claims ordered by document and position, in batches so 100,000 claims stay cheap."""
    where, params = [], []
    if doc_ids is not None:
        where.append(f"c.doc_id IN ({', '.join('?' * len(doc_ids))})")
        params += list(doc_ids)
    if verdicts is not None:
        where.append(f"c.verdict IN ({', '.join('?' * len(verdicts))})")
        params += [Verdict(v).value for v in verdicts]
    if annotators is not None:
        where.append(f"c.annotator IN ({', '.join('?' * len(annotators))})")
        params += list(annotators)
    sql = f"SELECT {_CLAIM_COLS} FROM claims c"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.doc_id, c.span_start, c.span_end, c.id"
    cur = conn.execute(sql, params)
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        claims = [_row_to_claim(r) for r in rows]
        if with_evidence:
            ev = _evidence_for(conn, [c.id for c in claims])
            for c in claims:
                c.evidence = ev.get(c.id, [])
        yield from claims


def claim(conn: sqlite3.Connection, claim_id: str) -> Claim:
    row = conn.execute(f"SELECT {_CLAIM_COLS} FROM claims c WHERE c.id = ?", (claim_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    c = _row_to_claim(row)
    c.evidence = _evidence_for(conn, [c.id]).get(c.id, [])
    return c


def links(conn: sqlite3.Connection, claim_id: str | None = None,
          doc_ids: Sequence[str] | None = None) -> list[Link]:
    sql = "SELECT l.id, l.source_id, l.target_id, l.kind, l.note, l.annotator, l.created_at FROM links l"
    params: list = []
    if claim_id is not None:
        sql += " WHERE l.source_id = ? OR l.target_id = ?"
        params = [claim_id, claim_id]
    elif doc_ids is not None:
        marks = ", ".join("?" * len(doc_ids))
        sql += (
            " JOIN claims s ON s.id = l.source_id JOIN claims t ON t.id = l.target_id"
            f" WHERE s.doc_id IN ({marks}) OR t.doc_id IN ({marks})"
        )
        params = list(doc_ids) * 2
    sql += " ORDER BY l.created_at, l.id"
    return [
        Link(id=LinkId(r[0]), source_id=r[1], target_id=r[2], kind=LINK_KINDS[r[3]], note=r[4],
             annotator=r[5], created_at=r[6])
        for r in conn.execute(sql, params)
    ]


def history(conn: sqlite3.Connection, claim_id: str) -> list[VerdictChange]:
    rows = conn.execute(
        "SELECT claim_id, old, new, annotator, at, cause FROM verdict_history "
        "WHERE claim_id = ? ORDER BY seq", (claim_id,),
    )
    return [
        VerdictChange(claim_id=r[0], old=VERDICTS.optional(r[1]),
                      new=VERDICTS.optional(r[2]), annotator=r[3], at=r[4], cause=r[5])
        for r in rows
    ]


def existing_ids(conn: sqlite3.Connection, table: str, ids: Sequence[str]) -> set[str]:
    """Which of `ids` are rows of `table` already."""
    if table not in ("documents", "claims", "links", "evidence"):
        raise ValueError(f"not a table with ids: {table}")
    found: set[str] = set()
    ids = list(ids)
    for i in range(0, len(ids), 500):  # under SQLite's variable limit
        chunk = ids[i:i + 500]
        sql = f"SELECT id FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})"
        found.update(r[0] for r in conn.execute(sql, chunk))
    return found


def verdicts(conn: sqlite3.Connection, claim_ids: Sequence[str]) -> dict[str, Verdict]:
    """claim id -> verdict of those of `claim_ids` that exist (a search's 200 claims at once)."""
    out: dict[str, Verdict] = {}
    ids = list(claim_ids)
    for i in range(0, len(ids), 500):  # under SQLite's variable limit
        chunk = ids[i:i + 500]
        out.update((cid, _VERDICT[v]) for cid, v in conn.execute(
            f"SELECT id, verdict FROM claims WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
    return out


def resolve_id(conn: sqlite3.Connection, table: str, prefix: str) -> str:
    """A full id, or a unique prefix of one (as users type ids from `annotator docs`)."""
    what = {"documents": "document", "claims": "claim", "links": "link"}[table]
    prefix = prefix.strip()
    if not prefix:
        raise NotFoundError(f"no {what} id given")
    row = conn.execute(f"SELECT id FROM {table} WHERE id = ?", (prefix,)).fetchone()
    if row:
        return row[0]
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute(
        f"SELECT id FROM {table} WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (escaped + "%",)
    ).fetchall()
    if not rows:
        raise NotFoundError(f"no {what} with id {prefix}")
    if len(rows) > 1:
        raise NotFoundError(f"{what} id prefix {prefix} is ambiguous; give more characters")
    return rows[0][0]


def fts_query(text: str) -> str:
    """User words → an FTS5 query of quoted prefix terms (no FTS syntax reaches SQLite); a long
    query keeps only its most distinctive words (search_terms.plan)."""
    return search_terms.exact_query(search_terms.plan(text).words)


def claim_rows(conn: sqlite3.Connection, quote_chars: int) -> list[tuple]:
    """(id, doc_id, start, quote head, verdict, annotator, updated_at, note head) of every
    claim: what a table of all claims shows and filters on, without building 50,000 Claim
    objects. The verdict comes as a Verdict (equal to its stored string)."""
    return [(cid, doc_id, start, quote, VERDICTS[verdict], annotator, updated, note)
            for cid, doc_id, start, quote, verdict, annotator, updated, note in conn.execute(
                "SELECT id, doc_id, span_start, substr(quote, 1, ?), verdict, annotator, "
                "updated_at, substr(note, 1, ?) FROM claims", (quote_chars, quote_chars))]


def link_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Number of links each linked claim takes part in."""
    return dict(conn.execute(
        "SELECT cid, count(*) FROM (SELECT source_id AS cid FROM links "
        "UNION ALL SELECT target_id FROM links) GROUP BY cid"
    ).fetchall())


def count(conn: sqlite3.Connection, table: str) -> int:
    if table not in ("documents", "claims", "links", "evidence"):
        raise ValueError(f"not a counted table: {table}")
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def count_at_most(conn: sqlite3.Connection, table: str, limit: int) -> int:
    """min(rows, limit), reading at most `limit` rows. A table whose largest rowid is within
    the limit has no more rows than that, and SQLite's own count of a whole table (it counts
    an index's entries page by page) is 20-60 times faster than stepping through them one by
    one: 0.08 ms against 1.7-5 ms for 50,000 claims, at every start (the claims table asks
    whether a project is large enough for a helper process)."""
    if table not in ("documents", "claims", "links", "evidence"):
        raise ValueError(f"not a counted table: {table}")
    limit = max(0, int(limit))
    top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    if top <= limit:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT ?)",
                        (limit,)).fetchone()[0]


def claim_spans(conn: sqlite3.Connection, doc_id: str, *, annotators: bool = False
                ) -> list[tuple]:
    """(id, start, end, verdict) of a document's claims by position, in the claims_doc index
    order (no sort step); with `annotators`, (id, start, end, verdict, annotator)."""
    if annotators:
        return [(cid, start, end, _VERDICT[v], who) for cid, start, end, v, who in conn.execute(
            "SELECT id, span_start, span_end, verdict, annotator FROM claims WHERE doc_id = ? "
            "ORDER BY span_start", (doc_id,))]
    return [(cid, start, end, _VERDICT[v]) for cid, start, end, v in conn.execute(
        "SELECT id, span_start, span_end, verdict FROM claims WHERE doc_id = ? "
        "ORDER BY span_start", (doc_id,))]


def annotators(conn: sqlite3.Connection) -> list[str]:
    """The distinct annotator names, by stepping through the claims_annotator index (m006)
    from one name to the next: a few lookups a name, not a read of 1,000,000 claims."""
    return [r[0] for r in conn.execute(
        "WITH RECURSIVE names(name) AS ("
        " SELECT (SELECT min(annotator) FROM claims WHERE annotator > '')"
        " UNION ALL SELECT (SELECT min(annotator) FROM claims WHERE annotator > names.name)"
        " FROM names WHERE names.name IS NOT NULL)"
        " SELECT name FROM names WHERE name IS NOT NULL")]


def claim_ids_of_document(conn: sqlite3.Connection, doc_id: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM claims WHERE doc_id = ?", (doc_id,))]


def link_ids_of_claim(conn: sqlite3.Connection, claim_id: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT id FROM links WHERE source_id = ? OR target_id = ?", (claim_id, claim_id))]


def evidence_ids_of_claim(conn: sqlite3.Connection, claim_id: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM evidence WHERE claim_id = ?", (claim_id,))]


def next_evidence_position(conn: sqlite3.Connection, claim_id: str) -> int:
    return conn.execute("SELECT coalesce(max(position) + 1, 0) FROM evidence WHERE claim_id = ?",
                        (claim_id,)).fetchone()[0]


def evidence_claim(conn: sqlite3.Connection, evidence_id: str) -> str | None:
    """The claim an evidence item belongs to (None: no such evidence)."""
    row = conn.execute("SELECT claim_id FROM evidence WHERE id = ?", (evidence_id,)).fetchone()
    return row[0] if row else None
