"""The facade's edits of claims, their evidence and their links: each one checked here, then
run as one undoable change through `Project._run` (facade.py), its own transaction."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..core.changes import ChangeSet
from ..core import messages
from ..core.errors import NotFoundError, ValidationError, said
from ..core.model import (
    CONTEXT_CHARS, Claim, ClaimId, Evidence, LinkKind, Verdict, new_id, now_iso,
    validate_confidence, validate_span_length,
)
from ..store import queries
from ..store.queries import claim_to_row
from ..store.recorder import Recorder

_UNSET: Any = object()


class ProjectClaims:
    # claims
    def add_claim(self, doc_id: str, start: int, end: int, verdict: Verdict | str, *,
                  note: str = "", confidence: float | None = None, claimant: str = "",
                  reported_by: str = "", evidence: Iterable[Evidence] = (),
                  claim_id: str | None = None) -> ChangeSet:
        """The new claim's id is `changeset.created[0]`."""
        claim = self._new_claim(doc_id, start, end, verdict, note=note, confidence=confidence,
                                claimant=claimant, reported_by=reported_by, claim_id=claim_id)
        verdict = claim.verdict

        def body(rec: Recorder) -> None:
            rec.insert("claims", claim_to_row(claim))
            for pos, ev in enumerate(evidence):
                rec.insert("evidence", self._evidence_row(claim.id, pos, ev))
            rec.changeset.created.append(claim.id)

        return self._run(f"Tag claim as {verdict.value}", body)

    def _new_claim(self, doc_id: str, start: int, end: int, verdict: Verdict | str, *,
                   note: str = "", confidence: float | None = None, claimant: str = "",
                   reported_by: str = "", claim_id: str | None = None) -> Claim:
        """A checked claim to insert (also `link_to_passage`'s, in project/compare.py)."""
        doc_id = self.resolve_document(doc_id)
        verdict = Verdict.parse(verdict)
        confidence = validate_confidence(confidence)
        length, prefix, quote, suffix = self._span_window(doc_id, start, end, CONTEXT_CHARS)
        validate_span_length(length, start, end)
        stamp = now_iso()
        return Claim(
            id=ClaimId(claim_id or new_id()), doc_id=doc_id, start=start, end=end, quote=quote,
            prefix=prefix, suffix=suffix, verdict=verdict, note=note, confidence=confidence,
            claimant=claimant, reported_by=reported_by, annotator=self.annotator,
            created_at=stamp, updated_at=stamp,
        )

    def set_verdict(self, claim_id: str, verdict: Verdict | str) -> ChangeSet:
        claim_id = self.resolve_claim(claim_id)
        verdict = Verdict.parse(verdict)
        return self._run(
            f"Retag claim as {verdict.value}",
            lambda rec: rec.update("claims", claim_id, verdict=verdict.value, updated_at=now_iso()),
        )

    def update_claim(self, claim_id: str, *, note: str = _UNSET, confidence: float | None = _UNSET,
                     claimant: str = _UNSET, reported_by: str = _UNSET) -> ChangeSet:
        claim_id = self.resolve_claim(claim_id)
        values: dict[str, Any] = {}
        if note is not _UNSET:
            values["note"] = note or ""
        if confidence is not _UNSET:
            values["confidence"] = validate_confidence(confidence)
        if claimant is not _UNSET:
            values["claimant"] = claimant or ""
        if reported_by is not _UNSET:
            values["reported_by"] = reported_by or ""
        label = "Edit note" if set(values) == {"note"} else "Edit claim"

        def body(rec: Recorder) -> None:
            before = self.claim(claim_id)
            if any(getattr(before, k) != v for k, v in values.items()):
                rec.update("claims", claim_id, **values, updated_at=now_iso())

        return self._run(label, body)

    def delete_claim(self, claim_id: str) -> ChangeSet:
        claim_id = self.resolve_claim(claim_id)
        return self._run("Delete claim", lambda rec: self._delete_claim_rows(rec, claim_id))

    def _delete_claim_rows(self, rec: Recorder, claim_id: str) -> None:
        for lid in queries.link_ids_of_claim(self._conn, claim_id):
            rec.delete("links", lid)
        for eid in queries.evidence_ids_of_claim(self._conn, claim_id):
            rec.delete("evidence", eid)
        rec.delete("claims", claim_id)

    # evidence
    @staticmethod
    def _evidence_row(claim_id: str, position: int, ev: Evidence) -> dict:
        url = (ev.url or "").strip()
        if not url:
            raise ValidationError(said(messages.EVIDENCE_NEEDS_URL))
        return {"id": ev.id or new_id(), "claim_id": claim_id, "position": position, "url": url,
                "title": ev.title, "accessed": ev.accessed, "note": ev.note}

    def add_evidence(self, claim_id: str, evidence: Evidence) -> ChangeSet:
        claim_id = self.resolve_claim(claim_id)

        def body(rec: Recorder) -> None:
            pos = queries.next_evidence_position(self._conn, claim_id)
            row = self._evidence_row(claim_id, pos, evidence)
            rec.insert("evidence", row)
            rec.update("claims", claim_id, updated_at=now_iso())
            rec.changeset.created.append(row["id"])

        return self._run("Add evidence", body)

    def remove_evidence(self, evidence_id: str) -> ChangeSet:
        claim_id = queries.evidence_claim(self._conn, evidence_id)
        if claim_id is None:
            raise NotFoundError(f"no evidence with id {evidence_id}")

        def body(rec: Recorder) -> None:
            rec.delete("evidence", evidence_id)
            rec.update("claims", claim_id, updated_at=now_iso())

        return self._run("Remove evidence", body)

    # links
    def add_link(self, source_id: str, target_id: str, kind: LinkKind | str, *, note: str = "") -> ChangeSet:
        source_id = self.resolve_claim(source_id)
        target_id = self.resolve_claim(target_id)
        kind = LinkKind.parse(kind)
        if source_id == target_id:
            raise ValidationError(said(messages.LINK_TO_ITSELF))
        for link in self.links(source_id):
            if {link.source_id, link.target_id} == {source_id, target_id} and link.kind == kind:
                raise ValidationError(said(messages.ALREADY_LINKED, said(kind.label)))
        link_id = new_id()

        def body(rec: Recorder) -> None:
            rec.insert("links", self._link_row(link_id, source_id, target_id, kind, note))
            rec.changeset.created.append(link_id)

        return self._run(f"Link claims ({kind.label})", body)

    def _link_row(self, link_id: str, source_id: str, target_id: str, kind: LinkKind,
                  note: str = "") -> dict:
        return {"id": link_id, "source_id": source_id, "target_id": target_id,
                "kind": kind.value, "note": note, "annotator": self.annotator,
                "created_at": now_iso()}

    def remove_link(self, link_id: str) -> ChangeSet:
        link_id = queries.resolve_id(self._conn, "links", link_id)
        return self._run("Remove link", lambda rec: rec.delete("links", link_id))
