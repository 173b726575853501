"""The read side of the project facade: every query callers need, as plain dataclasses.

Kept apart from the edits in project.py so each file holds one idea; `Project` inherits these.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .core.errors import ProjectFileError
from .core.model import Claim, ClaimId, DocId, Document, Link, Verdict, VerdictChange
from .store import queries, search_terms, verbatim
from .store.queries import DocumentSummary, SearchHit


class ProjectReads:
    """Queries over `self.conn`; `self.readonly` tells whether edits are refused."""

    conn: sqlite3.Connection
    readonly: bool
    path: Path

    def documents(self, doc_ids: Sequence[str] | None = None) -> list[DocumentSummary]:
        return queries.document_summaries(self.conn, doc_ids)

    def document(self, doc_id: str) -> Document:
        return queries.document(self.conn, doc_id)

    def data_version(self) -> int:
        """A number that changes when ANOTHER connection commits to the file (never for this
        one's own commits): the GUI polls it to notice edits made by the CLI or another program."""
        try:
            return self.conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as exc:  # busy or closing: the caller looks again later
            raise ProjectFileError(f"{self.path}: cannot be read just now ({exc})") from None

    def document_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def claim_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM claims").fetchone()[0]

    def find_document_by_hash(self, content_hash: str) -> str | None:
        return queries.document_id_by_hash(self.conn, content_hash)

    def existing_ids(self, table: str, ids: Sequence[str]) -> set[str]:
        """Which of `ids` are already in `table` ("documents", "claims", "links", "evidence")."""
        return queries.existing_ids(self.conn, table, ids)

    def resolve_document(self, id_or_prefix: str) -> DocId:
        return DocId(queries.resolve_id(self.conn, "documents", id_or_prefix))

    def resolve_claim(self, id_or_prefix: str) -> ClaimId:
        return ClaimId(queries.resolve_id(self.conn, "claims", id_or_prefix))

    def claims(self, doc_id: str | None = None, *, verdicts: Sequence[Verdict] | None = None,
               annotators: Sequence[str] | None = None,
               doc_ids: Sequence[str] | None = None, with_evidence: bool = True) -> list[Claim]:
        return list(self.iter_claims(doc_id, verdicts=verdicts, annotators=annotators,
                                     doc_ids=doc_ids, with_evidence=with_evidence))

    def iter_claims(self, doc_id: str | None = None, *, verdicts: Sequence[Verdict] | None = None,
                    annotators: Sequence[str] | None = None,
                    doc_ids: Sequence[str] | None = None,
                    with_evidence: bool = True) -> Iterator[Claim]:
        if doc_id is not None:
            doc_ids = [doc_id]
        return queries.iter_claims(self.conn, doc_ids=doc_ids, verdicts=verdicts,
                                   annotators=annotators, with_evidence=with_evidence)

    def claim(self, claim_id: str) -> Claim:
        return queries.claim(self.conn, claim_id)

    def claim_spans(self, doc_id: str, *, annotators: bool = False) -> list[tuple]:
        """(id, start, end, verdict) of a document's claims by position: what a highlighter
        needs, without building 10,000 Claim objects (the GUI opens a 1 MB article with it).
        With `annotators`, (id, start, end, verdict, annotator): after a colleague's merge the
        panes show where annotators disagree."""
        verdicts = {v.value: v for v in Verdict}
        if annotators:
            return [(cid, start, end, verdicts[v], who) for cid, start, end, v, who in
                    self.conn.execute(
                        "SELECT id, span_start, span_end, verdict, annotator FROM claims "
                        "WHERE doc_id = ? ORDER BY span_start", (doc_id,))]
        return [(cid, start, end, verdicts[v]) for cid, start, end, v in self.conn.execute(
            "SELECT id, span_start, span_end, verdict FROM claims WHERE doc_id = ? "
            "ORDER BY span_start", (doc_id,))]  # the claims_doc index order: no sort step

    def links(self, claim_id: str | None = None, *, doc_ids: Sequence[str] | None = None) -> list[Link]:
        return queries.links(self.conn, claim_id, doc_ids)

    def history(self, claim_id: str) -> list[VerdictChange]:
        return queries.history(self.conn, claim_id)

    def histories(self, claim_ids: Sequence[str]) -> dict[str, list[VerdictChange]]:
        """History of many claims at once (exports read 100,000 claims' histories)."""
        return verbatim.histories(self.conn, claim_ids)

    @contextmanager
    def read_snapshot(self) -> Iterator[None]:
        """Every read inside sees one state of the file while other connections write (WAL):
        a long export on a read-only Project in a worker stays consistent. Only for read-only
        projects: a writer's edits cannot start inside the open read transaction."""
        if not self.readonly or self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            if self.conn is not None and self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Hits for the words as typed, then for their other Indonesian forms; a long query
        is searched by its most distinctive words (search_note says so)."""
        return queries.search(self.conn, text, limit)

    @staticmethod
    def search_note(text: str) -> str:
        """A sentence for the user when `search(text)` shortened the query, else ""."""
        return search_terms.plan(text).note

    def annotators(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT annotator FROM claims WHERE annotator <> '' ORDER BY 1")]

    def integrity_problems(self) -> list[str]:
        """Empty when the file is sound: SQLite's integrity check plus our own invariants."""
        rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        problems = [] if rows == ["ok"] else rows
        problems += [f"foreign key broken in {r[0]} (row {r[1]})"
                     for r in self.conn.execute("PRAGMA foreign_key_check").fetchall()]
        for cid, start, end, quote, text_slice in self.conn.execute(
            "SELECT c.id, c.span_start, c.span_end, c.quote, "
            "substr(d.text, c.span_start + 1, c.span_end - c.span_start) "
            "FROM claims c JOIN documents d ON d.id = c.doc_id"
        ):
            if quote != text_slice:
                problems.append(f"claim {cid}: quote does not match the text at [{start}, {end})")
        return problems

    def claim_rows(self, quote_chars: int = 200) -> list[tuple]:
        """Every claim as (id, doc_id, start, quote head, verdict value, annotator, updated_at)."""
        return queries.claim_rows(self.conn, quote_chars)

    def link_counts(self) -> dict[str, int]:
        return queries.link_counts(self.conn)
