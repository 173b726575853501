"""The statistics chart: stacked verdict bars drawn with pyqtgraph, saved as PNG or SVG.

Why pyqtgraph and not QtCharts (measured on PySide6 6.11.3, Python 3.11, Linux x86-64):

- Licence. Qt Charts is offered under the GPL v3 (or a commercial licence), not the LGPL like
  the rest of Qt we ship; Annotator is MIT and may not ship GPL code. pyqtgraph is MIT, numpy BSD.
- Install. QtCharts is not in PySide6-Essentials: it needs PySide6-Addons, a 175 MB wheel that
  unpacks to 439 MB (QtCharts itself is 4.5 MB of it: libQt6Charts 2.3 MB, the binding 1.0 MB).
  pyqtgraph is a 1.9 MB pure-Python wheel (9.6 MB installed) plus numpy (73 MB installed).
- Bundle (PyInstaller, packaging/annotator.spec, measured): with pyqtgraph the one-folder
  bundle is 242 MB, of which pyqtgraph brings 50 MB: numpy 13 MB and its OpenBLAS 26 MB,
  pyqtgraph's code 2 MB, and the Qt modules it imports at once (QtOpenGL, QtOpenGLWidgets,
  QtTest: 9 MB). QtCharts would add ~3.3 MB plus libQt6OpenGLWidgets: far smaller, but the
  licence decides.
- Start-up. Importing pyqtgraph costs ~300 ms (numpy ~90 ms of it) on this machine, so this
  module and pyqtgraph are imported only when the statistics window is first opened.

Non-colour cues as in ui/palette.py: each verdict's bars have their own fill pattern (solid,
diagonal hatching, dots) and its symbol (✓ ✗ ?) in the legend and in the counts beside every
bar, so the chart reads in greyscale.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush, QColor, QFont, QFontMetrics, QImage, QPainter, QPen, QPixmap,
)
from PySide6.QtSvg import QSvgGenerator  # noqa: E402
from PySide6.QtWidgets import QVBoxLayout, QWidget  # noqa: E402

from ...core.model import Verdict  # noqa: E402
from ...core.stats import UNTITLED, GroupBy, StatsTable, VerdictCounts, iso_week  # noqa: E402
from ..palette import style  # noqa: E402

#: the most bars a chart shows; the CSV always holds every group
MAX_BARS = 40
#: time charts fill the days or weeks without claims, up to this many bars
MAX_TIME_BARS = 400
LABEL_CHARS = 40
TITLES = {
    GroupBy.OUTLET: QT_TRANSLATE_NOOP("StatisticsChart", "Claims per outlet"),
    GroupBy.ARTICLE: QT_TRANSLATE_NOOP("StatisticsChart", "Claims per article"),
    GroupBy.ANNOTATOR: QT_TRANSLATE_NOOP("StatisticsChart", "Claims per annotator"),
    GroupBy.DAY: QT_TRANSLATE_NOOP("StatisticsChart", "Claims by day tagged"),
    GroupBy.WEEK: QT_TRANSLATE_NOOP("StatisticsChart", "Claims by week tagged"),
    GroupBy.PUBLISHED: QT_TRANSLATE_NOOP("StatisticsChart", "Claims by day of publication"),
    GroupBy.PUBLISHED_WEEK: QT_TRANSLATE_NOOP("StatisticsChart", "Claims by week of publication"),
}
BAR = 0.7


def verdict_name(verdict: Verdict) -> str:
    """The verdict's name in the interface language (literal strings, for the translators)."""
    names = {
        Verdict.VERIFIED: QCoreApplication.translate("StatisticsChart", "verified"),
        Verdict.DISPUTED: QCoreApplication.translate("StatisticsChart", "disputed"),
        Verdict.UNVERIFIED: QCoreApplication.translate("StatisticsChart", "unverified"),
    }
    return names[verdict]


def verdict_brush(verdict: Verdict) -> QBrush:
    """A tile in the verdict's colours with its own pattern: solid for verified, diagonal
    hatching for disputed, dots for unverified (the underline styles' counterparts)."""
    s = style(verdict)
    if verdict is Verdict.VERIFIED:
        return QBrush(QColor(s.strong))
    tile = QPixmap(8, 8)
    tile.fill(QColor(s.tint))
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(QColor(s.strong), 1.5))
    if verdict is Verdict.DISPUTED:
        painter.drawLine(0, 8, 8, 0)
        painter.drawLine(-4, 4, 4, -4)
        painter.drawLine(4, 12, 12, 4)
    else:
        painter.setBrush(QColor(s.strong))
        painter.drawRect(1, 1, 2, 2)
        painter.drawRect(5, 5, 2, 2)
    painter.end()
    return QBrush(tile)


