"""One reading pane: the article's title, outlet and language above its text, and a find bar."""
from __future__ import annotations

import bisect

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget,
)

from ..core.model import Document, Verdict
from ..resources import resource
from .badges import counts_text, language_badge
from .elided_title import ElidedLine, ElidedTitle
from .span_index import Span
from .plain_styles import Badge, draw_border, set_text_colour
from .text_view import ClaimTextView
from PySide6.QtCore import QCoreApplication
from .i18n import arg, number_text


#: Matches counted at most ("3 of 1000+"): counting all of a one-letter search in a long
#: article would delay every keystroke.
MAX_COUNTED = 1000


class FindBar(QWidget):
    """Find in this document (Ctrl+F); Enter / Shift+Enter step through the matches."""

    def __init__(self, view: ClaimTextView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self._matches: tuple[tuple[str, str] | None, list[int]] = (None, [])
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        self.edit = QLineEdit(placeholderText=QCoreApplication.translate("ReadingPane", "Find in this article…"))
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel()
        prev_btn = QToolButton(text="▲", toolTip=QCoreApplication.translate("ReadingPane", "Previous match (Shift+Enter)"))
        next_btn = QToolButton(text="▼", toolTip=QCoreApplication.translate("ReadingPane", "Next match (Enter)"))
        close_btn = QToolButton(text="✕", toolTip=QCoreApplication.translate("ReadingPane", "Close (Esc)"))
        for w in (self.edit, self.status, prev_btn, next_btn, close_btn):
            row.addWidget(w)
        self.edit.textChanged.connect(lambda _: self.find(forward=True, restart=True))
        self.edit.returnPressed.connect(lambda: self.find(forward=True))
        prev_btn.clicked.connect(lambda: self.find(forward=False))
        next_btn.clicked.connect(lambda: self.find(forward=True))
        close_btn.clicked.connect(self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.edit, lambda: self.find(forward=False))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus()

    def find(self, *, forward: bool, restart: bool = False) -> bool:
        needle = self.edit.text()
        if not needle:
            self.status.clear()
            return False
        doc = self.view.document()
        cursor = self.view.textCursor()
        if restart:
            cursor.setPosition(cursor.selectionStart())
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        found = doc.find(needle, cursor, flags)
        if found.isNull():  # wrap around
            wrap = self.view.textCursor()
            wrap.movePosition(wrap.MoveOperation.Start if forward else wrap.MoveOperation.End)
            found = doc.find(needle, wrap, flags)
        if found.isNull():
            self.status.setText(QCoreApplication.translate("ReadingPane", "not found"))
            return False
        starts = self._match_starts(needle)
        at = bisect.bisect_right(starts, found.selectionStart())
        more = "+" if len(starts) >= MAX_COUNTED else ""
        self.status.setText(arg(QCoreApplication.translate("ReadingPane", "%1 of %2"), at,
                                f"{number_text(len(starts))}{more}") if at else
                            arg(QCoreApplication.translate("ReadingPane", "of %1"),
                                f"{number_text(len(starts))}{more}"))
        self.view.setTextCursor(found)
        self.view.centerCursor()
        return True

    def _match_starts(self, needle: str) -> list[int]:
        """Where Qt's find finds `needle` (UTF-16 positions), for "3 of 12": counted by the
        same search that steps through them, so the two always agree (its case and space
        matching is not Python's). Kept while the needle and the article stay the same."""
        key = (needle, self.view.text)
        if self._matches[0] != key:
            doc, starts = self.view.document(), []
            cursor = doc.find(needle, 0)
            while not cursor.isNull() and len(starts) < MAX_COUNTED:
                starts.append(cursor.selectionStart())
                cursor = doc.find(needle, cursor)
            self._matches = (key, starts)
        return self._matches[1]


class ReadingPane(QFrame):
    activated = Signal(object)  # this pane, when it gets the focus
    close_requested = Signal(object)
    details_requested = Signal(object)  # this pane: edit its article's details

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the border (2 px, the highlight colour while active) is painted: see paintEvent
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContentsMargins(2, 2, 2, 2)
        self._active = False
        self.doc_id: str | None = None
        self.document: Document | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        header = QWidget()
        header.setObjectName("paneHeader")
        top = QHBoxLayout(header)
        top.setContentsMargins(6, 4, 4, 2)
        self.title = ElidedTitle(QCoreApplication.translate("ReadingPane", "No article open"))  # two lines at most, the whole in its tooltip
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.language = Badge()
        self.language.setObjectName("languageBadge")
        self.details_button = QToolButton(
            toolTip=QCoreApplication.translate(
                "ReadingPane", "Article details: title, outlet, address, date, author, language "
                "(or double-click the title)"))
        # an icon of ours: the ⓘ character is missing from common fonts (drawn as a box), and
        # the style's standard icon made Python's QStyle type at every start (15 ms)
        self.details_button.setIcon(QIcon(str(resource("icons", "details.svg"))))
        self.details_button.setAccessibleName(
            QCoreApplication.translate("ReadingPane", "Article details"))
        self.details_button.clicked.connect(self._request_details)
        self.details_button.setEnabled(False)
        self.close_button = QToolButton(text="✕", toolTip=QCoreApplication.translate("ReadingPane", "Close this pane"))
        self.close_button.clicked.connect(lambda: self.close_requested.emit(self))
        # the title has the header's whole width (a narrow pane at 1024 px left it a word);
        # the badge and the details button sit on the outlet line below
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.language.hide()  # shown with an article
        # a narrow pane shortens the badge; its text never sets the pane's minimum width (a
        # language set by hand would otherwise resize the panes and move the text being read)
        self.language.setMinimumWidth(1)
        self.meta = ElidedLine()
        self.meta.setContentsMargins(6, 0, 6, 2)
        self.meta.setMinimumWidth(1)  # a long outlet line is elided in a narrow pane, not the
        # reason the window outgrows a small screen (the whole line is in its tooltip)
        # secondary, but readable: the theme's text colour at 72% (palette(mid) gave 1.8:1)
        text = self.meta.palette().color(QPalette.ColorRole.WindowText)
        text.setAlphaF(0.72)
        set_text_colour(self.meta, text)
        self.view = ClaimTextView()
        self.view.setPlaceholderText(
            QCoreApplication.translate(
    "ReadingPane", "Open an article from the Library (double-click), or import articles with "
            "File ▸ Import (Ctrl+I) or by dropping files on the window."))
        self.find_bar = FindBar(self.view)
        meta_row = QHBoxLayout()
        meta_row.setContentsMargins(0, 0, 4, 0)
        meta_row.addWidget(self.meta, 1)
        meta_row.addWidget(self.language, 0)
        meta_row.addWidget(self.details_button, 0)
        layout.addWidget(header)
        layout.addLayout(meta_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        self.view.installEventFilter(self)
        self.title.installEventFilter(self)
        self.meta.installEventFilter(self)
        self.set_active(False)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.view and event.type() == event.Type.FocusIn:
            self.activated.emit(self)
        elif obj in (self.title, self.meta) and event.type() == event.Type.MouseButtonDblClick:
            self._request_details()
            return True
        return super().eventFilter(obj, event)

    def _request_details(self) -> None:
        if self.doc_id is not None:
            self.details_requested.emit(self)

    def set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.update()

    @property
    def active(self) -> bool:
        return self._active

    def paintEvent(self, event) -> None:  # noqa: N802
        """The active pane's border: 2 px of the highlight colour, rounded."""
        super().paintEvent(event)
        if self._active:
            draw_border(self, self.palette().color(QPalette.ColorRole.Highlight))

    def show_document(self, doc: Document, spans: list[Span]) -> None:
        self.set_details(doc)
        self.view.load(doc, spans)
        self.update_meta()

    def set_details(self, doc: Document) -> None:
        """Title, language and outlet: also after an edit of the details (the text stays put)."""
        self.doc_id = doc.id
        self.document = doc
        self.title.set_title(doc.title or doc.source_name
                             or QCoreApplication.translate("ReadingPane", "Untitled"),
                             doc.url or doc.source_name)
        self.language.setText(language_badge(doc.effective_language))
        self.language.show()
        self.details_button.setEnabled(True)
        self.language.setToolTip(
            QCoreApplication.translate("ReadingPane", "Language set by hand")
            if doc.language_override else
            QCoreApplication.translate("ReadingPane", "Detected language") if doc.language else
            QCoreApplication.translate("ReadingPane", "No language could be detected reliably"))
        self.update_meta()

    def update_meta(self, counts: dict[Verdict, int] | None = None) -> None:
        doc = self.document
        if doc is None:
            return
        if counts is None:
            counts = self.view.index.counts
        bits = [b for b in (doc.outlet, doc.published[:10], doc.author) if b]
        bits.append(counts_text(counts))
        self.meta.setText("  ·  ".join(bits))
        self.meta.setToolTip(self.meta.text())

    def clear(self) -> None:
        self.doc_id = None
        self.document = None
        self.title.set_title(QCoreApplication.translate("ReadingPane", "No article open"))
        self.language.clear()
        self.language.hide()
        self.details_button.setEnabled(False)
        self.meta.clear()
        self.view.clear_document()
