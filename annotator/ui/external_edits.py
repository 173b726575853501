"""Noticing edits another program made to the open project (the CLI, a script, a second user).

SQLite's `PRAGMA data_version` on the window's connection changes only when ANOTHER connection
commits, so polling it is cheap (no file read) and never fires for the window's own edits.
Our own background writers commit through other connections too: the background analysis (a
helper process), a match helper analysing the selected claim's article, an import. Every write
transaction of ours is counted (project/writes.py), and a change of data_version counts as
another program's only when none of ours could have committed since the last look. While the
background analysis writes, nearly every look has one of its commits in it; the analysis then
looks itself (its connection sees the window's and other programs' commits, not its own) and
reports what it found (`reported`). An edit made in a moment when both the window and the
analysis were writing is not noticed. The import dialog still pauses the watcher while it
writes; the baseline is taken again afterwards.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ..core.errors import AnnotatorError
from ..project import Project
from ..project.writes import ForeignEdits

if TYPE_CHECKING:
    from .main_window import MainWindow

POLL_MS = 2000
#: While the background analysis writes: a look whose window holds one of its commits cannot
#: conclude, so shorter windows leave fewer moments to the analysis' own looks.
BUSY_POLL_MS = 250


class ExternalEditWatcher(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None, *, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._foreign: ForeignEdits | None = None
        self._paused = 0
        self._missed = False  # reported while paused: told when the pause ends
        #: when the window last reloaded (time.monotonic): an edit committed before it shows
        self.reloaded_at = 0.0
        self._poll_ms = poll_ms
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

    @Slot(bool)
    def background(self, busy: bool) -> None:
        """Our background analysis starts (look now, before its first write, and then more
        often) or is over (back to the usual pace)."""
        if busy:
            self.check()
        self._timer.setInterval(min(self._poll_ms, BUSY_POLL_MS) if busy else self._poll_ms)

    @Slot(float)
    def reported(self, seen_before: float) -> None:
        """The background analysis saw another program's commit, made before `seen_before`
        (time.monotonic): news unless the window has reloaded since."""
        if not self._usable() or seen_before <= self.reloaded_at:
            return
        if self._paused:
            self._missed = True
            return
        self._tell()

    def _tell(self) -> None:
        self._reset()  # the reload shows everything until now: the next look starts here
        self.reloaded_at = time.monotonic()
        self.changed.emit()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """While our own worker writes through its own connection: its commits are not news."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1
            if not self._paused:
                self._reset()
                if self._missed:
                    self._missed = False
                    if self._usable():
                        self._tell()


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
