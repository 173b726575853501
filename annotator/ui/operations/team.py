"""Team edits: an adjudicator's decision on one unit, as one undo step."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ...core.changes import ChangeSet
from ..undo import UndoAdapter


def adjudicate(adapter: UndoAdapter, doc_id: str, accepted: Sequence[str],
               rejected: Sequence[str], adjudicator: str) -> ChangeSet | None:
    """Accept `accepted` into `adjudicator`'s gold layer and not `rejected` (none: neither)."""
    project = adapter.project
    return adapter.run(QCoreApplication.translate("Adjudication", "Adjudicate"),
                       lambda: project.adjudicate(doc_id, accepted, rejected, adjudicator))


def adjudicate_agreed(adapter: UndoAdapter, adjudicator: str) -> ChangeSet | None:
    """Copy every claim all annotators tagged alike into `adjudicator`'s gold layer."""
    project = adapter.project
    return adapter.run(QCoreApplication.translate("Adjudication", "Copy the agreed claims"),
                       lambda: project.adjudicate_agreed(adjudicator))
