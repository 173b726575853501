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

from ..core.model import Verdict


@dataclass(frozen=True)
class VerdictStyle:
    label: str
    symbol: str  # shown in tables, lists and the legend
    strong: str  # the Okabe–Ito hue: underline, text marks
    tint: str  # highlight background, light enough to read black text on
    overlap: str  # background where two or more claims overlap
    underline: QTextCharFormat.UnderlineStyle
    key: str  # the keyboard key that tags with this verdict


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
        underline_names = {"1": "solid underline", "2": "wavy underline", "3": "dashed underline"}
        for verdict, s in STYLES.items():
            label = QLabel(f"{swatch_html(verdict)} <small>[{s.key}]</small>")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setToolTip(f"{s.label}: {underline_names[s.key]}, key {s.key}")
            row.addWidget(label)
        # short, so the status bar keeps room for its messages; the whole key in the tooltip
        extra = QLabel(f"<small>{LINK_MARK} linked · darker: overlap</small>")
        extra.setTextFormat(Qt.TextFormat.RichText)
        extra.setToolTip(f"{LINK_MARK} in the margin and an overline: the claim is linked to "
                         "another claim.\nA darker highlight: claims overlap there (click "
                         "again to reach the next one).")
        row.addWidget(extra)
