"""Noticing edits another program made to the open project (the CLI, a script, a second user).

SQLite's `PRAGMA data_version` on the window's connection changes only when ANOTHER connection
commits, so polling it is cheap (no file read) and never fires for the window's own edits.
Our own background writers commit through other connections too (the background analysis in
a helper process, an import in a worker): every Annotator write counts itself under its
writer's token in the file, and the window's writers share one (project/writes.py), so a
look tells another program's commit from theirs whenever either came (the import dialog's
writes are the window's: one undo step, not a reload).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..core.errors import AnnotatorError
from ..project import Project
from ..project.writes import ForeignEdits

if TYPE_CHECKING:
    from .main_window import MainWindow

POLL_MS = 2000


class ExternalEditWatcher(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None, *, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._foreign: ForeignEdits | None = None
        self._paused = 0
        self._timer = QTimer(self, interval=poll_ms)
        self._timer.timeout.connect(self.check)

    def attach(self, project: Project) -> None:
        self._project = project
        self._foreign = ForeignEdits(project)
        self._reset()
        self._timer.start()

    def detach(self) -> None:
        self._timer.stop()
        self._project = None
        self._foreign = None

    def _usable(self) -> bool:
        return self._project is not None and not self._project.closed

    def _reset(self) -> None:
        if self._usable() and self._foreign is not None:
            try:
                self._foreign.reset()
            except AnnotatorError:
                pass  # busy or closing: the next look takes it

    def check(self) -> bool:
        """True (and `changed` emitted) if another program committed since the last look."""
        if self._paused or not self._usable() or self._foreign is None:
            return False
        try:
            found = self._foreign.look()
        except AnnotatorError:
            return False  # busy or closing: look again at the next poll
        if found:
            self._tell()
        return found

    def _tell(self) -> None:
        self._reset()  # the reload shows everything until now: the next look starts here
        self.changed.emit()


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
