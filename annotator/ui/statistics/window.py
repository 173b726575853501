"""The statistics window (View ▸ Statistics): the project's verdict counts as a chart, kept up to
date as claims change, and saved as PNG, SVG or CSV.

Built on first use (MainWindow.show_statistics imports this module), so neither it nor
pyqtgraph slows the start. A change only restarts a short timer: a burst of edits (a paste of
fifty claims, an undo of an import) is counted once, by one aggregate query of a few ms.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from ...core.errors import AnnotatorError
from ...core.model import Verdict
from ...core.stats import GroupBy, StatsTable
from ...project import Project
from ...project import stats as stats_files
from .. import file_dialogs
from ..palette import style
from .chart import MAX_BARS, VerdictChart, verdict_name

#: a change is counted after this quiet spell
DEBOUNCE_MS = 250


class StatisticsWindow(QWidget):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("statisticsWindow")
        self.setWindowTitle(self.tr("Statistics — %1").replace("%1", project.name))
        self.resize(900, 600)
        self.project = project
        self.table: StatsTable | None = None
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)

        self.grouping = QComboBox()
        names = {
            GroupBy.OUTLET: self.tr("Outlet"), GroupBy.ARTICLE: self.tr("Article"),
            GroupBy.ANNOTATOR: self.tr("Annotator"), GroupBy.DAY: self.tr("Day tagged"),
            GroupBy.WEEK: self.tr("Week tagged"), GroupBy.PUBLISHED: self.tr("Day published"),
            GroupBy.PUBLISHED_WEEK: self.tr("Week published"),
        }
        for by, name in names.items():
            self.grouping.addItem(name, by.value)
        self.grouping.currentIndexChanged.connect(lambda _i: self.refresh())
        group_label = QLabel(self.tr("&Group by:"))
        group_label.setBuddy(self.grouping)
        self.png_button = QPushButton(self.tr("Save &PNG…"))
        self.svg_button = QPushButton(self.tr("Save S&VG…"))
        self.csv_button = QPushButton(self.tr("Save &CSV…"))
        self.png_button.clicked.connect(lambda: self.save("png"))
        self.svg_button.clicked.connect(lambda: self.save("svg"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        top = QHBoxLayout()
        top.addWidget(group_label)
        top.addWidget(self.grouping)
        top.addStretch(1)
        for button in (self.png_button, self.svg_button, self.csv_button):
            top.addWidget(button)

        self.chart = VerdictChart()
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.summary)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    @property
    def by(self) -> GroupBy:
        return GroupBy(self.grouping.currentData())

    def set_by(self, by: GroupBy | str) -> None:
        self.grouping.setCurrentIndex(self.grouping.findData(GroupBy(by).value))

    # ------------------------------------------------------------------ live counts
    def set_project(self, project: Project) -> None:
        self.project = project
        self.setWindowTitle(self.tr("Statistics — %1").replace("%1", project.name))
        self.schedule_refresh()

    def schedule_refresh(self) -> None:
        """Count again after the changes settle; while hidden, only on the next show."""
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        if self.project.closed:
            return
        self._dirty = False
        table = self.project.stats(self.by)
        if table == self.table:  # a note or an evidence link changed: nothing to redraw
            return
        self.table = table
        self.chart.show_table(table)
        self.summary.setText(self._summary_text(self.table))

    def _summary_text(self, table: StatsTable) -> str:
        totals = table.totals
        parts = " · ".join(f"{style(v).symbol} {totals[v]} {verdict_name(v)}"
                           for v in Verdict)
        text = self.tr("%1 claims: %2").replace("%1", str(totals.total)).replace("%2", parts)
        if self.chart.hidden_groups:
            text += "  " + self.tr("(the chart shows the %1 largest of %2 groups; the CSV has "
                                   "them all)").replace("%1", str(MAX_BARS)).replace(
                                       "%2", str(len(table.groups)))
        return text

    # ------------------------------------------------------------------ saving
    def save(self, kind: str) -> None:
        if self._dirty or self.table is None:
            self.refresh()
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG image (*.svg)"),
                   "csv": self.tr("CSV table (*.csv)")}
        suggested = self.project.path.with_name(f"{self.project.path.stem}-{self.by.value}.{kind}")
        chosen = file_dialogs.save_file(self, self.tr("Save the statistics"), str(suggested),
                                        filters[kind])
        if not chosen:
            return
        dest = Path(chosen)
        if dest.suffix.lower() != f".{kind}":
            dest = dest.with_name(dest.name + f".{kind}")
        try:
            self.write(kind, dest)
        except (AnnotatorError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))

    def write(self, kind: str, dest: Path) -> Path:
        """Write the current chart (png, svg) or its numbers (csv) to `dest`, atomically."""
        assert self.table is not None
        if kind == "csv":
            return stats_files.write_csv(self.table, dest)
        with stats_files.atomic_output(dest) as tmp:
            if kind == "png":
                self.chart.save_png(tmp)
            else:
                self.chart.save_svg(tmp)
        return dest
