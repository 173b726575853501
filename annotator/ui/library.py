"""The document library: every article with outlet, language, date and claim counts."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication  # noqa: I001
from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtWidgets import QHeaderView, QLineEdit, QVBoxLayout, QWidget

from ..core.model import Verdict
from ..project import Project
from ..core.summaries import DocumentSummary
from .badges import UNKNOWN_LANGUAGE, language_badge
from .palette import style
from .i18n import arg
from .tables import list_table

COLUMNS = [QT_TRANSLATE_NOOP("Library", "Article"), QT_TRANSLATE_NOOP("Library", "Outlet"),
           QT_TRANSLATE_NOOP("Library", "Lang."), QT_TRANSLATE_NOOP("Library", "Date")] + [style(v).symbol for v in Verdict]
VERDICT_COLUMNS = {4 + i: v for i, v in enumerate(Verdict)}
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryModel(QAbstractTableModel):
    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self._docs: list[DocumentSummary] = []
        self._row: dict[str, int] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._docs = self.project.documents()
        self._row = {d.id: i for i, d in enumerate(self._docs)}
        self.endResetModel()

    def refresh(self, doc_ids: set[str]) -> None:
        """Re-read only the named documents (claim counts after an edit, removals, undo)."""
        if not doc_ids:
            return
        fresh = {d.id: d for d in self.project.documents(sorted(doc_ids))}
        if any(i not in self._row for i in fresh) or any(
                i in self._row and i not in fresh for i in doc_ids):
            self.reload()  # a document appeared or went away
            return
        for doc_id, summary in fresh.items():
            row = self._row[doc_id]
            self._docs[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def adjust_counts(self, deltas: list[tuple[str, Verdict, int]]) -> None:
        """Apply claim count changes worked out by the claims model: no query, no article read."""
        rows = set()
        for doc_id, verdict, delta in deltas:
            row = self._row.get(doc_id)
            if row is not None:
                counts = self._docs[row].counts
                counts[verdict] = counts.get(verdict, 0) + delta
                rows.add(row)
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def title(self, doc_id: str) -> str:
        d = self.summary(doc_id)
        return (d.title or d.source_name) if d is not None else "?"

    def summary(self, doc_id: str) -> DocumentSummary | None:
        row = self._row.get(doc_id)
        return None if row is None else self._docs[row]

    def doc_ids(self) -> list[str]:
        return [d.id for d in self._docs]

    def totals(self) -> dict[Verdict, int]:
        """Claims per verdict over every article, for the status bar."""
        totals = dict.fromkeys(Verdict, 0)
        for d in self._docs:
            for v, n in d.counts.items():
                totals[v] += n
        return totals

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Library", COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section in VERDICT_COLUMNS:
                return arg(QCoreApplication.translate("Library", "claims tagged %1"), style(VERDICT_COLUMNS[section]).label)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self._docs[index.row()]
        col = index.column()
        if role == DOC_ID_ROLE:
            return d.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                if role == Qt.ItemDataRole.EditRole:
                    return d.title or d.source_name
                second = "  ·  ".join(b for b in (d.outlet, d.published[:10]) if b)
                return f"{d.title or d.source_name}\n{second}" if second else (d.title or d.source_name)
            if col == 1:
                return d.outlet
            if col == 2:
                return d.effective_language or QCoreApplication.translate("Badges", UNKNOWN_LANGUAGE)
            if col == 3:
                return d.published[:10]
            return d.counts.get(VERDICT_COLUMNS[col], 0)
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return language_badge(d.effective_language)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return arg(QCoreApplication.translate("Library", "%1\n%2 · %3 characters · %4 claims"),
                       d.title, d.source_name, d.length, d.claim_count)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in VERDICT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class LibraryPanel(QWidget):
    open_requested = Signal(str)  # doc id, to open in the active pane

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(project, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(placeholderText=QCoreApplication.translate("Library", "Filter articles (title, outlet, language)…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = list_table(self.proxy)
        header = self.table.horizontalHeader()
        # title, outlet and date share the first column on two lines: a side panel is narrow
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)
        self.table.setColumnHidden(1, True)
        self.table.setColumnHidden(3, True)
        # fixed widths from the font, not ResizeToContents, which asks every row for its data
        # (96,000 calls for 1,000 articles) before the window can first show
        digits = self.fontMetrics().horizontalAdvance("999") + 14
        header.resizeSection(2, self.fontMetrics().horizontalAdvance("Lang.") + 14)
        for col in VERDICT_COLUMNS:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, digits)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)
        self.table.setMinimumWidth(260)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)

    def _open(self, index: QModelIndex) -> None:
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id:
            self.open_requested.emit(doc_id)

    def selected_doc_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(DOC_ID_ROLE) if rows else None

    def row_of(self, doc_id: str) -> QModelIndex:
        row = self.model._row.get(doc_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))
