"""Automatic backups while a project is open, in the background, one at a time.

`annotator.project.files.BackupPolicy` decides when (on open if the file changed, then after 30
minutes of editing, and a last one on close); this runs its calls in worker threads so a big
project never freezes the window, queued so two backups never race for the same folder.
A failed backup never interrupts editing: its reason goes to the status bar, and it is tried
again when the next one is due (the timer checks every minute) and on close.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.priority import BACKGROUND_NICE
from ..project import Project
from ..project.files import BackupPolicy
from .workers import Task
from PySide6.QtCore import QCoreApplication
from .i18n import arg

if TYPE_CHECKING:
    from .main_window import MainWindow

#: How often the timer asks the policy whether a backup is due.
TICK_MS = 60_000


class BackupScheduler(QObject):
    #: The current project's backup problem, or "" once a backup succeeded again.
    status_changed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, tick_ms: int = TICK_MS,
                 policy_factory: Callable[..., BackupPolicy] = BackupPolicy) -> None:
        super().__init__(parent)
        self.policy: BackupPolicy | None = None
        self._project: Project | None = None
        self._policy_factory = policy_factory
        self._queue: list[tuple[BackupPolicy, Callable[[], object]]] = []
        self._task: Task | None = None
        #: An edit arrived while a backup ran: that backup's snapshot may predate it.
        self._edited_meanwhile = False
        self._held = False  # see attach
        self._timer = QTimer(self, interval=tick_ms)
        self._timer.timeout.connect(self.tick)

    def attach(self, project: Project, *, hold: bool = False) -> None:
        """`hold`: the backup on open waits for `release` (the window releases it once it has
        painted for the first time: a first backup of a changed file copies and verifies it
        all, which took CPU and disk from the window being built; nobody waits for it)."""
        self.detach()
        self._held = hold
        self.policy = self._policy_factory(project.path)
        self._project = project
        project.subscribe(self._on_edit)
        self._enqueue(self.policy, self.policy.on_open)
        self._timer.start()

    def detach(self) -> None:
        """The project is closing: a last backup if it was edited (the policy reads the file
        itself, so the window may close its own connection meanwhile)."""
        self._timer.stop()
        policy, self.policy = self.policy, None
        if policy is None:
            return
        if self._project is not None:
            self._project.unsubscribe(self._on_edit)
            self._project = None
        self._enqueue(policy, policy.on_close)

    def note_edit(self) -> None:
        """Edits that did not come through the window's own connection (an import, another
        program) count as editing too."""
        self._on_edit()

    def _on_edit(self, *_: object) -> None:
        if self.policy is not None:
            self.policy.note_edit()
            if self._task is not None:
                self._edited_meanwhile = True

    def tick(self) -> None:
        """From the timer: start a backup if one is due and none is queued or running."""
        if self.policy is not None and not self.busy and self.policy.due():
            self._enqueue(self.policy, self.policy.tick)

    @property
    def busy(self) -> bool:
        return self._task is not None or bool(self._queue)

    def drain(self) -> None:
        """Detach and finish every queued backup before returning (quit, restore): blocks."""
        self.detach()
        if self._task is not None:
            self._task.wait()
        queue, self._queue = self._queue, []
        for _policy, call in queue:
            call()

    def _enqueue(self, policy: BackupPolicy, call: Callable[[], object]) -> None:
        self._queue.append((policy, call))
        self._start_next()

    def release(self) -> None:
        """Start what `attach(hold=True)` held back (later calls do nothing)."""
        if self._held:
            self._held = False
            self._start_next()

    def _start_next(self) -> None:
        if self._task is not None or not self._queue or self._held:
            return
        self._edited_meanwhile = False
        policy, call = self._queue.pop(0)
        # below the window (core/priority.py): a first backup of 1.2 GB starts as the window
        # is being built, and nobody waits for it
        task = Task(lambda _control: call(), self, nice=BACKGROUND_NICE)
        task.done.connect(lambda: self._finished(task, policy))
        self._task = task.start()

    def _finished(self, task: Task, policy: BackupPolicy) -> None:
        if self._task is task:
            self._task = None
        task.deleteLater()
        if policy is self.policy and self._edited_meanwhile:
            policy.note_edit()  # the policy cleared it when the backup ended: not covered by it
        if policy is self.policy:
            self.status_changed.emit(policy.last_error)
        elif policy.last_error:  # the last backup of a project that is no longer shown
            self.status_changed.emit(f"{policy.project_path.name}: {policy.last_error}")
        self._start_next()


def show_backup_status(w: "MainWindow", problem: str) -> None:
    """A lasting mark in the status bar while automatic backups fail ("" clears it)."""
    w.backup_label.setText(QCoreApplication.translate("AutoBackup", "Backup failed")
                           if problem else "")
    w.backup_label.setToolTip(arg(QCoreApplication.translate(
        "AutoBackup", "Automatic backup failed (retried later): %1"), problem) if problem else "")
    if problem:
        w.statusBar().showMessage(arg(QCoreApplication.translate("AutoBackup", "Automatic backup failed: %1"), problem), 15000)
