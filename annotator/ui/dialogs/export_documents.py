"""The export dialog's article list: every article, checkable, in import order, read a page
at a time (store/pages.py) so that 100,000 articles cost what a screenful costs, where a
QListWidget of them all read every summary (and every text's length) and built 100,000 items.

What is checked is kept as a default and the articles flipped from it: "all" and "none" are
one assignment, and a selection is a list of ids only when it is one.
"""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QListView, QWidget

from ...core.summaries import DocumentSummary
from ...project import Project
from ..i18n import arg, plural
from ..paged import KEEP, PAGE
from .export_filters import checklist_title, lay_out_checklist


def _claim_count(n: int) -> str:
    return plural(QCoreApplication.translate("ExportDialog", "%n claim(s)", None, n), n)


class DocumentChecks(QAbstractListModel):
    changed = Signal()

    def __init__(self, project: Project, preselected: set[str] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.total = project.document_count()
        self._pages: OrderedDict[int, list[DocumentSummary | None]] = OrderedDict()
        self._checked = preselected is None  # the state of every article not flipped
        # the preselection's articles still there (by primary key, not a read of them all)
        self._flipped: set[str] = set(project.document_titles(sorted(preselected or ())))

    def _summary(self, at: int) -> DocumentSummary | None:
        page = at // PAGE
        rows = self._pages.get(page)
        if rows is None:
            if self.project.closed:
                return None
            rowids = self.project.document_rowid_window(page * PAGE, PAGE)
            rows = self._pages[page] = self.project.document_page(rowids)
            while len(self._pages) > KEEP:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[at - page * PAGE] if at - page * PAGE < len(rows) else None

    def is_checked(self, doc_id: str) -> bool:
        return self._checked != (doc_id in self._flipped)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.total

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self._summary(index.row())
        if d is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return arg(QCoreApplication.translate("ExportDialog", "%1 · %2"), d.title,
                       _claim_count(d.claim_count))
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(x for x in (d.outlet, d.effective_language, d.source_name) if x)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.is_checked(d.id) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return d.id
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        d = self._summary(index.row())
        if d is None:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on != self.is_checked(d.id):
            self._flipped ^= {d.id}
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.changed.emit()
        return True

    def set_all(self, on: bool) -> None:
        self._checked, self._flipped = on, set()
        if self.total:
            self.dataChanged.emit(self.index(0), self.index(self.total - 1),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.changed.emit()

    def checked_count(self) -> int:
        return self.total - len(self._flipped) if self._checked else len(self._flipped)

    def selection(self) -> list[str] | None:
        """None when every article is checked (no restriction), else the ids checked (when
        only some are left out, every id is read, from the import-order index, to say so)."""
        if self._checked and not self._flipped:
            return None
        if not self._checked:
            return sorted(self._flipped)
        ids = [d.id for d in self.project.document_page(
            self.project.document_rowid_window(0, self.total)) if d is not None]
        return [i for i in ids if i not in self._flipped]


class DocumentCheckList(QWidget):
    """The articles' list with All / None buttons, as export_filters.CheckList for names."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListView()
        self.list.setUniformItemSizes(True)
        self.model: DocumentChecks | None = None
        lay_out_checklist(self, title, self.list)

    def set_model(self, model: DocumentChecks) -> None:
        self.model = model
        self.list.setModel(model)
        model.changed.connect(self.changed)
        self.changed.emit()

    def count(self) -> int:
        return self.model.total if self.model is not None else 0

    def set_all(self, on: bool) -> None:
        if self.model is not None:
            self.model.set_all(on)

    def selection(self) -> list[str] | None:
        return self.model.selection() if self.model is not None else None

    def _update_title(self) -> None:
        total = self.count()
        self.title.setText(checklist_title(
            self.noun, self.model.checked_count() if total else 0, total))
