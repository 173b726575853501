"""Where the annotators of one document differ: what an adjudication view lists.

Built on the same units as the coefficients (units.py), so the list and the figures always
tell the same story: a unit is a disagreement when not every annotator of the document tagged
it, when its spans are not all identical, or when its verdicts are not all the same (one
unit may be several of these at once).
"""
from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from .units import THRESHOLD, DocumentUnits, Span, match_document


class Kind(str, enum.Enum):
    UNTAGGED = "untagged"  # some annotator of the document did not tag it (only one did, or a few)
    SPAN = "span"  # tagged by several, with different boundaries
    VERDICT = "verdict"  # tagged by several, with different verdicts

    @property
    def label(self) -> str:
        return {"untagged": "not every annotator tagged it", "span": "span differs",
                "verdict": "verdict differs"}[self.value]


@dataclass
class Disagreement:
    doc_id: str
    #: what differs, in Kind order
    kinds: tuple[Kind, ...]
    #: the unit's spans by annotator name (at most one each)
    spans: dict[str, Span]
    #: the document's annotators who did not tag this unit
    missing: tuple[str, ...]

    @property
    def start(self) -> int:
        return min(s[2] for s in self.spans.values())

    @property
    def end(self) -> int:
        return max(s[3] for s in self.spans.values())


def disagreements(doc: DocumentUnits) -> list[Disagreement]:
    """The units of one matched document where its annotators differ, by position."""
    out = []
    for unit in doc.units:
        present = {s[1] for s in unit}
        missing = tuple(n for n in doc.annotators if n not in present)
        kinds = []
        if missing:
            kinds.append(Kind.UNTAGGED)
        if len({(s[2], s[3]) for s in unit}) > 1:
            kinds.append(Kind.SPAN)
        if len({s[4] for s in unit}) > 1:
            kinds.append(Kind.VERDICT)
        if kinds:
            out.append(Disagreement(doc.doc_id, tuple(kinds),
                                    {s[1]: Span._make(s) for s in unit}, missing))
    out.sort(key=lambda d: (d.start, d.end, sorted(d.spans)))
    return out


def document_disagreements(doc_id: str, spans: Iterable[Span],
                           threshold: float = THRESHOLD) -> list[Disagreement]:
    """One document's disagreements from its spans; none when fewer than two annotators
    tagged it (there is no one to disagree with)."""
    spans = list(spans)
    if len({s[1] for s in spans}) < 2:
        return []
    return disagreements(match_document(doc_id, spans, threshold))
