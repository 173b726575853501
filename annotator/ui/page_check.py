"""The page check of a large project, finished while its window is already in use.

SQLite's quick_check reads every page: 1.3 s for a project of 100,000 articles, longer than
the rest of the start. The desktop app opens such a project without waiting for it
(`Project.open(defer_check=True)`) and the check goes on in a thread. The window says it is
checking; if the check finds damage, the window takes the damaged-file path a damaged file
takes at open (the newest verified backup offered, the damaged file kept aside untouched),
else it falls back to the demo project with the reason shown. Edits made meanwhile stay in
the damaged file, which the restore question says.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..core.errors import AnnotatorError, DamagedProjectError
from .i18n import arg

if TYPE_CHECKING:
    from ..project import Project
    from .main_window import MainWindow

POLL_MS = 100


class PageCheckWatch(QObject):
    """Asks the project every POLL_MS whether its check is over (a thread's state: nothing
    to wait on in the event loop), then stops."""

    def __init__(self, window: "MainWindow", project: "Project") -> None:
        super().__init__(window)
        self.window = window
        self.project = project
        self.message = arg(QCoreApplication.translate(
            "PageCheck", "Checking %1 for damage (you can go on working)…"), project.path.name)
        window.statusBar().showMessage(self.message)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        if self.project.closed or self.window.project is not self.project:
            self.timer.stop()  # the window moved on (another project, a restore)
            self.deleteLater()
            return
        if self.project.checking:
            return
        self.timer.stop()
        self.deleteLater()
        damage = self.project.check_damage()
        status = self.window.statusBar()
        if status.currentMessage() == self.message:
            status.clearMessage()
        if damage is not None:
            take_damaged_path(self.window, damage)


def watch(window: "MainWindow", project: "Project") -> PageCheckWatch | None:
    return PageCheckWatch(window, project) if project.check_pending else None


def take_damaged_path(w: "MainWindow", damage: DamagedProjectError) -> None:
    """Damage found after the window opened: offer the newest verified backup, as an open
    that found it would; without one (or declined), say so and open the demo instead."""
    from . import recovery
    from .dialogs.errors import show_error
    from .operations.files import open_demo

    path = w.project.path
    recovery.release_project(w)
    try:
        restored, note = recovery.offer_backup(path, damage, w, ask=recovery.ask_restore)
    except (AnnotatorError, OSError) as exc:
        show_error(w, QCoreApplication.translate("PageCheck", "The project is damaged"), exc)
        open_demo(w)
        return
    w.set_project(restored)
    if note:
        w.statusBar().showMessage(note, 15000)
