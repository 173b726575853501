"""Where two reports of the same thing disagree, and when all of them come from one source.

The checks compare two sentence analyses that matching (or the project-wide pass) already found
to report the same thing; on their own they would flag any two unrelated figures.
- quantity: figures counting the same noun ("orang", "serangan") whose ranges cannot both hold
  (21 vs belasan 11-19; exactly 61 vs at least 83). Two lower bounds that differ (at least 83
  vs at least 61) are not a contradiction — a toll grows — but a caution: "different counts,
  check when each was reported", with the publication dates.
- date: day-level event dates where none of one sentence's agrees with any of the other's (the
  day something was said, the day a count stands at and a date ruled out do not count).
- modality: one reports as planned what the other reports as done.
- negation: one denies what the other states.
- single_source: every report traces back to one origin (attribution chains start alike), so
  the agreement is not independent corroboration.
"""
from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from ..core.phrases import (
    AS_HAPPENED, AS_PLANNED, COUNTS_CLASH, COUNTS_DIFFER, DATES_DISAGREE, MODALITY_DIFFERS,
    NEGATION_DIFFERS, PUBLISHED, PUBLISHED_UNKNOWN, QUOTED, QUOTED_RANGE, SAME_ORIGIN,
    SINGLE_ORIGIN, Phrase,
)
from .lexical import fold
from .model import Bound, DateMention, DateRole, Modality, Quantity, SentenceAnalysis
from .results import ConflictKind, ConflictNote

#: Counted nouns that different outlets use for the same thing, English folded onto Indonesian.
UNIT_SYNONYMS = {
    "jiwa": "orang", "korban": "orang", "people": "orang", "person": "orang", "persons": "orang",
    "perahu": "kapal", "boat": "kapal", "boats": "kapal", "vessel": "kapal", "vessels": "kapal",
    "ship": "kapal", "ships": "kapal", "strike": "serangan", "strikes": "serangan",
    "attack": "serangan", "attacks": "serangan", "official": "pejabat", "officials": "pejabat",
    "percent": "persen", "%": "persen", "km": "kilometer", "kilometre": "kilometer",
    "kilometres": "kilometer", "kilometers": "kilometer",
}
_ABOUT = 0.15  # "sekitar 80" holds anything within 15 %
_LOWER = (Bound.AT_LEAST, Bound.MORE_THAN)


@functools.lru_cache(maxsize=4096)
def unit_key(unit: str) -> str:
    u = fold(unit).strip()
    for lead in ("kali ", "buah ", "orang "):  # "belasan kali serangan", "tiga buah kapal"
        if u.startswith(lead) and len(u) > len(lead):
            u = u[len(lead):]
    if u.endswith("nya") and len(u) > 5:
        u = u[:-3]
    return UNIT_SYNONYMS.get(u, u)


def interval(q: Quantity) -> tuple[float, float]:
    """The values a figure allows, as a closed interval (open ends nudged inwards)."""
    v = q.value
    lo = q.min if q.min is not None else v
    hi = q.max if q.max is not None else v
    inf = math.inf
    if q.bound is Bound.AT_LEAST:
        return (lo if lo is not None else -inf, inf)
    if q.bound is Bound.MORE_THAN:
        return ((lo if lo is not None else -inf) + 1e-9, inf)
    if q.bound is Bound.AT_MOST:
        return (0.0, hi if hi is not None else inf)
    if q.bound is Bound.LESS_THAN:
        return (0.0, (hi if hi is not None else inf) - 1e-9)
    if q.bound is Bound.ABOUT and v is not None and q.min is None and q.max is None:
        return (v * (1 - _ABOUT), v * (1 + _ABOUT))
    return (lo if lo is not None else -inf, hi if hi is not None else inf)


def describe(q: Quantity) -> str:
    if q.bound is Bound.RANGE and q.min is not None and q.max is not None:
        return _quoted(q.text, q.min, q.max)
    return _quoted(q.text)


@functools.lru_cache(maxsize=4096)  # phrases do not change: the pass makes each figure's once
def _quoted(text: str, low: float | None = None, high: float | None = None) -> str:
    text = " ".join(text.split())
    if low is not None:
        return Phrase(QUOTED_RANGE, text, _n(low), _n(high))
    return Phrase(QUOTED, text)


