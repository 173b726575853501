"""The workbench's edit commands (keys 1/2/3, Delete, the inspector's fields, links).

Each one runs through the window's UndoAdapter, so it is one undo step and is saved at once;
MainWindow inherits them. Nothing here writes SQL.
"""
from __future__ import annotations

from ..core.model import Evidence, LinkKind, Verdict, new_id


class EditCommands:
    """Mixed into MainWindow: uses its project, adapter, panes, claims panel and status bar."""

    def _focus_in_claims_table(self) -> bool:
        focus = self.focusWidget()
        return focus is not None and self.claims_panel.table.isAncestorOf(focus) or \
            focus is self.claims_panel.table

    def tag(self, verdict: Verdict) -> None:
        """Key 1/2/3: tag the selected text as a new claim, or retag the selected claim."""
        pane = self.panes.active
        in_text = pane is not None and not self._focus_in_claims_table()
        span = pane.view.selection_span() if in_text else None  # without spaces at its ends
        if in_text and span is None and pane.view.textCursor().hasSelection():
            self.statusBar().showMessage("The selection is only spaces: select some words.", 4000)
            return
        if span is not None and pane is not None and pane.doc_id:
            project, doc_id, claim_id = self.project, pane.doc_id, new_id()
            cursor = pane.view.textCursor()
            cursor.clearSelection()
            pane.view.setTextCursor(cursor)
            pane.view.selected_claim = claim_id  # drawn selected by the refresh the edit causes
            cs = self.adapter.run(f"Tag claim as {verdict.value}", lambda: project.add_claim(
                doc_id, span[0], span[1], verdict, claim_id=claim_id))
            if cs is None:
                pane.view.select_span(*span, center=False)  # give the selection back
                pane.view.set_selected_claim(self.current_claim)
                return
            self.select_claim(claim_id, pane)
            return
        claim_id = self.claims_panel.selected_claim() if self._focus_in_claims_table() \
            else self.current_claim
        if claim_id:
            self.retag(claim_id, verdict)
        else:
            self.statusBar().showMessage(
                "Select some text in an article first (or a claim to retag).", 4000)

    def retag(self, claim_id: str, verdict: Verdict) -> None:
        project = self.project
        self.adapter.run(f"Retag claim as {verdict.value}", lambda: project.set_verdict(claim_id, verdict))

    def delete_claim(self) -> None:
        claim_id = self.claims_panel.selected_claim() if self._focus_in_claims_table() \
            else self.current_claim
        if not claim_id:
            self.statusBar().showMessage("Select a claim to delete.", 4000)
            return
        project = self.project
        if self.adapter.run("Delete claim", lambda: project.delete_claim(claim_id)) is not None:
            self.select_claim(None)

    def update_fields(self, claim_id: str, values: dict) -> None:
        project = self.project
        self.adapter.run("Edit claim", lambda: project.update_claim(claim_id, **values))

    def add_evidence(self, claim_id: str, url: str) -> None:
        project = self.project
        self.adapter.run("Add evidence", lambda: project.add_evidence(claim_id, Evidence(url=url)))

    def link(self, kind: LinkKind, target: str | None = None) -> None:
        source, target = self.current_claim, target or self.link_target()
        if not source or not target:
            self.statusBar().showMessage(
                "Select a claim in one pane and another claim in a second pane, then link them.", 5000)
            return
        project = self.project
        if self.adapter.run(f"Link claims ({kind.label})",
                            lambda: project.add_link(source, target, kind)) is not None:
            self.statusBar().showMessage(f"Linked: {kind.label}", 3000)
