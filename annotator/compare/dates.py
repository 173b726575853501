"""Dates in a sentence, resolved against the article's publication date when it is known.

Written by hand rather than with `dateparser`: measured on this machine, one `dateparser.parse`
costs ≈18 ms and one `search_dates` over a sentence ≈80 ms (1,000 articles of 20 sentences
would take half an hour), `search_dates` resolves "tahun lalu" against the previous date in the
sentence instead of the publication date, gives None for "pekan lalu" and "Senin lalu", and
puts "Sabtu (29/11)" in the wrong year without a base date.

What `date` holds (ISO 8601 forms):
- "2025-11-29" a day, "2025-11" a month, "2024" a year, "2025-W47" an ISO week ("pekan lalu");
- "--11-29" a day whose year is unknown (no publication date, no year written), "--11" a month;
- "" a relative form ("kemarin", "Senin lalu") when no publication date is given: the mention is
  kept (it is still a date, for check-worthiness) but cannot be compared.
A day and month without a year take the year that puts them nearest the publication date
(within six months), so "(29/11)" in an article of 2 December 2025 is 2025-11-29 and
"(3/1)" is 2026-01-03. A weekday alone ("pada hari Sabtu") is the latest such day on or before
publication (news reports the past), unless its clause says what is planned ("akan digelar
Senin", "dijadwalkan … pada Minggu": the next such day, on or after publication); "Senin depan"
the next one after it.
"""
from __future__ import annotations

import datetime as dt
import re

from annotator.compare.date_roles import date_role, points_ahead
from annotator.compare.model import DateMention
from annotator.compare.tokens import has_digit, words_of

MONTHS = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12,
}
WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MON_T = "(?-i:" + "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True)) + ")"
_DAY_T = "(?-i:" + "|".join(sorted((d.title() for d in WEEKDAYS), key=len, reverse=True)) + ")"
_YEAR = r"(?:1[89]\d\d|20\d\d)"

# Capitalised month and weekday names only ("may", "march", "minggu" are common words). One
# pattern per form, each run only when its cue words occur (see tokens.py).
_FORMS = {
    # Sabtu (29/11), (29/11/2025), 29/11/2025, Sabtu, 29/11
    "dm": rf"(?:\b(?P<dm_wd>{_DAY_T})\b,?\s*)?\(?(?<![\d/])(?P<d1>[0-3]?\d)/"
          rf"(?P<m1>[01]?\d)(?:/(?P<y1>{_YEAR}|\d\d))?(?![\d/])\)?",
    # (Sabtu,) 23 Oktober 2025 / 21 Nov 2025 / 5 Maret
    "dmy": rf"(?:\b(?P<dmy_wd>{_DAY_T}),?\s+)?(?<![\d.,])\b(?P<d2>[0-3]?\d)\s+"
           rf"(?P<m2>{_MON_T})\.?(?:,?\s+(?P<y2>{_YEAR}))?\b",
    # November 21(, 2025)
    "mdy": rf"\b(?P<m3>{_MON_T})\.?\s+(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?\b"
           rf"(?![.,]\d)(?:,?\s+(?P<y3>{_YEAR}))?",
    # Maret 2022, bulan November 2025
    "my": rf"\b(?P<m4>{_MON_T})\s+(?P<y4>{_YEAR})\b",
    # pada 2019, tahun 2018, sejak 2010, in 2019
    "y": rf"\b(?:pada|tahun|sejak|hingga|sampai|awal|akhir|pertengahan|in|since|until|"
         rf"by|during|early|late)\s+(?:tahun\s+)?(?P<y5>{_YEAR})\b",
    # relative: kemarin, hari ini, besok, pekan lalu, bulan depan, tahun lalu, last week
    "rel": r"\b(?P<rel>kemarin\s+lusa|kemarin|hari\s+ini|besok|lusa|yesterday|today|tomorrow|"
           r"(?:pekan|minggu|bulan|tahun)\s+(?:lalu|ini|depan|kemarin)|"
           r"(?:last|this|next)\s+(?:week|month|year))\b",
    # n hari / pekan / bulan / tahun (yang) lalu; n days ago
    "ago": r"\b(?P<n>\d{1,3}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
           r"one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?P<u>hari|pekan|minggu|bulan|"
           r"tahun|days?|weeks?|months?|years?)\s+(?:yang\s+)?(?:lalu|ago)\b",
    # Senin lalu / Senin depan / pada hari Sabtu / last Monday / on Monday
    "wd": rf"\b(?:(?P<wd_pre>last|next|on|pada(?:\s+hari)?|hari)\s+)?"
          rf"(?P<wd_name>{_DAY_T})\b(?!,?\s*\(?\d)(?:\s+(?P<wd_post>lalu|kemarin|depan|ini))?\b",
}
# The letters each form can start with (any case), as a lookahead: Python's engine then skips
# most positions in one step instead of trying every alternative there.
_FIRST = {
    "dm": r"[srkjmatwf(\d]", "dmy": r"[srkjmatwf\d]", "mdy": r"[jfmasondp]",
    "my": r"[jfmasondp]", "y": r"[ptshaiubdel]", "rel": r"[khblytpmn]", "ago": r"[\dsdtelofna]",
    "wd": r"[lnophsrkjmatwf]",
}
_COMPILED = {kind: re.compile(f"(?={_FIRST[kind]})" + p, re.IGNORECASE)
             for kind, p in _FORMS.items()}
