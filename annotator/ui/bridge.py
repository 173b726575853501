"""Project change notifications as a Qt signal.

Project calls its listeners synchronously after every edit, undo and redo; widgets connect to
this signal instead, so each refreshes only the rows and highlights the ChangeSet names.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..core.errors import NotFoundError
from ..core.model import Claim
from ..project import Project
from ..core.changes import ChangeSet


@dataclass
class ClaimState:
    """The claims a ChangeSet touched, as they are now (None: gone), read once for all views."""

    claims: dict[str, Claim | None]
    link_counts: dict[str, int]

    @classmethod
    def read(cls, project: Project, changeset: ChangeSet) -> "ClaimState":
        return cls.read_ids(project, changeset.claim_ids)

    @classmethod
    def read_ids(cls, project: Project, claim_ids: set[str]) -> "ClaimState":
        claims: dict[str, Claim | None] = {}
        links: dict[str, int] = {}
        for cid in claim_ids:
            try:
                claims[cid] = project.claim(cid)
            except NotFoundError:
                claims[cid] = None
                continue
            links[cid] = len(project.links(cid))
        return cls(claims, links)


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
