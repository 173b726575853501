"""Claim edits: tag, retag, note and fields, evidence, links, delete."""
from __future__ import annotations

from ...core.changes import ChangeSet
from ...core.model import Evidence, LinkKind, Verdict
from ..undo import UndoAdapter


def add_claim(adapter: UndoAdapter, doc_id: str, start: int, end: int, verdict: Verdict,
              claim_id: str) -> ChangeSet | None:
    project = adapter.project
    return adapter.run(f"Tag claim as {verdict.value}", lambda: project.add_claim(
        doc_id, start, end, verdict, claim_id=claim_id))


def set_verdict(adapter: UndoAdapter, claim_id: str, verdict: Verdict) -> ChangeSet | None:
    project = adapter.project
    return adapter.run(f"Retag claim as {verdict.value}",
                       lambda: project.set_verdict(claim_id, verdict))


def update_claim(adapter: UndoAdapter, claim_id: str, values: dict) -> ChangeSet | None:
    """Note, confidence, claimant, "reported by" (the inspector's fields)."""
    project = adapter.project
    return adapter.run("Edit claim", lambda: project.update_claim(claim_id, **values))


def delete_claim(adapter: UndoAdapter, claim_id: str) -> ChangeSet | None:
    project = adapter.project
    return adapter.run("Delete claim", lambda: project.delete_claim(claim_id))


def add_evidence(adapter: UndoAdapter, claim_id: str, url: str) -> ChangeSet | None:
    project = adapter.project
    return adapter.run("Add evidence",
                       lambda: project.add_evidence(claim_id, Evidence(url=url)))


def remove_evidence(adapter: UndoAdapter, evidence_id: str) -> ChangeSet | None:
    project = adapter.project
    return adapter.run("Remove evidence", lambda: project.remove_evidence(evidence_id))


def add_link(adapter: UndoAdapter, source_id: str, target_id: str,
             kind: LinkKind) -> ChangeSet | None:
    project = adapter.project
    return adapter.run(f"Link claims ({kind.label})",
                       lambda: project.add_link(source_id, target_id, kind))


def remove_link(adapter: UndoAdapter, link_id: str) -> ChangeSet | None:
    project = adapter.project
    return adapter.run("Remove link", lambda: project.remove_link(link_id))
