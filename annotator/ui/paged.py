"""The windowed rows behind the library and the claims table: an order of rowids and the pages
of it read so far.

A table of 1,000,000 claims holds their order (8 bytes a row, from one query, see
store/pages.py) or, for the library's import order, not even that: a window of rowids is read
by OFFSET over an index when its page is first painted. Each page of PAGE rows is read by
rowid in one query (a millisecond or two) and at most KEEP pages stay, so scrolling from top to
bottom reads a page at a time and memory stays flat.
"""
from __future__ import annotations

import bisect
from array import array
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from typing import Any

#: A jump of the scroll bar shows ~25 rows, so a page is a little more than a screenful: a
#: jump reads one or two pages (2-4 ms at 100,000 articles), not five times the rows shown.
PAGE = 64
KEEP = 128
#: Up to this many rows an order is worked out on the GUI thread (a few milliseconds); above
#: it, in a worker, the table showing the previous order meanwhile.
SYNC_ROWS = 20_000
#: Orders longer than this find a row with numpy (imported by the worker that read them)
FIND_WITH_NUMPY = 200_000


class ArrayOrder:
    """Every row's rowid, in order (from a query that sorted and filtered them)."""

    def __init__(self, rowids: array) -> None:
        self.rowids = rowids

    def __len__(self) -> int:
        return len(self.rowids)

    def window(self, start: int, stop: int) -> list[int]:
        return self.rowids[start:stop].tolist()

    def find(self, rowid: int) -> int | None:
        """Where a rowid is: a scan in C (numpy's, when the order is long enough to be worth
        its import: a millisecond for 1,000,000 rows)."""
        if len(self.rowids) > FIND_WITH_NUMPY:
            import numpy

            hits = numpy.flatnonzero(numpy.frombuffer(self.rowids, dtype=numpy.int64) == rowid)
            return int(hits[0]) if len(hits) else None
        try:
            return self.rowids.index(rowid)
        except ValueError:
            return None

    def insert(self, at: int, rowid: int) -> None:
        self.rowids.insert(at, rowid)

    def remove(self, at: int) -> None:
        del self.rowids[at]


class WindowOrder:
    """An order read a window at a time (`read(start, count)` gives rowids), `count` long.

    With `read_keyed(start, count, after)` (rowids and their order keys; `after`, a key read
    before, makes `start` count from that row) each window's last key is kept as an anchor,
    and a window is read from the nearest anchor above it: the index is entered at that row
    instead of stepped through from the top."""

    #: anchors kept at most (a key a page: 1,500 for 100,000 articles)
    ANCHORS = 20_000

    def __init__(self, count: int, read: Callable[[int, int], list[int]],
                 read_keyed: Callable[[int, int, Any], list[tuple[int, Any]]] | None = None
                 ) -> None:
        self.count = count
        self._read = read
        self._read_keyed = read_keyed
        self._anchors: dict[int, Any] = {}  # position -> the order key of the row there
        self._known: list[int] = []  # their positions, sorted

    def __len__(self) -> int:
        return self.count

    def window(self, start: int, stop: int) -> list[int]:
        if self._read_keyed is None:
            return self._read(start, stop - start)
        k = bisect.bisect_right(self._known, start - 1) - 1
        if k >= 0:
            at = self._known[k]
            rows = self._read_keyed(start - at - 1, stop - start, self._anchors[at])
        else:
            rows = self._read_keyed(start, stop - start, None)
        if rows:
            self._remember(start + len(rows) - 1, rows[-1][1])
        return [rowid for rowid, _key in rows]

    def _remember(self, at: int, key: Any) -> None:
        if at in self._anchors:
            return
        if len(self._known) >= self.ANCHORS:
            self._anchors.clear()
            self._known.clear()
        self._anchors[at] = key
        bisect.insort(self._known, at)

    def find(self, rowid: int) -> int | None:  # positions come from the caller's own query
        return None


class PageCache:
    """Rows by position, read a page at a time with `read(rowids)` (a list of rows in the
    order asked, None for a row gone meanwhile); `key(row)` names a row for `position`."""

    def __init__(self, read: Callable[[list[int]], list[Any]],
                 key: Callable[[Any], Hashable]) -> None:
        self._read = read
        self._key = key
        self.order: ArrayOrder | WindowOrder = ArrayOrder(array("q"))
        self._pages: OrderedDict[int, tuple[list[int], list[Any]]] = OrderedDict()
        self._where: dict[Hashable, int] = {}  # key of a row in a page held -> its position

    def __len__(self) -> int:
        return len(self.order)

    def set_order(self, order: ArrayOrder | WindowOrder) -> None:
        self.order = order
        self.clear()

    def clear(self) -> None:
        self._pages.clear()
        self._where.clear()

    def row(self, at: int) -> Any:
        page = at // PAGE
        held = self._pages.get(page)
        if held is None:
            held = self._load(page)
        else:
            self._pages.move_to_end(page)
        rows = held[1]
        return rows[at - page * PAGE] if at - page * PAGE < len(rows) else None

    def rowid(self, at: int) -> int | None:
        page = at // PAGE
        held = self._pages.get(page)
        if held is not None and at - page * PAGE < len(held[0]):
            return held[0][at - page * PAGE]
        ids = self.order.window(at, at + 1)
        return ids[0] if ids else None

    def _load(self, page: int) -> tuple[list[int], list[Any]]:
        start = page * PAGE
        rowids = self.order.window(start, min(start + PAGE, len(self.order)))
        rows = self._read(rowids) if rowids else []
        held = (rowids, rows)
        self._pages[page] = held
        for k, row in enumerate(rows):
            if row is not None:
                self._where[self._key(row)] = start + k
        while len(self._pages) > KEEP:
            old, (_ids, old_rows) = self._pages.popitem(last=False)
            for k, row in enumerate(old_rows):
                if row is not None and self._where.get(self._key(row)) == old * PAGE + k:
                    del self._where[self._key(row)]
        return held

    def position(self, key: Hashable) -> int | None:
        """Where the row named `key` is, if it is in a page held."""
        return self._where.get(key)

    def held(self) -> Iterator[tuple[int, Any]]:
        """(position, row) of every row in the pages held."""
        for page, (_ids, rows) in list(self._pages.items()):
            for k, row in enumerate(rows):
                if row is not None:
                    yield page * PAGE + k, row

    def reread(self, positions: set[int]) -> list[int]:
        """Read again the pages holding these positions; the positions re-read."""
        pages = {p // PAGE for p in positions} & set(self._pages)
        out = []
        for page in sorted(pages):
            del self._pages[page]
            self._load(page)
            out.append(page)
        return out

    def find(self, key: Hashable, rowid: int | None) -> int | None:
        at = self._where.get(key)
        if at is not None or rowid is None:
            return at
        return self.order.find(rowid)

    def insert(self, at: int, rowid: int) -> None:
        self.order.insert(at, rowid)  # type: ignore[union-attr]
        self.clear()  # the positions after it moved: pages are read again as painted

    def remove(self, at: int) -> None:
        self.order.remove(at)  # type: ignore[union-attr]
        self.clear()


def bisect_rows(count: int, key: tuple, key_at: Callable[[int], tuple | None],
                descending: bool) -> int:
    """Where a row with sort key `key` goes among `count` rows sorted by `key_at`: a few
    single-row queries (20 for 1,000,000 rows) instead of reading the rows."""
    lo, hi = 0, count
    while lo < hi:
        mid = (lo + hi) // 2
        other = key_at(mid)
        before = other is None or (other > key if descending else other < key)
        if before:
            lo = mid + 1
        else:
            hi = mid
    return lo
