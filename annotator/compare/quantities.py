"""Figures in a sentence, each with its hedge and the noun it counts: "setidaknya 83 orang" is
AT_LEAST 83 orang, "belasan kali serangan" a RANGE 11–19 of serangan, "Rp 1.000,50" 1000.5 rupiah.

How the bounds are filled (the fields of `Quantity`):
- EXACT: value = min = max = n;
- ABOUT ("sekitar", "about"): value = n, min and max left None (no width is claimed);
- AT_LEAST: min = n;  MORE_THAN: min = n, exclusive (the bound says so; n+1 is not assumed,
  since figures need not be counts);  LESS_THAN: max = n, exclusive;  AT_MOST: max = n;
- RANGE ("10-20", "10 hingga 20", "belasan"): min and max, value None.
Not figures: years standing alone (1800–2100 without a counted noun from COUNT_NOUNS), dates
("21 November", "29/11"), clock times ("pukul 10.30", "10.30 WIB"), ordinals ("ke-3",
"ketiga", "3rd"), phone numbers (a leading 0 or +), digits glued to letters ("COVID-19", "F-16").
"""
from __future__ import annotations

import re

from annotator.compare.model import Bound, Quantity
from annotator.compare.tokens import cue_words, has_digit, words_of
from annotator.compare.numbers_id import (
    EN_WORDS, ID_WORDS, SCALES, VAGUE, VAGUE_WORDS, parse_digits, parse_en_words,
    parse_id_words,
)

MONTHS = (
    "januari februari maret april mei juni juli agustus september oktober november desember "
    "january february march may june july august october december "
    "jan feb mar apr jun jul agu agt ags aug sep sept okt oct nov des dec"
).split()
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

_CURRENCY = {"rp": "rupiah", "us$": "usd", "$": "usd", "usd": "usd", "€": "eur", "£": "gbp",
             "rm": "ringgit", "s$": "sgd"}
_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))

_DIGITS = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# One pattern per kind of figure, each run only when the sentence has a digit or its words.
_NUMBER = {
    "digits": re.compile(
        rf"(?=[\drusm$€£])(?<![\w.,/:+\-])(?:(?P<cur>Rp\.?|US\$|S\$|USD|RM|\$|€|£)\s?)?"
        rf"(?P<digits>{_DIGITS})(?:\s?[-–—]\s?(?P<digits2>{_DIGITS}))?(?![\w/:]|[.,]\d)",
        re.IGNORECASE),
    # the lookaheads: the letters the words can start with, so most positions fail at once
    "vague": re.compile(rf"(?=[bprjldhtmas])(?P<vague>{VAGUE_WORDS})", re.IGNORECASE),
    "idw": re.compile(rf"(?=[nsdtelbprjm])(?P<idw>{ID_WORDS})", re.IGNORECASE),
    "enw": re.compile(rf"(?=[zotfsenhmbda])(?P<enw>{EN_WORDS})", re.IGNORECASE),
}
_PHONE = re.compile(r"(?:\+\d{1,3}|\(?0\d{1,4}\)?)(?:[\s-]?\d{2,5}){2,4}(?!\d)")
_AFTER = re.compile(
    rf"(?:\s*(?P<pct>%)|\s+(?P<scale>{_SCALE})(?![\w-]))?"
    r"(?P<more>\s+(?:lebih|or more|atau lebih|plus)(?![\w-]))?",
    re.IGNORECASE,
)
_HEDGES = [
    (Bound.AT_LEAST, r"setidaknya|sedikitnya|paling\s+sedikit|minimal|sekurang-kurangnya|"
                     r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of"),
    (Bound.MORE_THAN, r"lebih\s+dari(?:pada)?|more\s+than|over|upwards\s+of|above|"
                      r"in\s+excess\s+of"),
    (Bound.LESS_THAN, r"hampir|nyaris|kurang\s+dari|nearly|almost|fewer\s+than|less\s+than|under|"
                      r"just\s+under|close\s+to"),
    (Bound.ABOUT, r"sekitar|sekira|kurang\s+lebih|lebih\s+kurang|kira-kira|kisaran|"
                  r"about|around|approximately|roughly|some|an\s+estimated|estimated"),
    (Bound.AT_MOST, r"hingga|sampai|maksimal|paling\s+banyak|sebanyak-banyaknya|up\s+to|"
                    r"as\s+many\s+as|at\s+most|no\s+more\s+than"),
]
_HEDGE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<{b.name}>{p})" for b, p in _HEDGES) + r")"
    r"(?:\s+(?:sebanyak|dari|of))?\s+(?:(?:Rp\.?|US\$|\$)\s?)?$",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"\s*(?:[-–—]|s/d|s\.d\.)\s*$|\s+(?:hingga|sampai|to|and|dan)\s+$",
                         re.IGNORECASE)
