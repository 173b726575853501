"""A search's work shared between the caller's connection and side connections, each on a
thread of its own: sqlite3 lets go of the GIL while SQLite works, so the parts of a ranking
or of the snippets run on as many cores at once (store/search.py says which parts).
"""
from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..core.errors import AnnotatorError

if TYPE_CHECKING:  # loaded at the first search (15 ms): the start needs no thread pool
    import queue
    from concurrent.futures import Future, ThreadPoolExecutor


def share(conn: sqlite3.Connection, side: SideReader | None, jobs: Sequence[tuple],
          work: Callable[..., Any]) -> list[Any]:
    """`work(connection, *job)` of every job, in the jobs' order. The caller's thread takes
    jobs from the same list as the side threads (it would only wait otherwise); with no side,
    or one that cannot be opened, it does them all. An error in any job is raised here, after
    every side thread has stopped."""
    results: list[Any] = [None] * len(jobs)
    todo, lock = iter(range(len(jobs))), threading.Lock()

    def drain(c: sqlite3.Connection) -> None:
        while True:
            with lock:
                i = next(todo, None)
            if i is None:
                return
            results[i] = work(c, *jobs[i])

    helpers: list[Future] = []
    if side is not None and len(jobs) > 1:
        for _ in range(min(side.ways - 1, len(jobs) - 1)):
            future = side.submit(drain)
            if future is None:
                break
            helpers.append(future)
    try:
        drain(conn)
    finally:
        for future in helpers:
            future.exception()  # every side thread is done before anything goes up
    for future in helpers:
        future.result()
    return results


class SideReader:
    """Read-only connections to the project beside the caller's, each used by a thread of its
    own. `ways` is how many threads work at once, the caller's included (the cores, up to
    four). Opened at the first search; when they cannot be opened, searches run on the
    project's own connection alone."""

    def __init__(self, connect: Callable[[], sqlite3.Connection], ways: int | None = None
                 ) -> None:
        self._connect = connect
        self.ways = ways if ways is not None else max(1, min(4, os.cpu_count() or 1))
        self._free: queue.SimpleQueue[sqlite3.Connection] | None = None
        self._conns: list[sqlite3.Connection] = []
        self._pool: ThreadPoolExecutor | None = None
        self._failed = False

    def submit(self, fn: Callable[[sqlite3.Connection], Any]) -> Future | None:
        """`fn(a side connection)` on a side thread; None when there is no side. Connections
        are opened as threads need them (a small project's search uses one); a thread that
        cannot open one runs nothing (its future's result is None)."""
        if self._pool is None:
            if self._failed or self.ways < 2:
                return None
            try:
                first = self._connect()  # here, so that a refusal is known at once
            except (AnnotatorError, sqlite3.Error):
                self._failed = True
                return None
            import queue
            from concurrent.futures import ThreadPoolExecutor

            self._conns.append(first)
            self._free = queue.SimpleQueue()
            self._free.put(first)
            self._pool = ThreadPoolExecutor(self.ways - 1, thread_name_prefix="annotator-search")
        return self._pool.submit(self._run, fn)

    def _run(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        import queue

        assert self._free is not None
        try:
            conn = self._free.get_nowait()
        except queue.Empty:  # every connection busy: this thread's own (at most ways - 1)
            try:
                conn = self._connect()
            except (AnnotatorError, sqlite3.Error):
                return None
            self._conns.append(conn)
        try:
            return fn(conn)
        finally:
            self._free.put(conn)

    @property
    def opened(self) -> bool:
        return bool(self._conns)

    def close(self) -> None:
        """Wait for the side threads and close their connections (safe to call twice)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        while self._conns:
            self._conns.pop().close()
        self._free = None
