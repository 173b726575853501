"""Adjudication: settling where annotators differ into a gold layer (README "Adjudication").

The gold layer is the claims whose annotator is the adjudicator's name. Its own claims are
left out of the disagreements and figures computed for it, so adjudicating never creates new
disagreements. A decision on a unit is one transaction and one undo step: it replaces the
gold claims over the unit by copies of the accepted versions (none for "neither") and writes
one verdict-history line per annotator claim of the unit (store.adjudication).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..core.changes import ChangeSet
from ..core import messages
from ..core.errors import ValidationError, said
from ..core.model import Claim, new_id, now_iso
from ..store import adjudication as decisions_store
from ..store.queries import claim_spans, claim_to_row
from ..store.recorder import Recorder, log_decision
from ..store import queries
from ..store.spans import annotated_spans, shared_documents

if TYPE_CHECKING:  # what the GUI's type hints name (ui does not import annotator.agreement)
    from ..agreement import Agreement, AgreementReport, Disagreement  # noqa: F401

DEFAULT_ADJUDICATOR = "gold"


@dataclass
class AdjudicationQueue:
    """Every disagreement of the project, document by document in library order, with the
    figures over the same claims (the adjudicator's own left out)."""

    adjudicator: str
    items: list["Disagreement"]
    agreement: "AgreementReport"


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


class ProjectTeam:
    """Mixed into Project: needs its `_conn`, `_edit`, `claim`, `documents` …"""

    def adjudication_queue(self, adjudicator: str) -> AdjudicationQueue:
        """What the adjudication view walks, meant for a worker thread. Only the claims of the
        documents two or more annotators tagged are read (store.spans.shared_documents): the
        others have neither disagreements nor a part in the figures, bar their annotators'
        names (read from the annotator index), which the figures list."""
        from ..agreement import THRESHOLD, agreement, document_disagreements
        from ..core.model import Verdict

        adjudicator = self._adjudicator(adjudicator)
        names = [n for n in queries.annotators(self._conn) if n != adjudicator]
        docs = shared_documents(self._conn, adjudicator) if len(names) > 1 else []
        rows = [r for r in annotated_spans(self._conn, docs) if r[1] != adjudicator]
        by_doc: dict[str, list] = defaultdict(list)
        for row in rows:
            by_doc[row[0]].append(row)
        items: list = []
        for doc_id in docs:
            items += document_disagreements(doc_id, by_doc[doc_id], THRESHOLD)
        report = agreement(rows, verdicts=[v.value for v in Verdict], annotators=names)
        return AdjudicationQueue(adjudicator, items, report)

    def disagreements_without(self, doc_id: str, adjudicator: str) -> list["Disagreement"]:
        """One document's disagreements between its annotators, the gold layer left out."""
        from ..agreement import THRESHOLD, document_disagreements

        doc_id = self.resolve_document(doc_id)
        rows = [r for r in annotated_spans(self._conn, [doc_id]) if r[1] != adjudicator]
        return document_disagreements(doc_id, rows, THRESHOLD)

    def gold_spans(self, doc_id: str, adjudicator: str) -> list[tuple]:
        """(id, start, end, verdict) of the adjudicator's claims on a document, by position."""
        adjudicator = self._adjudicator(adjudicator)
        return [s[:4] for s in claim_spans(self._conn, doc_id, annotators=True)
                if s[4] == adjudicator]

    def decisions(self, claim_ids: Sequence[str]) -> dict[str, str]:
        """The standing adjudication of these annotator claims: "accepted" or "rejected"."""
        return decisions_store.decisions(self._conn, claim_ids)

    @staticmethod
    def _adjudicator(name: str) -> str:
        name = (name or "").strip()
        if not name:
            raise ValidationError(said(messages.ADJUDICATOR_NEEDS_NAME))
        return name

    def adjudicate(self, doc_id: str, accepted: Sequence[str], rejected: Sequence[str],
                   adjudicator: str) -> ChangeSet:
        """Settle one unit: `accepted` (annotator claims copied into the gold layer) and
        `rejected` (left out of it) are all the unit's claims; accepting none is "neither".
        Gold claims already over the unit are replaced, so a unit can be decided again."""
        adjudicator = self._adjudicator(adjudicator)
        doc_id = self.resolve_document(doc_id)
        claims = [self.claim(self.resolve_claim(c)) for c in (*accepted, *rejected)]
        if not claims:
            raise ValidationError("an adjudication needs the claims of the unit it settles")
        for c in claims:
            if c.doc_id != doc_id:
                raise ValidationError(f"claim {c.id} is not on document {doc_id}")
            if c.annotator == adjudicator:
                raise ValidationError(f"claim {c.id} is already in {adjudicator}'s gold layer")
        taken = claims[:len(accepted)]
        start, end = min(c.start for c in claims), max(c.end for c in claims)
        stale = [s[0] for s in self.gold_spans(doc_id, adjudicator)
                 if _overlaps(s[1], s[2], start, end)]
        who = [c.annotator or "?" for c in taken]
        label = (f"Adjudicate: accept {', '.join(who)}" if taken
                 else "Adjudicate: accept neither")

        with self._edit(label) as rec:
            rec.annotator, rec.cause = adjudicator, "adjudication"
            for cid in stale:
                self._delete_claim_rows(rec, cid)
            seen: set[tuple] = set()
            for c in taken:
                if (c.start, c.end, c.verdict) in seen:  # "both" of two identical versions
                    continue
                seen.add((c.start, c.end, c.verdict))
                self._copy_to_gold(rec, c, adjudicator)
            for c in claims:
                # a version identical to an accepted one is accepted with it
                what = (decisions_store.ACCEPTED if (c.start, c.end, c.verdict) in seen
                        else decisions_store.REJECTED)
                self._log_decision(rec, c.id, c.verdict.value, adjudicator, what)
        return rec.changeset

    def adjudicate_agreed(self, adjudicator: str) -> ChangeSet:
        """Copy every unit all annotators of its document tagged alike (same span, same
        verdict) into the gold layer, where the gold layer has nothing over it yet: one undo
        step, so the gold layer holds the agreed claims as well as the settled ones."""
        from ..agreement import THRESHOLD, match_all

        adjudicator = self._adjudicator(adjudicator)
        rows = annotated_spans(self._conn)
        gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for r in rows:
            if r[1] == adjudicator:
                gold[r[0]].append((r[2], r[3]))
        agreed = []
        for doc in match_all([r for r in rows if r[1] != adjudicator], THRESHOLD):
            for unit in doc.units:
                if (len(unit) == len(doc.annotators) and len({(s[2], s[3]) for s in unit}) == 1
                        and len({s[4] for s in unit}) == 1
                        and not any(_overlaps(a, b, unit[0][2], unit[0][3])
                                    for a, b in gold[doc.doc_id])):
                    agreed.append(unit)
        with self._edit("Adjudicate: copy the agreed claims") as rec:
            rec.annotator, rec.cause = adjudicator, "adjudication"
            for unit in agreed:
                self._copy_to_gold(rec, self.claim(unit[0][5]), adjudicator)
                for s in unit:
                    self._log_decision(rec, s[5], s[4], adjudicator, decisions_store.ACCEPTED)
        return rec.changeset

    def _copy_to_gold(self, rec: Recorder, claim: Claim, adjudicator: str) -> None:
        stamp = now_iso()
        gold = replace(claim, id=new_id(), annotator=adjudicator, created_at=stamp,
                       updated_at=stamp, evidence=[])
        rec.insert("claims", claim_to_row(gold))
        for pos, ev in enumerate(claim.evidence):
            rec.insert("evidence", self._evidence_row(gold.id, pos, replace(ev, id=new_id())))
        rec.changeset.created.append(gold.id)

    def _log_decision(self, rec: Recorder, claim_id: str, verdict: str, adjudicator: str,
                      what: str) -> None:
        log_decision(self._conn, claim_id, verdict, adjudicator, what)
        rec.changeset.history.append((claim_id, verdict, what))