_MONTH_WORDS = frozenset(MONTHS)
_CUES = {
    "dmy": _MONTH_WORDS, "mdy": _MONTH_WORDS, "my": _MONTH_WORDS,
    "y": frozenset("pada tahun sejak hingga sampai awal akhir pertengahan in since until by "
                   "during early late".split()),
    "rel": frozenset("kemarin hari besok lusa yesterday today tomorrow pekan minggu bulan tahun "
                     "last this next".split()),
    "ago": frozenset(("lalu", "ago")),
    "wd": frozenset(WEEKDAYS) | {"jum"},
}
_ALL_CUES = frozenset().union(*_CUES.values())
_NUMWORD = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
            "delapan": 8, "sembilan": 9, "sepuluh": 10, "one": 1, "two": 2, "three": 3,
            "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1}


def find_dates(text: str, start_offset: int = 0, published: str = "", language: str = "",
               words: frozenset[str] | None = None, counted: bool = False) -> list[DateMention]:
    """Date mentions of `text` with their roles (date_roles.py); `published` is an ISO date
    ("2025-12-02", a longer ISO timestamp is cut to its date) or empty; `counted`: the
    sentence holds a figure."""
    del language
    words = words_of(text) if words is None else words
    digit = has_digit(text)
    if not digit and words.isdisjoint(_ALL_CUES):
        return []
    found: list[tuple[int, int, str, re.Match]] = []
    for kind, rx in _COMPILED.items():
        cues = _CUES.get(kind)
        if kind == "dm":
            if "/" not in text:
                continue
        elif cues is not None and words.isdisjoint(cues):
            continue
        if kind in ("dm", "dmy", "mdy", "my", "y") and not digit:
            continue
        for m in rx.finditer(text):
            found.append((m.start(), -m.end(), kind, m))
    found.sort(key=lambda f: (f[0], f[1]))
    base = _parse_published(published)
    out: list[DateMention] = []
    last_end = -1
    for start, _neg_end, kind, m in found:
        if start < last_end:
            continue
        iso = _resolve(kind, m, base, text)
        if iso is None:
            continue
        last_end = m.end()
        s, e = m.span()
        while s < e and text[s] in " ,":
            s += 1
        out.append(DateMention(start=start_offset + s, end=start_offset + e, text=text[s:e],
                               date=iso, role=date_role(text, s, e, counted)))
    return out


