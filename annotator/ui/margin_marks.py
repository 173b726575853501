"""Marks beside the text of a reading pane that come from the compare engine: a ⚠ where a
sentence's figures, dates or modality disagree with another article's report, a thin bar beside
check-worthy sentences, and the transient bar of a passage reached from the inspector's matches.

Drawn by `ClaimTextView.paintEvent` after the text, for the visible stretch only; hovering a
mark's line in the margin shows why (the view's tooltip asks `tooltip_at` first). Spans are code
points of the stored text, converted to Qt's UTF-16 positions here, at the boundary.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QTextCursor

from .compare_texts import decimal, reason

if TYPE_CHECKING:
    from .text_view import ClaimTextView

CONFLICT_GLYPH = "⚠"
CONFLICT_COLOUR = "#D55E00"  # the palette's vermilion: readable by the colour-blind
CHECKWORTHY_COLOUR = "#8d99ae"
TRANSIENT_COLOUR = "#0072B2"
#: Pixels at each edge of the viewport that count as the margin for hovering.
HOVER_WIDTH = 16


@dataclass(frozen=True)
class ConflictMark:
    start: int
    end: int
    lines: tuple[str, ...]  # one sentence each: why, and where the other report is


@dataclass(frozen=True)
class CheckworthyMark:
    start: int
    end: int
    score: float
    reasons: tuple[str, ...]


@dataclass
class MarginMarks:
    doc_id: str | None = None
    conflicts: list[ConflictMark] = field(default_factory=list)
    checkworthy: list[CheckworthyMark] = field(default_factory=list)
    show_checkworthy: bool = True
    transient: tuple[int, int] | None = None

    def clear(self) -> None:
        self.doc_id = None
        self.conflicts = []
        self.checkworthy = []
        self.transient = None

    def __bool__(self) -> bool:
        return bool(self.conflicts or self.transient or
                    (self.show_checkworthy and self.checkworthy))

    # ------------------------------------------------------------------ geometry
    @staticmethod
    def _rows(view: "ClaimTextView", start: int, end: int) -> tuple[QRect, QRect]:
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.offsets.to_utf16(start))
        top = view.cursorRect(cursor)
        cursor.setPosition(view.offsets.to_utf16(max(start, end - 1)))
        return top, view.cursorRect(cursor)

    def _visible(self, view: "ClaimTextView", marks):
        lo, hi = view.visible_range()
        return [m for m in marks if m.end > lo and m.start < hi]

    # ------------------------------------------------------------------ painting
    def paint(self, view: "ClaimTextView") -> None:
        if not self or view.offsets.length == 0:
            return
        painter = QPainter(view.viewport())
        rtl = view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width, height = view.viewport().width(), view.viewport().height()
        near = width - 3 if rtl else 0  # the reading side's edge: bars
        far = 1 if rtl else width - 15  # the other side: the ⚠ glyph
        if self.show_checkworthy:
            for m in self._visible(view, self.checkworthy):
                top, bottom = self._rows(view, m.start, m.end)
                if bottom.bottom() >= 0 and top.top() <= height:
                    colour = QColor(CHECKWORTHY_COLOUR)
                    colour.setAlpha(110 + int(120 * min(1.0, m.score)))
                    painter.fillRect(QRect(near, top.top(), 3, bottom.bottom() - top.top()), colour)
        if self.transient is not None:
            top, bottom = self._rows(view, *self.transient)
            painter.fillRect(QRect(near, top.top(), 4, bottom.bottom() - top.top()),
                             QColor(TRANSIENT_COLOUR))
        if self.conflicts:
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(CONFLICT_COLOUR))
            for m in self._visible(view, self.conflicts):
                top, _ = self._rows(view, m.start, m.end)
                if 0 <= top.bottom() and top.top() <= height:
                    painter.drawText(QRect(far, top.top(), 14, top.height()),
                                     int(Qt.AlignmentFlag.AlignCenter), CONFLICT_GLYPH)
        painter.end()

    # ------------------------------------------------------------------ hovering
    def tooltip_at(self, view: "ClaimTextView", point: QPoint) -> str:
        """Why the marks beside `point` are there ("" when the pointer is not on one)."""
        if not self:
            return ""
        width = view.viewport().width()
        rtl = view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        at_far = point.x() >= width - HOVER_WIDTH if not rtl else point.x() <= HOVER_WIDTH
        at_near = point.x() <= HOVER_WIDTH if not rtl else point.x() >= width - HOVER_WIDTH
        if not (at_far or at_near):
            return ""
        lines: list[str] = []
        for m in self._visible(view, self.conflicts):
            top, bottom = self._rows(view, m.start, m.end)
            if top.top() <= point.y() <= bottom.bottom():
                lines += [f"{CONFLICT_GLYPH} {line}" for line in m.lines]
        if self.show_checkworthy:
            for m in self._visible(view, self.checkworthy):
                top, bottom = self._rows(view, m.start, m.end)
                if top.top() <= point.y() <= bottom.bottom():
                    lines.append(QCoreApplication.translate("MarginMarks", "Check-worthy (%1): %2").replace(
                        "%1", decimal(m.score)).replace("%2", "; ".join(map(reason, m.reasons))))
        return "\n".join(lines)

    def at(self, pos: int) -> list[ConflictMark]:
        """The conflict marks on the sentence holding code point `pos`."""
        return [m for m in self.conflicts if m.start <= pos < m.end]
