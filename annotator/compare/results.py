"""What matching and the conflict finder return, with the JSON the CLI prints (README's
contract: every key present, absent values null)."""
from __future__ import annotations

from dataclasses import dataclass, field


class Relation:
    SAME = "same"
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    RELATED = "related"


class ConflictKind:
    QUANTITY = "quantity"
    DATE = "date"
    MODALITY = "modality"
    NEGATION = "negation"
    SINGLE_SOURCE = "single_source"


@dataclass(frozen=True)
class ConflictNote:
    kind: str
    why: str
    #: a disagreement (the reports cannot both hold) rather than a caution ("different counts",
    #: "single source"): only these make a match's suggested relation "contradicts"
    hard: bool = True

    def as_json(self) -> dict:
        return {"kind": self.kind, "why": self.why}


@dataclass(frozen=True)
class Passage:
    doc: str
    start: int
    end: int
    quote: str

    def as_json(self) -> dict:
        return {"doc": self.doc, "start": self.start, "end": self.end, "quote": self.quote}


@dataclass
class Match:
    doc: str
    start: int
    end: int
    quote: str
    score: float
    relation: str
    why: list[str] = field(default_factory=list)
    conflicts: list[ConflictNote] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"doc": self.doc, "start": self.start, "end": self.end, "quote": self.quote,
                "score": round(self.score, 4), "relation": self.relation, "why": list(self.why),
                "conflicts": [c.as_json() for c in self.conflicts]}


@dataclass(frozen=True)
class Conflict:
    kind: str
    why: str
    a: Passage
    b: Passage
    #: single_source: every report of the group, a and b among them (the statistics count
    #: each outlet's); empty for the other kinds. Not in the JSON: the CLI's contract is a, b.
    group: tuple[Passage, ...] = ()

    def as_json(self) -> dict:
        return {"kind": self.kind, "why": self.why, "a": self.a.as_json(), "b": self.b.as_json()}
