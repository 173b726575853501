"""Edits from the compare side of the inspector: linking a claim to a matched passage (the
passage becomes an unverified claim, made and linked in one undo step) and accepting a
suggested source (an ordinary claim edit)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.changes import ChangeSet
from ...core.model import LinkKind
from ..palette import link_label
from ..undo import UndoAdapter
from .claims import update_claim


def link_to_match(adapter: UndoAdapter, claim_id: str, doc_id: str, start: int, end: int,
                  kind: LinkKind) -> ChangeSet | None:
    project = adapter.project
    label = QCoreApplication.translate("Compare", "Link to a match (%1)").replace("%1", link_label(kind))
    return adapter.run(label, lambda: project.link_to_passage(claim_id, doc_id, start, end, kind))


def use_source(adapter: UndoAdapter, claim_id: str, field: str, value: str) -> ChangeSet | None:
    """The inspector's "Use" beside a suggested claimant or "reported by" chain."""
    if field not in ("claimant", "reported_by"):
        raise ValueError(field)
    return update_claim(adapter, claim_id, {field: value})
