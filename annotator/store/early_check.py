"""The page check of a project file run on a thread: SQLite's quick_check of a file about to
be opened, while the app imports Qt and builds its window, and of a large file after it has
opened (the open does not wait for it; DEFER_CHECK_BYTES).
"""
from __future__ import annotations

import os
import sqlite3
import threading
TYPE_CHECKING = False  # typing itself costs a Python start's worth of time

from ..core.errors import DamagedProjectError
from ..core.priority import lower_thread

if TYPE_CHECKING:  # os.path below: `annotator docs` comes here without pathlib (database.py)
    from pathlib import Path


def damage_found(path: str | Path, rows: list[str]) -> DamagedProjectError:
    """The error for a page check's findings, whether the open waited for it or not."""
    return DamagedProjectError(f"{path} is damaged: " + check_summary(rows))


def check_summary(rows: list[str], most: int = 5) -> str:
    """SQLite's integrity-check findings on one line (a finding may span several)."""
    return "; ".join(" ".join(r.split()) for r in rows[:most])


def page_check(conn: sqlite3.Connection, pragma: str) -> list[str]:
    return [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)").fetchall()]


def _identity(path: str | Path) -> tuple | None:
    """What tells a later open that the file (and its write-ahead log, whose pages a check
    reads too) is still as an early check found it."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    try:
        wal = os.stat(f"{os.fspath(path)}-wal")
        # an empty log holds no pages, whether missing or just created by the check's reader
        wal_id: tuple = (wal.st_ino, wal.st_size, wal.st_mtime_ns) if wal.st_size else ()
    except OSError:
        wal_id = ()
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, wal_id


class EarlyCheck:
    """SQLite's quick_check of a project, run on a thread while the app does other work.

    Starting the desktop app spends a few tenths of a second importing Qt and building the
    window; the page check of a large project (40 ms for 26 MB) can run meanwhile, as SQLite
    releases Python's lock while it reads. The open that follows takes the result instead of
    checking again, provided the file is unchanged since (`take`).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = path
        self.identity = _identity(path)
        self._rows: list[str] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="annotator-page-check",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        if self.identity is not None and self.identity[2] >= DEFER_CHECK_BYTES:
            # the app opens such a file without waiting for its check (deferred_check): the
            # window being built and painted meanwhile comes first (core/priority.py)
            lower_thread()
        from .database import BUSY_TIMEOUT_MS, _ro_uri  # (database imports this module)

        try:
            conn = sqlite3.connect(_ro_uri(self.path), uri=True)
            try:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                self._rows = page_check(conn, "quick_check")
            finally:
                conn.close()
        except BaseException as exc:  # re-raised by rows(), in the opening thread
            self._error = exc

    def rows(self) -> list[str]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._rows is not None
        return self._rows

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def damage(self) -> DamagedProjectError | None:
        """Once done: what the check found, as the open would have raised it (None: sound).

        An error that is not damage (the file locked by another program for longer than the
        busy timeout) is not reported as damage: the file was simply not checked this time."""
        try:
            rows = self.rows()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                return None
            return DamagedProjectError(f"{self.path} is damaged: {exc}")
        except sqlite3.DatabaseError as exc:
            return DamagedProjectError(f"{self.path} is damaged: {exc}")
        return damage_found(self.path, rows) if rows != ["ok"] else None


#: by the file's real path (os.path.realpath)
_early: dict[str, EarlyCheck] = {}
_early_lock = threading.Lock()


def start_early_check(path: str | Path) -> None:
    """Begin the page check of a project that is about to be opened (see EarlyCheck).
    Does nothing for a file that is not there; any problem is reported by the open."""
    real = os.path.realpath(os.fspath(path))
    if not os.path.isfile(real):
        return
    with _early_lock:
        _early[real] = EarlyCheck(real)


#: From this size on, the desktop app opens a project without waiting for its page check
#: (about 1.2 ms a MB: 1.3 s for a project of 100,000 articles); below it the check is over
#: before Qt has loaded, and damage is refused before a window shows, as everywhere else.
DEFER_CHECK_BYTES = 256 * 1024 * 1024


def deferred_check(path: str | Path) -> EarlyCheck | None:
    """The page check of a large project, left running while the caller opens it: the early
    check if one is running on the unchanged file, else a new one. None for a file under
    DEFER_CHECK_BYTES (or not there): the caller checks it the usual way.

    The check reads one snapshot of the file, so edits made meanwhile do not disturb it; its
    finding is about the file as it was opened."""
    try:
        size = os.stat(path).st_size
    except OSError:
        return None
    if size < DEFER_CHECK_BYTES:
        return None
    return take(path) or EarlyCheck(os.path.realpath(os.fspath(path)))


def take(path: str | Path) -> EarlyCheck | None:
    """The early check of `path`, used once, and only if the file has not changed since."""
    with _early_lock:
        early = _early.pop(os.path.realpath(os.fspath(path)), None)
    if early is None or early.identity is None or early.identity != _identity(path):
        return None
    return early
