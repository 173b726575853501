"""Verdict colours: Okabe–Ito hues (safe for the common colour-vision deficiencies) plus a cue
that does not rely on colour at all — an underline style and a symbol per verdict — so a
claim's verdict can be read in greyscale or by someone who cannot tell the hues apart.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ..core.model import LinkKind, Verdict
from .i18n import arg

# the names the core gives verdicts and link kinds, as the GUI shows them (see label below)
_NAMES = (QT_TRANSLATE_NOOP("Verdict", "verified"), QT_TRANSLATE_NOOP("Verdict", "disputed"),
          QT_TRANSLATE_NOOP("Verdict", "unverified"),
          QT_TRANSLATE_NOOP("LinkKind", "same claim"), QT_TRANSLATE_NOOP("LinkKind", "supports"),
          QT_TRANSLATE_NOOP("LinkKind", "contradicts"))


@dataclass(frozen=True)
class VerdictStyle:
    english: str  # the core's name; `label` is the one shown, in the GUI's language
    symbol: str  # shown in tables, lists and the legend
    strong: str  # the Okabe–Ito hue: underline, text marks
    tint: str  # highlight background, light enough to read black text on
    overlap: str  # background where two or more claims overlap
    underline: QTextCharFormat.UnderlineStyle
    key: str  # the keyboard key that tags with this verdict

    @property
    def label(self) -> str:
        return QCoreApplication.translate("Verdict", self.english)


STYLES: dict[Verdict, VerdictStyle] = {
    Verdict.VERIFIED: VerdictStyle("verified", "✓", "#0072B2", "#CDE3F2", "#8FC0E3",
                                   QTextCharFormat.UnderlineStyle.SingleUnderline, "1"),
    Verdict.DISPUTED: VerdictStyle("disputed", "✗", "#D55E00", "#F8D8C0", "#EFA97A",
                                   QTextCharFormat.UnderlineStyle.WaveUnderline, "2"),
    Verdict.UNVERIFIED: VerdictStyle("unverified", "?", "#9A8A00", "#F6F0B0", "#E6D85C",
                                     QTextCharFormat.UnderlineStyle.DashUnderline, "3"),
}

VERDICT_BY_KEY = {style.key: verdict for verdict, style in STYLES.items()}
LINK_MARK = "⇄"


def style(verdict: Verdict) -> VerdictStyle:
    return STYLES[Verdict(verdict)]


def link_label(kind: LinkKind) -> str:
    """A link kind's name in the GUI's language ("same claim" → "klaim yang sama")."""
    return QCoreApplication.translate("LinkKind", LinkKind(kind).label)


def verdict_text(verdict: Verdict) -> str:
    s = style(verdict)
    return f"{s.symbol} {s.label}"


@lru_cache(maxsize=64)
def span_format(verdict: Verdict, *, overlapped: bool = False, selected: bool = False,
                linked: bool = False) -> QTextCharFormat:
    """The highlight of one stretch of text; `overlapped`: two or more claims cover it.

    Cached: there are only 24 combinations, and a repaint needs one per visible segment."""
    s = style(verdict)
    fmt = QTextCharFormat()
    background = QColor(s.overlap if overlapped else s.tint)
    if selected:
        background = QColor(s.strong)
        background.setAlpha(110)
    fmt.setBackground(background)
    fmt.setForeground(QColor("black"))  # the tints are light, in a dark theme too
    fmt.setUnderlineStyle(s.underline)
    fmt.setUnderlineColor(QColor(s.strong))
    if linked:
        fmt.setFontOverline(True)
    return fmt


def swatch_html(verdict: Verdict) -> str:
    s = style(verdict)
    return (f'<span style="background:{s.tint}; color:black; border-bottom:2px solid {s.strong}">'
            f"&nbsp;{s.symbol} {s.label}&nbsp;</span>")


class Legend(QWidget):
    """The key to the highlights, kept in the status bar so it is always in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        underline_names = {"1": QCoreApplication.translate("Palette", "solid underline"),
                           "2": QCoreApplication.translate("Palette", "wavy underline"),
                           "3": QCoreApplication.translate("Palette", "dashed underline")}
        for verdict, s in STYLES.items():
            label = QLabel(arg(QCoreApplication.translate("Palette", "%1 <small>[%2]</small>"), swatch_html(verdict), s.key))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setToolTip(arg(QCoreApplication.translate("Palette", "%1: %2, key %3"), s.label, underline_names[s.key], s.key))
            row.addWidget(label)
        # short, so the status bar keeps room for its messages; the whole key in the tooltip
        extra = QLabel(arg(QCoreApplication.translate("Palette", "<small>%1 linked · darker: overlap</small>"), LINK_MARK))
        extra.setTextFormat(Qt.TextFormat.RichText)
        extra.setToolTip(arg(QCoreApplication.translate("Palette", "%1 in the margin and an overline: the claim is linked to another claim.\nA darker highlight: claims overlap there (click again to reach the next one)."), LINK_MARK))
        row.addWidget(extra)
