"""Moving around the workbench: which pane an article opens in, selecting a claim, jumping to
a claim, a link or a search hit, and stepping through an article's claims.

Mixed into MainWindow (it uses the window's project, panes, status bar and flush timer); the
edits themselves are in annotator.ui.operations.
"""
from __future__ import annotations

from ..core.errors import AnnotatorError, NotFoundError
from .dialogs.errors import show_error
from .reading_pane import ReadingPane
from PySide6.QtCore import QCoreApplication
from .i18n import arg


class Navigation:
    """Mixed into MainWindow."""

    # ------------------------------------------------------------------ documents
    def open_document(self, doc_id: str, pane: ReadingPane | None = None) -> ReadingPane | None:
        try:
            pane = self.panes.open_document(doc_id, pane)
        except AnnotatorError as exc:
            show_error(self, QCoreApplication.translate("Navigation", "Cannot open the article"), exc)
            return None
        self._update_status()
        return pane

    def read_document(self, doc_id: str) -> None:
        """A double-click in the library: see `PaneArea.pane_to_read`."""
        pane = self.open_document(doc_id, self.panes.pane_to_read())
        if pane is not None:
            self.panes.set_active(pane)

    def open_spare(self, doc_id: str, keep: ReadingPane | None = None) -> ReadingPane | None:
        """Show an article reached through a claim, link or search hit, without replacing the
        one being read (see `PaneArea.spare_pane`); the status bar names one it replaces."""
        pane = self.panes.pane_showing(doc_id)
        if pane is not None:
            return pane
        pane, replaces = self.panes.spare_pane(keep)
        old = pane.title.full_title() if replaces else ""
        pane = self.open_document(doc_id, pane)
        if pane is not None and replaces:
            self.statusBar().showMessage(
                arg(QCoreApplication.translate("Navigation", "Four panes are open: “%1” (the one used least recently) made way."), old), 8000)
        return pane

    def open_search_hit(self, doc_id: str, start: int, end: int) -> None:
        pane = self.open_spare(doc_id)
        if pane is None:
            return
        if start >= 0 and end > start:
            pane.view.select_span(start, end)
        pane.view.setFocus()

    # ------------------------------------------------------------------ selection
    def select_claim(self, claim_id: str | None, pane: ReadingPane | None = None, *,
                     reveal: bool = False) -> None:
        claim_id = claim_id or None
        self.current_claim = claim_id
        if pane is not None:
            pane.view.set_selected_claim(claim_id, reveal=reveal)
            self.panes.set_active(pane)
        if claim_id and self.link_target():
            self.statusBar().showMessage(
                QCoreApplication.translate("Navigation", "Link the two selected claims: Ctrl+Alt+1 same · 2 supports · 3 contradicts"),
                6000)
        self._selection_dirty = True  # inspector and table follow in `flush`
        self._flush_timer.start()

    def jump_to_claim(self, claim_id: str, pane: ReadingPane | None = None) -> None:
        """Show the claim in a pane (opening its article if needed) and select it."""
        try:
            claim = self.project.claim(claim_id)
        except NotFoundError:
            return
        target = self.panes.pane_showing(claim.doc_id)
        if target is None:
            target = self.open_document(claim.doc_id, pane) if pane else \
                self.open_spare(claim.doc_id)
            if target is None:
                return
        self.select_claim(claim_id, target, reveal=True)

    def follow_link(self, other_id: str) -> None:
        source = self.panes.active
        try:
            doc_id = self.project.claim(other_id).doc_id
        except NotFoundError:
            return
        pane = self.open_spare(doc_id, keep=source)
        if pane is not None:
            self.select_claim(other_id, pane, reveal=True)

    def step_claim(self, step: int) -> None:
        """Ctrl+. / Ctrl+, : walk the active article's claims in reading order."""
        pane = self.panes.active
        if pane is None or not len(pane.view.index):
            return
        ordered = pane.view.index.ordered()
        ids = [s.claim_id for s in ordered]
        if pane.view.selected_claim in ids:
            at = (ids.index(pane.view.selected_claim) + step) % len(ids)
        else:
            caret = pane.view.offsets.to_codepoint(pane.view.textCursor().position())
            after = [i for i, s in enumerate(ordered) if s.start >= caret]
            at = (after[0] if after else 0) if step > 0 else ((after[0] - 1) if after else -1)
        self.select_claim(ids[at], pane, reveal=True)

    def link_target(self) -> str | None:
        """The claim selected in another pane than the one holding the current claim."""
        if not self.current_claim:
            return None
        for pane in self.panes.panes:
            sel = pane.view.selected_claim
            if sel and sel != self.current_claim and pane is not self.panes.active:
                return sel
        return None
