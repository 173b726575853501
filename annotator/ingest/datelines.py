"""The outlet and date a plain-text article states about itself.

Indonesian news copied as plain text keeps its attribution in a few fixed shapes:

- a dateline opening a paragraph, before a dash: "JAKARTA, KOMPAS.com – …", "DEMOCRAZY.ID – …",
  "Internationalmedia.co.id – …", "WASHINGTON DC, AS – …", "Jakarta - …",
  "Jakarta, Senin (7/3/2022) – …";
- a closing credit: "Sumber: INEWS", "(Sumber: detik.com)", "… melaporkan. – Paypza.com";
- a leading "Dilansir UPI, …" / "dilansir dari Reuters, …" (the outlet the story is taken from).

A dateline names a place as often as an outlet: "WASHINGTON DC, AS" and "Jakarta" are places.
Only a name that looks like a medium counts as an outlet — a domain (Kompas.com,
Internationalmedia.co.id), an all-caps name with a media suffix (DEMOCRAZY.ID, KOMPAS.COM), or
whatever a "Sumber:" or "Dilansir" credit names. Dates count only where the article dates itself
(a date line in its head, or the dateline's own "(7/3/2022)"), never a date in the story.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: How far into the text a dateline or a date line may stand (paragraphs).
HEAD_PARAGRAPHS = 4
#: A dateline is short: "JAKARTA, KOMPAS.com" — not a sentence that happens to hold a dash.
MAX_DATELINE_CHARS = 60

_DASH = r"[-–—]"
_DATELINE = re.compile(rf"^\s*(?P<head>[^\n]{{2,{MAX_DATELINE_CHARS}}}?)"
                       rf"(?:\s+{_DASH}{{1,2}}\s*|{_DASH}{{2}}\s*)\S")
_DOMAIN = re.compile(r"^(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*"
                     r"\.(?:com|co\.id|id|net|org|co|news|tv|info|my\.id|web\.id|or\.id|go\.id)$",
                     re.IGNORECASE)
_CLOSING_DOMAIN = re.compile(rf"(?:^|\s){_DASH}\s*(?P<name>[A-Za-z0-9][\w.-]*\.[A-Za-z]{{2,}})"
                             r"\s*\)?\s*$")
_SUMBER = re.compile(r"^\s*\(?\s*(?:sumber|source)\s*:\s*(?P<name>[^\n()]{2,60}?)\s*\)?\s*\.?\s*$",
                     re.IGNORECASE | re.MULTILINE)
_DILANSIR = re.compile(r"^\s*(?:seperti\s+)?dilansir(?:\s+dari)?\s+(?P<name>[^,\n]{2,40}?)\s*,",
                       re.IGNORECASE | re.MULTILINE)

_MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "pebruari": 2,
    "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6,
    "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "agustus": 8, "august": 8, "agu": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "october": 10, "okt": 10,
    "oct": 10, "november": 11, "nov": 11, "desember": 12, "december": 12, "des": 12, "dec": 12,
}
_DAYS = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|" \
        r"thursday|friday|saturday|sunday)"
_WORD_DATE = re.compile(r"\b(?P<d>\d{1,2})\s+(?P<m>[A-Za-z]{3,9})\.?\s+(?P<y>(?:19|20)\d{2})\b")
_NUMERIC_DATE = re.compile(r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)?\d{2})\)")
_ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
#: A line that is only a date (and perhaps a day name, a time, a zone, "Diterbitkan"):
#: "Senin, 7 Maret 2022 | 10:15 WIB", "Published 5 March 2022".
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:diterbitkan|dipublikasikan|published|updated|diperbarui)\s*:?\s*)?"
    rf"(?:{_DAYS}\s*,?\s*)?[^\n]{{0,40}}$", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    outlet: str = ""
    published: str = ""  # ISO yyyy-mm-dd, or ""


def _is_media_name(name: str) -> bool:
    """Kompas.com, DEMOCRAZY.ID, Internationalmedia.co.id: a domain-like name. A place
    ("WASHINGTON DC", "Jakarta", "AS") has no dot and is not one."""
    return bool(_DOMAIN.match(name.strip()))


def _dateline_outlet(head: str) -> str:
    """The outlet in a dateline head: its last comma-separated part when that is a medium
    ("JAKARTA, KOMPAS.com" → "KOMPAS.com"; "DEMOCRAZY.ID" → itself; "WASHINGTON DC, AS" → "")."""
    head = re.sub(r"\([^)]*\)", "", head).strip(" ,")
    for part in reversed([p.strip() for p in head.split(",")]):
        if _is_media_name(part):
            return part
    return ""


def _iso(year: int, month: int, day: int) -> str:
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def _date_in(text: str) -> str:
    for m in _ISO_DATE.finditer(text):
        found = _iso(int(m["y"]), int(m["m"]), int(m["d"]))
        if found:
            return found
    for m in _WORD_DATE.finditer(text):
        month = _MONTHS.get(m["m"].lower())
        if month:
            found = _iso(int(m["y"]), month, int(m["d"]))
            if found:
                return found
    return ""


_LINE = re.compile(r"[^\n]+")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n+", text) if p.strip()]


def _head(text: str, n: int) -> list[str]:
    """_paragraphs(text)[:n], without splitting the rest of the text."""
    out = []
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if line:
            out.append(line)
            if len(out) == n:
                break
    return out


def _tail(text: str, n: int) -> list[str]:
    """_paragraphs(text)[-n:], read from the end."""
    out: list[str] = []
    end = len(text)
    while len(out) < n and end > 0:
        start = text.rfind("\n", 0, end)
        line = text[start + 1:end].strip()
        if line:
            out.insert(0, line)
        end = start if start >= 0 else 0
    return out


def attribution(text: str) -> Attribution:
    """The outlet and publication date the article states, each "" when it states none. Only
    its first HEAD_PARAGRAPHS and last three paragraphs are looked at (and split out)."""
    head = _head(text, HEAD_PARAGRAPHS)
    if not head:
        return Attribution()
    outlet = published = ""
    for para in head:
        m = _DATELINE.match(para)
        if not m:
            continue
        outlet = outlet or _dateline_outlet(m["head"])
        numeric = _NUMERIC_DATE.search(m["head"])
        if numeric and not published:
            published = _iso(int(numeric["y"]), int(numeric["m"]), int(numeric["d"]))
        published = published or _date_in(m["head"])
        break  # the first dateline is the article's; later dashes are the story's
    if not published:
        for para in head:
            if len(para) <= 60 and _DATE_LINE.match(para):
                published = _date_in(para)
                if published:
                    break
    if not outlet:
        last = _tail(text, 3)
        tail = "\n".join(last)
        m = _SUMBER.search(tail)
        if m:
            outlet = m["name"].strip(" .")
        else:
            closing = _CLOSING_DOMAIN.search(last[-1])
            if closing:
                outlet = closing["name"].rstrip(".")
    if not outlet:
        m = _DILANSIR.search("\n".join(head))
        if m:
            outlet = m["name"].strip()
    return Attribution(outlet=outlet, published=published)
