"""The article picker of the claims table's filters: every article by title, as a list model
read a page at a time (store/pages.py labels_window), so 100,000 articles cost what a
screenful costs. Row 0 is "all articles" (no article: data None)."""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from ..project import Project
from .paged import KEEP, PAGE


class DocumentChoices(QAbstractListModel):
    def __init__(self, project: Project, everything: str, parent=None, *,
                 count: int | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._everything = everything
        self._pages: OrderedDict[int, list[tuple[str, str]]] = OrderedDict()
        # the library's count when it has one (a count is an index read, 0.1 s cold)
        self._count = project.document_count() if count is None else count

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self.project.document_count()
        self.endResetModel()

    def row_of(self, doc_id: str) -> int | None:
        at = self.project.label_position(doc_id)
        return None if at is None else at + 1

    def _item(self, at: int) -> tuple[str, str] | None:
        page = at // PAGE
        items = self._pages.get(page)
        if items is None:
            if self.project.closed:
                return None
            items = self._pages[page] = self.project.document_labels(page * PAGE, PAGE)
            while len(self._pages) > KEEP:
                self._pages.popitem(last=False)
        k = at - page * PAGE
        return items[k] if k < len(items) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count + 1

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.row() == 0:
            return self._everything if role == Qt.ItemDataRole.DisplayRole else None
        item = self._item(index.row() - 1)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return item[1]
        if role == Qt.ItemDataRole.UserRole:
            return item[0]
        return None

    def match(self, start, role, value, hits=1, flags=Qt.MatchFlag.MatchStartsWith):  # noqa: N802
        """Typing in the closed picker looks among the titles read so far (Qt's own search
        would read all 100,000)."""
        text = str(value).casefold()
        out = []
        for page in sorted(self._pages):
            for k, (_doc_id, label) in enumerate(self._pages[page]):
                row = page * PAGE + k + 1
                if row >= start.row() and label.casefold().startswith(text):
                    out.append(self.index(row, 0))
        return out[:hits] if hits > 0 else out
