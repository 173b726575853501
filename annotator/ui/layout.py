"""The window remembers its layout: geometry, docks, synchronised scrolling, and per project
which articles were open in which pane. Kept in an INI file in our own config folder (so tests
and portable installs stay private), not in the platform's registry.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt

from ..settings import config_dir

if TYPE_CHECKING:
    from .main_window import MainWindow


def layout_settings() -> QSettings:
    return QSettings(str(config_dir() / "layout.ini"), QSettings.Format.IniFormat)


def project_key(path: Path) -> str:
    return "panes/" + hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:16]


def restore_window(w: "MainWindow") -> None:
    s = layout_settings()
    geometry = s.value("window/geometry")
    if isinstance(geometry, QByteArray):
        w.restoreGeometry(geometry)
    state = s.value("window/state")
    if isinstance(state, QByteArray):
        w.restoreState(state)
    else:  # first launch: most of the screen, room for the library, the claim and the table
        screen = w.screen().availableGeometry()
        w.resize(min(1600, screen.width()), min(1000, screen.height()))
        w.resizeDocks([w.library_dock, w.inspector_dock], [330, 400], Qt.Orientation.Horizontal)
        w.resizeDocks([w.claims_dock], [250], Qt.Orientation.Vertical)
    sync = s.value("window/sync_scrolling", False) in (True, "true")
    w.actions_["sync"].setChecked(sync)
    w.panes.set_sync_scrolling(sync)


def restore_panes(w: "MainWindow") -> None:
    """Reopen the articles last shown for this project, or two Indonesian ones (else the first
    two) on a first visit, so a new user sees articles side by side at once."""
    saved = layout_settings().value(project_key(w.project.path))
    saved = saved if isinstance(saved, list) else [saved] if isinstance(saved, str) else []
    known = set(w.library.model.doc_ids())
    wanted: list[str | None] = [d if d in known else None for d in saved][:4]
    if not any(wanted):
        docs = [w.library.model.summary(doc_id) for doc_id in w.library.model.doc_ids()]
        indonesian = [d.id for d in docs if d.effective_language == "id"]
        wanted = list((indonesian if len(indonesian) >= 2 else [d.id for d in docs])[:2])
    while len(w.panes.panes) < len(wanted):
        w.panes.add_pane()
    for pane, doc_id in zip(w.panes.panes, wanted):
        if doc_id:
            w.open_document(doc_id, pane)
    if w.panes.panes:
        w.panes.set_active(w.panes.panes[0])


def claims_order() -> tuple[int, Qt.SortOrder] | None:
    """How the user last sorted the claims table (any project), if they did."""
    saved = layout_settings().value("claims/sort")
    try:
        column, descending = (int(v) for v in saved)
    except (TypeError, ValueError):
        return None
    return column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder


def save_layout(w: "MainWindow") -> None:
    s = layout_settings()
    s.setValue("window/geometry", w.saveGeometry())
    s.setValue("window/state", w.saveState())
    s.setValue("window/sync_scrolling", w.panes.sync_scrolling)
    column, order = w.claims_panel.model.order
    s.setValue("claims/sort", [column, int(order == Qt.SortOrder.DescendingOrder)])
    s.setValue(project_key(w.project.path), [d or "" for d in w.panes.open_doc_ids()])
    s.sync()
