"""Search across the project (SQLite FTS5 over article text and claims), off the GUI thread.

One background thread keeps a read-only Project open for the panel's lifetime (opening a project
checks the file, which is too slow to repeat per keystroke). Queries are numbered; a query that
has been overtaken by newer typing is skipped by the worker and its late results are ignored.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import (
    QEvent, QModelIndex, QObject, QRectF, QSize, Qt, QTimer, Signal, Slot,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout, QPalette, QStandardItem,
    QStandardItemModel, QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QLabel, QLineEdit, QListView, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from ...project import Project
from ...core.summaries import SearchHit
from ..workers import ThreadState as _ThreadState, user_message
from PySide6.QtCore import QCoreApplication
from ..i18n import arg, plural

#: Pause after the last keystroke before searching.
DEBOUNCE_MS = 200
RESULT_LIMIT = 200
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Hits laid out per step of the list's layout.
LAYOUT_BATCH = 25


def snippet_html(snippet: str) -> str:
    """FTS snippet with [ ] around matches → HTML with the matches in bold."""
    text = html.escape(" ".join(snippet.split()))
    return text.replace("[", "<b>").replace("]", "</b>")


def hit_html(hit: SearchHit, verdict: str = "") -> str:
    if hit.kind == "claim" and verdict:
        kind = arg(QCoreApplication.translate("SearchPanel", "claim (%1)"),
                   QCoreApplication.translate("Verdict", verdict))
    else:
        kind = (QCoreApplication.translate("SearchPanel", "claim") if hit.kind == "claim" else
                QCoreApplication.translate("SearchPanel", "article text"))
    untitled = QCoreApplication.translate("SearchPanel", "Untitled")
    return (f"<div><b>{html.escape(hit.doc_title or untitled)}</b> "
            f"<i>· {kind}</i></div><div>{snippet_html(hit.snippet)}</div>")


class _SearchWorker(QObject):
    """Lives in the search thread; owns that thread's read-only Project."""

    found = Signal(int, list, dict)  # generation, hits, claim id -> verdict
    failed = Signal(int, str)

    def __init__(self, project_path: Path) -> None:
        super().__init__()
        self.project_path = project_path
        self.project: Project | None = None
        self.latest = 0  # set from the GUI thread; a plain int store is atomic in CPython

    @Slot(int, str)
    def search(self, generation: int, text: str) -> None:
        if generation < self.latest:
            return  # the user kept typing; a newer query is queued
        try:
            if self.project is None:
                self.project = Project.open(self.project_path, readonly=True)
            hits = self.project.search(text, RESULT_LIMIT)
            verdicts = self._verdicts([h.claim_id for h in hits if h.claim_id])
        except Exception as exc:
            self.failed.emit(generation, user_message(exc))
            return
        self.found.emit(generation, hits, verdicts)

    def _verdicts(self, claim_ids: list[str]) -> dict[str, str]:
        # one query for all of them; a claim deleted since the index was read is left out
        return {cid: v.value for cid, v in self.project.verdicts(claim_ids).items()}

    def close(self) -> None:
        if self.project is not None:
            self.project.close()
            self.project = None


