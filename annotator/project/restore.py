"""The native re-import's edit: exported records added exactly as they were.

A mixin of Project (facade.py): it uses the facade's transaction (`_run`) and row helpers, and
keeps the one edit that writes rows verbatim (ids, times, annotators, verdict history) apart
from the edits that stamp new ones.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..core.changes import ChangeSet
from ..core.errors import ValidationError
from ..core.model import (
    Claim, Document, Link, LinkKind, VerdictChange, validate_confidence, validate_span_length,
)
from ..core.text import is_normalized_text
from ..store import verbatim
from ..store.queries import claim_to_row, document_to_row
from ..store.recorder import Recorder


class ProjectRestore:
    """Mixed into Project."""

    def restore_records(self, documents: Sequence[Document], claims: Sequence[Claim],
                links: Sequence[Link], history: Sequence[VerdictChange], *,
                label: str = "Import annotated dataset") -> ChangeSet:
        """Add exported records exactly as they were (ids, times, annotators, verdict history):
        the native JSONL re-import. One undoable step; all or nothing."""
        def body(rec: Recorder) -> None:
            for doc in documents:
                if not is_normalized_text(doc.text) or not doc.text.strip():
                    raise ValidationError(f"document {doc.title!r}: text is empty or not normalised")
            verbatim.insert_many_verbatim(self._conn, rec.changeset, "documents",
                                          [document_to_row(doc) for doc in documents])
            rec.changeset.created.extend(doc.id for doc in documents)
            self._analyse_inline(documents)
            texts = {d.id: d.text for d in documents}
            claim_rows, evidence_rows = [], []
            for c in claims:
                text = texts.get(c.doc_id)
                if text is None:  # a claim on an article the project has: read it once
                    text = texts[c.doc_id] = self.document(c.doc_id).text
                validate_span_length(len(text), c.start, c.end)
                if text[c.start:c.end] != c.quote:
                    raise ValidationError(f"claim {c.id}: quote does not match the text at "
                                          f"[{c.start}, {c.end})")
                validate_confidence(c.confidence)
                claim_rows.append(claim_to_row(c))
                if c.evidence:
                    evidence_rows += [self._evidence_row(c.id, pos, ev)
                                      for pos, ev in enumerate(c.evidence)]
            verbatim.insert_many_verbatim(self._conn, rec.changeset, "claims", claim_rows)
            verbatim.insert_many_verbatim(self._conn, rec.changeset, "evidence", evidence_rows)
            verbatim.insert_many_verbatim(self._conn, rec.changeset, "links", [{
                "id": link.id, "source_id": link.source_id, "target_id": link.target_id,
                "kind": LinkKind(link.kind).value, "note": link.note,
                "annotator": link.annotator, "created_at": link.created_at} for link in links])
            verbatim.append_history(self._conn, history)

        return self._run(label, body)
