"""The facade's doors for comparing in the workbench: linking a claim to a matched passage of
another article, the sources a claim's sentences name, and which matching is in use.

A match is a sentence, not a claim, and a link joins two claims: `link_to_passage` makes the
claim on the other side (or reuses one on exactly that span) and links it, in one transaction,
so one undo takes both away. The new claim is tagged *unverified*: a link says the other outlet
reports the same thing (or supports or contradicts it), not that its report was checked.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.changes import ChangeSet
from ..core import messages
from ..core.errors import ValidationError, said
from ..core.model import LinkKind, Verdict, new_id
from ..store.queries import claim_to_row

if TYPE_CHECKING:
    from ..compare.results import ConflictNote, Match
    from ..store.recorder import Recorder

#: Conflict kinds, for the GUI (which may not import the engine).
SINGLE_SOURCE = "single_source"


@dataclass(frozen=True)
class SuggestedSources:
    """Who the claim's sentence says made it, and through whom it was reported (origin first)."""

    claimant: str = ""
    reported_by: str = ""
    anonymous: bool = False

    def __bool__(self) -> bool:
        return bool(self.claimant or self.reported_by)


def chain_text(chain: tuple[str, ...] | list[str]) -> str:
    """The "reported by" field's wording of an attribution chain: origin first."""
    return " → ".join(chain)


class ProjectPassages:
    def link_to_passage(self, claim_id: str, doc_id: str, start: int, end: int,
                        kind: LinkKind | str) -> ChangeSet:
        """Link the claim to the passage doc_id[start:end] as `kind`: a new unverified claim on
        the passage (or the claim already on exactly that span) and the link, one undo step.
        The new claim's id is `changeset.created[0]` when one was made."""
        claim_id = self.resolve_claim(claim_id)  # type: ignore[attr-defined]
        doc_id = self.resolve_document(doc_id)  # type: ignore[attr-defined]
        kind = LinkKind.parse(kind)
        existing = next((c for c in self.claims(doc_id)  # type: ignore[attr-defined]
                         if c.start == start and c.end == end), None)
        if existing is not None and existing.id == claim_id:
            raise ValidationError(said(messages.LINK_TO_ITSELF))
        if existing is not None:
            for link in self.links(claim_id):  # type: ignore[attr-defined]
                if {link.source_id, link.target_id} == {claim_id, existing.id} \
                        and link.kind == kind:
                    raise ValidationError(said(messages.ALREADY_LINKED, said(kind.label)))
        new = None if existing is not None else self._new_claim(  # type: ignore[attr-defined]
            doc_id, start, end, Verdict.UNVERIFIED)
        target = existing.id if existing is not None else new.id
        link_id = new_id()

        def body(rec: "Recorder") -> None:
            if new is not None:
                rec.insert("claims", claim_to_row(new))
                rec.changeset.created.append(new.id)
            rec.insert("links", self._link_row(  # type: ignore[attr-defined]
                link_id, claim_id, target, kind))
            rec.changeset.created.append(link_id)

        return self._run(f"Link to a match ({kind.label})", body)  # type: ignore[attr-defined]

    def suggested_sources(self, claim_id: str) -> SuggestedSources:
        """The attribution of the sentence(s) the claim covers (the first that names one)."""
        claim = self.claim(self.resolve_claim(claim_id))  # type: ignore[attr-defined]
        for a in self.analyze(claim.doc_id):  # type: ignore[attr-defined]
            s = a.sentence
            if s.end <= claim.start or s.start >= claim.end:
                continue
            at = a.attribution
            if at.claimant or at.chain:
                # "reported by" is who passed it on: the chain without the claimant at its head
                # ("kata Hendra" gives claimant Hendra and no relay, not Hendra twice)
                relays = at.chain[1:] if at.chain and at.chain[0] == at.claimant else at.chain
                return SuggestedSources(at.claimant, chain_text(relays), at.anonymous)
        return SuggestedSources()


def is_single_source(matches: "list[Match]") -> "ConflictNote | None":
    """The single-source caution among a claim's matches, if the engine found one."""
    for m in matches:
        for note in m.conflicts:
            if note.kind == SINGLE_SOURCE:
                return note
    return None