def display_label(by: GroupBy, group: VerdictCounts) -> str:
    """The group's name on the axis: the placeholders for an empty outlet, name, title or
    date in the interface language (the CLI and the CSV keep core's English ones)."""
    if group.key == "" and by is GroupBy.OUTLET:
        return QCoreApplication.translate("StatisticsChart", "(no outlet)")
    if group.key == "" and by is GroupBy.ANNOTATOR:
        return QCoreApplication.translate("StatisticsChart", "(no annotator)")
    if group.key == "" and by.is_time:
        return QCoreApplication.translate("StatisticsChart", "(no date)")
    if by is GroupBy.ARTICLE and group.label == UNTITLED:
        return QCoreApplication.translate("StatisticsChart", "(untitled)")
    return group.label


def count_text(group: VerdictCounts) -> str:
    """"5 · ✓2 ✗2 ?1": the total, then each verdict's count with its symbol."""
    parts = [f"{style(v).symbol}{group[v]}" for v in Verdict if group[v]]
    return f"{group.total} · " + " ".join(parts)


def fill_time_gaps(table: StatsTable) -> list[VerdictCounts]:
    """The groups of a time table with the days (or weeks) that have no claims put back as
    empty bars, so the axis is even; the undated group stays last."""
    dated = [g for g in table.groups if g.key]
    undated = [g for g in table.groups if not g.key]
    if not dated:
        return undated
    by_key = {g.key: g for g in dated}
    first = _day_of(dated[0].key, table.by)
    last = _day_of(dated[-1].key, table.by)
    step = dt.timedelta(days=7 if table.by.by_week else 1)
    if (last - first) / step >= MAX_TIME_BARS:
        return table.groups
    out, day = [], first
    while day <= last:
        key = iso_week(day.isoformat()) if table.by.by_week else day.isoformat()
        out.append(by_key.get(key) or VerdictCounts(key, key))
        day += step
    return out + undated


def _day_of(key: str, by: GroupBy) -> dt.date:
    if by.by_week:
        year, week = key.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    return dt.date.fromisoformat(key)


class PatternBars(pg.BarGraphItem):
    """Bars of one verdict. The fill is painted in screen pixels: a textured brush painted in
    the plot's data coordinates would be stretched with them (one claim = 100 pixels), and the
    hatching would turn into blotches."""

    def __init__(self, verdict: Verdict) -> None:
        s = style(verdict)
        self.rects: list[QRectF] = []
        self.fill = verdict_brush(verdict)  # the conflicts chart borrows the verdicts' fills
        self.edge = QPen(QColor(s.strong), 1)
        self.edge.setCosmetic(True)
        super().__init__(x0=[], y0=[], width=[], height=[], brush=self.fill, pen=self.edge)

    def set_rects(self, rects: list[QRectF]) -> None:
        self.rects = rects
        self.setOpts(x0=[r.left() for r in rects], y0=[r.top() for r in rects],
                     width=[r.width() for r in rects], height=[r.height() for r in rects])

    def values(self) -> list[float]:
        """Each bar's length: its count (for tests and the accessible description)."""
        return [max(r.width(), r.height()) if min(r.width(), r.height()) > 0 else 0.0
                for r in self.rects]

    def paint(self, p, *args) -> None:
        transform = p.transform()
        p.save()
        p.resetTransform()
        p.setPen(self.edge)
        for rect in self.rects:
            if rect.width() <= 0 or rect.height() <= 0:
                continue
            on_screen = transform.mapRect(rect)
            p.setBrushOrigin(on_screen.topLeft())
            p.fillRect(on_screen, self.fill)
            p.drawRect(on_screen)
        p.restore()


def make_plot() -> pg.PlotWidget:
    """A still plot on white with dark axes, as both charts of the window draw."""
    plot = pg.PlotWidget(background="w")
    plot.setMinimumSize(QSize(480, 320))
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    item = plot.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen("#444"))
        axis.setTextPen(pg.mkPen("#222"))
    return plot


class PlotSaving:
    """Saving a chart's `plot` (a pg.PlotWidget) as PNG or SVG: both charts of the window."""

    plot: pg.PlotWidget

    def _fill_with_plot(self: QWidget) -> None:
        """The chart widget is its plot, edge to edge."""
        self.plot = make_plot()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def _source(self) -> QRectF:
        # a chart just drawn (or a page just shown) has layout and resize events queued: the
        # scene would be rendered from the view's old place, cutting off the axis and labels
        QCoreApplication.sendPostedEvents()
        view = self.plot
        return view.mapToScene(view.viewport().rect()).boundingRect()

    def save_png(self, path: str | Path, scale: float = 2.0) -> None:
        """The chart as it is shown, at `scale` times the screen resolution."""
        source = self._source()
        image = QImage(int(source.width() * scale), int(source.height() * scale),
                       QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.plot.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError(f"cannot write the PNG image {path}")

    def save_svg(self, path: str | Path, title: str = "") -> None:
        """The chart as vector graphics (bars, text and axes stay sharp at any size)."""
        source = self._source()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(source.size().toSize())
        # the axes replay recorded pictures, which scale by the device's resolution: at the
        # generator's default 72 dpi they would shrink away from the bars
        generator.setResolution(self.plot.logicalDpiX())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(title or self.plot.getPlotItem().titleLabel.text)
        generator.setDescription("Annotator statistics")
        painter = QPainter(generator)
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), Qt.GlobalColor.white)
        self.plot.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()


