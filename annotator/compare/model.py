"""What sentence analysis finds, as plain dataclasses shared by the analysers, the matcher, the
conflict finder, the store and the CLI.

Every offset is a Unicode code point of the stored (normalised) document text, half-open
[start, end), like claim spans: a sentence, a figure in it and a claim can be compared directly.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Bound(str, enum.Enum):
    """How a hedge bounds a figure: "setidaknya 83" is AT_LEAST, "belasan" a RANGE."""

    EXACT = "exact"
    AT_LEAST = "at_least"      # setidaknya, sedikitnya, paling sedikit, at least  (≥)
    MORE_THAN = "more_than"    # lebih dari, more than, over                      (>)
    LESS_THAN = "less_than"    # hampir, nyaris, kurang dari, nearly, almost       (<)
    AT_MOST = "at_most"        # hingga, maksimal, paling banyak, up to            (≤)
    ABOUT = "about"            # sekitar, kurang lebih, sekira, about, around      (≈)
    RANGE = "range"            # belasan (11–19), puluhan, ratusan, dozens, 10-20


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float | None  # an exact figure (also set with an ABOUT hedge)
    min: float | None
    max: float | None
    unit: str  # the counted noun, lower case, singular as written ("orang", "serangan", "persen")
    bound: Bound = Bound.EXACT


class DateRole(str, enum.Enum):
    """What a date is the date of (compare/date_roles.py): only event dates can conflict."""

    EVENT = "event"            # when the thing reported happens or happened
    STATEMENT = "statement"    # when it was said: "kata Kapolres, Minggu (15/3)"
    AS_OF = "as_of"            # the day a count stands at: "per 15 Maret", "hingga Minggu, 9 tewas"
    RULED_OUT = "ruled_out"    # "bukan Minggu", "semula dijadwalkan Minggu"


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: str  # ISO "2025-11-29", partial "--11-29" (year unknown), "2025-11", "2024"
    role: DateRole = DateRole.EVENT


@dataclass(frozen=True)
class Attribution:
    """Who said it and through whom: `chain` runs from the origin to the last relay
    ("Axios", "The Daily Wire"); `claimant` is the person or body quoted, if named."""

    claimant: str = ""
    chain: tuple[str, ...] = ()
    anonymous: bool = False  # "seorang pejabat", "sumber yang meminta namanya tidak disebut"

    @property
    def origin(self) -> str:
        return self.chain[0] if self.chain else self.claimant


class Modality(str, enum.Enum):
    """Whether a sentence reports something as done, or as planned / expected."""

    HAPPENED = "happened"
    PLANNED = "planned"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int  # position in the document, from 0
    start: int
    end: int
    text: str


@dataclass
class SentenceAnalysis:
    sentence: Sentence
    checkworthy: float = 0.0  # 0..1
    reasons: list[str] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    attribution: Attribution = field(default_factory=Attribution)
    modality: Modality = Modality.UNKNOWN
    negated: bool = False
    names: list[str] = field(default_factory=list)  # capitalised names / organisations found
