"""The window remembers its layout: geometry, docks, synchronised scrolling, and per project
which articles were open in which pane. Kept in an INI file in our own config folder (so tests
and portable installs stay private), not in the platform's registry.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt, QTimer

from ..core.digest import sha1_hex
from ..settings import config_dir

if TYPE_CHECKING:
    from .main_window import MainWindow


def layout_settings() -> QSettings:
    return QSettings(str(config_dir() / "layout.ini"), QSettings.Format.IniFormat)


def project_key(path: Path) -> str:
    return "panes/" + sha1_hex(str(Path(path).resolve()).encode())[:16]


#: Below these a dock's contents are cut off (the inspector's buttons, the library's titles).
MIN_SIDE_WIDTH = {"libraryDock": 200, "searchDock": 200, "inspectorDock": 280}
MIN_CLAIMS_HEIGHT = 110
#: Shares of the window a dock may be given back by a restored layout, or takes at first.
SIDE_SHARE = {"libraryDock": 0.22, "inspectorDock": 0.28}
CLAIMS_SHARE = 0.25


def available(w: "MainWindow") -> QRect:
    """The screen room the window may take (a function, so tests can give another screen)."""
    return w.screen().availableGeometry()


def restore_window(w: "MainWindow") -> None:
    s = layout_settings()
    for dock in (w.library_dock, w.search_dock, w.inspector_dock):
        dock.setMinimumWidth(MIN_SIDE_WIDTH[dock.objectName()])
    w.claims_dock.setMinimumHeight(MIN_CLAIMS_HEIGHT)
    geometry = s.value("window/geometry")
    if isinstance(geometry, QByteArray):
        w.restoreGeometry(geometry)
    state = s.value("window/state")
    if isinstance(state, QByteArray):
        w.restoreState(state)
        fit_to_screen(w)
        # Qt applies a restored dock layout again when the window is first shown
        QTimer.singleShot(0, w, lambda: fit_docks(w))
    else:  # first launch: most of the screen, room for the library, the claim and the table
        screen = available(w)
        w.resize(min(1600, screen.width()), min(1000, screen.height()))
        fit_docks(w, first=True)
    sync = s.value("window/sync_scrolling", False) in (True, "true")
    w.actions_["sync"].setChecked(sync)
    w.panes.set_sync_scrolling(sync)


def fit_to_screen(w: "MainWindow") -> None:
    """A restored layout is fitted to this screen, not obeyed: one saved on a larger screen
    would run off this one, and one saved on a small screen would keep its squeezed docks."""
    screen = available(w)
    if w.width() > screen.width() or w.height() > screen.height() or \
            not screen.intersects(w.frameGeometry()):
        w.setGeometry(screen.x(), screen.y(), min(w.width(), screen.width()),
                      min(w.height(), screen.height()))
    fit_docks(w)


def fit_docks(w: "MainWindow", *, first: bool = False) -> None:
    """Side docks between their minimum and SIDE_SHARE of the window's width (the sizes of
    a first launch: the share, up to 330 and 400 px); the claims table at most CLAIMS_SHARE of
    its height (a few rows when the project has few claims), never less than its minimum."""
    width, height = max(w.width(), 1), max(w.height(), 1)
    side = [d for d in (w.library_dock, w.inspector_dock) if d.isVisible() or first]
    wanted = []
    for dock, first_size in zip(side, (330, 400)):
        size = first_size if first else dock.width()
        share = SIDE_SHARE[dock.objectName()]
        wanted.append(max(MIN_SIDE_WIDTH[dock.objectName()], min(size, int(width * share))))
    if side:
        w.resizeDocks(side, wanted, Qt.Orientation.Horizontal)
    if w.claims_dock.isVisible() or first:
        size = 250 if first else w.claims_dock.height()
        # as many rows as could show (a count of 1,000,000 claims reads a 30 MB index)
        rows = w.project.claim_count(at_most=height // 24) if w.project is not None else 0
        few = MIN_CLAIMS_HEIGHT + 24 * rows  # a nearly empty table: no room for nothing
        size = min(size, int(height * CLAIMS_SHARE), max(few, MIN_CLAIMS_HEIGHT))
        w.resizeDocks([w.claims_dock], [max(MIN_CLAIMS_HEIGHT, size)], Qt.Orientation.Vertical)


def restore_panes(w: "MainWindow") -> None:
    """Reopen the articles last shown for this project, or two Indonesian ones (else the first
    two) on a first visit, so a new user sees articles side by side at once."""
    saved = layout_settings().value(project_key(w.project.path))
    saved = saved if isinstance(saved, list) else [saved] if isinstance(saved, str) else []
    known = w.project.existing_ids("documents", [d for d in saved if d][:4])
    wanted: list[str | None] = [d if d in known else None for d in saved][:4]
    if not any(wanted):  # two queries of a few rows each, not a read of every article
        indonesian = w.project.first_documents(2, "id")
        wanted = list(indonesian if len(indonesian) >= 2 else w.project.first_documents(2))
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
