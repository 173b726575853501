"""Every claim in the project as a sortable, filterable table: the panel with its filters
(the article picker a paged list, ui/document_choices.py) over the windowed ClaimsModel
(ui/claims_model.py), whose SQL sorts and filters; the proxy only passes them on.
"""
from __future__ import annotations

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout,
    QWidget,
)

from ..core.model import Verdict
from ..project import Project
from .claim_rows import (
    CLAIM_ID_ROLE, COL_ANNOTATOR, COL_DOC, COL_LINKS, COL_QUOTE, COL_UPDATED, COL_VERDICT,
)
from .claims_model import FILTERING, LOADING, SORTING, UPDATING, ClaimsModel
from .document_choices import DocumentChoices
from .list_dropdown import ListComboBox
from .paged import SYNC_ROWS
from .palette import verdict_text
from .plain_styles import set_italic
from .tables import list_table
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["COL_VERDICT", "ClaimsFilter", "ClaimsModel", "ClaimsPanel"]


class ClaimsFilter(QIdentityProxyModel):
    """Passes the verdict, document and text filters and the sort on to the model (SQL)."""

    def set_filters(self, verdict: Verdict | None, doc_id: str | None, text: str) -> None:
        self.sourceModel().set_filters(verdict, doc_id, text)


# What the panel says while the model waits for an order (context "ClaimsTable")
WAITING_TEXTS = {
    LOADING: QT_TRANSLATE_NOOP("ClaimsTable", "Loading claims…"),
    SORTING: QT_TRANSLATE_NOOP("ClaimsTable", "Sorting claims…"),
    FILTERING: QT_TRANSLATE_NOOP("ClaimsTable", "Filtering claims…"),
    UPDATING: QT_TRANSLATE_NOOP("ClaimsTable", "Reading the claims again…"),
}


class ClaimsPanel(QWidget):
    claim_activated = Signal(str)
    #: The user moved the table's current row with the keyboard: the inspector shows that
    #: claim, so the two never disagree (Enter or a click opens it in a pane).
    claim_selected = Signal(str)

    def __init__(self, project: Project, order: tuple[int, Qt.SortOrder] | None = None,
                 parent: QWidget | None = None, *, documents: int | None = None,
                 hold: bool = False) -> None:
        super().__init__(parent)
        self.model = ClaimsModel(project, self, order=order, hold=hold)
        self.proxy = ClaimsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.verdict_box = QComboBox()
        self.verdict_box.addItem(QCoreApplication.translate("ClaimsTable", "All verdicts"), None)
        for v in Verdict:
            self.verdict_box.addItem(verdict_text(v), v)
        self.doc_box = ListComboBox()
        # the articles by title, read a screenful at a time (100,000 items are never added)
        self.choices = DocumentChoices(project, QCoreApplication.translate("ClaimsTable", "All articles"), self,
                                       count=documents)
        self.doc_box.setModel(self.choices)
        self.doc_box.view().setUniformItemSizes(True)
        self.doc_box.setMinimumContentsLength(12)
        self.doc_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.text_box = QLineEdit(placeholderText=QCoreApplication.translate("ClaimsTable", "Filter by quote, note, article or annotator…"))
        self.text_box.setClearButtonEnabled(True)
        for signal in (self.verdict_box.currentIndexChanged, self.doc_box.currentIndexChanged):
            signal.connect(self._apply_filters)
        # a large table is filtered in a worker: typing waits for a pause first
        self._typing = QTimer(self, singleShot=True, interval=150)
        self._typing.timeout.connect(self._apply_filters)
        self.text_box.textChanged.connect(
            lambda: self._typing.start() if self.model.total > SYNC_ROWS else self._apply_filters())
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
        # at 1,000,000 claims an order takes a second or more to arrive (in a worker, the
        # previous rows on screen meanwhile): the user is told it is coming
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("claimsWaiting")
        set_italic(self.waiting_label)
        self.model.waiting.connect(self._show_waiting)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.table)
        self._show_waiting(self.model.waiting_for)

    def _show_waiting(self, why: str) -> None:
        text = WAITING_TEXTS.get(why)
        self.waiting_label.setText(QCoreApplication.translate("ClaimsTable", text) if text else "")
        self.waiting_label.setVisible(bool(text))

    def refresh_documents(self) -> None:
        """Articles came, went or were renamed: the picker and the titles shown follow."""
        current = self.doc_box.currentData()
        self.doc_box.blockSignals(True)
        self.choices.reload()
        at = self.choices.row_of(current) if current else None
        self.doc_box.setCurrentIndex(at or 0)
        self.doc_box.blockSignals(False)
        self.model.retitle()

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
