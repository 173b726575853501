"""Every claim in the project as a sortable, filterable table (Qt model/view).

Rows are small records read once; after an edit only the claims a ChangeSet names are re-read,
so retagging one claim among 50,000 updates one row, and a new claim is inserted where the
current sort order puts it (found by bisection).
"""
from __future__ import annotations

import bisect

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QVBoxLayout, QWidget

from ..core.model import Verdict
from ..project import Project
from .bridge import ClaimState
from .claim_rows import (
    CLAIM_ID_ROLE, COL_ANNOTATOR, COL_DOC, COL_LINKS, COL_QUOTE, COL_UPDATED, COL_VERDICT,
    COLUMNS, ROW_ID, ClaimRow, Descending, sort_key, sort_rows,
)
from .claim_rows import read_rows as _read_rows  # a module name here: tests replace it
from .palette import LINK_MARK, style, verdict_text
from .row_index import RowIndex
from .tables import list_table
from .workers import Task
from PySide6.QtCore import QCoreApplication
from .i18n import arg, local_time


class ClaimsModel(QAbstractTableModel):
    loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, project: Project, titles: dict[str, str], parent=None, *,
                 order: tuple[int, Qt.SortOrder] | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.titles = titles
        self._rows: list[ClaimRow] = []
        self._index = RowIndex(self._rows, ROW_ID)
        self._generation = 0
        self._touched: set[str] = set()  # claims edited while a load was under way
        #: How the rows are ordered (the load's order: by document, then position), so a new
        #: claim is inserted where it belongs instead of at the end.
        self._order: tuple[int, Qt.SortOrder] = (COL_DOC, Qt.SortOrder.AscendingOrder)
        if order is not None and sort_key(order[0], titles) is not None:
            self._order = order  # as the user last left the table: the rows load so sorted
        self._task: Task | None = None
        self.reload()

    @property
    def loading(self) -> bool:
        return self._task is not None

    def reload(self) -> None:
        """Read every claim's row in a worker (50,000 rows take a few tenths of a second that
        the window should not freeze for, at start-up least of all); edits made meanwhile are
        re-read when the rows arrive."""
        if self.project.closed:
            return
        self._generation += 1
        generation, path, titles = self._generation, self.project.path, dict(self.titles)
        order = self._order
        self._touched = set()
        # no parent: the task outlives this model if the window switches project meanwhile
        # (a QThread destroyed with its parent while running would abort the process); bound
        # methods, unlike lambdas, are disconnected when this model goes away
        task = Task(lambda control: (generation, order, _read_rows(path, titles, order)))
        task.succeeded.connect(self._loaded)
        task.failed.connect(self._load_failed)
        self._task = task
        task.start()

    def _loaded(self, result: tuple[int, tuple[int, Qt.SortOrder], list[ClaimRow]]) -> None:
        generation, order, rows = result
        if generation != self._generation or self.project.closed:
            return
        self._task = None
        if order != self._order:  # a header was clicked while they were read
            sort_rows(rows, self._order, self.titles)
        self.beginResetModel()
        self._rows = rows
        self._index = RowIndex(rows, ROW_ID)
        self.endResetModel()
        touched, self._touched = self._touched, set()
        if touched:
            self.refresh(ClaimState.read_ids(self.project, touched))
        self.loaded.emit()

    def _load_failed(self, message: str) -> None:
        if self._task is not None and not self._task.running:
            self._task = None
            self.load_failed.emit(message)

    def refresh(self, state: ClaimState) -> list[tuple[str, Verdict, int]]:
        """Update the named rows; returns count changes (doc id, verdict, +1/-1) for the library."""
        deltas: list[tuple[str, Verdict, int]] = []
        if self.loading:
            self._touched.update(state.claims)
        for cid, claim in state.claims.items():
            at = self._index.get(cid)
            if at is not None:
                old = self._rows[at]
                deltas.append((old.doc_id, old.verdict, -1))
            if claim is None:
                self._remove(cid)
                continue
            deltas.append((claim.doc_id, claim.verdict, +1))
            row = ClaimRow.of(claim, state.link_counts.get(cid, 0))
            if at is None:
                self._insert(row)
            else:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))
        return deltas

    def _insert(self, row: ClaimRow) -> None:
        """A new claim goes where the current order puts it (after rows with an equal key)."""
        column, order = self._order
        key = sort_key(column, self.titles)
        if key is None:
            at = len(self._rows)
        elif order == Qt.SortOrder.DescendingOrder:
            at = bisect.bisect_right(self._rows, Descending(key(row)),
                                     key=lambda r: Descending(key(r)))
        else:
            at = bisect.bisect_right(self._rows, key(row), key=key)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self._index.inserted(at)
        self.endInsertRows()

    def _remove(self, cid: str) -> None:
        at = self._index.get(cid)
        if at is None:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self._index.removed(cid, at)
        self.endRemoveRows()

    def retitle(self, titles: dict[str, str]) -> None:
        if titles == self.titles:  # nothing to repaint (a signal over 50,000 rows is not free)
            return
        self.titles = titles
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_DOC), self.index(len(self._rows) - 1, COL_DOC))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here with Python keys (50,000 rows in ~0.1 s), not by the proxy, which would
        call data() twice per comparison. New claims are inserted in this order; an edited
        claim keeps its row until the next sort (rows do not jump under the user's eyes)."""
        key = sort_key(column, self.titles)
        if key is None:
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(self._rows[i.row()].id, i.column()) for i in persistent]
        sort_rows(self._rows, self._order, self.titles)
        self._index.rebuild()
        self.changePersistentIndexList(
            persistent, [self.index(self._index.get(cid), col) for cid, col in remembered])
        self.layoutChanged.emit()

    @property
    def order(self) -> tuple[int, Qt.SortOrder]:
        """The column the rows are sorted by, and the direction."""
        return self._order

    def row_of(self, claim_id: str) -> int | None:
        return self._index.get(claim_id)

    def claim_row(self, row: int) -> ClaimRow:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ClaimsTable", COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and section == COL_LINKS:
            return QCoreApplication.translate("ClaimsTable", "links to other claims")
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DOC:
                return self.titles.get(r.doc_id, r.doc_id[:8])
            if col == COL_QUOTE:
                return r.quote
            if col == COL_VERDICT:
                return verdict_text(r.verdict)
            if col == COL_LINKS:
                return f"{LINK_MARK} {r.links}" if r.links else ""
            if col == COL_ANNOTATOR:
                return r.annotator
            return local_time(r.updated)
        if role == CLAIM_ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_QUOTE and r.note:
            return arg(QCoreApplication.translate("ClaimsTable", "%1\n\nNote: %2"), r.quote, r.note)
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_VERDICT:
            return QBrush(QColor(style(r.verdict).tint))
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_VERDICT:
            return QBrush(QColor("black"))
        return None


