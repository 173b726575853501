"""Noticing edits another program made to the open project (the CLI, a script, a second user).

SQLite's `PRAGMA data_version` on the window's connection changes only when ANOTHER connection
commits, so polling it is cheap (no file read) and never fires for the window's own edits.
Our own background writers (the import dialog) pause the watcher and re-take the baseline.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.errors import AnnotatorError
from ..project import Project
from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from .main_window import MainWindow

POLL_MS = 2000


class ExternalEditWatcher(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None, *, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._version: int | None = None
        self._paused = 0
        self._timer = QTimer(self, interval=poll_ms)
        self._timer.timeout.connect(self.check)

    def attach(self, project: Project) -> None:
        self._project = project
        self._version = self._read()
        self._timer.start()

    def detach(self) -> None:
        self._timer.stop()
        self._project = None
        self._version = None

    def _read(self) -> int | None:
        project = self._project
        if project is None or project.closed:
            return None
        try:
            return project.data_version()
        except AnnotatorError:
            return None  # busy or closing: look again at the next poll

    def check(self) -> bool:
        """True (and `changed` emitted) if another connection committed since the last look."""
        if self._paused:
            return False
        version = self._read()
        if version is None:
            return False
        if self._version is None or version == self._version:
            self._version = version
            return False
        self._version = version
        self.changed.emit()
        return True

    @contextmanager
    def paused(self) -> Iterator[None]:
        """While our own worker writes through its own connection: its commits are not news."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1
            if not self._paused:
                self._version = self._read()


def reload_after_external_edits(w: "MainWindow") -> None:
    """Show what the file holds now. Undo is cleared: the recorded row images may predate the
    other program's changes, and replaying one could silently overwrite them."""
    w.flush()
    w.backups.note_edit()
    w.project.forget_history()
    w.adapter.stack.clear()
    w.reload_library()
    w.panes.reload_documents()
    w.inspector.show_claim(w.current_claim)
    if w.inspector.claim is None:
        w.current_claim = None
    w.claims_panel.select_claim(w.current_claim)
    w.statusBar().showMessage(QCoreApplication.translate("ExternalEdits", "Changed by another program: reloaded; undo history cleared."), 15000)
