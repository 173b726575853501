"""The disagreement list's model: a row per disagreement, its label made when the view asks.

A project of 1,000,000 claims tagged by two annotators can have hundreds of thousands of
disagreements: a QListWidget item each (and a decisions query over all their claims at every
decision) froze the window for seconds. Here a row is a reference into the queue; which units
are decided is kept per claim id and updated from the claims a change names."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from .unit_view import kinds_text

if TYPE_CHECKING:
    from ...project.team import Disagreement

_Index = QModelIndex | QPersistentModelIndex


class DisagreementModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list["Disagreement"] = []
        self.titles: dict[str, str] = {}
        self._decided: set[str] = set()  # claim ids with a standing decision
        self._row_of: dict[str, int] = {}  # claim id -> its unit's row
        self._done: list[bool] = []
        self.done = 0

    def reset(self, items: Sequence["Disagreement"], titles: Mapping[str, str],
              decided: Iterable[str]) -> None:
        self.beginResetModel()
        self.items, self.titles = list(items), dict(titles)
        self._decided = set(decided)
        self._row_of = {s[5]: k for k, d in enumerate(self.items) for s in d.spans.values()}
        self._done = [any(s[5] in self._decided for s in d.spans.values()) for d in self.items]
        self.done = sum(self._done)
        self.endResetModel()

    def update_decisions(self, claim_ids: Iterable[str], decided: Mapping[str, str]) -> None:
        """`decided`: the standing decisions among `claim_ids` (those absent have none)."""
        rows = set()
        for cid in claim_ids:
            if cid in decided:
                self._decided.add(cid)
            else:
                self._decided.discard(cid)
            if cid in self._row_of:
                rows.add(self._row_of[cid])
        for k in rows:
            now = any(s[5] in self._decided for s in self.items[k].spans.values())
            if now != self._done[k]:
                self._done[k] = now
                self.done += 1 if now else -1
            index = self.index(k)
            self.dataChanged.emit(index, index)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        d = self.items[index.row()]
        title = self.titles.get(d.doc_id, d.doc_id)
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "✓ " if self._done[index.row()] else "• "
            return f"{mark}{kinds_text(d)} @{d.start} · {title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return title
        return None
