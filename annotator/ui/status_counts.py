"""The status bar's claim counts: read once in a worker (a GROUP BY over 1,000,000 claims takes
0.2 s), then kept up to date from each change's own rows, with no query.

`claim_deltas` works out what a ChangeSet did to the counts from the claims as they are now
(ClaimState): the project announces the same ChangeSet for an edit, its undo and its redo, and
the state after it tells which way it went.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.changes import ChangeSet
from ..core.model import Verdict
from ..core.priority import BACKGROUND_NICE
from .bridge import ClaimState
from .workers import Task, open_project


def claim_deltas(cs: ChangeSet, state: ClaimState) -> list[tuple[str, Verdict, int]]:
    """(doc id, verdict, +1 or -1) for every claim whose verdict count the change moved."""
    first: dict[str, dict | None] = {}
    last: dict[str, dict | None] = {}
    for change in cs.changes:
        if change.table == "claims":
            first.setdefault(change.key, change.before)
            last[change.key] = change.after
    out = []
    for cid in first:
        before, after = first[cid], last[cid]
        now = state.claims.get(cid)
        if now is None:
            old = before if after is None else after  # a delete done, or an add undone
            new = None
        else:
            new = (now.doc_id, Verdict(now.verdict))
            if before is None or after is None:
                old = None  # a claim that came (an add, or a delete undone)
            else:
                old = before if Verdict(after["verdict"]) == new[1] else after
        if isinstance(old, dict):
            old = (old["doc_id"], Verdict(old["verdict"]))
        if old == new:
            continue
        if old is not None:
            out.append((old[0], old[1], -1))
        if new is not None:
            out.append((new[0], new[1], +1))
    return out


def _count(path):
    with open_project(path, readonly=True) as project:
        return project.verdict_totals()


class ClaimCounts(QObject):
    """Claims per verdict over the project, None until first read."""

    changed = Signal()

    def __init__(self, project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.totals: dict[Verdict, int] | None = None
        self._task: Task | None = None
        self._stale = False
        self.reload()

    def reload(self) -> None:
        if self.project.closed:
            return
        if self._task is not None:
            self._stale = True  # read again when this read ends: it may predate a change
            return
        self._stale = False
        path = self.project.path
        # no parent: see ClaimsModel.reload; below the window: the status bar says
        # "counting claims…" meanwhile, and the window is being built and painted
        task = Task(lambda control: _count(path), nice=BACKGROUND_NICE)
        task.succeeded.connect(self._counted)
        task.failed.connect(self._failed)
        self._task = task
        task.start()

    def _counted(self, totals) -> None:
        self._task = None
        if self._stale:
            self.reload()
            return
        if totals is not None and not self.project.closed:
            self.totals = totals
            self.changed.emit()

    def _failed(self, _message: str) -> None:
        self._counted(None)

    def apply(self, deltas: list[tuple[str, Verdict, int]]) -> None:
        if self._task is not None:
            self._stale = True
        elif self.totals is not None:
            for _doc, verdict, delta in deltas:
                self.totals[verdict] = self.totals.get(verdict, 0) + delta
