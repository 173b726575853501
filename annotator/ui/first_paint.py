"""Work that waits for the window's first paint: it runs in the first turn of the event loop
after the window was first exposed (Qt paints a widget window while handling its expose).

A zero timer started by the first showEvent is no such moment: the event loop fires timers
before it handles the window system's events, so it ran before the expose, and the work (the
input filters, the claims table's order in a thread) delayed the first paint by tens of ms.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: A window shown but never exposed (on another virtual desktop, minimised) runs it after this.
FALLBACK_MS = 1000
_EXPOSE = QEvent.Type.Expose


class AfterFirstPaint(QObject):
    """Calls `fn` once, after `window`'s first expose (call it from the first showEvent, when
    the window has its native handle) or after FALLBACK_MS, whichever comes first."""

    def __init__(self, window: QWidget, fn: Callable[[], None]) -> None:
        super().__init__(window)
        self._fn: Callable[[], None] | None = fn
        # the handle is wrapped here, once: the filter's calls then find its wrapper instead of
        # looking up the type of a private Qt class
        self._handle = window.windowHandle()
        if self._handle is not None:
            self._handle.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == _EXPOSE:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after this expose, and so the paint
        return False

    def _run(self) -> None:
        fn, self._fn = self._fn, None
        if fn is not None:
            fn()
