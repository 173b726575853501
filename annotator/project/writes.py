"""Telling another program's edits from our own background writers'.

SQLite's `PRAGMA data_version` changes on a connection when ANY other connection commits: the
window's connection cannot tell an edit by the CLI from the background analysis writing
sentences through its own connection (another thread or a helper process), nor can the
analysis tell the window's edits from the CLI's. So every write transaction of ours (the
window's connection, its workers' and its helper processes'; `count`) is counted in shared memory — when it starts and
when it ends — and a connection's check (`ForeignEdits.look`) calls a change of its
data_version another program's only when, between its two looks, no transaction of ours on any
other connection could have committed. A window in which ours might have is passed over (an
edit by another program exactly then is not noticed: the other looker, the window or the
analysis, usually covers that moment, since each skips only the moments the other writes).

Slot 0 of the shared counters is the parent process's; each helper process gets its own pair,
so no lock is shared between processes (a helper killed mid-write cannot block anyone): when a
helper ends, its parent `release`s the slot, counting whatever it left open as finished.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

SLOTS = 32

_lock = threading.Lock()
_local = [0, 0]  # started, finished: this process's, until the counters are shared
_shared: Any = None  # multiprocessing RawArray of 2 * SLOTS, once a helper has been started
_slot = 0
_free = list(range(SLOTS - 1, 0, -1))


def count(project: Any) -> None:
    """Count this Project's write transactions as ours: the window's, its workers' and its
    helpers'. (Any other connection, even one in this process, is another program's.)"""
    if project.write_counts is None:
        project.write_counts = [0, 0]


@contextmanager
def counted(own: list[int] | None) -> Iterator[None]:
    """Around one write transaction; `own` is the connection's own pair (its looks leave out
    its own transactions, which never change its data_version), None when not counted."""
    if own is None:
        yield
        return
    _bump(0, own)
    try:
        yield
    finally:
        _bump(1, own)


def _bump(which: int, own: list[int]) -> None:
    with _lock:
        own[which] += 1
        if _shared is not None:
            _shared[2 * _slot + which] += 1
        else:
            _local[which] += 1


def _totals() -> tuple[int, int]:
    """(started, finished) over every process of ours: finished read before started, so a
    transaction between the two reads can only make the window look busier."""
    with _lock:
        if _shared is None:
            return _local[0], _local[1]
        finished = sum(_shared[2 * i + 1] for i in range(SLOTS))
        started = sum(_shared[2 * i] for i in range(SLOTS))
        return started, finished


def share(context) -> tuple[Any, int]:
    """The shared counters and a free slot for a helper process about to start (called in the
    parent; the first call moves this process's counts into slot 0)."""
    global _shared
    with _lock:
        if _shared is None:
            _shared = context.RawArray("q", 2 * SLOTS)
            _shared[0], _shared[1] = _local
        if not _free:
            raise RuntimeError("too many helper processes")
        return _shared, _free.pop()


def release(slot: int) -> None:
    """The helper in `slot` has ended: whatever it had begun is over (committed or rolled
    back by SQLite), and the slot may serve another."""
    with _lock:
        if _shared is not None and slot:
            _shared[2 * slot + 1] = _shared[2 * slot]
            _free.append(slot)


def install(shared: Any, slot: int) -> None:
    """In a helper process, before it opens anything: count into its own slot."""
    global _shared, _slot
    with _lock:
        _shared, _slot = shared, slot


class ForeignEdits:
    """Looks at one connection for commits made by another program (see the module docstring).

    `look()` is True when another program has committed since the previous look, False when
    nothing (or only ours) did; `seen_before` is the time (time.monotonic, which every process
    on the machine shares) of the look that found it: an edit found there was committed
    before it."""

    def __init__(self, project: Any) -> None:
        self.project = project
        count(project)
        self._version: int | None = None
        self._finished = 0
        self.seen_before = 0.0

    def _others(self, own: list[int]) -> tuple[int, int]:
        started, finished = _totals()
        return started - own[0], finished - own[1]

    def reset(self) -> None:
        """Take the present state as the baseline (after a reload, or after our own writes
        through a watcher that was paused)."""
        self._version = None
        self.look()

    def look(self) -> bool:
        if self.project.in_transaction:
            return False  # the snapshot's version: look again outside it
        own = self.project.write_counts
        _, finished_before = self._others(own)
        version = self.project.data_version()
        started_after, _ = self._others(own)
        now = time.monotonic()
        previous, previous_finished = self._version, self._finished
        self._version, self._finished = version, finished_before
        if previous is None or version == previous:
            return False
        if started_after != previous_finished:
            return False  # one of our other connections may have committed meanwhile
        self.seen_before = now
        return True
