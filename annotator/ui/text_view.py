"""The text of one article, with claims drawn over it.

Highlights are extra selections computed for the visible stretch of text only (plus a margin),
from a SpanIndex: opening a long article with 10,000 claims or retagging one claim touches the
claims on screen, never all of them, and the QTextDocument itself is never modified (so its
positions keep matching the stored text). Positions cross the Qt boundary through OffsetMap:
Qt counts UTF-16 units, stored spans count code points.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor, QContextMenuEvent, QMouseEvent, QPainter, QPalette, QTextCursor, QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from ..core.model import Direction, Document
from ..core.offsets import OffsetMap
from .i18n import arg
from .known_wrappers import prime_viewport
from .margin_marks import MarginMarks
from .palette import LINK_MARK, span_format, style
from .span_index import Agreement, Span, SpanIndex, agreement, verdicts_by_annotator

#: UTF-16 units highlighted beyond each edge of the viewport, so short scrolls stay painted
MARGIN = 1500
#: The far margin's mark beside text that claims of several annotators cover: they disagree
#: (a strong bar and ≠) or agree (a thin bar and =).
AGREEMENT_MARK = {Agreement.DISAGREE: ("≠", "#c2185b", 3), Agreement.AGREE: ("=", "#607d8b", 1)}


def annotators_text(spans: list[Span]) -> str:
    """ "2 annotators: ana ✗ disputed, budi ✓ verified — they disagree" ("" for one)."""
    verdicts = verdicts_by_annotator(spans)
    if len(verdicts) < 2:
        return ""
    unknown = QCoreApplication.translate("TextView", "unknown")
    parts = [f"{who or unknown} {style(v).symbol} {style(v).label.lower()}"
             for who, v in sorted(verdicts.items())]
    verdict = (QCoreApplication.translate("TextView", "they disagree")
               if len(set(verdicts.values())) > 1 else
               QCoreApplication.translate("TextView", "they agree"))
    return arg(QCoreApplication.translate("TextView", "%1 annotators: %2 — %3"),
               len(verdicts), ", ".join(parts), verdict)


class ClaimTextView(QPlainTextEdit):
    claim_clicked = Signal(str)  # claim id (a click on a highlight; repeated clicks cycle)
    menu_requested = Signal(QPoint, list)  # global position, spans under the pointer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        prime_viewport(self)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.document().setDocumentMargin(14)
        self.text = ""
        self.offsets = OffsetMap("")
        self.index = SpanIndex()
        self.selected_claim: str | None = None
        self._linked_starts: list[int] = []  # UTF-16 starts of visible linked claims
        #: (UTF-16 start, end, agreement) of visible stretches several annotators' claims cover
        self.agreement_marks: list[tuple[int, int, Agreement]] = []
        # the highlights shown, by (start, end, their format's flags): a refresh after a tag
        # or a scroll makes cursors only for the stretches that changed, a QTextCursor's
        # setPosition in a long article costing up to 30 µs (a third of a tag's repaint)
        self._shown: dict[tuple, QTextEdit.ExtraSelection] = {}
        self._press_pos: QPoint | None = None
        self.margin_marks = MarginMarks()  # conflicts, check-worthy sentences (margin_marks.py)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh_highlights)
        # not valueChanged → start: start(value) would wait as many ms as the scroll value,
        # 1.5 s in the middle of a long article, and make that every later start's wait
        self.verticalScrollBar().valueChanged.connect(self._refresh_soon)
        self.horizontalScrollBar().valueChanged.connect(self._refresh_soon)

    # ------------------------------------------------------------------ content
    def load(self, doc: Document, spans: list[Span]) -> None:
        self.text = doc.text
        self.offsets = OffsetMap(doc.text)
        self.index = SpanIndex(spans)
        self.selected_claim = None
        self.margin_marks.clear()
        self._shown = {}
        self.setPlainText(doc.text)
        rtl = Direction(doc.direction) == Direction.RTL
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        option = self.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.refresh_highlights()

    def clear_document(self) -> None:
        self.text = ""
        self.offsets = OffsetMap("")
        self.index = SpanIndex()
        self.selected_claim = None
        self.margin_marks.clear()
        self._shown = {}
        self.setPlainText("")
        self.setExtraSelections([])

    # ------------------------------------------------------------------ offsets
    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as a code-point span of the stored text, or None. Spaces and line
        breaks at either end are left out: selecting by words (Ctrl+Shift+→, double-click and
        drag) takes the space after the last word, and a claim's quote should not carry it."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.offsets.to_codepoint(cursor.selectionStart())
        end = self.offsets.to_codepoint(cursor.selectionEnd())
        if end < self.offsets.length and self.offsets.to_utf16(end) < cursor.selectionEnd():
            end += 1  # the selection ends inside a surrogate pair: keep the whole character
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int, *, center: bool = True) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(start))
        cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if center:
            self.centerCursor()

    def position_at(self, point: QPoint) -> int:
        return self.offsets.to_codepoint(self.cursorForPosition(point).position())

    def spans_at_point(self, point: QPoint) -> list[Span]:
        pos = self.position_at(point)
        return self.index.at(pos) or (self.index.at(pos - 1) if pos > 0 else [])

    # ------------------------------------------------------------------ highlights
    def set_selected_claim(self, claim_id: str | None, *, reveal: bool = False) -> None:
        claim_id = claim_id if claim_id in self.index else None
        if claim_id == self.selected_claim and not reveal:
            return  # already drawn so
        self.selected_claim = claim_id
        span = self.index.get(claim_id) if claim_id else None
        if reveal and span is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.offsets.to_utf16(span.start))
            self.setTextCursor(cursor)
            self.centerCursor()
        self.refresh_highlights()

    def visible_range(self) -> tuple[int, int]:
        """Code-point range on screen, widened by MARGIN (corners cover right-to-left text)."""
        vp = self.viewport().rect()
        corners = [vp.topLeft(), vp.topRight(), vp.bottomLeft(), vp.bottomRight()]
        positions = [self.cursorForPosition(p).position() for p in corners]
        lo = max(0, min(positions) - MARGIN)
        hi = max(positions) + MARGIN
        return self.offsets.to_codepoint(lo), min(self.offsets.length,
                                                 self.offsets.to_codepoint(hi))

    def refresh_highlights(self) -> None:
        if not len(self.index):
            self._linked_starts = []
            self.agreement_marks = []
            self._shown = {}
            self.setExtraSelections([])
            self.viewport().update()  # the link marks are ours to erase, not the highlights'
            return
        start, end = self.visible_range()
        selections = []
        shown: dict[tuple, QTextEdit.ExtraSelection] = {}
        before = self._shown
        doc = self.document()
        to16 = self.offsets.to_utf16
        segments = self.index.segments(start, end)
        marks: list[tuple[int, int, Agreement]] = []
        for seg in segments:
            top = seg.spans[0]
            if len(seg.spans) > 1:
                agreed = agreement(seg.spans)
                if agreed is not Agreement.ONE:
                    if marks and marks[-1][1] == seg.start and marks[-1][2] is agreed:
                        marks[-1] = (marks[-1][0], seg.end, agreed)  # one bar for a run
                    else:
                        marks.append((seg.start, seg.end, agreed))
            chosen = next((s for s in seg.spans if s.claim_id == self.selected_claim), None)
            look = ((chosen or top).verdict, len(seg.spans) > 1, chosen is not None,
                    any(s.linked for s in seg.spans))
            key = (seg.start, seg.end, look)
            sel = before.get(key)
            if sel is None:
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(doc)
                cursor.setPosition(to16(seg.start))
                cursor.setPosition(to16(seg.end), QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                sel.format = span_format(look[0], overlapped=look[1], selected=look[2],
                                         linked=look[3])
            shown[key] = sel
            selections.append(sel)
        self._shown = shown
        self.setExtraSelections(selections)
        linked = {s.claim_id: s for seg in segments for s in seg.spans if s.linked}
        self._linked_starts = sorted({to16(s.start) for s in linked.values()})
        self.agreement_marks = [(to16(a), to16(b), agreed) for a, b, agreed in marks]
        self.viewport().update()

    def paintEvent(self, event) -> None:  # noqa: N802
        """After the text: a link mark in the page margin beside each linked claim's start."""
        super().paintEvent(event)
        self.margin_marks.paint(self)
        if self.agreement_marks:
            self._paint_agreement()
        if not self._linked_starts:
            return
        painter = QPainter(self.viewport())
        mark = self.palette().color(QPalette.ColorRole.Text)
        mark.setAlpha(170)
        painter.setPen(mark)
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        painter.setFont(font)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.viewport().width()
        cursor = QTextCursor(self.document())
        for pos in self._linked_starts:
            cursor.setPosition(pos)
            rect = self.cursorRect(cursor)
            if rect.bottom() < 0 or rect.top() > self.viewport().height():
                continue
            x = width - 13 if rtl else 1
            painter.drawText(QRect(x, rect.top(), 12, rect.height()),
                             int(Qt.AlignmentFlag.AlignCenter), LINK_MARK)
        painter.end()

    def _paint_agreement(self) -> None:
        """In the far margin: a bar beside each stretch several annotators' claims cover, with
        ≠ where they disagree (= where they agree) at its start."""
        painter = QPainter(self.viewport())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width, height = self.viewport().width(), self.viewport().height()
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        painter.setFont(font)
        cursor = QTextCursor(self.document())
        for start, end, agreed in self.agreement_marks:
            glyph, colour, bar = AGREEMENT_MARK[agreed]
            cursor.setPosition(start)
            top = self.cursorRect(cursor)
            cursor.setPosition(end)
            bottom = self.cursorRect(cursor)
            if bottom.bottom() < 0 or top.top() > height:
                continue
            x = 1 if rtl else width - 4
            painter.fillRect(QRect(x, top.top(), bar, bottom.bottom() - top.top()),
                             QColor(colour))
            painter.setPen(QColor(colour))
            painter.drawText(QRect(x - 11 if not rtl else x + 3, top.top(), 10, top.height()),
                             int(Qt.AlignmentFlag.AlignCenter), glyph)
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._refresh_soon()

    def _refresh_soon(self, *_value) -> None:
        """The highlights of what is now on screen, once the events queued meanwhile are in."""
        self._refresh_timer.start(0)

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        moved = self._press_pos is not None and (point - self._press_pos).manhattanLength() > 3
        if event.button() != Qt.MouseButton.LeftButton or moved or self.textCursor().hasSelection():
            return
        spans = self.spans_at_point(point)
        if not spans:
            return
        ids = [s.claim_id for s in spans]
        if self.selected_claim in ids:  # clicking again cycles through overlapping claims
            claim_id = ids[(ids.index(self.selected_claim) + 1) % len(ids)]
        else:
            claim_id = ids[0]
        self.claim_clicked.emit(claim_id)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.selected_claim and \
                not self.textCursor().hasSelection():
            self.claim_clicked.emit("")  # Esc lets go of the selected claim
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        self.menu_requested.emit(event.globalPos(), self.spans_at_point(event.pos()))

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == event.Type.ToolTip:
            point = event.pos()
            spans = self.spans_at_point(point)
            margin = self.margin_marks.tooltip_at(self, point)
            if margin:
                QToolTip.showText(event.globalPos(), margin, self)
            elif spans:
                lines = []
                several = annotators_text(spans)
                if several:
                    lines.append(several)
                for s in spans:
                    st = style(s.verdict)
                    quote = self.text[s.start:s.end]
                    quote = quote if len(quote) <= 60 else quote[:57] + "…"
                    mark = f" {LINK_MARK}" if s.linked else ""
                    who = f" ({s.annotator})" if several and s.annotator else ""
                    lines.append(f"{st.symbol} {st.label}{mark}{who}: “{quote}”")
                if len(spans) > 1:
                    lines.append(QCoreApplication.translate(
                        "TextView", "Click again to select the next overlapping claim."))
                QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
