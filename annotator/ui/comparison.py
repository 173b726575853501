"""The Comparison dock's panel (built when the dock is first shown: ui/comparison_dock.py):
the claim clusters (Project.clusters) as a table, computed in a helper process, refreshed a
moment after edits and imports while the dock is shown, and opening the claim or sentence of
a clicked cell in a reading pane.

Matching every claim costs a `match` each (≈15 ms in a 1,000-article project), so the table is
only computed while the dock is visible: edits made while it is hidden mark it stale, and it
catches up when shown.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QTableView, QVBoxLayout, QWidget,
)

from ..project.background import clusters
from ..project.clusters import Member
from .comparison_model import FIXED, MEMBER_ROLE, ComparisonFilter, ComparisonModel
from .workers import Control, Task

if TYPE_CHECKING:
    from ..project import Project
    from .main_window import MainWindow

#: After the last edit, wait this long before matching again (typing 1 2 3 in a row is one pass).
REFRESH_DELAY_MS = 1500
OUTLET_WIDTH = 300
NARROW = 1100  # a dock narrower than this gets narrower columns


def _compute(path, readonly: bool):
    """In a helper process (project/background.py): a thread computing them stalled the
    window while it did; this one waits for the helper."""
    def work(control: Control):
        found = clusters(path, readonly, lambda d, t, _what: control.progress(d, t),
                         control.cancelled)
        control.check()
        return found
    return work


class ComparisonPanel(QWidget):
    """The table with its filters; `member_activated` names the report of a clicked cell."""

    member_activated = Signal(object)  # Member

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.model = ComparisonModel(self)
        self.proxy = ComparisonFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("comparisonTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        self.conflicts_box = QCheckBox(self.tr("&Conflicts only"))
        self.unlinked_box = QCheckBox(self.tr("&Unlinked matches only"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter the clusters…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.conflicts_box.toggled.connect(lambda on: self._filter(conflicts_only=on))
        self.unlinked_box.toggled.connect(lambda on: self._filter(unlinked_only=on))
        self.filter_edit.textChanged.connect(lambda text: self._filter(text=text))
        self.status = QLabel()
        self.status.setObjectName("comparisonStatus")
        bar = QHBoxLayout()
        for w in (self.filter_edit, self.conflicts_box, self.unlinked_box):
            bar.addWidget(w)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.task: Task | None = None
        self.stale = True
        self._again = False
        self.timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)

    # ------------------------------------------------------------------ data
    def set_project(self, project: Project) -> None:
        self.cancel()
        self.project = project
        self.model.set_clusters([])
        self.stale = True
        self._show_counts()

    def schedule(self) -> None:
        """After an edit or an import: refresh soon if shown, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.timer.start()

    def refresh(self) -> None:
        if self.project is None or self.project.closed:
            return
        if self.task is not None and self.task.running:
            self._again = True  # the running pass may have read the file before the edit
            return
        self.stale = False
        self.status.setText(self.tr("Matching the claims…"))
        self.task = Task(_compute(self.project.path, self.project.readonly), self)
        self.task.progress.connect(lambda done, total, _t: self.status.setText(
            self.tr("Matching the claims… %1 of %2").replace("%1", str(done))
            .replace("%2", str(total))))
        self.task.succeeded.connect(self._loaded)
        self.task.failed.connect(lambda text: self.status.setText(text))
        self.task.done.connect(self._done)
        self.task.start()

    def _loaded(self, clusters) -> None:
        self.model.set_clusters(clusters)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnToContents(0)
        narrow = self.width() < NARROW  # at 1024 px two outlets still fit beside the claim
        self.table.setColumnWidth(1, 170 if narrow else 260)
        self.table.setColumnWidth(2, 110 if narrow else 130)
        for col in range(FIXED, self.model.columnCount()):
            self.table.setColumnWidth(col, 260 if narrow else OUTLET_WIDTH)
        self._show_counts()

    def _done(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def cancel(self) -> None:
        self.timer.stop()
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.task.wait()
        self.task = None

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.timer.start(0)

    # ------------------------------------------------------------------ filter and clicks
    def _filter(self, **kw) -> None:
        self.proxy.set_filter(**kw)
        self._show_counts()

    def _show_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        text = self.tr("%1 clusters").replace("%1", str(total)) if shown == total else \
            self.tr("%1 of %2 clusters").replace("%1", str(shown)).replace("%2", str(total))
        self.status.setText(text)

    def _clicked(self, index: QModelIndex) -> None:
        member = index.data(MEMBER_ROLE)
        if isinstance(member, Member):
            self.member_activated.emit(member)


def open_member(window: MainWindow, member: Member) -> None:
    """A claim is selected in its pane; a matched sentence is opened selected, so 1 / 2 / 3
    tags it."""
    if member.claim_id:
        window.jump_to_claim(member.claim_id)
    else:
        window.open_search_hit(member.doc_id, member.start, member.end)


def attach(window: MainWindow, project: Project) -> None:
    """A project was opened in the window: the table follows it and its edits."""
    panel: ComparisonPanel = window.comparison
    panel.set_project(project)
    window.bridge.changed.connect(lambda _cs: panel.schedule())
    if panel.isVisible():
        panel.timer.start(0)
