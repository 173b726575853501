"""Numbers as news text writes them: digits with Indonesian or English separators, number words
(Indonesian and English), scale words and vague counts. Written by hand: no package reads
Indonesian number words ("dua ratus lima puluh", "sebelas", "selusin").

Vague counts are ranges (inclusive), chosen to be lenient so that a conflict between two reports
is a real one: belasan 11–19 (the teens), puluhan 20–99 (Indonesian says belasan for the teens),
ratusan 100–999, ribuan 1,000–9,999, puluhan ribu 10,000–99,999, ratusan ribu
100,000–999,999, jutaan 1–999 million; lusinan / dozens 24–144 (two to twelve dozen);
hundreds, thousands, millions as their Indonesian twins; "a few" 2–5, several 3–9,
beberapa 2–9.
"""
from __future__ import annotations

import re

ID_UNITS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9,
}
ID_SE = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1_000, "sejuta": 1_000_000,
         "semiliar": 1e9, "selusin": 12}
ID_TENS = {"belas": None, "puluh": 10, "ratus": 100}
SCALES = {
    "ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12,
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lusin": 12, "dozen": 12,
}
EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90}

VAGUE: dict[str, tuple[float, float]] = {  # inclusive bounds
    "belasan": (11, 19), "puluhan": (20, 99), "ratusan": (100, 999), "ribuan": (1e3, 9_999),
    "puluhan ribu": (1e4, 99_999), "ratusan ribu": (1e5, 999_999), "jutaan": (1e6, 999_999_999),
    "puluhan juta": (1e7, 99_999_999), "ratusan juta": (1e8, 999_999_999),
    "lusinan": (24, 144), "dozens": (24, 144), "hundreds": (100, 999),
    "thousands": (1e3, 9_999), "tens of thousands": (1e4, 99_999),
    "hundreds of thousands": (1e5, 999_999), "millions": (1e6, 999_999_999),
    "tens of millions": (1e7, 99_999_999),
    "a few": (2, 5), "several": (3, 9), "beberapa": (2, 9),
}


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_ID_WORD = _alt([*ID_UNITS, *ID_SE, *ID_TENS,
                 "ribu", "juta", "miliar", "milyar", "triliun", "lusin"])
_EN_WORD = _alt([*EN_UNITS, *EN_TENS, "hundred", "thousand", "million", "billion", "dozen"])
# A run of number words ("dua ratus lima puluh", "twenty-one", "a dozen"); never inside a word
# ("kedua", "ketiga") nor glued by a hyphen ("dua-duanya", "satu-satunya").
ID_WORDS = rf"(?<![\w-])(?:{_ID_WORD})(?:\s+(?:{_ID_WORD}))*(?![\w-])"
EN_WORDS = (
    rf"(?<![\w-])(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?"
    rf"(?:{_EN_WORD})(?:(?:\s+|-|\s+and\s+)(?:{_EN_WORD}))*(?![\w-])"
)
VAGUE_WORDS = (
    r"(?<![\w-])(?:"
    + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in VAGUE), key=len, reverse=True))
    + r")(?![\w-])"
)


def parse_id_words(phrase: str) -> float | None:
    """ "dua ratus lima puluh" → 250, "sebelas" → 11, "seribu dua ratus" → 1200."""
    total = 0.0
    cur = 0.0  # below a thousand
    pending = 0.0  # a unit digit waiting for belas / puluh / ratus
    seen = False
    for w in phrase.lower().split():
        if w in ID_UNITS:
            if pending:
                return None  # "dua tiga": two numbers, not one
            pending = ID_UNITS[w] or 0.0
            seen = True
        elif w in ID_SE:
            value = ID_SE[w]
            if value >= 1000:
                total += (cur + pending) * value if (cur + pending) else value
                cur = pending = 0.0
            else:
                cur += pending + value
                pending = 0.0
            seen = True
        elif w == "belas":
            if not pending:
                return None
            cur += pending + 10
            pending = 0.0
        elif w in ("puluh", "ratus"):
            if not pending:
                return None
            cur += pending * ID_TENS[w]
            pending = 0.0
        elif w in SCALES:
            if not (cur or pending or total):
                return None
            total = (total + cur + pending) * SCALES[w] if total < SCALES[w] else total + (
                cur + pending) * SCALES[w]
            cur = pending = 0.0
        else:
            return None
    if not seen:
        return None
    return total + cur + pending


def parse_en_words(phrase: str) -> float | None:
    """ "twenty-one" → 21, "a dozen" → 12, "two hundred and fifty" → 250."""
    words = re.split(r"[\s-]+", phrase.lower())
    total = 0.0
    cur = 0.0
    seen = False
    for w in words:
        if w in ("a", "an"):
            cur = 1.0
        elif w == "and":
            continue
        elif w in EN_UNITS:
            cur += EN_UNITS[w]
            seen = True
        elif w in EN_TENS:
            cur += EN_TENS[w]
            seen = True
        elif w == "hundred":
            cur = (cur or 1) * 100
            seen = True
        elif w in SCALES:
            total += (cur or 1) * SCALES[w]
            cur = 0.0
            seen = True
        else:
            return None
    return total + cur if seen else None


def parse_digits(digits: str, language: str) -> float | None:
    """Digits with separators. Indonesian: "1.000" 1000, "2,5" 2.5, "1.000,50"; English:
    "1,000" 1000, "2.5". A lone separator followed by exactly three digits is a thousands
    separator in the language's own convention and a decimal point in the other's."""
    dots, commas = digits.count("."), digits.count(",")
    if not dots and not commas:
        return float(digits)
    if dots and commas:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
    elif dots + commas > 1:
        sep = "." if dots else ","
        groups = digits.split(sep)
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
        return None
    else:
        sep = "." if dots else ","
        tail = digits.split(sep)[1]
        if len(tail) == 3:
            thousands = "." if language == "id" else ","
            decimal = "," if sep == thousands else "."
            if sep == thousands:
                return float(digits.replace(sep, ""))
        decimal = sep
    thousands = "," if decimal == "." else "."
    try:
        return float(digits.replace(thousands, "").replace(decimal, "."))
    except ValueError:
        return None