_NOT_BEFORE = re.compile(
    rf"(?:\bke-?\s?|\bno\.\s?|\bnomor\s|\bpukul\s|\bjam\s|\bat\s|\btanggal\s|\bhari\s|"
    rf"\b(?:{_MONTH})\.?\s|\bpasal\s|\bayat\s|\bhalaman\s|\bpage\s|\bpage\s|\bsalah\s)$",
    re.IGNORECASE,
)
_UNIT = re.compile(
    r"\s*(?:(?:of|dari|of the)\s+)?(?P<w>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?)"
    r"(?:\s+(?P<w2>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?))?"
)
_ANAPHORIC = frozenset(("lainnya", "lain", "others", "other", "more"))
_CLASSIFIERS = frozenset("kali buah ekor unit butir lembar biji pucuk helai batang".split())
_NOT_UNIT = frozenset(
    """yang dan di ke dari pada untuk dengan atau itu ini juga telah sudah akan tersebut oleh
    bagi dalam sebagai karena the and or of in on at to for by from with was were is are has
    have had that this than as it its be been will would said says wib wita wit am pm a.m p.m
    lalu kemudian sejak hingga sampai tahun died fled killed injured wounded arrested left
    remain remained remaining more less lebih kurang""".split()
)
_TIME_AFTER = re.compile(r"\s*(?:wib|wita|wit|a\.m\.|p\.m\.|am|pm|jam)\b", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"\s+(?:{_MONTH})\b|\s*/\d", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
# Nouns a bare four-digit figure may count (else "2025" is a year).
COUNT_NOUNS = frozenset(
    """orang jiwa warga korban tentara personel prajurit polisi pengungsi pejabat anak siswa
    rumah kapal perahu serangan kali ton kilometer km meter hektare persen unit kendaraan
    people persons soldiers troops residents victims refugees officials children homes houses
    boats ships strikes attacks times tons kilometres kilometers miles percent""".split()
)


_CUES = {"vague": cue_words(VAGUE_WORDS), "idw": cue_words(ID_WORDS), "enw": cue_words(EN_WORDS)}
_TRIGGERS = _CUES["vague"] | _CUES["idw"] | _CUES["enw"]


def find_quantities(text: str, start_offset: int = 0, language: str = "",
                    words: frozenset[str] | None = None) -> list[Quantity]:
    """The figures of `text`; offsets are `start_offset` + position (document code points).
    `words` (tokens.words_of(text)) may be passed when the caller has it."""
    words = words_of(text) if words is None else words
    digit = has_digit(text)
    if not digit and words.isdisjoint(_TRIGGERS):
        return []
    matches = []
    for kind, rx in _NUMBER.items():
        if (kind == "digits" and not digit) or (kind != "digits" and words.isdisjoint(_CUES[kind])):
            continue
        matches.extend((m.start(), -m.end(), kind, m) for m in rx.finditer(text))
    matches.sort(key=lambda x: (x[0], x[1]))
    found: list[tuple[int, int, float, float, str, Bound, float]] = []
    last_end = -1
    if digit and ("+" in text or "(0" in text or " 0" in text):
        for m in _PHONE.finditer(text):  # a phone number's groups are no figures
            matches = [x for x in matches if not m.start() <= x[0] < m.end()]
    for start, _neg_end, kind, m in matches:
        if start < last_end:
            continue
        got = _read(text, m, kind, language)
        if got is None:
            continue
        last_end = m.end()
        found.append(got)
    found = _join_ranges(text, found)
    for i in range(1, len(found)):  # "21 penumpang dan sebelas lainnya": the same noun
        if found[i][4] in _ANAPHORIC and found[i - 1][4]:
            found[i] = found[i][:4] + (found[i - 1][4],) + found[i][5:]
    out = []
    for s, e, lo, hi, unit, bound, _scale in found:
        out.append(_quantity(text, start_offset, s, e, lo, hi, unit, bound))
    return out


def _read(text, m, kind, language):
    s, e = m.start(), m.end()
    if kind == "digits":
        raw = m.group("digits")
        if raw.isdigit() and (raw[0] == "0" and len(raw) >= 4 or len(raw) >= 7):
            return None  # a phone number or a code (counts this big are written with separators)
        value = parse_digits(raw, language)
        if value is None:
            return None
        lo = hi = value
        if m.group("digits2"):
            hi = parse_digits(m.group("digits2"), language)
            if hi is None or hi <= lo:
                return None  # "2019-2020" is caught as years below; "5-3" is a score
    elif kind == "vague":
        lo, hi = (float(v) for v in VAGUE[" ".join(m.group("vague").lower().split())])
    elif kind == "idw":
        phrase = m.group("idw")
        value = parse_id_words(phrase)
        if value is None or phrase.lower() in SCALES:
            return None
        lo = hi = value
    else:
        phrase = m.group("enw")
        if phrase.lower() == "one" or phrase.lower() in SCALES:
            return None  # "one of", "no one": a pronoun far more often than a count
        value = parse_en_words(phrase)
        if value is None:
            return None
        lo = hi = value
    before = text[max(0, s - 24):s]
    if _NOT_BEFORE.search(before):
        return None
    if kind == "digits":
        rest = text[e:e + 12]
        if _TIME_AFTER.match(rest) or _DATE_AFTER.match(rest) or _ORDINAL_AFTER.match(rest):
            return None
    after = _AFTER.match(text, e)
    unit = ""
    if after and after.group("pct"):
        unit = "persen" if language != "en" else "percent"
        e = after.end("pct")
    elif after and after.group("scale"):
        scale = SCALES[after.group("scale").lower()]
        lo, hi = lo * scale, hi * scale
        e = after.end("scale")
    bound = Bound.EXACT if lo == hi else Bound.RANGE
    if after and after.group("more"):
        bound = Bound.MORE_THAN
    cur = m.group("cur") if kind == "digits" else None
    if cur:
        unit = _CURRENCY.get(cur.lower().rstrip("."), cur.lower())
    if not unit:
        unit, unit_end = _unit(text, e)
        if bound is Bound.EXACT and not (after and after.group("more")):
            more = re.match(r"\s+(?:lebih|atau lebih)(?![\w-])", text[unit_end:unit_end + 16])
            if more and unit:
                bound = Bound.MORE_THAN
    if (kind == "digits" and 1800 <= lo <= 2100 and lo == int(lo) and len(m.group("digits")) == 4
            and unit not in COUNT_NOUNS):
        return None  # a year
    scale_factor = SCALES[after.group("scale").lower()] if after and after.group("scale") else 1
    return (s, e, lo, hi, unit, bound, scale_factor)


def _unit(text: str, pos: int) -> tuple[str, int]:
    m = _UNIT.match(text, pos, min(len(text), pos + 80))
    if not m:
        return "", pos
    word = m.group("w")
    low = word.lower()
    end = m.end("w")
    if low in _CLASSIFIERS and m.group("w2") and m.group("w2").lower() not in _NOT_UNIT:
        word, end = m.group("w2"), m.end("w2")  # "belasan kali serangan", "tujuh buah kapal"
        low = word.lower()
    if low in _NOT_UNIT or word.isupper() and len(word) > 1 and low not in ("km", "kg"):
        return "", pos
    if "-" in low:
        a, _, b = low.partition("-")
        if a == b:
            low = a  # "kapal-kapal"
    return low, end


def _join_ranges(text, found):
    out = []
    for item in found:
        if out:
            ps, pe, plo, phi, punit, pbound, pscale = out[-1]
            gap = text[pe:item[0]]
            if (pbound is Bound.EXACT and item[5] is Bound.EXACT and len(gap) <= 12
                    and _RANGE_JOIN.fullmatch(gap) and (not punit or punit == item[4])):
                lo, hi = plo, item[3]
                if pscale == 1 and item[6] != 1 and lo * item[6] <= hi:
                    lo *= item[6]  # "10-20 ribu": both in thousands
                joiner = gap.strip().lower()
                between = re.search(r"(?:antara|between)\s+$", text[max(0, ps - 10):ps],
                                    re.IGNORECASE)
                if joiner in ("and", "dan") and not between:
                    out.append(item)
                    continue
                if lo < hi:
                    out[-1] = (ps, item[1], lo, hi, item[4], Bound.RANGE, item[6])
                    continue
        out.append(item)
    return out


def _quantity(text, offset, s, e, lo, hi, unit, bound) -> Quantity:
    hedge = _HEDGE.search(text, max(0, s - 32), s) if bound is Bound.EXACT else None
    if hedge:
        bound = Bound[hedge.lastgroup]
        s = hedge.start()
    value: float | None = lo if bound in (Bound.EXACT, Bound.ABOUT) else None
    qmin: float | None = lo
    qmax: float | None = hi
    if bound in (Bound.AT_LEAST, Bound.MORE_THAN):
        qmax = None
    elif bound in (Bound.LESS_THAN, Bound.AT_MOST):
        qmin = None
    elif bound is Bound.ABOUT:
        qmin = qmax = None
    elif bound is Bound.RANGE:
        value = None
    return Quantity(start=offset + s, end=offset + e, text=text[s:e], value=value, min=qmin,
                    max=qmax, unit=unit, bound=bound)
