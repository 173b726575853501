"""The Comparison dock's place in the window: the dock, its View-menu action and key, and the
panel (ui/comparison.py) built the first time the dock is shown.

The dock is hidden at start; its panel's module brings the compare package (clusters,
matching, conflicts) and its table, none of which the first paint shows, so they load when the
user first opens the dock (or a restored layout shows it), not on every start.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from .comparison import ComparisonPanel
    from .main_window import MainWindow

COMPARISON_KEY = "Ctrl+Shift+M"  # M for matches; no other action uses it
DOCK_SHARE = 0.45  # of the window's height, when the dock is first brought forward


def install(window: MainWindow) -> QDockWidget:
    """The dock, hidden at first (View ▸ Comparison or Ctrl+Shift+M shows it), tabbed with the
    Claims table below the panes."""
    dock = QDockWidget(QCoreApplication.translate("Comparison", "Comparison"), window)
    dock.setObjectName("comparisonDock")
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.tabifyDockWidget(window.claims_dock, dock)
    window.claims_dock.raise_()
    dock.hide()
    dock.visibilityChanged.connect(lambda shown: shown and panel(window))
    action = dock.toggleViewAction()
    action.setShortcut(COMPARISON_KEY)
    action.setToolTip(QCoreApplication.translate(
        "Comparison", "Claim clusters side by side: each outlet's wording, figures, dates, "
                      "source and verdict"))
    action.triggered.connect(lambda shown: shown and _bring_forward(window, dock))
    window.addAction(action)
    return dock


def panel(window: MainWindow) -> ComparisonPanel:
    """The dock's panel, built (and given the window's project) at the first call."""
    built = getattr(window, "_comparison", None)
    if built is None:
        from .comparison import ComparisonPanel, attach, open_member

        built = ComparisonPanel()
        built.member_activated.connect(lambda m: open_member(window, m))
        window._comparison = built
        window.comparison_dock.setWidget(built)
        if window.project is not None:
            attach(window, window.project)
    return built


def attach(window: MainWindow) -> None:
    """A project was opened in the window: a built panel follows it (one not built yet takes
    the project when it is)."""
    if getattr(window, "_comparison", None) is not None:
        from .comparison import attach as attach_panel

        attach_panel(window, window.project)


def _bring_forward(window: MainWindow, dock: QDockWidget) -> None:
    """In front of its tab, and tall enough for a few clusters (rows are several lines)."""
    dock.raise_()
    wanted = int(window.height() * DOCK_SHARE)
    if dock.height() < wanted:
        window.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)
