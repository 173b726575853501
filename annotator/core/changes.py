"""What one edit changed, as row images: the unit of undo, redo and of every view's refresh.

Plain data with no SQL, so the GUI can take a ChangeSet from the facade and refresh only what it
names; the store's Recorder fills it in (annotator.store.recorder).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass
class RowChange:
    table: str
    key: str
    before: Row | None
    after: Row | None


@dataclass
class ChangeSet:
    """What one user action changed: enough to undo it, redo it and refresh only what moved."""

    label: str
    changes: list[RowChange] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    #: Made on another connection (an import in a worker) and adopted for undo: undo and redo
    #: first check that every row is still as the change left it (store.recorder.replay).
    adopted: bool = False
    #: Verdict-history lines no row change implies (an adjudicator's decision on a claim):
    #: (claim id, verdict, cause); undo and redo log them again with their cause marked.
    history: list[tuple[str, str, str]] = field(default_factory=list)

    def ids(self, table: str) -> set[str]:
        return {c.key for c in self.changes if c.table == table}

    @property
    def doc_ids(self) -> set[str]:
        """Documents whose row, claims or their evidence changed."""
        out = self.ids("documents")
        for c in self.changes:
            if c.table == "claims":
                for row in (c.before, c.after):
                    if row:
                        out.add(row["doc_id"])
        return out

    @property
    def claim_ids(self) -> set[str]:
        out = self.ids("claims")
        for c in self.changes:
            row = c.after or c.before or {}
            if c.table == "evidence":
                out.add(row["claim_id"])
            elif c.table == "links":
                out.update((row["source_id"], row["target_id"]))
        return out

    def __bool__(self) -> bool:
        return bool(self.changes or self.history)
