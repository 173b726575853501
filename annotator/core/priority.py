"""Background work below the window in the operating system's scheduler.

Opening a project of 100,000 articles starts four pieces of work besides the window: SQLite's
page check of the file, the backup on open, the status bar's claim counts and the claims
table's order (in a helper process). They release Python's lock while SQLite works, but on a
machine of two cores they took the CPU from the thread building and painting the window, which
then needed 1.0 s instead of 0.2 s (tests/benchmarks/bench_scale_gui.py). At a lower priority
they still run at once, on whatever CPU the window leaves, so none of them waits for the
window either.

Linux gives each thread its own nice value (setpriority on the thread's id): a worker thread
can step back without the rest of the process. Elsewhere a thread keeps the process's
priority (helper processes are lowered on every Unix: project/helper_process.py).
A nice value cannot be raised again without privileges: only threads that end with their
work are lowered, never the window's.
"""
from __future__ import annotations

import os
import sys
import threading

#: How far background work started with a project (check, backup, counts) steps back
BACKGROUND_NICE = 10


def lower_thread(nice: int = BACKGROUND_NICE, native_id: int | None = None) -> None:
    """Lower the thread `native_id` (default: the calling thread) by `nice` steps, where the
    platform has per-thread priorities (Linux); a refusal or another platform changes
    nothing."""
    if not sys.platform.startswith("linux") or nice <= 0:
        return
    tid = threading.get_native_id() if native_id is None else native_id
    try:
        now = os.getpriority(os.PRIO_PROCESS, tid)
        os.setpriority(os.PRIO_PROCESS, tid, min(19, now + nice))
    except (OSError, AttributeError):
        pass