class _HitDelegate(QStyledItemDelegate):
    """Two lines of rich text per hit: document title and kind, then the snippet.

    Laying out a hit's rich text is what showing 400 hits costs on the GUI thread, and the
    view asks each row's height more than once: heights are kept per text and width."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int], int] = {}

    def forget(self) -> None:
        """Before another search's hits are shown (the kept heights stay that search's)."""
        self._heights.clear()

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        doc.setHtml(index.data(Qt.ItemDataRole.DisplayRole) or "")
        doc.setTextWidth(max(option.rect.width(), 120))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        html_text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        doc.setHtml(html_text)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        width = option.widget.viewport().width() if option.widget else 300
        key = (index.data(Qt.ItemDataRole.DisplayRole) or "", width)
        height = self._heights.get(key)
        if height is None:
            opt = QStyleOptionViewItem(option)
            opt.rect.setWidth(width)
            height = self._heights[key] = int(self._document(opt, index).size().height()) + 2
        return QSize(width, height)


class SearchPanel(QWidget):
    """Search box and hit list; a hit opens with double-click or Enter (`open_requested`)."""

    open_requested = Signal(str, int, int)  # doc id, start, end (code points); -1, -1 for a document hit
    _request = Signal(int, str)

    def __init__(self, project_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SearchPanel")
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(QCoreApplication.translate("SearchPanel", "Search all articles and claims…"))
        self.query_edit.setClearButtonEnabled(True)
        self.status_label = QLabel(QCoreApplication.translate(
    "SearchPanel", "Type words to search; prefixes match (“vaks” finds “vaksin”), "
                                   "and Indonesian word forms (“tolak” finds “menolak”)."))
        self.status_label.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.delegate = _HitDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        # the first rows are laid out and shown at once, the rest in batches after (every
        # row's rich text at once held the GUI thread for ~100 ms at 400 hits)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(LAYOUT_BATCH)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.doubleClicked.connect(self._open_index)
        self.view.installEventFilter(self)
        self.query_edit.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.query_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.query_edit.returnPressed.connect(self._on_return)

        self._generation = 0
        self._shown_generation = -1
        self._state = _ThreadState()
        self.set_project_path(project_path)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._state.stop)
        self.destroyed.connect(self._state.stop)

    # ------------------------------------------------------------------ project
    def set_project_path(self, project_path: Path) -> None:
        """Search another project (File ▸ Open) with a fresh worker thread."""
        self.shutdown()
        self.project_path = Path(project_path)
        worker = _SearchWorker(self.project_path)
        self._state.start("search", worker, self._request, worker.search, self._on_found,
                          self._on_failed)
        self.model.clear()
        if self.query_edit.text().strip():
            self.search_now()

    def shutdown(self) -> None:
        """Stop the search thread and close its project (safe to call twice)."""
        worker = self._state.worker
        if worker is not None:
            self._request.disconnect(worker.search)
        self._state.stop()

    @property
    def _worker(self) -> _SearchWorker | None:
        return self._state.worker

    # ------------------------------------------------------------------ searching
    def focus_query(self) -> None:
        """For Ctrl+Shift+F: put the cursor in the search box with its text selected."""
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def search(self, text: str) -> None:
        """Search for `text` now (as if typed and Enter pressed)."""
        self.query_edit.setText(text)
        self.search_now()

    def refresh(self) -> None:
        """Run the current query again (after an import or edits)."""
        if self.query_edit.text().strip():
            self.search_now()

    def search_now(self) -> None:
        self._debounce.stop()
        text = self.query_edit.text().strip()
        self._generation += 1
        if not text or self._worker is None:
            self.model.clear()
            self._shown_generation = self._generation
            self.status_label.setText("")
            return
        self._worker.latest = self._generation
        self.status_label.setText(QCoreApplication.translate("SearchPanel", "Searching…"))
        self._request.emit(self._generation, text)

    @property
    def busy(self) -> bool:
        """True while the shown results are older than the latest query."""
        return self._shown_generation != self._generation

    def hits(self) -> list[SearchHit]:
        return [self.model.item(r).data(HIT_ROLE) for r in range(self.model.rowCount())]

    def _on_found(self, generation: int, hits: list, verdicts: dict) -> None:
        if generation != self._generation:
            return
        self._shown_generation = generation
        self.model.clear()
        self.delegate.forget()
        items = []
        for hit in hits:
            item = QStandardItem(hit_html(hit, verdicts.get(hit.claim_id, "")))
            item.setData(hit, HIT_ROLE)
            item.setToolTip(hit.doc_title)
            items.append(item)
        if items:  # one insertion, not one per hit
            self.model.invisibleRootItem().appendRows(items)
        docs = sum(1 for h in hits if h.kind == "document")
        claims = len(hits) - docs
        if not hits:
            status = QCoreApplication.translate("SearchPanel", "No matches.")
        else:
            status = arg(QCoreApplication.translate(
                "SearchPanel", "%1, %2 — double-click or press Enter to open."),
                plural(QCoreApplication.translate("SearchPanel", "%n article(s)", None, docs), docs),
                plural(QCoreApplication.translate("SearchPanel", "%n claim(s)", None, claims), claims))
        note = Project.search_note(self.query_edit.text().strip())
        self.status_label.setText(f"{note} {status}" if note else status)
        if hits:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _on_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._shown_generation = generation
        self.model.clear()
        self.status_label.setText(arg(QCoreApplication.translate("SearchPanel", "Search failed: %1"), message))

    # ------------------------------------------------------------------ opening
    def _on_return(self) -> None:
        if self._debounce.isActive() or self.busy:
            self.search_now()
        elif self.model.rowCount():
            self._open_index(self.view.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit: SearchHit = index.data(HIT_ROLE)
        if hit.kind == "claim" and hit.start is not None and hit.end is not None:
            self.open_requested.emit(hit.doc_id, hit.start, hit.end)
        else:
            self.open_requested.emit(hit.doc_id, -1, -1)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.view.currentIndex())
                return True
            if obj is self.query_edit and key == Qt.Key.Key_Escape and self.query_edit.text():
                self.query_edit.clear()
                return True
            if obj is self.query_edit and key == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(obj, event)
