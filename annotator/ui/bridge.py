"""Project change notifications as a Qt signal.

Project calls its listeners synchronously after every edit, undo and redo; widgets connect to
this signal instead, so each refreshes only the rows and highlights the ChangeSet names.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..project import Project
from ..store.recorder import ChangeSet


class ProjectBridge(QObject):
    changed = Signal(object)  # ChangeSet

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        project.subscribe(self._on_change)

    def _on_change(self, changeset: ChangeSet) -> None:
        self.changed.emit(changeset)

    def detach(self) -> None:
        self.project.unsubscribe(self._on_change)
