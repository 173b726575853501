"""Which sentences of other documents report the same thing as a claim or a sentence.

Candidates come from two places: FTS5's BM25 over the stored sentences (the words of the
query, quoted) and, when the optional sentence encoder has embedded the project, the nearest
sentences by cosine. Each candidate is then scored by a weighted fusion of transparent
features, each in 0..1:
- words: weighted Dice over stems (lexical.py), each stem weighted by its rarity in the project;
- names: the share of the smaller side's names found on the other side ("Trump" meets
  "Donald Trump", "Nicolás" meets "Nicolas");
- figures: a figure counting the same noun (1 if the values agree, 0.6 if they differ: the
  same kind of count, perhaps a contradiction);
- dates: a day-level date in common, in the same role (compare/date_roles.py: the day a thing
  was said meets only another statement's day; a date ruled out meets none);
- meaning: the encoder's cosine, rescaled (only with the encoder).
The weights (WEIGHTS / WEIGHTS_ENCODER) sum to 1, so a score is comparable across queries.
The relation suggested is "contradicts" when a hard conflict is found between two close
reports, "same" for near paraphrases, "supports" for reports sharing figures or names, else
"related".
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ..core.phrases import (
    COUNT_BOTH_SIDES, SAME_DATE, SAME_FIGURE, SHARED_NAMES, SHARED_WORDS, SIMILAR_MEANING, Phrase,
)
from .conflicts import pair_notes, unit_key
from .lexical import name_keys, significant, weighted_dice, weighted_stems
from .lexical import words as all_words
from .model import Attribution, DateRole, Modality, Quantity, SentenceAnalysis
from .results import Match, Relation

WEIGHTS = {"words": 0.55, "names": 0.2, "figures": 0.15, "dates": 0.1, "meaning": 0.0}
WEIGHTS_ENCODER = {"words": 0.35, "names": 0.15, "figures": 0.12, "dates": 0.08, "meaning": 0.3}
#: Below this a candidate is not shown at all.
MIN_SCORE = 0.08
SAME, SUPPORTS, CLOSE = 0.55, 0.3, 0.25


@dataclass
class Profile:
    """A sentence (or a claim's sentences together) ready for comparison."""

    analysis: SentenceAnalysis
    words: list[str]
    names: dict[str, str] = field(default_factory=dict)
    units: dict[str, list[Quantity]] = field(default_factory=dict)
    days: dict[str, str] = field(default_factory=dict)  # month-day or full date -> as written
    rowid: int = 0
    hash: str = ""
    vocabulary: frozenset[str] = frozenset()  # every word of the text, stopwords included


def profile(analysis: SentenceAnalysis, text: str | None = None, *, rowid: int = 0,
            hash_: str = "") -> Profile:
    units: dict[str, list[Quantity]] = {}
    for q in analysis.quantities:
        units.setdefault(unit_key(q.unit), []).append(q)
    days = {}
    for d in analysis.dates:
        if len(d.date) >= 7 and d.role is not DateRole.RULED_OUT:
            # a day meets the same day in the same role only: the day a thing was said is no
            # evidence that another sentence dating an event to it reports the same thing
            day = d.date[-5:] if len(d.date) in (7, 10) else d.date
            days[f"said {day}" if d.role is DateRole.STATEMENT else day] = d.text
    every = all_words(analysis.sentence.text if text is None else text)
    return Profile(analysis, significant(every), name_keys(analysis.names), units, days, rowid,
                   hash_, frozenset(every))


def merge(analyses: Sequence[SentenceAnalysis]) -> SentenceAnalysis:
    """A claim over several sentences, as one analysis (figures, dates, names of all)."""
    if len(analyses) == 1:
        return analyses[0]
    first = analyses[0]
    attribution = next((a.attribution for a in analyses if a.attribution.chain
                        or a.attribution.claimant), Attribution())
    modality = next((a.modality for a in analyses if a.modality is not Modality.UNKNOWN),
                    Modality.UNKNOWN)
    return SentenceAnalysis(
        sentence=first.sentence, checkworthy=max(a.checkworthy for a in analyses),
        quantities=[q for a in analyses for q in a.quantities],
        dates=[d for a in analyses for d in a.dates], attribution=attribution,
        modality=modality, negated=any(a.negated for a in analyses),
        names=list(dict.fromkeys(n for a in analyses for n in a.names)))


def _names(q: Profile, c: Profile) -> tuple[float, list[str]]:
    shared = sorted({q.names[k] for k in q.names.keys() & c.names.keys()})
    smaller = min(len(set(q.names.values())), len(set(c.names.values())))
    if not shared or not smaller:
        return 0.0, []
    return min(1.0, len(shared) / smaller), shared


def _figures(q: Profile, c: Profile) -> tuple[float, list[tuple[str, ...]]]:
    """(score, the figures' reasons as raw parts: ("same", text, text) or ("count", unit))."""
    from .conflicts import _overlap, interval

    best, why = 0.0, []
    for unit in sorted(q.units.keys() & c.units.keys()):
        agree = [(x, y) for x in q.units[unit] for y in c.units[unit]
                 if _overlap(interval(x), interval(y))]
        if agree:
            best = 1.0
            why.append(("same", agree[0][0].text, agree[0][1].text))
        else:
            best = max(best, 0.6)
            why.append(("count", unit))
    return best, why


def _dates(q: Profile, c: Profile) -> tuple[float, list[str]]:
    shared = sorted(q.days.keys() & c.days.keys())
    return (1.0, [q.days[shared[0]]]) if shared else (0.0, [])


def _fuse(q: Profile, c: Profile, words: float, cosine: float | None
          ) -> tuple[float, list[str], list[tuple[str, ...]], list[str]]:
    names, shared_names = _names(q, c)
    figures, figure_why = _figures(q, c)
    dates, date_why = _dates(q, c)
    weights = WEIGHTS if cosine is None else WEIGHTS_ENCODER
    meaning = 0.0 if cosine is None else max(0.0, min(1.0, (cosine - 0.3) / 0.6))
    total = (weights["words"] * words + weights["names"] * names + weights["figures"] * figures
             + weights["dates"] * dates + weights["meaning"] * meaning)
    return total, shared_names, figure_why, date_why


def fused(q: Profile, c: Profile, words: float) -> float:
    """The lexical fused score for a word similarity measured elsewhere (the project-wide
    conflict pass measures it over its own stem index): what `score` would give."""
    return _fuse(q, c, words, None)[0]


class _Scored(NamedTuple):
    total: float
    words: float
    #: what `_reasons` makes the reasons from: only the matches shown need them
    parts: tuple


def _scored(q: Profile, c: Profile, idf: dict[str, float], default_idf: float,
            cosine: float | None = None) -> _Scored:
    qs = weighted_stems(q.words, idf, default_idf)
    cs = weighted_stems(c.words, idf, default_idf)
    words = weighted_dice(qs, cs)
    total, shared_names, figure_why, date_why = _fuse(q, c, words, cosine)
    return _Scored(total, words, (qs, cs, shared_names, figure_why, date_why, cosine))


def _reasons(s: _Scored) -> list[str]:
    qs, cs, shared_names, figure_why, date_why, cosine = s.parts
    why = []
    common = sorted(qs.keys() & cs.keys(), key=lambda k: -qs[k])[:6]
    if common:
        why.append(Phrase(SHARED_WORDS, f"{s.words:.2f}", ", ".join(common)))
    if shared_names:
        why.append(Phrase(SHARED_NAMES, ", ".join(shared_names)))
    why += [Phrase(SAME_FIGURE, *part[1:]) if part[0] == "same" else Phrase(COUNT_BOTH_SIDES,
            part[1]) for part in figure_why]
    why += [Phrase(SAME_DATE, day) for day in date_why]
    if cosine is not None:
        why.append(Phrase(SIMILAR_MEANING, f"{cosine:.2f}"))
    return why


def score(q: Profile, c: Profile, idf: dict[str, float], default_idf: float,
          cosine: float | None = None) -> tuple[float, float, list[str]]:
    """(fused score, word similarity, reasons) of a candidate for a query."""
    s = _scored(q, c, idf, default_idf, cosine)
    return s.total, s.words, _reasons(s)


def relation(total: float, words: float, notes) -> str:
    if any(n.hard for n in notes) and total >= CLOSE:
        return Relation.CONTRADICTS
    if total >= SAME and words >= 0.45:
        return Relation.SAME
    if total >= SUPPORTS:
        return Relation.SUPPORTS
    return Relation.RELATED


def rank(query: Profile, candidates: Sequence[Profile], idf: dict[str, float],
         default_idf: float, *, published: dict[str, str] | None = None,
         cosines: dict[str, float] | None = None, top: int = 5) -> list[Match]:
    """The best `top` candidates (one per sentence), best first."""
    published = published or {}
    scored = []
    for c in candidates:
        cos = None if cosines is None else cosines.get(c.hash, 0.0)
        done = _scored(query, c, idf, default_idf, cos)
        if done.total < MIN_SCORE:
            continue
        scored.append((done, c))
    scored.sort(key=lambda t: (-t[0].total, t[1].analysis.sentence.doc_id,
                               t[1].analysis.sentence.start))
    out = []
    qa = query.analysis
    for done, c in scored[:max(0, top)]:
        total, words, why = done.total, done.words, _reasons(done)
        s = c.analysis.sentence
        notes = pair_notes(qa, c.analysis, published.get(qa.sentence.doc_id, ""),
                           published.get(s.doc_id, "")) if total >= CLOSE else []
        out.append(Match(s.doc_id, s.start, s.end, s.text, total, relation(total, words, notes),
                         why, notes))
    return out
