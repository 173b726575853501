"""The lower-case words of a sentence as a set: each analyser first checks whether any of its cue
words occurs (a set intersection, far cheaper than running its patterns) and runs its
patterns only then. Most sentences have no date, figure or source cue, so this is where the
analysis of an article gets its speed."""
from __future__ import annotations

import re

_TOKEN = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


def words_of(text: str) -> frozenset[str]:
    return frozenset(_TOKEN.findall(text.lower()))


def has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def cue_words(*patterns: str) -> frozenset[str]:
    """The words a cue pattern can start with, from its alternatives written as plain words
    ("menurut|according\\s+to" gives menurut, according)."""
    out: set[str] = set()
    for pattern in patterns:
        for word in re.findall(r"(?<![\\?<])\b([A-Za-z][A-Za-z'-]+)", pattern):
            out.update(part for part in re.split(r"['-]", word.lower()) if part)
    return frozenset(out)