def _parse_published(published: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match, base: dt.date | None, text: str) -> str | None:
    if kind == "dm":
        day, month = int(m.group("d1")), int(m.group("m1"))
        return _day_month(day, month, m.group("y1"), base)
    if kind == "dmy":
        month = MONTHS.get(m.group("m2").lower())
        if month is None:
            return None
        return _day_month(int(m.group("d2")), month, m.group("y2"), base)
    if kind == "mdy":
        month = MONTHS.get(m.group("m3").lower())
        if month is None:
            return None
        return _day_month(int(m.group("d3")), month, m.group("y3"), base)
    if kind == "my":
        month = MONTHS.get(m.group("m4").lower())
        return f"{m.group('y4')}-{month:02d}" if month else None
    if kind == "y":
        return m.group("y5")
    if kind == "rel":
        return _relative(" ".join(m.group("rel").lower().split()), base)
    if kind == "ago":
        return _ago(m, base)
    if kind == "wd":
        return _weekday(m, base, text)
    return None


def _day_month(day: int, month: int, year: str | None, base: dt.date | None) -> str | None:
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if year:
        y = int(year) if len(year) == 4 else 2000 + int(year)
        try:
            return dt.date(y, month, day).isoformat()
        except ValueError:
            return None
    if base is None:
        return f"--{month:02d}-{day:02d}"
    best = None
    for y in (base.year - 1, base.year, base.year + 1):
        try:
            cand = dt.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((cand - base).days) < abs((best - base).days):
            best = cand
    return best.isoformat() if best else None


def _shift_month(base: dt.date, months: int) -> str:
    index = base.year * 12 + base.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _relative(phrase: str, base: dt.date | None) -> str:
    if base is None:
        return ""
    day = dt.timedelta(days=1)
    table = {
        "kemarin": base - day, "yesterday": base - day, "kemarin lusa": base - 2 * day,
        "hari ini": base, "today": base, "besok": base + day, "tomorrow": base + day,
        "lusa": base + 2 * day,
    }
    if phrase in table:
        return table[phrase].isoformat()
    unit, _, when = phrase.rpartition(" ")
    unit = {"pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year"}.get(unit, unit)
    step = {"lalu": -1, "kemarin": -1, "last": -1, "ini": 0, "this": 0, "depan": 1, "next": 1}
    if phrase.split()[0] in ("last", "this", "next"):
        when, unit = phrase.split()
    k = step[when]
    if unit == "week":
        return _week(base + dt.timedelta(weeks=k))
    if unit == "month":
        return _shift_month(base, k)
    return f"{base.year + k:04d}"


def _ago(m: re.Match, base: dt.date | None) -> str | None:
    if base is None:
        return ""
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMWORD.get(raw)
    if n is None:
        return None
    unit = m.group("u").lower().rstrip("s")
    if unit in ("hari", "day"):
        return (base - dt.timedelta(days=n)).isoformat()
    if unit in ("pekan", "minggu", "week"):
        return _week(base - dt.timedelta(weeks=n))
    if unit in ("bulan", "month"):
        return _shift_month(base, -n)
    return f"{base.year - n:04d}"


def _weekday(m: re.Match, base: dt.date | None, text: str) -> str | None:
    name = m.group("wd_name").lower()
    if name not in WEEKDAYS:
        return None
    pre = (m.group("wd_pre") or "").lower()
    post = (m.group("wd_post") or "").lower()
    if base is None:
        return ""
    wanted = WEEKDAYS[name]
    if pre == "next" or post == "depan":
        ahead = (wanted - base.weekday()) % 7 or 7
        return (base + dt.timedelta(days=ahead)).isoformat()
    if pre != "last" and not post and points_ahead(text, m.start()):
        ahead = (wanted - base.weekday()) % 7  # "akan digelar Minggu" on a Sunday: that day
        return (base + dt.timedelta(days=ahead)).isoformat()
    back = (base.weekday() - wanted) % 7
    if pre == "last" or post in ("lalu", "kemarin"):
        back = back or 7
    return (base - dt.timedelta(days=back)).isoformat()
