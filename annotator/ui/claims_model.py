"""Every claim in the project as a sortable, filterable table (Qt model/view), windowed.

The model holds the order of the claims that pass the filters (their rowids: one query, sorted
and filtered by SQL in store/pages.py, in a worker at start and for a large project) and the
pages of rows painted (ui/paged.py): a project of 1,000,000 claims opens with 8 MB of order,
not 500 MB of rows. After an edit only the claims a ChangeSet names are looked at: an edited
row is read again in place, a new claim is inserted where the current order puts it (found by
bisection over single-row key reads), a removed one taken out.
"""
from __future__ import annotations

from array import array

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from ..core.errors import AnnotatorError
from ..core.model import Verdict
from ..project import Project
from ..project.helper_process import MATCH_NICE
from ..project.pages import ClaimFilter, claim_order_in_helper
from .bridge import ClaimState
from .claim_rows import (
    CLAIM_ID_ROLE, COL_ANNOTATOR, COL_DOC, COL_LINKS, COL_QUOTE, COL_VERDICT, COLUMNS, NOTE_CHARS,
    QUOTE_CHARS, SORTS, ClaimRow,
)
from .paged import FIND_WITH_NUMPY, PAGE, SYNC_ROWS, ArrayOrder, PageCache, bisect_rows
from .palette import LINK_MARK, style, verdict_text
from .workers import Control, Task, open_project
from .i18n import arg, local_time

# Rowids of claims edited in this session, to find a deleted one's row (bounded)
REMEMBERED = 10_000
#: Projects of more claims than this have their orders read in a helper process (its start,
#: 0.15 s, is less than the lock's stalls cost: 100,000 rowids are 40 ms of Python)
HELPER_ROWS = 100_000
_ROLES = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
          Qt.ItemDataRole.ForegroundRole, CLAIM_ID_ROLE}


def _read_order(path, sort: str, descending: bool, filt: ClaimFilter, in_helper: bool,
                control: Control) -> tuple[array, int]:
    """In a worker thread: the order and the claim count, on a read-only connection of its
    own or, for a large project, in a helper process (the window keeps the interpreter
    lock: see project/pages.py claim_order_in_helper), stopped by a newer sort or filter."""
    if in_helper:
        found = claim_order_in_helper(path, sort, descending, filt, control.cancelled)
        control.check()  # (None when cancelled)
        rowids, total = found
    else:
        with open_project(path, readonly=True) as project:
            rowids, total = project.claim_rowids(sort, descending, filt), project.claim_count()
    if len(rowids) > FIND_WITH_NUMPY:
        import numpy  # noqa: F401  (here, not at the first click: finding a row needs it)
    return rowids, total


#: What the table is waiting for (ClaimsModel.waiting_for): its first order, a new one after a
#: sort or a filter, or the same one read again (an import, a claim gone from an unread page)
LOADING, SORTING, FILTERING, UPDATING = "loading", "sorting", "filtering", "updating"


