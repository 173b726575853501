"""How worth checking a sentence is: a transparent score from 0 to 1 with its reasons, no trained
model. Each reason adds or subtracts a fixed weight; the sum is clipped to [0, 1].

Weights:
  base                                   0.10
  figure (first; each further +0.05)    +0.25 (figures together at most +0.35)
  date                                  +0.10
  named source (attribution chain)      +0.15;  anonymous source +0.05
  names (+0.05 each, at most two)       +0.10
  casualty verb (menewaskan, killed…)   +0.20
  accusation verb (menuduh, accused…)   +0.15
  event reported as happened            +0.05
  question                              -0.30
  opinion (menurut saya, I think…)      -0.25
  modal hedge (mungkin, may, might…)    -0.10
  fewer than five words                 -0.15
A vague count ("beberapa", "a few") is not a figure. The reasons are short English strings
("figure: 83 orang", "date: 23 Oktober 2025", "named source: Axios", "casualty verb:
menewaskan", "question", "opinion: menurut saya", "modal: mungkin"), stored so in the
project's analyses; their labels are core/phrases.CHECKWORTHY_LABELS, which the GUI translates.
"""
from __future__ import annotations

import re

from annotator.compare.model import Modality, SentenceAnalysis
from annotator.compare.tokens import cue_words, words_of

_CASUALTY = re.compile(
    r"(?<![\w-])(?:menewaskan|tewas|terbunuh|dibunuh|membunuh|meninggal(?:\s+dunia)?|korban\s+jiwa|"
    r"terluka|melukai|luka-luka|cedera|hilang|killed|kills|kill|dead|died|deaths?|injured|"
    r"wounded|casualties|fatalities|missing)(?![\w-])",
    re.IGNORECASE,
)
_ACCUSATION = re.compile(
    r"(?<![\w-])(?:menuduh|dituduh|menuding|dituding|tuduhan|mendakwa|didakwa|menyalahkan|"
    r"disalahkan|accused|accuses|accuse|alleged|alleges|allegedly|blamed|blames|charged)(?![\w-])",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"(?<![\w-])(?:menurut\s+saya|menurut\s+kami|saya\s+(?:pikir|kira|rasa|yakin)|"
    r"sebaiknya|seharusnya|semestinya|i\s+think|i\s+believe|in\s+my\s+(?:view|opinion)|"
    r"we\s+believe|should)(?![\w-])",
    re.IGNORECASE,
)
_MODAL = re.compile(
    r"(?<![\w-])(?:mungkin|barangkali|bisa\s+jadi|kemungkinan|diduga|tampaknya|sepertinya|"
    r"may|might|could|perhaps|possibly|apparently)(?![\w-])",
    re.IGNORECASE,
)
_QUESTION_MARKS = "?؟？"
_QUESTION_WORDS = frozenset(("apakah", "mengapa", "kenapa", "bagaimana"))
_CLOSERS = "\"'”’») \t\n"


def _is_question(text: str, words: frozenset[str]) -> bool:
    tail = text.rstrip(_CLOSERS)
    if tail[-1:] in _QUESTION_MARKS:
        return True
    if words.isdisjoint(_QUESTION_WORDS):
        return False
    first = text.lstrip(_CLOSERS + "“‘«").split(None, 1)
    return bool(first) and first[0].lower().strip(",") in _QUESTION_WORDS
_VAGUE_FEW = frozenset(("beberapa", "a few", "several"))


_CUES = {rx: cue_words(rx.pattern) for rx in (_CASUALTY, _ACCUSATION, _OPINION, _MODAL)}


def _hit(rx: re.Pattern, text: str, words: frozenset[str]) -> re.Match | None:
    return rx.search(text) if not words.isdisjoint(_CUES[rx]) else None


def score(analysis: SentenceAnalysis, language: str = "",
          words: frozenset[str] | None = None) -> tuple[float, list[str]]:
    del language
    text = analysis.sentence.text
    words = words_of(text) if words is None else words
    total = 0.10
    reasons: list[str] = []
    figures = [q for q in analysis.quantities if q.text.lower() not in _VAGUE_FEW]
    if figures:
        total += min(0.35, 0.25 + 0.05 * (len(figures) - 1))
        reasons += [f"figure: {q.text} {q.unit}".strip() for q in figures[:3]]
    if analysis.dates:
        total += 0.10
        reasons.append(f"date: {analysis.dates[0].text}")
    att = analysis.attribution
    if att.chain:
        total += 0.15
        reasons.append(f"named source: {att.chain[0]}")
    elif att.anonymous:
        total += 0.05
        reasons.append("anonymous source")
    if analysis.names:
        total += 0.05 * min(2, len(analysis.names))
        reasons.append("names: " + ", ".join(analysis.names[:3]))
    for rx, label, weight in ((_CASUALTY, "casualty verb", 0.20),
                              (_ACCUSATION, "accusation verb", 0.15)):
        m = _hit(rx, text, words)
        if m:
            total += weight
            reasons.append(f"{label}: {m.group().lower()}")
    if analysis.modality is Modality.HAPPENED:
        total += 0.05
        reasons.append("reported as happened")
    if _is_question(text, words):
        total -= 0.30
        reasons.append("question")
    m = _hit(_OPINION, text, words)
    if m:
        total -= 0.25
        reasons.append(f"opinion: {m.group().lower()}")
    m = _hit(_MODAL, text, words)
    if m:
        total -= 0.10
        reasons.append(f"modal: {m.group().lower()}")
    if len(text.split()) < 5:
        total -= 0.15
        reasons.append("short")
    return round(min(1.0, max(0.0, total)), 3), reasons
