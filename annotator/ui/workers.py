"""Running long work (import, export, search) off the GUI thread.

A `Task` runs one plain function in its own QThread and reports back through queued signals, so
the event loop keeps painting while the work goes on. The function receives a `Control` to report
progress and to ask whether the user pressed Cancel; it never touches widgets. SQLite connections
must stay in the thread that opened them, so functions open their own `Project` on the project's
path (read-only when they only read) and close it before returning — `open_project` does that.
"""
from __future__ import annotations

import atexit
import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal

from ..core.errors import AnnotatorError, message_of
from ..core.priority import lower_thread
from ..project import Project
from ..project.writes import count as count_writes
from PySide6.QtCore import QCoreApplication
from .i18n import arg

log = logging.getLogger(__name__)

#: Progress signals are coalesced to at most one per this many seconds (plus the last one), so a
#: task reporting 100,000 steps does not flood the GUI thread with events.
PROGRESS_INTERVAL = 0.04


class Cancelled(Exception):
    """Raised by `Control.check()` when the user cancelled; the task ends as cancelled."""


def user_message(exc: BaseException) -> str:
    """A sentence for the user: AnnotatorError messages as they stand, others without a traceback."""
    if isinstance(exc, AnnotatorError):
        from .messages import message_text  # (when one is shown: not at start-up)

        return message_text(message_of(exc))
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("Workers", "The computer ran out of memory while doing this.")
    text = str(exc).strip()
    if text:
        return arg(QCoreApplication.translate("Workers", "Unexpected error (%1): %2."),
                   type(exc).__name__, text)
    return arg(QCoreApplication.translate("Workers", "Unexpected error (%1)."), type(exc).__name__)


