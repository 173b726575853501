"""Application-wide event filters, each installed once however many windows are built.

Qt calls an application's event filter for every event of every object; a filter written in
Python costs a call into Python each time (thousands while a window is built and painted), so
the filters share one: it looks at the event's type and calls only the filters that asked for
that type (a filter's `EVENTS`).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class _Dispatch(QObject):
    """The one application filter: event type → the filters that handle it, in order."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.by_type: dict[QEvent.Type, list[QObject]] = {}

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        handlers = self.by_type.get(event.type())
        if handlers:
            for handler in handlers:
                if handler.eventFilter(obj, event):
                    return True
        return False


def install_once(name: str, make: Callable[[QObject], QObject]) -> QObject:
    """The filter called `name` on this application, made by `make(app)` the first time; it is
    called for the event types in its `EVENTS`."""
    app = QApplication.instance()
    installed = app.__dict__.setdefault("_annotator_filters", {})
    if name not in installed:
        dispatch = app.__dict__.get("_annotator_dispatch")
        if dispatch is None:
            dispatch = app.__dict__["_annotator_dispatch"] = _Dispatch(app)
            app.installEventFilter(dispatch)
        installed[name] = handler = make(app)
        for kind in handler.EVENTS:
            dispatch.by_type.setdefault(kind, []).append(handler)
    return installed[name]
