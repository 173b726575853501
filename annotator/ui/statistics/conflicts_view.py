"""The statistics window's conflicts page: each outlet's claims (or sentences) in a conflict
with another outlet's report, and its single-source ones, counted in the background.

The project-wide conflict pass takes seconds on a big project, so it runs in a `Task` (its own
read-only Project on the file: the window's analysis is the one that writes sentences) while
the page says "Computing…"; the window stays responsive and edits go on. The survey is kept:
a claim tagged or removed, an outlet renamed, recount against it in a few queries; only new or
changed sentences run the pass again. A change while a count runs is counted once it ends.
Articles not analysed yet are left out and said so; the page looks again every few seconds
until the window's analysis has done them.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget,
)

from ...core.stats import CONFLICTING, SINGLE_SOURCE, ConflictTable
from ...project import Project
from ...project.stats import ConflictSurvey
from ..i18n import arg
from ..workers import Cancelled, Control, Task, open_project
from .chart import MAX_BARS
from .conflict_chart import ConflictChart

# while articles wait for their analysis, look again this often
PENDING_POLL_MS = 3000


def count_conflicts(path: Path, previous: ConflictSurvey | None,
                    control: Control) -> tuple[ConflictSurvey, ConflictTable]:
    """The Task body: the survey (or `previous`, when no sentence changed) and the counts."""
    with open_project(path, readonly=True) as project:
        survey = project.survey_conflicts(previous, control.cancelled)
        if survey is None:
            raise Cancelled()
        table = project.conflict_stats(survey)
    return survey, table


class ConflictsView(QWidget):
    # a count was shown (or failed): for tests and the window's buttons
    finished = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.survey: ConflictSurvey | None = None
        self.table: ConflictTable | None = None
        self.task: Task | None = None
        self._again = False
        self._chosen = False  # the user picked claims or sentences: keep it
        self._poll = QTimer(self)
        self._poll.setSingleShot(True)
        self._poll.setInterval(PENDING_POLL_MS)
        self._poll.timeout.connect(self._look_for_analysed)
        self._pending_seen = 0

        self.what = QComboBox()
        self.what.addItem(self.tr("Claims (your annotated spans)"), "claims")
        self.what.addItem(self.tr("Sentences (every report, annotated or not)"), "sentences")
        self.what.activated.connect(self._picked)
        what_label = QLabel(self.tr("C&ount:"))
        what_label.setBuddy(self.what)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy: the pass has no progress to report
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Computing the conflicts between outlets…"))
        row = QHBoxLayout()
        row.addWidget(what_label)
        row.addWidget(self.what)
        row.addStretch(1)
        row.addWidget(self.busy_label)
        row.addWidget(self.busy)
        self.chart = ConflictChart()
        self.explanation = QLabel(self.tr(
            "≠ in a conflict: the claim (or sentence) is in a report that disagrees with "
            "another outlet's report of the same thing — figures that cannot both hold or "
            "different counts, dates, planned vs done, a denial; each is counted once however "
            "many kinds it has. Two articles of the same outlet that disagree are not counted. "
            "① single source: every report of it found in the project traces back to one "
            "origin. A claim counts when it overlaps such a sentence."))
        self.explanation.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(self.summary)
        self._set_busy(False)

    @property
    def counting(self) -> str:
        return self.what.currentData()

    @property
    def computing(self) -> bool:
        return self.task is not None and self.task.running

    def set_counting(self, what: str) -> None:
        self.what.setCurrentIndex(self.what.findData(what))
        self._picked()

    # ------------------------------------------------------------------ counting
    def set_project(self, project: Project) -> None:
        self.cancel()
        self.project = project
        self.survey = self.table = None
        self._chosen = False
        self.chart.show_table(ConflictTable([]), self.counting)  # not the last project's bars
        self.summary.clear()

    def refresh(self) -> None:
        """Count again in the background (after the running count, if one runs)."""
        if self.project.closed:
            return
        if self.computing:
            self._again = True
            return
        self._again = False
        self._poll.stop()
        path, previous = self.project.path, self.survey
        task = self.task = Task(lambda control: count_conflicts(path, previous, control))
        # bound methods, not lambdas: Qt drops them if this page is deleted first
        task.succeeded.connect(self._counted)
        task.failed.connect(self._failed)
        task.done.connect(self._done)
        self._set_busy(True)
        task.start()

    def cancel(self) -> None:
        """Stop a running count (its result is dropped); it ends at its next check."""
        task, self.task = self.task, None
        self._again = False
        self._poll.stop()
        if task is not None and task.running:
            task.cancel()
        self._set_busy(False)

    def _current(self) -> bool:
        """Is the signal being handled from the latest count (not one cancelled since)?"""
        return self.task is not None and self.sender() is self.task

    def _counted(self, result: tuple[ConflictSurvey, ConflictTable]) -> None:
        if not self._current():
            return  # a count for a project left since
        self.survey, table = result
        if not self._chosen and self.table is None and table.totals.claims["total"] == 0:
            # nothing annotated yet: the sentences are what there is to see
            self.what.setCurrentIndex(self.what.findData("sentences"))
        self.table = table
        self._draw()
        self._pending_seen = table.unanalysed
        if table.unanalysed and not self.project.readonly:
            self._poll.start()

    def _failed(self, text: str) -> None:
        if self._current():
            self.summary.setText(arg(self.tr("The conflicts could not be counted: %1"), text))

    def _done(self) -> None:
        if not self._current():
            return
        self._set_busy(False)
        self.finished.emit()
        if self._again:
            self.refresh()

    def _look_for_analysed(self) -> None:
        """While the window's analysis works through new articles: count again once it has
        done more of them (a count query of a few ms)."""
        if self.project.closed or self.table is None or not self.isVisible():
            return
        pending = self.project.sentence_status().pending
        if pending != self._pending_seen:
            self.refresh()
        elif pending:
            self._poll.start()

    # ------------------------------------------------------------------ showing
    def _picked(self, _index: int = -1) -> None:
        self._chosen = True
        if self.table is not None:
            self._draw()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)

    def _draw(self) -> None:
        assert self.table is not None
        self.chart.show_table(self.table, self.counting)
        self.summary.setText(self.summary_text(self.table))

    def summary_text(self, table: ConflictTable) -> str:
        totals = table.totals
        claims, sentences = totals.claims, totals.sentences
        text = arg(self.tr("Claims: %1 of %2 in a conflict with another outlet, %3 single "
                           "source. Sentences: %4 of %5 in a conflict, %6 single source."),
                   claims[CONFLICTING], claims["total"], claims[SINGLE_SOURCE],
                   sentences[CONFLICTING], sentences["total"], sentences[SINGLE_SOURCE])
        if table.unanalysed:
            text += "  " + arg(self.tr("%1 articles are not analysed yet and are left out."),
                               table.unanalysed)
        if self.chart.hidden_groups:
            text += "  " + arg(self.tr("(the chart shows the %1 outlets with the most "
                                       "conflicts of %2; the CSV has them all)"),
                               MAX_BARS, len(table.groups))
        return text