class ClaimsFilter(QSortFilterProxyModel):
    """Verdict, document and text filters; reads the source rows directly for speed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.verdict: Verdict | None = None
        self.doc_id: str | None = None
        self.text = ""
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)  # the proxy keeps the source order

    def set_filters(self, verdict: Verdict | None, doc_id: str | None, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self.verdict, self.doc_id, self.text = verdict, doc_id, text.casefold().strip()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.verdict, self.doc_id, self.text = verdict, doc_id, text.casefold().strip()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        model: ClaimsModel = self.sourceModel()  # type: ignore[assignment]
        r = model.claim_row(source_row)
        if self.verdict is not None and r.verdict != self.verdict:
            return False
        if self.doc_id is not None and r.doc_id != self.doc_id:
            return False
        if self.text:
            hay = f"{r.quote}\n{r.note}\n{model.titles.get(r.doc_id, '')}\n{r.annotator}".casefold()
            return self.text in hay
        return True


class ClaimsPanel(QWidget):
    claim_activated = Signal(str)
    #: The user moved the table's current row with the keyboard: the inspector shows that
    #: claim, so the two never disagree (Enter or a click opens it in a pane).
    claim_selected = Signal(str)

    def __init__(self, project: Project, titles: dict[str, str],
                 order: tuple[int, Qt.SortOrder] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClaimsModel(project, titles, self, order=order)
        self.proxy = ClaimsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.verdict_box = QComboBox()
        self.verdict_box.addItem(QCoreApplication.translate("ClaimsTable", "All verdicts"), None)
        for v in Verdict:
            self.verdict_box.addItem(verdict_text(v), v)
        self.doc_box = QComboBox()
        self.doc_box.setMinimumContentsLength(12)
        self.doc_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.text_box = QLineEdit(placeholderText=QCoreApplication.translate("ClaimsTable", "Filter by quote, note, article or annotator…"))
        self.text_box.setClearButtonEnabled(True)
        self.set_documents(titles)
        for signal in (self.verdict_box.currentIndexChanged, self.doc_box.currentIndexChanged,
                       self.text_box.textChanged):
            signal.connect(self._apply_filters)
        self.table = list_table(self.proxy)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_QUOTE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_DOC, 170)
        header.resizeSection(COL_VERDICT, 100)
        header.resizeSection(COL_LINKS, 44)
        header.resizeSection(COL_ANNOTATOR, 90)
        header.resizeSection(COL_UPDATED, 140)
        if self.model.order != (COL_DOC, Qt.SortOrder.AscendingOrder):
            header.setSortIndicator(*self.model.order)  # (sorting the rows not yet loaded)
        self.table.clicked.connect(self._activate)
        self.table.activated.connect(self._activate)
        self.table.selectionModel().currentRowChanged.connect(self._current_moved)
        filters = QHBoxLayout()
        filters.addWidget(self.verdict_box)
        filters.addWidget(self.doc_box)
        filters.addWidget(self.text_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def set_documents(self, titles: dict[str, str]) -> None:
        current = self.doc_box.currentData()
        self.doc_box.blockSignals(True)
        self.doc_box.clear()
        self.doc_box.addItem(QCoreApplication.translate("ClaimsTable", "All articles"), None)
        for doc_id, title in titles.items():
            self.doc_box.addItem(title, doc_id)
        at = self.doc_box.findData(current)
        self.doc_box.setCurrentIndex(max(0, at))
        self.doc_box.blockSignals(False)
        self.model.retitle(titles)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(self.verdict_box.currentData(), self.doc_box.currentData(),
                               self.text_box.text())

    def _activate(self, index: QModelIndex) -> None:
        claim_id = index.data(CLAIM_ID_ROLE)
        if claim_id:
            self.claim_activated.emit(claim_id)

    def _current_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        claim_id = current.data(CLAIM_ID_ROLE) if current.isValid() else None
        if claim_id and self.table.hasFocus():
            self.claim_selected.emit(claim_id)

    def selected_claim(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CLAIM_ID_ROLE) if rows else None

    def select_claim(self, claim_id: str | None) -> None:
        """Show the claim selected elsewhere, without emitting claim_activated."""
        row = self.model.row_of(claim_id) if claim_id else None
        if row is None:
            self.table.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
