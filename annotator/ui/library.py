"""The document library: every article with outlet, language, date and claim counts.

Windowed (ui/paged.py): the import order is read a page at a time by OFFSET over its index,
a sort or a filter is one query giving the order of the rowids (SQL's ORDER BY and LIKE, in a
worker for a large project), and only the rows painted are read. 100,000 articles open as fast
as 100.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication  # noqa: I001
from PySide6.QtCore import (
    QAbstractTableModel, QIdentityProxyModel, QModelIndex, Qt, QTimer, Signal,
)
from PySide6.QtWidgets import QHeaderView, QLineEdit, QVBoxLayout, QWidget

from ..core.model import Verdict
from ..project import Project
from ..core.summaries import DocumentSummary
from .badges import language_badge
from .paged import PAGE, SYNC_ROWS, ArrayOrder, PageCache, WindowOrder
from .palette import style
from .i18n import arg
from .tables import list_table
from .workers import Task, open_project

COLUMNS = [QT_TRANSLATE_NOOP("Library", "Article"), QT_TRANSLATE_NOOP("Library", "Outlet"),
           QT_TRANSLATE_NOOP("Library", "Lang."), QT_TRANSLATE_NOOP("Library", "Date")] + [style(v).symbol for v in Verdict]
VERDICT_COLUMNS = {4 + i: v for i, v in enumerate(Verdict)}
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The language column's text for an article whose language is unknown or mixed
NO_LANGUAGE = "—"
# The store's name of the order of each column (store/pages.py DOCUMENT_ORDERS)
SORTS = {0: "label", 1: "outlet", 2: "language", 3: "published",
         **{col: f"count:{v.value}" for col, v in VERDICT_COLUMNS.items()}}
# Summaries asked for by id that are not on screen (the inspector's titles), kept at most
EXTRA = 512
_ROLES = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
          Qt.ItemDataRole.TextAlignmentRole, DOC_ID_ROLE}


def _read_order(path, sort: str, descending: bool, text: str):
    """In a worker, on its own read-only connection."""
    with open_project(path, readonly=True) as project:
        return project.document_rowids(sort, descending, text)


class LibraryModel(QAbstractTableModel):
    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self._rows = PageCache(self._read_page, lambda d: d.id)
        self._sort, self._descending, self._text = "", False, ""
        self._extra: dict[str, DocumentSummary] = {}
        self._generation = 0
        self._task: Task | None = None
        self.total = 0  # articles in the project, whatever the filter
        self.reload()

    def _read_page(self, rowids: list[int]) -> list[DocumentSummary | None]:
        if self.project.closed:  # a repaint while the window switches project
            return [None] * len(rowids)
        return self.project.document_page(rowids)

    @property
    def loading(self) -> bool:
        return self._task is not None

    def reload(self) -> None:
        """Count the articles and show them in the order chosen; only the import order with
        no filter needs no query of its own (its pages come from the index as painted)."""
        if self.project.closed:
            return
        self.total = self.project.document_count()
        self._extra.clear()
        if not self._sort and not self._text:
            self._generation += 1
            self._task = None
            self._show(WindowOrder(self.total, self.project.document_rowid_window,
                                   self.project.document_keyed_window))
            if self.total:
                # the first screenful, now: what the window shows first, and damage in it
                # (a value no Annotator writes) is found while the window is being built
                self._rows.row(0)
            return
        self._query()

    def _query(self) -> None:
        self._generation += 1
        sort, descending, text = self._sort, self._descending, self._text
        if self.total <= SYNC_ROWS:
            self._task = None
            self._show(ArrayOrder(self.project.document_rowids(sort, descending, text)))
            return
        generation, path = self._generation, self.project.path
        task = Task(lambda control: (generation, _read_order(path, sort, descending, text)))
        task.succeeded.connect(self._ordered)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _ordered(self, result) -> None:
        if result is None or result[0] != self._generation or self.project.closed:
            return
        self._task = None
        self._show(ArrayOrder(result[1]))

    def _failed(self, _message: str) -> None:
        self._task = None  # the order shown stays

    def _show(self, order) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(self._rows.row(i.row()), i.column()) for i in persistent]
        self._rows.set_order(order)
        new = []
        for summary, col in remembered:
            at = self.row_of(summary.id) if summary is not None else None
            new.append(self.index(at, col) if at is not None else QModelIndex())
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By SQL's ORDER BY (store/pages.py); column -1 is the import order."""
        sort = SORTS.get(column, "")
        descending = order == Qt.SortOrder.DescendingOrder and bool(sort)
        if (sort, descending) == (self._sort, self._descending):
            return  # (the view asks for the import order once, as it is set up)
        self._sort, self._descending = sort, descending
        self.reload()

    def set_filter(self, text: str) -> None:
        """Articles whose title, file name, outlet, language or date holds `text`."""
        if text.strip() == self._text:
            return
        self._text = text.strip()
        self.reload()

    def refresh(self, doc_ids: set[str]) -> None:
        """Re-read only the named documents (claim counts after an edit, removals, undo)."""
        if not doc_ids:
            return
        for doc_id in doc_ids:
            self._extra.pop(doc_id, None)
        if self.project.document_count() != self.total or self._text:
            self.reload()  # a document appeared or went away, or may pass the filter no more
            return
        positions = {self._rows.position(d) for d in doc_ids} - {None}
        for page in self._rows.reread(positions):
            self._changed(page * PAGE, page * PAGE + PAGE - 1)

    def _changed(self, first: int, last: int) -> None:
        last = min(last, self.rowCount() - 1)
        if first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def adjust_counts(self, deltas: list[tuple[str, Verdict, int]]) -> None:
        """Apply claim count changes worked out from the edit: no query, no article read."""
        rows = set()
        for doc_id, verdict, delta in deltas:
            at = self._rows.position(doc_id)
            shown = self._rows.row(at) if at is not None else None
            for summary in {id(s): s for s in (shown, self._extra.get(doc_id)) if s}.values():
                summary.counts[verdict] = summary.counts.get(verdict, 0) + delta
            if at is not None:
                rows.add(at)
        for row in rows:
            self._changed(row, row)

    def title(self, doc_id: str) -> str:
        d = self.summary(doc_id)
        return (d.title or d.source_name) if d is not None else "?"

    def summary(self, doc_id: str) -> DocumentSummary | None:
        at = self._rows.position(doc_id)
        if at is not None:
            return self._rows.row(at)
        if doc_id not in self._extra:
            found = self.project.documents([doc_id])
            if not found:
                return None
            if len(self._extra) >= EXTRA:
                self._extra.pop(next(iter(self._extra)))
            self._extra[doc_id] = found[0]
        return self._extra[doc_id]

    def row_of(self, doc_id: str) -> int | None:
        """The article's row in the order shown (None when filtered out or gone)."""
        at = self._rows.position(doc_id)
        if at is not None:
            return at
        if isinstance(self._rows.order, WindowOrder):
            return self.project.document_position(doc_id)
        return self._rows.find(doc_id, self.project.document_rowid(doc_id))

    def doc_id_at(self, row: int) -> str | None:
        d = self._rows.row(row)
        return d.id if d is not None else None

    def match(self, start, role, value, hits=1, flags=Qt.MatchFlag.MatchStartsWith):  # noqa: N802
        """Typing in the table jumps among the rows read so far: Qt's own search would read
        every row of 100,000 to find one."""
        text = str(value).casefold()
        out = []
        for at, d in sorted(self._rows.held(), key=lambda p: p[0]):
            if at >= start.row() and (d.title or d.source_name).casefold().startswith(text):
                out.append(self.index(at, 0))
                if 0 < hits <= len(out):
                    break
        return out

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

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
        if not index.isValid() or role not in _ROLES:  # most of what a delegate asks for
            return None
        d = self._rows.row(index.row())
        if d is None:  # removed by another program since the order was read
            return None
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
            if col == 2:  # "—" where none was found: the column is two letters wide, and
                # "unknown / mixed" cut to "unk…" ("tak …") said nothing (the tooltip says it)
                return d.effective_language or NO_LANGUAGE
            if col == 3:
                return d.published[:10]
            return d.counts.get(VERDICT_COLUMNS[col], 0)
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return language_badge(d.effective_language)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            if d.length < 0:  # pages are read without it (store/pages.py document_page)
                d.length = self.project.text_length(d.id)
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
        # sorting and filtering are the model's (SQL); the proxy only passes them on
        self.proxy = QIdentityProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(placeholderText=QCoreApplication.translate("Library", "Filter articles (title, outlet, language)…"))
        self.filter.setClearButtonEnabled(True)
        # a large library is filtered in a worker: wait for a pause in the typing
        self._typing = QTimer(self, singleShot=True, interval=0 if self.model.total <= 20_000 else 150)
        self._typing.timeout.connect(lambda: self.model.set_filter(self.filter.text()))
        self.filter.textChanged.connect(self._filter_changed)
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
        self.table.setMinimumWidth(260)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)

    def _filter_changed(self, text: str) -> None:
        if self._typing.interval() == 0:
            self.model.set_filter(text)
        else:
            self._typing.start()

    def _open(self, index: QModelIndex) -> None:
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id:
            self.open_requested.emit(doc_id)

    def selected_doc_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(DOC_ID_ROLE) if rows else None

    def row_of(self, doc_id: str) -> QModelIndex:
        row = self.model.row_of(doc_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))
