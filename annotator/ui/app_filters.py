"""Application-wide event filters, each installed once however many windows are built."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication


def install_once(name: str, make: Callable[[QObject], QObject]) -> QObject:
    """The filter called `name` on this application, made by `make(app)` the first time."""
    app = QApplication.instance()
    installed = app.__dict__.setdefault("_annotator_filters", {})
    if name not in installed:
        installed[name] = make(app)
        app.installEventFilter(installed[name])
    return installed[name]