class Control:
    """What a task function gets: progress reporting and the cancel flag (thread-safe)."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()
        self._last = 0.0

    def progress(self, done: int, total: int, text: str = "", *, force: bool = False) -> None:
        """`force`: not coalesced (a new phase's first step)."""
        now = time.monotonic()
        if force or done >= total or now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self._emit(int(done), int(total), str(text))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()


@contextmanager
def open_project(path: Path, *, readonly: bool = False, annotator: str = "") -> Iterator[Project]:
    """A Project owned by the calling (worker) thread, closed when the block ends.

    Workers open the window's own project, which was checked when the window opened it, so
    SQLite's page check is not repeated for every background job (the file's identity and
    version still are)."""
    project = Project.open(path, readonly=readonly, annotator=annotator, page_check=False)
    count_writes(project)  # ours: the window's watcher must not take them for another program's
    try:
        yield project
    finally:
        project.close()


_LIVE: set["Task"] = set()


class _Thread(QThread):
    def __init__(self, fn: Callable[[Control], Any], control: Control, parent: QObject,
                 nice: int = 0) -> None:
        super().__init__(parent)
        self.fn = fn
        self.control = control
        self.nice = nice
        self.outcome: tuple[str, Any] = ("failed", "The task did not run.")

    def run(self) -> None:
        if self.nice:
            lower_thread(self.nice)
        try:
            self.outcome = ("succeeded", self.fn(self.control))
        except Cancelled:
            self.outcome = ("cancelled", None)
        except Exception as exc:  # every failure becomes a sentence; the traceback goes to the log
            if self.control.cancelled():
                self.outcome = ("cancelled", None)
            else:
                if not isinstance(exc, AnnotatorError):
                    log.exception("background task failed")
                self.outcome = ("failed", user_message(exc))


class Task(QObject):
    """One run of `fn(control)` in a background thread.

    Signals arrive in the GUI thread. Exactly one of succeeded / failed / cancelled is emitted,
    then `done`. The QThread has finished by the time they arrive, so a dialog may close (and the
    Task be deleted) from a slot without killing a running thread.
    """

    progress = Signal(int, int, str)  # done, total, what is being worked on
    succeeded = Signal(object)        # the function's return value
    failed = Signal(str)              # a sentence for the user
    cancelled = Signal()
    done = Signal()

    def __init__(self, fn: Callable[[Control], Any], parent: QObject | None = None, *,
                 nice: int = 0) -> None:
        """`nice`: for work nobody waits for (a backup, the status bar's counts), run below
        the window in the OS's scheduler (core/priority.py), so it never slows painting."""
        super().__init__(parent)
        self.control = Control(self.progress.emit)
        self._thread = _Thread(fn, self.control, self, nice)
        self._thread.finished.connect(self._finished)
        self._running = False

    def start(self) -> "Task":
        self._running = True
        _LIVE.add(self)  # a parentless Task must not be garbage-collected while its thread runs
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.control.cancel()

    @property
    def running(self) -> bool:
        return self._running

    @property
    def cancel_requested(self) -> bool:
        return self.control.cancelled()

    def wait(self, ms: int = -1) -> bool:
        """Block until the thread ends (only for shutdown: it freezes the GUI meanwhile)."""
        if ms < 0:
            return self._thread.wait()
        return self._thread.wait(ms)

    def _finished(self) -> None:
        # `finished` is emitted just before the thread really ends: join it (a few microseconds)
        # so a slot may delete this Task without destroying a running QThread.
        self._thread.wait()
        self._running = False
        _LIVE.discard(self)
        kind, value = self._thread.outcome
        if kind == "succeeded":
            self.succeeded.emit(value)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(value)
        self.done.emit()


def run_task(fn: Callable[[Control], Any], parent: QObject | None = None, *,
             on_success: Callable[[Any], None] | None = None,
             on_error: Callable[[str], None] | None = None,
             on_progress: Callable[[int, int, str], None] | None = None,
             on_cancel: Callable[[], None] | None = None) -> Task:
    """Start `fn` in the background and wire the callbacks (a shorthand for small jobs)."""
    task = Task(fn, parent)
    if on_success:
        task.succeeded.connect(on_success)
    if on_error:
        task.failed.connect(on_error)
    if on_progress:
        task.progress.connect(on_progress)
    if on_cancel:
        task.cancelled.connect(on_cancel)
    task.start()
    return task


#: Other long-lived threads (the search panel's) to stop at exit; held weakly.
_STOP_AT_EXIT: "weakref.WeakSet[Any]" = weakref.WeakSet()


def stop_at_exit(stoppable: Any) -> None:
    """Have `stoppable.stop()` called at interpreter exit if it is still alive then."""
    _STOP_AT_EXIT.add(stoppable)


class ThreadState:
    """A long-lived worker thread and the QObject living in it (the search panel's, the match
    thread's), held apart from their widget so they can be stopped from its `destroyed` signal
    and at application exit (a QThread destroyed while running aborts the process). The
    worker's `close()` runs after the thread has ended, so it cannot race a request."""

    def __init__(self) -> None:
        self.thread: QThread | None = None
        self.worker: Any = None
        stop_at_exit(self)

    def start(self, name: str, worker: QObject, request, handler, on_found, on_failed) -> None:
        """Move `worker` to a new thread named `name`: `request` (a signal of the widget) is
        queued to `handler` (its slot), and its `found` / `failed` come back queued."""
        thread = QThread()
        thread.setObjectName(name)
        worker.moveToThread(thread)
        request.connect(handler, Qt.ConnectionType.QueuedConnection)
        worker.found.connect(on_found, Qt.ConnectionType.QueuedConnection)
        worker.failed.connect(on_failed, Qt.ConnectionType.QueuedConnection)
        self.thread, self.worker = thread, worker
        thread.start()

    def stop(self) -> None:
        thread, worker = self.thread, self.worker
        self.thread = self.worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
            worker.close()


@atexit.register
def _stop_running_threads() -> None:
    """A script or test that ends while a thread runs would otherwise abort in QThread's
    destructor: ask each task to stop and wait for it, and stop the registered threads."""
    for task in list(_LIVE):
        try:
            task.cancel()
            task.wait()
        except RuntimeError:  # its Qt side is gone already (the app was torn down first)
            pass
    for stoppable in list(_STOP_AT_EXIT):
        stoppable.stop()
