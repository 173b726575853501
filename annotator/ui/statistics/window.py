"""The statistics window (View ▸ Statistics): the project's verdict counts as a chart, kept up to
date as claims change, and saved as PNG, SVG or CSV; "Conflicts per outlet" shows the compare
engine's conflicts and single-source reports per outlet (conflicts_view.py, counted in the
background).

Built on first use (MainWindow.show_statistics imports this module), so neither it nor
pyqtgraph slows the start. A change only restarts a short timer: a burst of edits (a paste of
fifty claims, an undo of an import) is counted once, by one aggregate query of a few ms. From
BACKGROUND_CLAIMS on (1,000,000 claims take 2 to 6 s to count, whatever the grouping) the
count runs in a worker on its own connection: the window says it is counting and keeps the
last chart until the new one is ready.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QStackedWidget, QVBoxLayout,
    QWidget,
)

from ...core.errors import AnnotatorError
from ...core.model import Verdict
from ...core.stats import GroupBy, StatsTable
from ...project import Project
from ...project import stats as stats_files
from .. import file_dialogs
from ..palette import style
from ..workers import open_project, run_task
from .chart import MAX_BARS, VerdictChart, verdict_name
from .conflicts_view import ConflictsView

#: a change is counted after this quiet spell
DEBOUNCE_MS = 250
#: the grouping combo's entry for the conflicts page (not a GroupBy: it counts per outlet)
CONFLICTS = "conflicts"
# from this many claims on, the counts are made in a worker (0.2 s or more on the GUI thread)
BACKGROUND_CLAIMS = 100_000


def _count(path: Path, by: GroupBy) -> StatsTable:
    with open_project(path, readonly=True) as project:
        return project.stats(by)


class StatisticsWindow(QWidget):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("statisticsWindow")
        self.setWindowTitle(self.tr("Statistics — %1").replace("%1", project.name))
        self.resize(900, 600)
        self.project = project
        self.table: StatsTable | None = None
        self._dirty = True
        self._task = None  # the background count, if one runs
        self._again = False
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
        self.grouping.insertSeparator(self.grouping.count())
        self.grouping.addItem(self.tr("Conflicts per outlet"), CONFLICTS)
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
        verdicts = QWidget()
        verdict_layout = QVBoxLayout(verdicts)
        verdict_layout.setContentsMargins(0, 0, 0, 0)
        verdict_layout.addWidget(self.chart, 1)
        verdict_layout.addWidget(self.summary)
        self.pages = QStackedWidget()
        self.pages.addWidget(verdicts)
        self._conflicts: ConflictsView | None = None  # built when first chosen
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    @property
    def showing_conflicts(self) -> bool:
        return self.grouping.currentData() == CONFLICTS

    @property
    def by(self) -> GroupBy:
        """The grouping shown (the conflicts page's is the outlet)."""
        return GroupBy.OUTLET if self.showing_conflicts else GroupBy(self.grouping.currentData())

    def set_by(self, by: GroupBy | str) -> None:
        """Show a grouping of the verdict counts, or "conflicts"."""
        value = CONFLICTS if by == CONFLICTS else GroupBy(by).value
        self.grouping.setCurrentIndex(self.grouping.findData(value))

    @property
    def conflicts(self) -> ConflictsView:
        if self._conflicts is None:
            self._conflicts = ConflictsView(self.project)
            self._conflicts.finished.connect(self._update_buttons)
            self.pages.addWidget(self._conflicts)
        return self._conflicts

    # ------------------------------------------------------------------ live counts
    def set_project(self, project: Project) -> None:
        self.project = project
        self.setWindowTitle(self.tr("Statistics — %1").replace("%1", project.name))
        if self._conflicts is not None:
            self._conflicts.set_project(project)
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
        if self.showing_conflicts:
            self.pages.setCurrentWidget(self.conflicts)
            self.conflicts.refresh()
            self._update_buttons()
            return
        self.pages.setCurrentIndex(0)
        if self._task is not None and self._task.running:
            self._again = True  # counted again once this count is over
        elif self.project.claim_count(at_most=BACKGROUND_CLAIMS) >= BACKGROUND_CLAIMS:
            self._count_in_background()
        else:
            self._show_table(self.project.stats(self.by))
        self._update_buttons()

    @property
    def counting(self) -> bool:
        return self._task is not None and self._task.running

    def _count_in_background(self) -> None:
        by = self.by
        self.summary.setText(self.tr("Counting the claims…"))
        # no parent: a window closed mid-count must not take the running thread with it
        self._task = run_task(lambda _control, p=self.project.path: _count(p, by), None,
                              on_success=lambda table: self._counted(by, table),
                              on_error=self._count_failed)

    def _counted(self, by: GroupBy, table: StatsTable) -> None:
        self._task = None
        if self.project.closed:
            return
        if self._again or by != self.by or self.showing_conflicts:
            self._again = False
            self.refresh()
            return
        self._show_table(table)
        self._update_buttons()

    def _count_failed(self, sentence: str) -> None:
        self._task = None
        self.summary.setText(sentence)
        self._update_buttons()

    def _show_table(self, table: StatsTable) -> None:
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

    def _update_buttons(self) -> None:
        """The conflicts can be saved once counted (the last count, while the next runs); the
        verdict counts once the count in the background is over."""
        ready = (not self.counting and self.table is not None if not self.showing_conflicts
                 else self._conflicts is not None and self._conflicts.table is not None)
        for button in (self.png_button, self.svg_button, self.csv_button):
            button.setEnabled(ready)

    # ------------------------------------------------------------------ saving
    def save(self, kind: str) -> None:
        if self.showing_conflicts:
            if self.conflicts.table is None:
                return
            name = f"conflicts-{self.conflicts.counting}"
        else:
            if self._dirty or self.table is None:
                self.refresh()
            if self.counting or self.table is None:
                return
            name = self.by.value
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG image (*.svg)"),
                   "csv": self.tr("CSV table (*.csv)")}
        suggested = self.project.path.with_name(f"{self.project.path.stem}-{name}.{kind}")
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
        """Write the current chart (png, svg) or its numbers (csv) to `dest`, atomically. The
        conflicts' CSV holds both the claims' and the sentences' columns."""
        if self.showing_conflicts:
            table, chart = self.conflicts.table, self.conflicts.chart
        else:
            table, chart = self.table, self.chart
        assert table is not None
        if kind == "csv":
            return stats_files.write_csv(table, dest)
        with stats_files.atomic_output(dest) as tmp:
            if kind == "png":
                chart.save_png(tmp)
            else:
                chart.save_svg(tmp)
        return dest
