"""An article title in at most two lines: the rest elided with "…", the whole in the tooltip.

A long Indonesian headline in a narrow pane wrapped one word per line (up to 12 lines) and took
the reading area's room on a small screen.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel, QSizePolicy, QStylePainter, QWidget

MAX_LINES = 2


class ElidedTitle(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._detail = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.set_title(text)

    def set_title(self, text: str, detail: str = "") -> None:
        """`detail` (the address or file name) goes in the tooltip under the full title."""
        self._full, self._detail = text, detail
        self.setToolTip("\n".join(t for t in (text, detail) if t))
        self._relayout()

    def full_title(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    def sizeHint(self) -> QSize:  # noqa: N802
        """Always two lines high: panes side by side keep their texts level, and a resize
        that rewraps the title does not move the text being read."""
        return QSize(120, self.fontMetrics().lineSpacing() * MAX_LINES + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(40, self.sizeHint().height())

    def _relayout(self) -> None:
        width = max(20, self.contentsRect().width())
        lines = self._lines(width)
        if len(lines) > MAX_LINES:
            rest = " ".join(lines[MAX_LINES - 1:])
            lines = lines[:MAX_LINES - 1] + [
                self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)]
        text = "\n".join(lines)
        if text != self.text():
            self.setText(text)

    def _lines(self, width: int) -> list[str]:
        """The title broken at word boundaries as it would wrap in `width` pixels."""
        layout = QTextLayout(self._full, self.font())
        layout.beginLayout()
        lines = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(self._full[line.textStart():line.textStart() + line.textLength()].strip())
        layout.endLayout()
        return [ln for ln in lines if ln] or [""]


class ElidedLine(QLabel):
    """One line of plain text ended with "…" where it does not fit: a narrow QLabel cuts its
    text anywhere ("Kabar Waru (" for "Kabar Waru (fiktif) · 2026-03-14 …"). `text()` stays
    the whole line, for the tooltip and for anyone reading it."""

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())

    def paintEvent(self, event) -> None:  # noqa: N802
        # the widget's style draws it, as QLabel does, through QStylePainter: `self.style()`
        # would make Python's QStyle type, whose dozen enums cost 15 ms of the first paint
        QStylePainter(self).drawItemText(self.contentsRect(), int(self.alignment()),
                                         self.palette(), self.isEnabled(), self.shown_text(),
                                         self.foregroundRole())
