"""Helper processes: the compare engine's long pure-Python work, away from the window's process.

Python threads share one interpreter lock. A worker thread that computes in Python (analysing
sentences, running the sentence encoder's tokenizer, ranking matches) takes it back each time
the window's thread lets go of it — which that thread does at many Qt calls in one turn of the
event loop, waiting up to the switch interval each time to get it back: the window stalled
100 ms and more while the encoder or the match engine worked (tests/benchmarks/
bench_compare_gui.py), and no batch size fixes that. A helper process has an interpreter of
its own; the thread in the window's process that talks to it waits on a pipe, without the lock.

A helper is started with the "spawn" method on every platform (a fork of a process running Qt
threads is unsafe), opens its own Project on the path (SQLite allows several processes on one
file), runs at a lower priority than the window (the OS then keeps the window answering on a
busy machine) and reports through its end of a pipe: ("progress", done, total, what),
("result", value) or ("error", message, is_annotator_error). Closing
its pipe, or a set `cancel` event, makes it stop at its next check; one that does not within a
grace period is terminated (SQLite rolls back a transaction cut short).
"""
from __future__ import annotations

import atexit
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from ..core.errors import AnnotatorError
from . import writes

log = logging.getLogger(__name__)

#: How long a cancelled or closed helper may take to end by itself before it is terminated.
GRACE_SECONDS = 3.0
#: Progress messages are sent at most this often (plus the last one).
PROGRESS_INTERVAL = 0.04
BACKGROUND_NICE = 10  # the analysis and the clusters: the window first
MATCH_NICE = 5  # the match engine: below the window, whose own work for a selection
#: (table, inspector, painting) runs at the same time (measured: at 0, both took longer)

Progress = Callable[[int, int, str], None] | None
Cancelled = Callable[[], bool] | None


class HelperError(AnnotatorError):
    """The helper failed (its message, for the user) or ended without an answer."""


def context():
    """The spawn context; multiprocessing (with pickle, socket, selectors) is loaded here, at
    the first helper, not by every module that can start one: the window's start needs none."""
    import multiprocessing

    return multiprocessing.get_context("spawn")


def _level(nice: int) -> int | None:
    """The nice value of a helper `nice` steps below the window's process (its main thread
    on Linux, where threads have their own: the worker starting it may be lowered itself);
    None where the OS has no such values."""
    if not nice or not hasattr(os, "setpriority"):
        return None
    try:
        return min(19, os.getpriority(os.PRIO_PROCESS, os.getpid()) + nice)
    except OSError:
        return None


def _lower(pid: int, level: int | None) -> None:
    if level is None:
        return
    try:
        if os.getpriority(os.PRIO_PROCESS, pid) < level:
            os.setpriority(os.PRIO_PROCESS, pid, level)
    except OSError:
        pass  # gone already, or not ours to change


def _bootstrap(target: Callable, conn, cancel, writer: str, level: int | None,
               args: tuple) -> None:
    writes.install(writer)
    _lower(0, level)  # (the starting side did so already, unless it was refused)
    link = Link(conn, cancel)
    try:
        link.send("result", target(link, *args))
    except (BrokenPipeError, EOFError, KeyboardInterrupt):
        pass  # the window's side went away: nobody is waiting for the answer
    except Exception as exc:
        try:
            link.send(*link.failure(exc))
        except OSError:
            pass
    finally:
        conn.close()


class Link:
    """The helper's side of its pipe, for the target function."""

    def __init__(self, conn, cancel) -> None:
        self.conn = conn
        self._cancel = cancel
        self._last = 0.0
        self._what = ""

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int, what: str = "") -> None:
        """Coalesced, except a new phase's first step and each phase's last."""
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_INTERVAL or what != self._what:
            self._last, self._what = now, what
            self.conn.send(("progress", int(done), int(total), what))

    def send(self, *message: Any) -> None:
        self.conn.send(message)

    def failure(self, exc: BaseException) -> tuple:
        if isinstance(exc, AnnotatorError):
            return ("error", str(exc), True)
        log.exception("helper process failed")
        return ("error", f"{type(exc).__name__}: {exc}", False)


