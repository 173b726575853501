"""The conflicts chart: per outlet, two horizontal bars — its claims (or sentences) in a
conflict with another outlet's report, and those whose reports all trace back to one origin.

The bars borrow the verdict palette's fills with their non-colour cues: "in a conflict" is
the disputed hatching, "single source" the unverified dots; every bar has its count beside it
with its symbol (≠, ①) so the chart reads in greyscale, and the conflict bar's count names
the kinds ("≠ 3 · figures 2 · negation 1"). A claim in two kinds counts once in the bar.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from ...core.model import Verdict
from ...core.stats import CONFLICTING, DISAGREEMENTS, SINGLE_SOURCE, ConflictCounts, ConflictTable
from ..i18n import number_text
from .chart import MAX_BARS, PatternBars, PlotSaving, count_step, short

CONFLICT_SYMBOL = "≠"
SINGLE_SYMBOL = "①"
# each series: (what it counts, the verdict whose fill and colours it borrows)
SERIES = ((CONFLICTING, Verdict.DISPUTED), (SINGLE_SOURCE, Verdict.UNVERIFIED))
BAR = 0.36
TITLES = {
    "claims": QT_TRANSLATE_NOOP("ConflictChart", "Claims in conflicts, per outlet"),
    "sentences": QT_TRANSLATE_NOOP("ConflictChart", "Sentences in conflicts, per outlet"),
}


def kind_name(kind: str) -> str:
    """A conflict kind's short name in the interface language."""
    names = {
        "quantity": QCoreApplication.translate("ConflictChart", "figures"),
        "date": QCoreApplication.translate("ConflictChart", "dates"),
        "modality": QCoreApplication.translate("ConflictChart", "planned vs done"),
        "negation": QCoreApplication.translate("ConflictChart", "denial"),
        CONFLICTING: QCoreApplication.translate("ConflictChart",
                                                "in a conflict with another outlet"),
        SINGLE_SOURCE: QCoreApplication.translate("ConflictChart", "single source"),
    }
    return names[kind]


def outlet_label(group: ConflictCounts) -> str:
    if group.key == "":
        return QCoreApplication.translate("ConflictChart", "(no outlet)")
    return group.label


def conflict_text(counts: dict[str, int]) -> str:
    """"≠ 3 · figures 2 · negation 1": the bar's count, then each kind that has any."""
    kinds = [f"{kind_name(k)} {number_text(counts[k])}" for k in DISAGREEMENTS if counts[k]]
    return " · ".join([f"{CONFLICT_SYMBOL} {number_text(counts[CONFLICTING])}", *kinds])


class ConflictChart(PlotSaving, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill_with_plot()
        item = self.plot.getPlotItem()
        legend = pg.LegendItem(offset=None, labelTextColor="#222", colCount=2)
        item.layout.addItem(legend, 5, 1, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.legend = legend
        self.bars: dict[str, PatternBars] = {}
        symbols = {CONFLICTING: CONFLICT_SYMBOL, SINGLE_SOURCE: SINGLE_SYMBOL}
        for column, verdict in SERIES:
            bar = self.bars[column] = PatternBars(verdict)
            item.addItem(bar)
            legend.addItem(bar, f"{symbols[column]} {kind_name(column)}")
        self.labels: list[pg.TextItem] = []
        item.getViewBox().sigResized.connect(lambda _box: self.labels and self._fit())
        self._font = QFont()
        self._font.setPointSizeF(8.5)
        self.table: ConflictTable | None = None
        self.what = "claims"
        self.shown: list[ConflictCounts] = []
        self.hidden_groups = 0

    def title(self) -> str:
        return QCoreApplication.translate("ConflictChart", TITLES[self.what])

    def show_table(self, table: ConflictTable, what: str = "claims") -> None:
        """Draw the claims' or the sentences' counts of `table` (`what`)."""
        self.table, self.what = table, what
        groups = table.groups[:MAX_BARS]
        self.hidden_groups = max(0, len(table.groups) - MAX_BARS)
        self.shown = groups
        item = self.plot.getPlotItem()
        item.setTitle(self.title(), color="#222", size="11pt")
        for n, (column, _verdict) in enumerate(SERIES):
            offset = (n - 0.5) * BAR
            self.bars[column].set_rects([
                QRectF(0, i + offset - BAR / 2, getattr(g, what)[column], BAR)
                for i, g in enumerate(groups)])
        for label in self.labels:
            self.plot.removeItem(label)
        self.labels = []
        for i, g in enumerate(groups):
            counts = getattr(g, what)
            for n, text in enumerate((conflict_text(counts),
                                      f"{SINGLE_SYMBOL} {number_text(counts[SINGLE_SOURCE])}")):
                label = pg.TextItem(text, color="#222", anchor=(0, 0.5))
                label.setFont(self._font)
                label.setPos(counts[SERIES[n][0]], i + (n - 0.5) * BAR)
                self.plot.addItem(label)
                self.labels.append(label)
        peak = max((getattr(g, what)[c] for g in groups for c, _v in SERIES), default=0) or 1
        names = [(i, short(outlet_label(g))) for i, g in enumerate(groups)] or [(0, "")]
        left = item.getAxis("left")
        left.setTicks([names])
        metrics = QFontMetrics(left.style.get("tickFont") or QFont())
        left.setWidth(max(metrics.horizontalAdvance(n) for _, n in names) + 16)
        step = count_step(peak)
        item.getAxis("bottom").setTickSpacing(step, step)
        item.invertY(True)
        item.setYRange(-0.6, len(groups) - 0.4, padding=0)
        self._fit()

    def _fit(self) -> None:
        """Widen the count axis so that the longest count beside its bar fits in the plot
        ("≠ 3 · figures 2 · planned vs done 1 · denial 1" is long beside a short bar)."""
        item = self.plot.getPlotItem()
        width = max(item.getViewBox().width(), 200.0)
        metrics = QFontMetrics(self._font)
        span = 1.0
        for label in self.labels:
            share = min(0.8, (metrics.horizontalAdvance(label.textItem.toPlainText()) + 24) / width)
            span = max(span, label.pos().x() / (1 - share))
        item.setXRange(0, span, padding=0)
