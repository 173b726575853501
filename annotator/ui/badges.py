"""Small labels shared by the library and the panes: language badge and claim counts."""
from __future__ import annotations

from ..core.model import Verdict
from .palette import style

UNKNOWN_LANGUAGE = "unknown / mixed"

#: names for the languages our detector reports most; other codes are shown as the code
LANGUAGE_NAMES = {
    "id": "Indonesian", "en": "English", "ms": "Malay", "jv": "Javanese", "su": "Sundanese",
    "tl": "Tagalog", "vi": "Vietnamese", "th": "Thai", "zh-cn": "Chinese", "zh-tw": "Chinese",
    "ja": "Japanese", "ko": "Korean", "ar": "Arabic", "fa": "Persian", "he": "Hebrew",
    "ur": "Urdu", "hi": "Hindi", "fr": "French", "de": "German", "es": "Spanish",
    "pt": "Portuguese", "it": "Italian", "nl": "Dutch", "ru": "Russian", "tr": "Turkish",
}


def language_badge(code: str) -> str:
    """Short text for a badge: the code and name, or "unknown / mixed" — never a guess."""
    code = (code or "").strip().lower()
    if not code:
        return UNKNOWN_LANGUAGE
    name = LANGUAGE_NAMES.get(code)
    return f"{code} · {name}" if name else code


def counts_text(counts: dict[Verdict, int]) -> str:
    return "  ".join(f"{style(v).symbol} {counts.get(v, 0)}" for v in Verdict)