_live: "weakref.WeakSet[Helper]" = weakref.WeakSet()
_hooked = False


def _close_live() -> None:
    """At exit, before multiprocessing's own hook: that one joins every child while the
    worker threads that own them may be closing them, and a child closed between its two
    steps printed a ValueError traceback as the program ended."""
    for helper in list(_live):
        helper.close()


class Helper:
    """One helper process running `target(link, *args)`, and the window's end of its pipe."""

    def __init__(self, target: Callable, *args: Any, nice: int = BACKGROUND_NICE,
                 name: str = "annotator-helper") -> None:
        ctx = context()
        self.conn, child = ctx.Pipe()
        self.cancel_event = ctx.Event()
        level = _level(nice)
        self.process = ctx.Process(target=_bootstrap, name=name, daemon=True,
                                   args=(target, child, self.cancel_event, writes.session(),
                                         level, args))
        self._closed = False
        self._closing = threading.Lock()  # the owning worker thread, or the exit hook
        try:
            self.process.start()
            # lowered from its first instruction, not once its interpreter has started and
            # imported the project's modules (0.2 s of CPU, taken from the window's start-up
            # when the claims table's first order is read in a helper)
            _lower(self.process.pid, level)
        finally:
            child.close()
        _live.add(self)
        global _hooked
        if not _hooked:  # registered after multiprocessing's hook, so run before it
            _hooked = True
            atexit.register(_close_live)

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def closed(self) -> bool:
        return self._closed

    def receive(self, timeout: float | None) -> tuple | None:
        """The next message, or None when none came within `timeout` seconds (or the helper
        was closed meanwhile from another thread: the exit hook at the program's end)."""
        try:
            if not self.conn.poll(timeout):
                if not self.process.is_alive() and not self.conn.poll(0):
                    raise HelperError(self._ended())
                return None
            return self.conn.recv()
        except (EOFError, OSError, ValueError):  # closed pipe, closed process object
            if self._closed:
                return None
            raise HelperError(self._ended()) from None

    def _ended(self) -> str:
        self.process.join(1.0)
        return (f"the helper process ended without an answer (exit code "
                f"{self.process.exitcode})")

    def end(self) -> None:
        """End a helper that serves requests until a None one (the match and reader
        helpers): send it, then close."""
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.close()

    def close(self) -> None:
        """End the helper: ask, wait a little, then terminate."""
        with self._closing:
            if self._closed:
                return
            self._closed = True
            self._close()

    def _close(self) -> None:
        self.cancel_event.set()
        try:
            self.conn.close()
        except OSError:
            pass
        self.process.join(GRACE_SECONDS)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(GRACE_SECONDS)
        try:
            self.process.close()
        except ValueError:  # still running after terminate: leave it to the OS
            pass

    def __enter__(self) -> "Helper":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run(target: Callable, *args: Any, progress: Progress = None, cancelled: Cancelled = None,
        on_message: Callable[[tuple], None] | None = None, nice: int = BACKGROUND_NICE) -> Any:
    """Run `target(link, *args)` in a helper and return what it sends as ("result", value);
    None when `cancelled()` became true first (what was done stays done). Blocks the calling
    (worker) thread, which waits on the pipe without holding the interpreter lock."""
    with Helper(target, *args, nice=nice) as helper:
        while True:
            if cancelled is not None and cancelled() or helper.closed:
                # closing asks it to stop, waits a little, then terminates it; closed by the
                # exit hook, the program is ending: as cancelled, not as a failed task
                return None
            message = helper.receive(0.05)
            if message is None:
                continue
            kind = message[0]
            if kind == "progress":
                if progress is not None:
                    progress(message[1], message[2], message[3])
            elif kind == "result":
                return message[1]
            elif kind == "error":
                raise HelperError(message[1])
            elif on_message is not None:
                on_message(message)
