"""The native re-import's edit: exported records added exactly as they were.

A mixin of Project (facade.py): it uses the facade's transaction (`_run`) and row helpers, and
keeps the one edit that writes rows verbatim (ids, times, annotators, verdict history) apart
from the edits that stamp new ones.

Claims come as core.model.claim_fields tuples, checked a document's run at a time: each
offset, span and quote by plain comparisons (the quotes against slices of the text, never
searched for), and through the validators, which name the fault, only if a run fails, so the
first faulty claim is named as before. 10,000 claims checked one Claim at a time, with a row
dict each, cost as much as a third of storing them.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby
from operator import itemgetter

from ..core.changes import ChangeSet
from ..core import messages
from ..core.errors import ValidationError, said
from ..core.model import (
    Claim, Document, Evidence, Link, LinkKind, VerdictChange, change_fields, claim_fields,
    validate_confidence, validate_span_length,
)
from ..core.text import is_normalized_text
from ..store import verbatim
from ..store.queries import document_to_row
from ..store.recorder import Recorder

_DOC = itemgetter(1)


def _run_is_sound(text: str, run: list[tuple]) -> bool:
    """Every claim of `run` (all on `text`) passes the checks _check_claim makes. One loop
    of plain comparisons: twice as fast as a C-level pass (map) per check over the run."""
    n = len(text)
    for c in run:
        start, end, confidence = c[2], c[3], c[9]
        if not (type(start) is int and type(end) is int and 0 <= start < end <= n
                and text[start:end] == c[4]
                and (confidence is None or (type(confidence) is float
                                            and 0.0 <= confidence <= 1.0))):
            return False
    return True


def _check_claim(text: str, c: tuple) -> None:
    cid, _, start, end, quote = c[:5]
    validate_span_length(len(text), start, end)
    if text[start:end] != quote:
        raise ValidationError(said(messages.QUOTE_MISMATCH, str(cid), str(start), str(end)))
    validate_confidence(c[9])


class ProjectRestore:
    """Mixed into Project."""

    def restore_records(self, documents: Sequence[Document], claims: Sequence[Claim],
                links: Sequence[Link], history: Sequence[VerdictChange], *,
                label: str = "Import annotated dataset") -> ChangeSet:
        """Add exported records exactly as they were (ids, times, annotators, verdict history).
        One undoable step; all or nothing."""
        return self.restore_fields(documents, [claim_fields(c) for c in claims],
                                   {c.id: c.evidence for c in claims if c.evidence}, links,
                                   [change_fields(h) for h in history], label=label)

    def restore_fields(self, documents: Sequence[Document], claims: Sequence[tuple],
                       evidence: Mapping[str, Sequence[Evidence]], links: Sequence[Link],
                       history: Sequence[tuple], *,
                       label: str = "Import annotated dataset") -> ChangeSet:
        """restore_records with claims as core.model.claim_fields, their evidence by claim
        id, and the history as core.model.change_fields: the native JSONL re-import."""
        def body(rec: Recorder) -> None:
            for doc in documents:
                if not is_normalized_text(doc.text) or not doc.text.strip():
                    raise ValidationError(said(messages.DOCUMENT_TEXT_BAD, repr(doc.title)))
            verbatim.insert_many_verbatim(self._conn, rec.changeset, "documents",
                                          [document_to_row(doc) for doc in documents])
            rec.changeset.created.extend(doc.id for doc in documents)
            self._analyse_inline(documents)
            texts = {d.id: d.text for d in documents}

            def text_of(doc_id: str) -> str:
                text = texts.get(doc_id)
                if text is None:  # a claim on an article the project has: read it once
                    text = texts[doc_id] = self.document(doc_id).text
                return text

            try:
                evidence_rows = [self._evidence_row(c[0], pos, ev) for c in claims
                                 if c[0] in evidence for pos, ev in enumerate(evidence[c[0]])] \
                    if evidence else []
            except ValidationError:  # name the first faulty claim, whatever its fault
                for c in claims:
                    _check_claim(text_of(c[1]), c)
                    for pos, ev in enumerate(evidence.get(c[0], ())):
                        self._evidence_row(c[0], pos, ev)
                raise
            for doc_id, run in groupby(claims, _DOC):
                text, run = text_of(doc_id), list(run)
                if not _run_is_sound(text, run):
                    for c in run:
                        _check_claim(text, c)
            verbatim.insert_claim_fields_verbatim(self._conn, rec.changeset, claims)
            verbatim.insert_many_verbatim(self._conn, rec.changeset, "evidence", evidence_rows)
            verbatim.insert_many_verbatim(self._conn, rec.changeset, "links", [{
                "id": link.id, "source_id": link.source_id, "target_id": link.target_id,
                "kind": LinkKind(link.kind).value, "note": link.note,
                "annotator": link.annotator, "created_at": link.created_at} for link in links])
            verbatim.append_history(self._conn, history)

        return self._run(label, body)
