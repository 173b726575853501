"""The comparison table's model: one row per claim cluster, one column per outlet, each cell
that outlet's wording, figures, dates, source and verdict — the spreadsheet fact-checkers
otherwise build by hand. Rows per cluster read better than rows per report at 1024 px: a
cluster is one line of the eye, and the outlets sit side by side as in the issue's table.

`ComparisonFilter` (a sort/filter proxy) keeps conflicts only, unlinked matches only, or rows
holding a text; sorting compares numbers as numbers.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex,
    QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QBrush, QColor

from ..project.clusters import NOT_TAGGED, Cluster, Member
from .compare_texts import conflict_kind, said

#: Columns before the outlets'.
ID, CLAIM, CONFLICTS = 0, 1, 2
FIXED = 3
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1  # the Member a click opens (None: nothing)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
WORDING_CHARS = 160
CONFLICT_BRUSH = QBrush(QColor("#FBE3D6"))  # the palette's orange (#D55E00), light


def _short(text: str, limit: int = WORDING_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def verdict_label(verdict: str) -> str:
    if verdict == NOT_TAGGED:
        return QCoreApplication.translate("ComparisonModel", "not tagged")
    return QCoreApplication.translate("Verdict", verdict)  # palette's names


def member_text(m: Member, limit: int = WORDING_CHARS) -> str:
    """A report as a cell shows it: the wording, then one line per thing to compare."""
    lines = [f"“{_short(m.wording, limit)}”"]
    if m.figures:
        lines.append(QCoreApplication.translate("ComparisonModel", "Figures: %1").replace("%1", ", ".join(m.figures)))
    if m.dates:
        lines.append(QCoreApplication.translate("ComparisonModel", "Dates: %1").replace("%1", ", ".join(m.dates)))
    if m.source:
        lines.append(QCoreApplication.translate("ComparisonModel", "Source: %1").replace("%1", m.source))
    lines.append(QCoreApplication.translate("ComparisonModel", "Verdict: %1").replace("%1", verdict_label(m.verdict)))
    return "\n".join(lines)


def outlet_name(m: Member) -> str:
    return m.outlet or QCoreApplication.translate("ComparisonModel", "(no outlet)")


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.clusters: list[Cluster] = []
        self.outlets: list[str] = []
        self._cells: list[dict[str, list[Member]]] = []

    def set_clusters(self, clusters: Sequence[Cluster]) -> None:
        self.beginResetModel()
        self.clusters = list(clusters)
        counts: dict[str, int] = {}
        self._cells = []
        for c in self.clusters:
            cells: dict[str, list[Member]] = {}
            for m in c.members:
                cells.setdefault(outlet_name(m), []).append(m)
            for name in cells:
                counts[name] = counts.get(name, 0) + 1
            self._cells.append(cells)
        self.outlets = sorted(counts, key=lambda o: (-counts[o], o.casefold()))  # busiest first
        self.endResetModel()

    # ------------------------------------------------------------------ Qt
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.clusters)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else FIXED + len(self.outlets)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == ID:
            return "#"
        if section == CLAIM:
            return self.tr("Claim")
        if section == CONFLICTS:
            return self.tr("Conflicts")
        if FIXED <= section < self.columnCount():
            return self.outlets[section - FIXED]
        return None

    def members_at(self, row: int, column: int) -> list[Member]:
        if not (0 <= row < len(self.clusters)):
            return []
        if column in (ID, CLAIM, CONFLICTS):
            return [self.clusters[row].lead]
        if FIXED <= column < self.columnCount():
            return self._cells[row].get(self.outlets[column - FIXED], [])
        return []

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.clusters)):
            return None
        c = self.clusters[index.row()]
        col = index.column()
        if role == MEMBER_ROLE:
            members = self.members_at(index.row(), col)
            return members[0] if members else None
        if role == SORT_ROLE:
            if col == ID:
                return c.id
            if col == CONFLICTS:
                return sum(1 for x in c.conflicts if x.hard) * 1000 + len(c.conflicts)
            return self.data(index).casefold() if self.data(index) else "\uffff"
        if role == Qt.ItemDataRole.TextAlignmentRole:  # cells of several lines read from the top
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role == Qt.ItemDataRole.BackgroundRole:
            return CONFLICT_BRUSH if col == CONFLICTS and c.has_conflict else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == CONFLICTS:
                return "\n".join(f"{conflict_kind(x.kind)}: {said(x.why)}" for x in c.conflicts) or None
            members = self.members_at(index.row(), col)
            return "\n\n".join(f"{m.title}\n{member_text(m, 2000)}" for m in members) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == ID:
            return str(c.id)
        if col == CLAIM:
            return _short(c.lead.wording, 90)
        if col == CONFLICTS:
            parts = []
            hard = sum(1 for x in c.conflicts if x.hard)
            if hard:
                kinds = ", ".join(dict.fromkeys(conflict_kind(x.kind) for x in c.conflicts if x.hard))
                parts.append(self.tr("%n conflict(s)", "", hard) + f": {kinds}")
            if len(c.conflicts) > hard:
                parts.append(self.tr("%n caution(s)", "", len(c.conflicts) - hard))
            if c.unlinked:
                parts.append(self.tr("%n unlinked match(es)", "", c.unlinked))
            return "\n".join(parts)
        return "\n\n".join(member_text(m) for m in self.members_at(index.row(), col))


class ComparisonFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.conflicts_only = False
        self.unlinked_only = False
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, *, conflicts_only: bool | None = None, unlinked_only: bool | None = None,
                   text: str | None = None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
        if conflicts_only is not None:
            self.conflicts_only = conflicts_only
        if unlinked_only is not None:
            self.unlinked_only = unlinked_only
        if text is not None:
            self.text = text.strip().casefold()
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, ComparisonModel) or row >= len(model.clusters):
            return False
        c = model.clusters[row]
        if self.conflicts_only and not c.conflicts:
            return False
        if self.unlinked_only and not c.unlinked:
            return False
        if self.text:
            haystack = " ".join(f"{m.wording} {m.outlet} {m.title} {m.source} "
                                f"{' '.join(m.figures)}" for m in c.members).casefold()
            return all(word in haystack for word in self.text.split())
        return True