class ClaimsModel(QAbstractTableModel):
    loaded = Signal()
    load_failed = Signal(str)
    #: An order is being read in a worker (LOADING, SORTING, FILTERING, UPDATING), or "" once it
    #: has arrived or failed: the panel says so, since at 1,000,000 claims it takes seconds
    waiting = Signal(str)

    def __init__(self, project: Project, parent=None, *,
                 order: tuple[int, Qt.SortOrder] | None = None, hold: bool = False) -> None:
        """`hold`: the first order is read only when `release` is called (the window does
        so once it has painted for the first time: the read, 50,000 rowids of Python on a
        second thread, took the interpreter lock from the window being built and painted,
        which the table waits for anyway, since its rows only show once the order is in)."""
        super().__init__(parent)
        self._held = hold
        self.project = project
        self._rows = PageCache(self._read_page, lambda r: r.id)
        self._generation = 0
        self._touched: set[str] = set()  # claims edited while a load was under way
        self._rowids: dict[str, int] = {}
        self.total = 0  # claims in the project, whatever the filters
        self._filter = ClaimFilter()
        # How the rows are ordered (by document, then position, unless the user sorted)
        self._order: tuple[int, Qt.SortOrder] = (COL_DOC, Qt.SortOrder.AscendingOrder)
        if order is not None and order[0] in SORTS:
            self._order = order  # as the user last left the table: the rows load so sorted
        self._task: Task | None = None
        self.waiting_for = ""
        self._shown = False  # an order has arrived once
        self.reload()

    @property
    def loading(self) -> bool:
        return self._task is not None

    def _wait(self, why: str) -> None:
        if why != self.waiting_for:
            self.waiting_for = why
            self.waiting.emit(why)

    def _spec(self) -> tuple[str, bool, ClaimFilter]:
        return (SORTS[self._order[0]], self._order[1] == Qt.SortOrder.DescendingOrder,
                self._filter)

    def _read_page(self, rowids: list[int]) -> list[ClaimRow | None]:
        if self.project.closed:  # a repaint while the window switches project
            return [None] * len(rowids)
        try:
            rows = self.project.claim_page(rowids, QUOTE_CHARS * 2, NOTE_CHARS)
        except AnnotatorError as exc:  # damage in a row (a value no Annotator writes)
            message = str(exc)  # (the name `exc` is gone once the except block ends)
            QTimer.singleShot(0, self, lambda: self.load_failed.emit(message))
            return [None] * len(rowids)
        return [ClaimRow.of(r) if r is not None else None for r in rows]

    def reload(self, why: str = "") -> None:
        """Read the order of the claims in a worker (a second for 1,000,000, which the window
        should not freeze for, at start-up least of all); edits made meanwhile are looked at
        again when it arrives. Until then the previous order stays on screen and `waiting`
        says why (the first load: nothing to show yet)."""
        if self.project.closed:
            return
        if not self._shown or self.waiting_for == LOADING:
            why = LOADING  # still no order at all: that is what the user waits for
        why = why or UPDATING
        self._generation += 1
        generation, path, (sort, descending, filt) = self._generation, self.project.path, self._spec()
        self._touched = set()
        # (the first time, counted up to the threshold: a read of its index, not of them all)
        total = self.total if self._shown else self.project.claim_count(at_most=HELPER_ROWS + 1)
        in_helper = total > HELPER_ROWS
        # no parent: the task outlives this model if the window switches project meanwhile
        # (a QThread destroyed with its parent while running would abort the process); bound
        # methods, unlike lambdas, are disconnected when this model goes away
        # a helper's waiting thread (which starts the helper: multiprocessing's imports and
        # pipes) runs below the window, as the helper does: at start-up it otherwise took
        # the CPU from the window being built (core/priority.py); a read in this process
        # holds the interpreter lock and keeps the window's priority
        task = Task(lambda control: (generation, _read_order(path, sort, descending, filt,
                                                             in_helper, control)),
                    nice=MATCH_NICE if in_helper else 0)
        task.succeeded.connect(self._loaded)
        task.failed.connect(self._load_failed)
        if self._task is not None:
            self._task.cancel()  # its order would be dropped on arrival: its helper stops now
        self._task = task
        self._wait(why)
        if not self._held:
            task.start()

    def release(self) -> None:
        """Start the read held back by `hold` (once; later calls do nothing)."""
        if self._held:
            self._held = False
            if self._task is not None and not self._task.running:
                self._task.start()

    def _query(self, why: str = SORTING) -> None:
        """The order again after a sort or a filter: at once for a small project."""
        if self.loading or self.total > SYNC_ROWS or self.project.closed:
            self.reload(why)
            return
        self._generation += 1
        sort, descending, filt = self._spec()
        self._show(ArrayOrder(self.project.claim_rowids(sort, descending, filt)))

    def _loaded(self, result: tuple[int, tuple[array, int]]) -> None:
        generation, (rowids, total) = result
        if generation != self._generation or self.project.closed:
            return
        self._task = None
        self.total = total
        self._show(ArrayOrder(rowids))
        self._shown = True
        self._wait("")
        touched, self._touched = self._touched, set()
        if touched:
            self.refresh(ClaimState.read_ids(self.project, touched))
        self.loaded.emit()

    def _load_failed(self, message: str) -> None:
        if self._task is not None and not self._task.running:
            self._task = None
            self._wait("")
            self.load_failed.emit(message)

    def _show(self, order: ArrayOrder) -> None:
        """The new order, the selection kept on the same claims."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(self._rows.row(i.row()), i.column()) for i in persistent]
        self._rows.set_order(order)
        new = []
        for row, col in remembered:
            at = self.row_of(row.id) if row is not None else None
            new.append(self.index(at, col) if at is not None else QModelIndex())
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    def refresh(self, state: ClaimState) -> None:
        """Update the named rows: read again in place, inserted where the order puts them,
        taken out when gone or no longer passing the filters."""
        if self.loading:
            self._touched.update(state.claims)
        sort, descending, filt = self._spec()
        filtered = filt != ClaimFilter()
        lost = False
        for cid, claim in state.claims.items():
            if claim is None:
                at = self._rows.find(cid, self._rowids.pop(cid, None))
                if at is not None:
                    self._remove(at)
                else:
                    lost = True  # its row is somewhere unread: the order is read again
                continue
            rowid = self.project.claim_rowid(cid)
            if rowid is None:
                continue
            self._remember(cid, rowid)
            at = self._rows.find(cid, rowid)
            passes = not filtered or self.project.claim_matches(rowid, filt)
            if at is None and passes:
                self._insert(rowid, sort, descending)
            elif at is not None and not passes:
                self._remove(at)
            elif at is not None:
                for page in self._rows.reread({at}):
                    last = min(page * PAGE + PAGE, self.rowCount()) - 1
                    self.dataChanged.emit(self.index(page * PAGE, 0),
                                          self.index(last, len(COLUMNS) - 1))
        if lost and not self.loading:
            self._query(UPDATING)

    def _insert(self, rowid: int, sort: str, descending: bool) -> None:
        key = self.project.claim_sort_key(sort, rowid)
        if key is None:
            return

        def key_at(at: int) -> tuple | None:
            other = self._rows.rowid(at)
            return None if other is None else self.project.claim_sort_key(sort, other)
        at = bisect_rows(len(self._rows), key, key_at, descending)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, rowid)
        self.endInsertRows()

    def _remove(self, at: int) -> None:
        self.beginRemoveRows(QModelIndex(), at, at)
        self._rows.remove(at)
        self.endRemoveRows()

    def retitle(self) -> None:
        """An article's title changed: the rows painted are read again (the order stays until
        the next sort, so rows do not jump under the user's eyes)."""
        self._rows.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, COL_DOC), self.index(self.rowCount() - 1, COL_DOC))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by SQL's ORDER BY (store/pages.py), not by a proxy, which would read every
        row. New claims are inserted in this order; an edited claim keeps its row until the
        next sort (rows do not jump under the user's eyes)."""
        if column not in SORTS or (column, order) == self._order and self.loading:
            return
        self._order = (column, order)
        self._query()

    def set_filters(self, verdict: Verdict | None, doc_id: str | None, text: str) -> None:
        filt = ClaimFilter(Verdict(verdict).value if verdict is not None else None, doc_id,
                           text.strip())
        if filt != self._filter:
            self._filter = filt
            self._query(FILTERING)

    @property
    def order(self) -> tuple[int, Qt.SortOrder]:
        """The column the rows are sorted by, and the direction."""
        return self._order

    def row_of(self, claim_id: str) -> int | None:
        at = self._rows.position(claim_id)
        if at is not None:
            return at
        rowid = self.project.claim_rowid(claim_id)
        if rowid is not None:  # a claim selected may be deleted next: its row is found then
            self._remember(claim_id, rowid)
        return self._rows.find(claim_id, rowid)

    def _remember(self, claim_id: str, rowid: int) -> None:
        if len(self._rowids) >= REMEMBERED:
            self._rowids.pop(next(iter(self._rowids)))
        self._rowids[claim_id] = rowid

    def claim_row(self, row: int) -> ClaimRow | None:
        return self._rows.row(row)

    def match(self, start, role, value, hits=1, flags=Qt.MatchFlag.MatchStartsWith):  # noqa: N802
        """Typing in the table searches the rows read so far, not all 1,000,000."""
        text = str(value).casefold()
        found = [self.index(at, start.column()) for at, r in sorted(self._rows.held(), key=lambda p: p[0])
                 if at >= start.row() and str(self.index(at, start.column()).data() or "").casefold().startswith(text)]
        return found[:hits] if hits > 0 else found

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
        if not index.isValid() or role not in _ROLES:  # most of what a delegate asks for
            return None
        r = self._rows.row(index.row())
        if r is None:  # deleted by another program since the order was read
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DOC:
                return r.title or r.doc_id[:8]
            if col == COL_QUOTE:
                return r.quote
            if col == COL_VERDICT:
                return verdict_text(r.verdict)
            if col == COL_LINKS:
                return f"{LINK_MARK} {r.links}" if r.links else ""
            if col == COL_ANNOTATOR:
                return r.annotator
            if r.shown_updated is None:  # QDateTime parsing: once a row, not at every paint
                r.shown_updated = local_time(r.updated)
            return r.shown_updated
        if role == CLAIM_ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_QUOTE and r.note:
            return arg(QCoreApplication.translate("ClaimsTable", "%1\n\nNote: %2"), r.quote, r.note)
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_VERDICT:
            return QBrush(QColor(style(r.verdict).tint))
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_VERDICT:
            return QBrush(QColor("black"))
        return None
