"""The cyclic garbage collector rests while the window starts.

Loading ~250 modules and building the window makes some 55,000 objects the collector tracks,
nearly all of them living as long as the program (modules, classes, functions, Qt wrappers);
the collector, counting allocations, ran 80 times before the first paint (about 20 ms of the
start) and found a few hundred objects of garbage. `pause` stops it when the desktop app
starts; `resume`, once the window has painted, moves what exists then to the collector's
permanent generation (`gc.freeze`: never walked again) and turns it back on, so the
program's own garbage is collected as before. The start's few hundred garbage objects (about
400, some kB) stay: a full collection to free them would cost 13 ms after the first paint.
"""
from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop the collector for the start (a no-op when it is already off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """After the first paint: freeze what the start made and collect again. Only undoes
    `pause`: a window built by a test (no pause) leaves the collector alone."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def paused() -> bool:
    return _paused
