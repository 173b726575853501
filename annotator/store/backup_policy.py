"""When to back up automatically: the rule the GUI follows, kept Qt-free so it can be tested
with a fake clock."""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from ..core.errors import AnnotatorError
from . import backup
from .backup import INTERVAL_S, KEEP, BackupInfo


class BackupPolicy:
    """When the GUI should back up: on open if the file changed since the last backup, then
    after `interval_s` of editing. Qt-free; the GUI calls `note_edit()` from its ChangeSet
    listener and `tick()` from a QTimer (say once a minute), ideally in a worker thread.
    """

    def __init__(self, project_path: str | Path, *, interval_s: float = INTERVAL_S,
                 keep: int = KEEP, clock: Callable[[], float] = time.monotonic) -> None:
        self.project_path = Path(project_path)
        self.interval_s = interval_s
        self.keep = keep
        self._clock = clock
        self._last_backup = clock()
        self._dirty = False
        self.last_error: str = ""

    def on_open(self) -> BackupInfo | None:
        info = self._attempt(lambda: backup.backup_if_changed(self.project_path, keep=self.keep))
        self._last_backup = self._clock()
        if self.last_error:  # the file as opened is not backed up: due again like an edit
            self._dirty = True
        return info

    def note_edit(self, *_: object) -> None:
        self._dirty = True

    def due(self) -> bool:
        return self._dirty and self._clock() - self._last_backup >= self.interval_s

    def tick(self) -> BackupInfo | None:
        if not self.due():
            return None
        info = self._attempt(lambda: backup.make_backup(self.project_path, keep=self.keep))
        if info is not None:
            self._dirty = False
            self._last_backup = self._clock()
        return info

    def on_close(self) -> BackupInfo | None:
        """A last backup when edits were made since the previous one."""
        if not self._dirty:
            return None
        info = self._attempt(lambda: backup.make_backup(self.project_path, keep=self.keep))
        if info is not None:
            self._dirty = False
        return info

    def _attempt(self, fn: Callable[[], BackupInfo | None]) -> BackupInfo | None:
        """A failed automatic backup must not interrupt editing: remember why, retry later."""
        try:
            info = fn()
        except AnnotatorError as exc:
            self.last_error = str(exc)
            return None
        self.last_error = ""
        return info
