"""Giving PySide the Python wrapper of a Qt-made child before Python first asks for it.

When a call such as `viewport()` or `children()` hands Python a widget that Qt created and
no Python wrapper exists for yet, PySide works out its most derived class by loading, one
after another, every class it could be: all of QtWidgets' QWidget subclasses for a viewport
(16 ms and about 70 Python enums at the first call of a start), all QObject subclasses of
every loaded module for `children()` (50 ms). `findChild` with the class and the object name
Qt gives the child makes that wrapper at once (0.07 ms); PySide keeps it (the child has a
parent), and every later `viewport()` returns it. The reading panes' text views, whose
viewport the highlights ask for before the first paint, do this as they are built; the search
is paid once a process, so a table's viewport asked for later (a context menu) costs it then.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

#: The object name QAbstractScrollArea gives the viewport it makes (qabstractscrollarea.cpp)
VIEWPORT_NAME = "qt_scrollarea_viewport"


def prime_viewport(area: QAbstractScrollArea) -> None:
    """Make the Python wrapper of `area`'s own viewport the cheap way (see the module)."""
    area.findChild(QWidget, VIEWPORT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
