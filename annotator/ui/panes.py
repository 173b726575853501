"""Two to four reading panes side by side, kept in step with the project.

The pane area owns which document each pane shows and turns a ChangeSet into span updates for
the panes that show the changed claims' documents (one small query per changed claim).
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ..core.errors import NotFoundError
from ..project import Project
from ..core.changes import ChangeSet
from .bridge import ClaimState
from .pane_filter import PaneFilter
from .reading_pane import ReadingPane
from .span_index import Span, SpanIndex

MIN_PANES, MAX_PANES = 1, 4


def spans_for(project: Project, doc_id: str) -> list[Span]:
    linked = set()
    for link in project.links(doc_ids=[doc_id]):
        linked.update((link.source_id, link.target_id))
    return [Span(cid, start, end, verdict, cid in linked, who)
            for cid, start, end, verdict, who in project.claim_spans(doc_id, annotators=True)]


class PaneArea(QWidget):
    claim_clicked = Signal(object, str)  # pane, claim id
    menu_requested = Signal(object, QPoint, list)  # pane, global position, spans there
    active_changed = Signal(object)  # pane
    panes_changed = Signal()
    details_requested = Signal(str)  # doc id of a pane's article (its details button or title)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.panes: list[ReadingPane] = []
        self.active: ReadingPane | None = None
        self._used: list[ReadingPane] = []  # least recently active first
        self.sync_scrolling = False
        self._syncing = False
        self.filter = PaneFilter()  # View ▸ Show claims of (ui/pane_filter.py)
        self.add_pane()
        self.add_pane()

    # ------------------------------------------------------------------ panes
    def add_pane(self) -> ReadingPane | None:
        if len(self.panes) >= MAX_PANES:
            return None
        pane = ReadingPane()
        pane.activated.connect(self.set_active)
        pane.close_requested.connect(self.remove_pane)
        pane.details_requested.connect(lambda p: self.details_requested.emit(p.doc_id))
        pane.view.claim_clicked.connect(lambda cid, p=pane: self.claim_clicked.emit(p, cid))
        pane.view.menu_requested.connect(lambda pos, spans, p=pane: self.menu_requested.emit(p, pos, spans))
        pane.view.verticalScrollBar().valueChanged.connect(lambda _v, p=pane: self._sync_from(p))
        self.splitter.addWidget(pane)
        self.panes.append(pane)
        self._equalise()
        self._update_close_buttons()
        if self.active is None:
            self.set_active(pane)
        self.panes_changed.emit()
        return pane

    def remove_pane(self, pane: ReadingPane | None = None) -> None:
        pane = pane or self.active
        if pane is None or len(self.panes) <= MIN_PANES or pane not in self.panes:
            return
        self.panes.remove(pane)
        if pane in self._used:
            self._used.remove(pane)
        pane.hide()
        pane.setParent(None)
        pane.deleteLater()
        if self.active is pane:
            self.active = None
            self.set_active(self.panes[0])
        self._equalise()
        self._update_close_buttons()
        self.panes_changed.emit()

    def _equalise(self) -> None:
        self.splitter.setSizes([1000] * len(self.panes))

    def _update_close_buttons(self) -> None:
        for pane in self.panes:
            pane.close_button.setEnabled(len(self.panes) > MIN_PANES)

    def set_active(self, pane: ReadingPane) -> None:
        if pane is self.active or pane not in self.panes:
            return
        self.active = pane
        if pane in self._used:
            self._used.remove(pane)
        self._used.append(pane)
        for p in self.panes:
            p.set_active(p is pane)
        self.active_changed.emit(pane)

    def pane_showing(self, doc_id: str) -> ReadingPane | None:
        if self.active is not None and self.active.doc_id == doc_id:
            return self.active
        return next((p for p in self.panes if p.doc_id == doc_id), None)

    def _empty_pane(self) -> ReadingPane | None:
        if self.active is not None and self.active.doc_id is None:
            return self.active
        return next((p for p in self.panes if p.doc_id is None), None)

    def pane_to_read(self) -> ReadingPane:
        """Where a double-click in the library opens an article: an empty pane, else the active
        pane (the user chose to read another article there; it may be one shown beside)."""
        return self._empty_pane() or self.active or self.panes[0]

    def spare_pane(self, keep: ReadingPane | None = None) -> tuple[ReadingPane, bool]:
        """Where an article the user reached indirectly opens (a claim in the table, a linked
        claim, a search hit), and whether an article is replaced there: an empty pane, else a
        new pane (up to four), else the pane used least recently, never `keep` nor the active
        pane, which hold what the user is reading now."""
        empty = self._empty_pane()
        if empty is not None and empty is not keep:
            return empty, False
        new = self.add_pane()
        if new is not None:
            return new, False
        spare = [p for p in self.panes if p is not keep and p is not self.active]
        used = [p for p in self._used if p in spare]
        never = [p for p in spare if p not in used]
        return (never + used)[0] if spare else self.active or self.panes[0], True

    def open_document(self, doc_id: str, pane: ReadingPane | None = None) -> ReadingPane:
        pane = pane or self.active or self.panes[0]
        pane.show_document(self.project.document(doc_id), self._spans(doc_id))
        self.panes_changed.emit()
        return pane

    def _spans(self, doc_id: str) -> list[Span]:
        return self.filter.apply(self.project, doc_id, spans_for(self.project, doc_id))

    def set_filter(self, choice: PaneFilter) -> None:
        self.filter = choice
        self.reload_documents()

    def reload_documents(self) -> None:
        """Re-read every shown article and its claims (after another program edited the file);
        an unchanged text keeps its scroll position and selected claim."""
        for pane in self.panes:
            if not pane.doc_id:
                continue
            try:
                doc = self.project.document(pane.doc_id)
            except NotFoundError:
                pane.clear()
                continue
            spans = self._spans(doc.id)
            if pane.document is None or pane.document.content_hash != doc.content_hash:
                pane.show_document(doc, spans)
                continue
            selected = pane.view.selected_claim
            pane.set_details(doc)
            pane.view.index = SpanIndex(spans)
            pane.view.selected_claim = selected if selected in pane.view.index else None
            pane.view.refresh_highlights()
            pane.update_meta()
        self.panes_changed.emit()

    def open_doc_ids(self) -> list[str | None]:
        return [p.doc_id for p in self.panes]

    # ------------------------------------------------------------------ scrolling
    def set_sync_scrolling(self, on: bool) -> None:
        self.sync_scrolling = on
        if on and self.active is not None:
            self._sync_from(self.active)

    def _sync_from(self, source: ReadingPane) -> None:
        """Scroll the other panes to the same fraction of their article."""
        if not self.sync_scrolling or self._syncing:
            return
        bar = source.view.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._syncing = True
        try:
            for pane in self.panes:
                if pane is not source:
                    other = pane.view.verticalScrollBar()
                    other.setValue(round(fraction * other.maximum()))
        finally:
            self._syncing = False

    # ------------------------------------------------------------------ changes
    def apply_changes(self, cs: ChangeSet, state: ClaimState) -> None:
        shown = {p.doc_id for p in self.panes if p.doc_id}
        if not shown:
            return
        changed_docs = cs.ids("documents") & shown
        reloaded: set[str] = set()
        for doc_id in changed_docs:
            try:
                doc = self.project.document(doc_id)
            except NotFoundError:
                for pane in self.panes:
                    if pane.doc_id == doc_id:
                        pane.clear()
                reloaded.add(doc_id)
                continue
            for pane in self.panes:
                if pane.doc_id != doc_id:
                    continue
                if pane.document is not None and pane.document.content_hash == doc.content_hash:
                    pane.set_details(doc)  # details only: keep the scroll position
                else:
                    pane.show_document(doc, self._spans(doc_id))
                    reloaded.add(doc_id)
        touched = [p for p in self.panes if p.doc_id in shown - reloaded
                   and (p.doc_id in cs.doc_ids or any(c in p.view.index for c in cs.claim_ids))]
        for pane in touched:
            index = pane.view.index
            if not self.filter.per_span:  # which claims are disputed may have changed
                index = pane.view.index = SpanIndex(self._spans(pane.doc_id))
            for cid, claim in state.claims.items() if self.filter.per_span else ():
                span = claim and Span(cid, claim.start, claim.end, claim.verdict,
                                      state.link_counts.get(cid, 0) > 0, claim.annotator)
                if span is None or claim.doc_id != pane.doc_id or not self.filter.keeps(span):
                    index.remove(cid)
                else:
                    index.put(span)
            if pane.view.selected_claim not in index:
                pane.view.selected_claim = None
            pane.view.refresh_highlights()
            pane.update_meta()
