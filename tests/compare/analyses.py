"""Sentence analyses built by hand, as the analysers would give them: the matching and conflict
tests use these so they test matching and conflicts alone."""
from __future__ import annotations

from annotator.compare.model import (
    Attribution, Bound, DateMention, Modality, Quantity, Sentence, SentenceAnalysis,
)


def qty(text_in: str, sentence: str, value=None, lo=None, hi=None, unit="", bound=Bound.EXACT,
        offset: int = 0) -> Quantity:
    at = sentence.index(text_in)
    return Quantity(offset + at, offset + at + len(text_in), text_in, value, lo, hi, unit, bound)


def date(text_in: str, sentence: str, iso: str, offset: int = 0) -> DateMention:
    at = sentence.index(text_in)
    return DateMention(offset + at, offset + at + len(text_in), text_in, iso)


def analysis(doc: str, text: str, *, index: int = 0, offset: int = 0, quantities=(), dates=(),
             names=(), chain=(), claimant="", anonymous=False, modality=Modality.UNKNOWN,
             negated=False) -> SentenceAnalysis:
    return SentenceAnalysis(
        sentence=Sentence(doc, index, offset, offset + len(text), text), checkworthy=0.5,
        quantities=list(quantities), dates=list(dates), names=list(names),
        attribution=Attribution(claimant, tuple(chain), anonymous), modality=modality, negated=negated)


AXIOS = "Menurut Axios, 21 serangan AS terhadap perahu narkoba di Karibia telah menewaskan setidaknya 83 orang."
BELASAN = ("Belasan kali serangan AS terhadap kapal narkoba di Karibia sejauh ini telah "
           "menewaskan sedikitnya 61 orang, menurut Reuters.")


def axios_strikes(doc: str = "a") -> SentenceAnalysis:
    return analysis(doc, AXIOS, names=["Axios", "AS", "Karibia"], chain=["Axios"],
                    quantities=[qty("21 serangan", AXIOS, 21, 21, 21, "serangan"),
                                qty("setidaknya 83 orang", AXIOS, None, 83, None, "orang",
                                    Bound.AT_LEAST)],
                    modality=Modality.HAPPENED)


def belasan_strikes(doc: str = "b") -> SentenceAnalysis:
    return analysis(doc, BELASAN, names=["AS", "Karibia", "Reuters"], chain=["Reuters"],
                    quantities=[qty("Belasan kali serangan", BELASAN, None, 11, 19,
                                    "kali serangan", Bound.RANGE),
                                qty("sedikitnya 61 orang", BELASAN, None, 61, None, "orang",
                                    Bound.AT_LEAST)],
                    modality=Modality.HAPPENED)
