"""What the edit keys mean where the user is (keys 1/2/3, Delete, the link keys): which text or
claim they act on, and what the status bar says when there is none.

The edits themselves are the GUI operations (annotator.ui.operations.claims); MainWindow
inherits these.
"""
from __future__ import annotations

from ..core.model import LinkKind, Verdict, new_id
from .operations import claims as claim_ops
from PySide6.QtCore import QCoreApplication
from .i18n import arg
from .palette import link_label


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
            self.statusBar().showMessage(QCoreApplication.translate("Editing", "The selection is only spaces: select some words."), 4000)
            return
        if span is not None and pane is not None and pane.doc_id:
            doc_id, claim_id = pane.doc_id, new_id()
            cursor = pane.view.textCursor()
            cursor.clearSelection()
            pane.view.setTextCursor(cursor)
            pane.view.selected_claim = claim_id  # drawn selected by the refresh the edit causes
            cs = claim_ops.add_claim(self.adapter, doc_id, span[0], span[1], verdict, claim_id)
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
                QCoreApplication.translate("Editing", "Select some text in an article first (or a claim to retag)."), 4000)

    def retag(self, claim_id: str, verdict: Verdict) -> None:
        claim_ops.set_verdict(self.adapter, claim_id, verdict)

    def delete_claim(self) -> None:
        claim_id = self.claims_panel.selected_claim() if self._focus_in_claims_table() \
            else self.current_claim
        if not claim_id:
            self.statusBar().showMessage(QCoreApplication.translate("Editing", "Select a claim to delete."), 4000)
            return
        if claim_ops.delete_claim(self.adapter, claim_id) is not None:
            self.select_claim(None)

    def link(self, kind: LinkKind, target: str | None = None) -> None:
        source, target = self.current_claim, target or self.link_target()
        if not source or not target:
            self.statusBar().showMessage(
                QCoreApplication.translate("Editing", "Select a claim in one pane and another claim in a second pane, then link them."), 5000)
            return
        if claim_ops.add_link(self.adapter, source, target, kind) is not None:
            self.statusBar().showMessage(arg(QCoreApplication.translate("Editing", "Linked: %1"), link_label(kind)), 3000)