def _n(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


@functools.lru_cache(maxsize=1024)
def _dated(published: str) -> str:
    return Phrase(PUBLISHED, published) if published else Phrase(PUBLISHED_UNKNOWN)


def quantity_notes(a: SentenceAnalysis, b: SentenceAnalysis, published_a: str = "",
                   published_b: str = "") -> list[ConflictNote]:
    by_unit: dict[str, tuple[list[Quantity], list[Quantity]]] = {}
    for side, qs in ((0, a.quantities), (1, b.quantities)):
        for q in qs:
            key = unit_key(q.unit)
            if key and (q.value is not None or q.min is not None or q.max is not None):
                by_unit.setdefault(key, ([], []))[side].append(q)
    notes = []
    for unit, (qa, qb) in sorted(by_unit.items()):
        if not qa or not qb:
            continue
        pairs = [(x, y) for x in qa for y in qb]
        if any(_overlap(interval(x), interval(y)) and not _differing_floors(x, y)
               for x, y in pairs):
            continue  # some figure of each side agrees: no disagreement on this noun
        x, y = pairs[0]
        floors = [(x, y) for x, y in pairs if _differing_floors(x, y)]
        if floors:
            x, y = floors[0]
            notes.append(ConflictNote(ConflictKind.QUANTITY, Phrase(
                COUNTS_DIFFER, unit, describe(x), _dated(published_a), describe(y),
                _dated(published_b)), hard=False))
        else:
            notes.append(ConflictNote(ConflictKind.QUANTITY, Phrase(
                COUNTS_CLASH, describe(x), describe(y), unit)))
    return notes


def _differing_floors(x: Quantity, y: Quantity) -> bool:
    return x.bound in _LOWER and y.bound in _LOWER and interval(x)[0] != interval(y)[0]


def _overlap(p: tuple[float, float], q: tuple[float, float]) -> bool:
    return p[0] <= q[1] and q[0] <= p[1]


def _day(date: str) -> tuple[str, str] | None:
    """(year or "", month-day) of a day-level ISO date ("2025-11-29", "--11-29")."""
    if date.startswith("--") and len(date) == 7:
        return "", date[2:]
    if len(date) == 10 and date[4] == "-" and date[7] == "-":
        return date[:4], date[5:]
    return None


def _event_days(a: SentenceAnalysis) -> list[tuple[DateMention, tuple[str, str]]]:
    """Day-level dates of what is reported; when it was said, the day a count stands at and a
    date the sentence rules out are not (date_roles.py)."""
    return [(d, day) for d in a.dates
            if d.role is DateRole.EVENT and (day := _day(d.date)) is not None]


def date_notes(a: SentenceAnalysis, b: SentenceAnalysis) -> list[ConflictNote]:
    da = _event_days(a)
    db = _event_days(b)
    if not da or not db:
        return []
    for _, (ya, ma) in da:
        for _, (yb, mb) in db:
            if ma == mb and (not ya or not yb or ya == yb):
                return []
    (x, _), (y, _) = da[0], db[0]
    return [ConflictNote(ConflictKind.DATE,
                         Phrase(DATES_DISAGREE, x.text, x.date, y.text, y.date))]


def modality_notes(a: SentenceAnalysis, b: SentenceAnalysis) -> list[ConflictNote]:
    pair = {a.modality, b.modality}
    if pair != {Modality.PLANNED, Modality.HAPPENED}:
        return []
    planned_first = a.modality is Modality.PLANNED
    first = Phrase(AS_PLANNED if planned_first else AS_HAPPENED)
    second = Phrase(AS_HAPPENED if planned_first else AS_PLANNED)
    return [ConflictNote(ConflictKind.MODALITY,
                         Phrase(MODALITY_DIFFERS, first, second))]


def negation_notes(a: SentenceAnalysis, b: SentenceAnalysis) -> list[ConflictNote]:
    if a.negated == b.negated:
        return []
    return [ConflictNote(ConflictKind.NEGATION,
                         Phrase(NEGATION_DIFFERS))]


def origin(a: SentenceAnalysis) -> str:
    """The folded origin of a sentence's attribution chain: "" when unattributed, and when the
    only source is anonymous ("seorang pejabat", "US officials"): two outlets each quoting an
    unnamed official may quote two people."""
    att = a.attribution
    if not att.origin or (att.anonymous and not att.chain):
        return ""
    return _folded_origin(att.origin)


@functools.lru_cache(maxsize=4096)
def _folded_origin(name: str) -> str:
    return " ".join(fold(name).split())


def same_origin_note(a: SentenceAnalysis, b: SentenceAnalysis) -> ConflictNote | None:
    oa = origin(a)
    if oa and oa == origin(b):
        return ConflictNote(ConflictKind.SINGLE_SOURCE, Phrase(
            SAME_ORIGIN, a.attribution.origin),
            hard=False)
    return None


def pair_notes(a: SentenceAnalysis, b: SentenceAnalysis, published_a: str = "",
               published_b: str = "") -> list[ConflictNote]:
    """Everything that sets two matched sentences of different documents apart."""
    notes = quantity_notes(a, b, published_a, published_b)
    notes += date_notes(a, b) + modality_notes(a, b) + negation_notes(a, b)
    same = same_origin_note(a, b)
    return notes + ([same] if same else [])


def single_source(group: Sequence[SentenceAnalysis], *, documents: set[str] | None = None,
                  reports: int | None = None) -> ConflictNote | None:
    """A warning when the reports of one claim in several documents all start from one origin.
    `documents` and `reports` count word-for-word copies the group stands for."""
    docs = documents if documents is not None else {g.sentence.doc_id for g in group}
    origins = {origin(g) for g in group}
    if len(docs) < 2 or len(origins) != 1 or "" in origins:
        return None
    name = group[0].attribution.origin
    return ConflictNote(ConflictKind.SINGLE_SOURCE, Phrase(
        SINGLE_ORIGIN, str(reports or len(group)), str(len(docs)), name), hard=False)