class VerdictChart(PlotSaving, QWidget):
    """One chart of a StatsTable: horizontal bars for outlets, articles and annotators (their
    names are long), vertical bars over time for days and weeks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill_with_plot()
        self.bars: dict[Verdict, PatternBars] = {}
        self.labels: list[pg.TextItem] = []
        self._pool: list[pg.TextItem] = []
        self.legend: pg.LegendItem | None = None
        self._label_font = QFont()
        self._label_font.setPointSizeF(8.5)
        self.shown: list[VerdictCounts] = []
        self.hidden_groups = 0
        self.table: StatsTable | None = None

    # ------------------------------------------------------------------ drawing
    def show_table(self, table: StatsTable) -> None:
        """Draw `table`. The bars, legend and count labels are made once and updated: building
        pyqtgraph items costs more than the query."""
        self.table = table
        item = self.plot.getPlotItem()
        groups = fill_time_gaps(table) if table.by.is_time else table.groups
        self.hidden_groups = 0 if table.by.is_time else max(0, len(groups) - MAX_BARS)
        groups = groups if table.by.is_time else groups[:MAX_BARS]
        self.shown = groups
        item.setTitle(self._title(table.by), color="#222", size="11pt")
        if not self.bars:
            # under the plot, in one row: inside it would cover the longest bars' counts
            legend = pg.LegendItem(offset=None, labelTextColor="#222", colCount=3)
            item.layout.addItem(legend, 5, 1, alignment=Qt.AlignmentFlag.AlignHCenter)
            self.legend = legend
            for verdict in Verdict:
                bar = self.bars[verdict] = PatternBars(verdict)
                item.addItem(bar)
                legend.addItem(bar, f"{style(verdict).symbol} {verdict_name(verdict)}")
        horizontal = not table.by.is_time
        base = [0] * len(groups)
        for verdict in Verdict:
            sizes = [g[verdict] for g in groups]
            spans = enumerate(zip(base, sizes))
            if horizontal:
                rects = [QRectF(b, i - BAR / 2, n, BAR) for i, (b, n) in spans]
            else:
                rects = [QRectF(i - BAR / 2, b, BAR, n) for i, (b, n) in spans]
            self.bars[verdict].set_rects(rects)
            base = [b + n for b, n in zip(base, sizes)]
        self._set_labels(groups, horizontal)
        self._set_axes(groups, horizontal)

    def _title(self, by: GroupBy) -> str:
        return QCoreApplication.translate("StatisticsChart", TITLES[by])

    def _set_labels(self, groups: list[VerdictCounts], horizontal: bool) -> None:
        """A count beside every bar (from a pool of text items, reused from draw to draw)."""
        counted = [(i, g) for i, g in enumerate(groups) if g.total]
        while len(self._pool) < len(counted):
            label = pg.TextItem("", color="#222")
            label.setFont(self._label_font)
            self.plot.addItem(label)
            self._pool.append(label)
        self.labels = self._pool[:len(counted)]
        for label, (i, g) in zip(self.labels, counted):
            if horizontal:
                label.setText(count_text(g))
                label.setAnchor((0, 0.5))
                label.setPos(g.total, i)
            else:
                label.setText(str(g.total))
                label.setAnchor((0.5, 1))
                label.setPos(i, g.total)
            label.show()
        for label in self._pool[len(counted):]:
            label.hide()

    def _set_axes(self, groups: list[VerdictCounts], horizontal: bool) -> None:
        item = self.plot.getPlotItem()
        peak = max((g.total for g in groups), default=1) or 1
        by = self.table.by if self.table is not None else GroupBy.OUTLET
        names = [(i, short(display_label(by, g))) for i, g in enumerate(groups)] or [(0, "")]
        step = count_step(peak)
        if horizontal:
            left = item.getAxis("left")
            left.setTicks([names])
            metrics = QFontMetrics(left.style.get("tickFont") or QFont())
            left.setWidth(max(metrics.horizontalAdvance(n) for _, n in names) + 16)
            item.getAxis("bottom").setTicks(None)
            item.getAxis("bottom").setTickSpacing(step, step)
            item.invertY(True)
            item.setXRange(0, peak * 1.45, padding=0)
            item.setYRange(-0.6, len(groups) - 0.4, padding=0)
        else:
            every = max(1, len(groups) // 12)
            item.getAxis("bottom").setTicks([names[::every]])
            item.getAxis("left").setTicks(None)
            item.getAxis("left").setTickSpacing(step, step)
            item.getAxis("left").setWidth(None)
            item.invertY(False)
            item.setXRange(-0.6, len(groups) - 0.4, padding=0)
            item.setYRange(0, peak * 1.2, padding=0)


def count_step(peak: int) -> int:
    """Whole-number ticks on the count axis, about six of them: 1, 2, 5, 10, 20, 50, …"""
    step = 1
    while peak / step > 6:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if peak / step <= 6:
                break
    return step


def short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"
