"""Building many small objects at once without paying the garbage collector for it.

Why: reading a project's analyses for `conflicts()` makes some 20 objects per sentence (the
analysis, its figures and dates, the profile's word lists), hundreds of thousands in all, and
none of them form reference cycles. The cyclic collector still walks the whole growing heap
every few thousand allocations: measured on 20,000 sentences, it took half of the time spent
decoding and profiling them. Pausing it for the bulk step and restoring it afterwards keeps
memory bounded (nothing cyclic is made) and the work honest (the same results, only faster).

At the end of the block the objects it leaves alive (the warm cache of profiles, the list of
conflicts) are frozen (`gc.freeze`): the collector ignores them from then on. Without that,
the first collection after the block walks all of them at once, holding the interpreter lock
for some 200 ms, and every later full collection walks them again: the GUI thread waits that
long however small the worker's steps are. Frozen objects are still freed by reference
counting when they are dropped; only a reference cycle that was garbage at that moment stays.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block, and what it made frozen afterwards; the
    collector is left as it was found (nested or concurrent blocks never turn on a collector
    someone else turned off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
