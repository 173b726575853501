"""Text normalisation: every stored text is NFC with `\\n` line ends, so offsets mean one thing."""
from __future__ import annotations

import hashlib
import unicodedata


def normalize_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", text)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def bytes_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_RTL_BIDI = {"R", "AL"}


def is_rtl(text: str, sample: int = 2000) -> bool:
    """True when most strongly-directional letters are right-to-left (Arabic, Hebrew, Persian …)."""
    rtl = ltr = 0
    for ch in text[:sample]:
        bidi = unicodedata.bidirectional(ch)
        if bidi in _RTL_BIDI:
            rtl += 1
        elif bidi == "L":
            ltr += 1
    return rtl > ltr
