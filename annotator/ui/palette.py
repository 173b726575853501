"""Verdict colours: Okabe–Ito hues (safe for the common colour-vision deficiencies) plus a cue
that does not rely on colour at all — an underline style and a symbol per verdict — so a
claim's verdict can be read in greyscale or by someone who cannot tell the hues apart.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QStatusBar, QWidget

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


def _symbol_swatch(verdict: Verdict) -> str:
    s = style(verdict)
    return (f'<span style="background:{s.tint}; color:black; border-bottom:2px solid {s.strong}">'
            f"&nbsp;{s.symbol}&nbsp;</span>")


class Legend(QWidget):
    """The key to the highlights, kept in the status bar so it is always in view.

    At 1024 pixels the status bar also holds the counts and the language, and a squeezed
    rich-text label is cut anywhere ("✗ diperdebatkan [", "belum terverifika"): so the key
    gives up detail as it narrows, the whole of it staying in the tooltips — first the note on
    links, then the keys' numbers, then the names (the symbols and colours stay)."""

    #: detail levels, widest first: (each verdict's text, the note on links shown)
    LEVELS = ("keys+note", "keys", "names", "symbols")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # our hints rule
        underline_names = {"1": QCoreApplication.translate("Palette", "solid underline"),
                           "2": QCoreApplication.translate("Palette", "wavy underline"),
                           "3": QCoreApplication.translate("Palette", "dashed underline")}
        self._labels: list[QLabel] = []
        self._texts: dict[str, list[str]] = {"keys": [], "names": [], "symbols": []}
        for verdict, s in STYLES.items():
            self._texts["keys"].append(arg(QCoreApplication.translate(
                "Palette", "%1 <small>[%2]</small>"), swatch_html(verdict), s.key))
            self._texts["names"].append(swatch_html(verdict))
            self._texts["symbols"].append(_symbol_swatch(verdict))
            label = QLabel(self._texts["keys"][-1])
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setToolTip(arg(QCoreApplication.translate("Palette", "%1: %2, key %3"), s.label, underline_names[s.key], s.key))
            row.addWidget(label)
            self._labels.append(label)
        # short, so the status bar keeps room for its messages; the whole key in the tooltip
        self._extra = extra = QLabel(arg(QCoreApplication.translate("Palette", "<small>%1 linked · darker: overlap</small>"), LINK_MARK))
        extra.setTextFormat(Qt.TextFormat.RichText)
        extra.setToolTip(arg(QCoreApplication.translate("Palette", "%1 in the margin and an overline: the claim is linked to another claim.\nA darker highlight: claims overlap there (click again to reach the next one)."), LINK_MARK))
        row.addWidget(extra)
        row.addStretch(1)  # a narrower level keeps its labels together, on the left
        self.level = self.LEVELS[0]
        self._widths: dict[str, int] = {}

    def _width(self, level: str) -> int:
        """The width the key needs at `level`, measured once per level (and font)."""
        if level not in self._widths:
            probe = QLabel()
            probe.setFont(self.font())
            probe.setTextFormat(Qt.TextFormat.RichText)
            texts = self._texts["keys" if level == "keys+note" else level]
            widths = []
            for text in texts:
                probe.setText(text)
                widths.append(probe.sizeHint().width())
            if level == "keys+note":
                widths.append(self._extra.sizeHint().width())
            self._widths[level] = sum(widths) + self.layout().spacing() * (len(widths) - 1)
        return self._widths[level]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._width(self.LEVELS[0]), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._width(self.LEVELS[-1]), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        width = event.size().width()
        level = next((lv for lv in self.LEVELS if self._width(lv) <= width), self.LEVELS[-1])
        if level != self.level:
            self._show(level)

    def _show(self, level: str) -> None:
        self.level = level
        texts = self._texts["keys" if level == "keys+note" else level]
        for label, text in zip(self._labels, texts):
            label.setText(text)
        self._extra.setVisible(level == "keys+note")

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ParentChange:
            self._follow_messages()
        return super().event(event)

    def _follow_messages(self) -> None:
        """Out of sight while the status bar shows a message. Qt hides its normal widgets for
        a message only if they are visible then: one shown while the window was being built
        (a large project's page check) was painted over the key, both unreadable."""
        bar = self.parent()
        if isinstance(bar, QStatusBar) and bar is not getattr(self, "_bar", None):
            self._bar = bar
            bar.messageChanged.connect(self._on_message)
            self._on_message(bar.currentMessage())

    def _on_message(self, text: str) -> None:
        self.setVisible(not text)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._widths.clear()
            self.updateGeometry()
        super().changeEvent(event)
