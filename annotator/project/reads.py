"""The read side of the project facade: every query callers need, as plain dataclasses.

Kept apart from the edits in project.py so each file holds one idea; `Project` inherits these.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import ProjectFileError, ValidationError
from ..core.model import Claim, ClaimId, DocId, Document, Link, Verdict, VerdictChange
from ..core.stats import GroupBy, StatsTable, tabulate
from ..store import (
    integrity, queries, search as fulltext, search_terms, stats as stats_queries, transactions,
    verbatim, writers,
)
from ..store.spans import annotated_spans
from .text_cache import TextCache
from ..core.summaries import DocumentSummary, SearchHit

if TYPE_CHECKING:
    from ..agreement import AgreementReport, Disagreement


class ProjectReads:
    """Queries over `self._conn`; `self.readonly` tells whether edits are refused."""

    _conn: sqlite3.Connection
    _search_side: fulltext.SideReader
    _texts: TextCache
    readonly: bool
    path: Path

    def documents(self, doc_ids: Sequence[str] | None = None) -> list[DocumentSummary]:
        return queries.document_summaries(self._conn, doc_ids)

    def document(self, doc_id: str) -> Document:
        doc = queries.document(self._conn, doc_id)
        self._texts.put(doc.id, doc.content_hash, doc.text)  # text_cache.py says why
        return doc

    def _span_window(self, doc_id: str, start: int, end: int, width: int
                     ) -> tuple[int, str, str, str]:
        """(length of the text, prefix, quote, suffix) of a span, as queries.text_window
        gives them, from the text kept when the article was last read if it is still the
        stored one."""
        text = None
        if doc_id in self._texts:  # else no lookup: a script's tags in unread articles
            text = self._texts.get(doc_id, queries.content_hash_of(self._conn, doc_id))
        if text is None:
            return queries.text_window(self._conn, doc_id, start, end, width)
        return len(text), text[max(start - width, 0):start], text[start:end], text[end:end + width]

    def data_version(self) -> int:
        """A number that changes when ANOTHER connection commits to the file (never for this
        one's own commits): the GUI polls it to notice edits made by the CLI or another program."""
        try:
            return transactions.data_version(self._conn)
        except sqlite3.Error as exc:  # busy or closing: the caller looks again later
            raise ProjectFileError(f"{self.path}: cannot be read just now ({exc})") from None

    def writers_ledger(self) -> tuple[int, dict[str, int]]:
        """The data_version and the writers' ledger (store/writers.py) of one state of the
        file, so a commit between the two reads cannot be counted twice or not at all."""
        try:
            with transactions.snapshot(self._conn):
                ledger = writers.ledger(self._conn)
                return transactions.data_version(self._conn), ledger
        except sqlite3.Error as exc:
            raise ProjectFileError(f"{self.path}: cannot be read just now ({exc})") from None

    def document_count(self) -> int:
        return queries.count(self._conn, "documents")

    def claim_count(self, at_most: int | None = None) -> int:
        """The number of claims; with `at_most`, counting stops there (a few rows read)."""
        if at_most is not None:
            return queries.count_at_most(self._conn, "claims", at_most)
        return queries.count(self._conn, "claims")

    def find_document_by_hash(self, content_hash: str) -> str | None:
        return queries.document_id_by_hash(self._conn, content_hash)

    def find_documents_by_hashes(self, hashes: Sequence[str]) -> dict[str, str]:
        """content hash → document id, for those of `hashes` the project has (one query
        where find_document_by_hash asks once per hash)."""
        return queries.document_ids_by_hashes(self._conn, hashes)

    def existing_ids(self, table: str, ids: Sequence[str]) -> set[str]:
        """Which of `ids` are already in `table` ("documents", "claims", "links", "evidence")."""
        return queries.existing_ids(self._conn, table, ids)

    def resolve_document(self, id_or_prefix: str) -> DocId:
        return DocId(queries.resolve_id(self._conn, "documents", id_or_prefix))

    def resolve_claim(self, id_or_prefix: str) -> ClaimId:
        return ClaimId(queries.resolve_id(self._conn, "claims", id_or_prefix))

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
        return queries.iter_claims(self._conn, doc_ids=doc_ids, verdicts=verdicts,
                                   annotators=annotators, with_evidence=with_evidence)

    def claim(self, claim_id: str) -> Claim:
        return queries.claim(self._conn, claim_id)

    def verdicts(self, claim_ids: Sequence[str]) -> dict[str, Verdict]:
        """claim id -> verdict of those of `claim_ids` that exist, in one query (the search
        panel labels its 200 claim hits with them)."""
        return queries.verdicts(self._conn, claim_ids)

    def claim_spans(self, doc_id: str, *, annotators: bool = False) -> list[tuple]:
        """(id, start, end, verdict) of a document's claims by position: what a highlighter
        needs, without building 10,000 Claim objects (the GUI opens a 1 MB article with it).
        With `annotators`, (id, start, end, verdict, annotator): after a colleague's merge the
        panes show where annotators disagree."""
        return queries.claim_spans(self._conn, doc_id, annotators=annotators)

    def links(self, claim_id: str | None = None, *, doc_ids: Sequence[str] | None = None) -> list[Link]:
        return queries.links(self._conn, claim_id, doc_ids)

    def history(self, claim_id: str) -> list[VerdictChange]:
        return queries.history(self._conn, claim_id)

    def histories(self, claim_ids: Sequence[str]) -> dict[str, list[VerdictChange]]:
        """History of many claims at once (exports read 100,000 claims' histories)."""
        return verbatim.histories(self._conn, claim_ids)

    @contextmanager
    def read_snapshot(self) -> Iterator[None]:
        """Every read inside sees one state of the file while other connections write (WAL):
        a long export on a read-only Project in a worker stays consistent. Only for read-only
        projects: a writer's edits cannot start inside the open read transaction."""
        if not self.readonly:
            yield
            return
        with transactions.snapshot(self._conn):
            yield

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Hits for the words as typed, then for their other Indonesian forms; a long query
        is searched by its most distinctive words (search_note says so)."""
        return fulltext.search(self._conn, text, limit, side=self._search_side)

    @staticmethod
    def search_note(text: str) -> str:
        """A sentence for the user when `search(text)` shortened the query, else ""."""
        return search_terms.plan(text).note

    def stats(self, by: GroupBy | str = GroupBy.OUTLET) -> StatsTable:
        """Verdict counts per outlet, article, annotator, or day/week of tagging or of
        publication, with totals: one aggregate query (a few ms over 50,000 claims)."""
        try:
            by = GroupBy(by)
        except ValueError:
            choices = ", ".join(g.value for g in GroupBy)
            raise ValidationError(f"cannot group statistics by {by!r}: choose {choices}") from None
        return tabulate(by, stats_queries.verdict_counts(self._conn, by))

    def annotators(self) -> list[str]:
        return queries.annotators(self._conn)

    def integrity_problems(self) -> list[str]:
        """Empty when the file is sound: SQLite's integrity check plus our own invariants."""
        return integrity.problems(self._conn)

    def claim_rows(self, quote_chars: int = 200) -> list[tuple]:
        """Every claim as (id, doc_id, start, quote head, verdict value, annotator, updated_at)."""
        return queries.claim_rows(self._conn, quote_chars)

    def link_counts(self) -> dict[str, int]:
        return queries.link_counts(self._conn)

    def agreement(self, by: str | None = None, *, threshold: float | None = None,
                  doc_ids: Sequence[str] | None = None,
                  untagged: bool = False) -> "AgreementReport":
        """Agreement between the annotators (README "Agreement"): the whole project, or
        `by` "document" or "verdict" as well; `doc_ids` limits it to those documents."""
        from ..agreement import THRESHOLD, agreement

        if doc_ids is not None:
            doc_ids = [self.resolve_document(d) for d in doc_ids]
        rows = annotated_spans(self._conn, doc_ids)  # tuples in Span's field order
        order = [d.id for d in self.documents(doc_ids)] if by == "document" else None
        return agreement(rows, by=by, threshold=THRESHOLD if threshold is None else threshold,
                         untagged=untagged, verdicts=[v.value for v in Verdict],
                         document_order=order)

    def disagreements(self, doc_id: str, *, threshold: float | None = None) -> list["Disagreement"]:
        """Where the annotators of one document differ (span, verdict, or not everyone
        tagged it), by position: the list an adjudication view walks through."""
        from ..agreement import THRESHOLD, document_disagreements

        doc_id = self.resolve_document(doc_id)
        return document_disagreements(doc_id, annotated_spans(self._conn, [doc_id]),
                                      THRESHOLD if threshold is None else threshold)

    def export_agreement(self, dest: Path, doc_ids: Sequence[str] | None = None) -> Path:
        """Write the agreement figures of these documents (all annotators) as JSON at `dest`,
        atomically: the small file `annotator export --agreement` puts beside a dataset."""
        import json

        from ..export.atomic import atomic_file

        report = self.agreement(doc_ids=doc_ids).overall
        data = report.as_json()
        if report.unmeasurable:
            data["note"] = "; ".join(filter(None, [report.unmeasurable, data["note"]]))
        with atomic_file(Path(dest)) as fh:
            fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return Path(dest)
