"""Small labels shared by the library and the panes: language badge and claim counts."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.model import Verdict
from .i18n import number_text
from .palette import style

UNKNOWN_LANGUAGE = "unknown / mixed"  # shown translated (context "Badges")
QT_TRANSLATE_NOOP("Badges", "unknown / mixed")

#: names for the languages our detector reports most (shown translated, context "Badges");
#: other codes are shown as the code
LANGUAGE_NAMES = {
    "id": QT_TRANSLATE_NOOP("Badges", "Indonesian"),
    "en": QT_TRANSLATE_NOOP("Badges", "English"),
    "ms": QT_TRANSLATE_NOOP("Badges", "Malay"),
    "jv": QT_TRANSLATE_NOOP("Badges", "Javanese"),
    "su": QT_TRANSLATE_NOOP("Badges", "Sundanese"),
    "tl": QT_TRANSLATE_NOOP("Badges", "Tagalog"),
    "vi": QT_TRANSLATE_NOOP("Badges", "Vietnamese"),
    "th": QT_TRANSLATE_NOOP("Badges", "Thai"),
    "zh-cn": QT_TRANSLATE_NOOP("Badges", "Chinese"),
    "zh-tw": QT_TRANSLATE_NOOP("Badges", "Chinese"),
    "ja": QT_TRANSLATE_NOOP("Badges", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("Badges", "Korean"),
    "ar": QT_TRANSLATE_NOOP("Badges", "Arabic"),
    "fa": QT_TRANSLATE_NOOP("Badges", "Persian"),
    "he": QT_TRANSLATE_NOOP("Badges", "Hebrew"),
    "ur": QT_TRANSLATE_NOOP("Badges", "Urdu"),
    "hi": QT_TRANSLATE_NOOP("Badges", "Hindi"),
    "fr": QT_TRANSLATE_NOOP("Badges", "French"),
    "de": QT_TRANSLATE_NOOP("Badges", "German"),
    "es": QT_TRANSLATE_NOOP("Badges", "Spanish"),
    "pt": QT_TRANSLATE_NOOP("Badges", "Portuguese"),
    "it": QT_TRANSLATE_NOOP("Badges", "Italian"),
    "nl": QT_TRANSLATE_NOOP("Badges", "Dutch"),
    "ru": QT_TRANSLATE_NOOP("Badges", "Russian"),
    "tr": QT_TRANSLATE_NOOP("Badges", "Turkish"),
}


def language_badge(code: str) -> str:
    """Short text for a badge: the code and name, or "unknown / mixed" — never a guess."""
    code = (code or "").strip().lower()
    if not code:
        return QCoreApplication.translate("Badges", UNKNOWN_LANGUAGE)
    name = LANGUAGE_NAMES.get(code)
    name = QCoreApplication.translate("Badges", name) if name else name
    return f"{code} · {name}" if name else code


def counts_text(counts: dict[Verdict, int]) -> str:
    """"✓ 400.000  ✗ 300.000  ? 0": numbers in the locale's way, as the article count beside."""
    return "  ".join(f"{style(v).symbol} {number_text(counts.get(v, 0))}" for v in Verdict)
