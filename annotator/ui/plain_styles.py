"""Colours, fonts and borders without Qt style sheets, for the widgets the window shows at start.

One style sheet on any widget puts a QStyleSheetStyle in front of the application's style for
that widget and everything inside it: each widget is then polished by matching rules, and a
change of the sheet (a pane's border when it becomes the active one) polishes its whole
subtree again. The workbench had eight such sheets at start (the panes' borders, the language
badge, the outlet line, the verdict buttons, the status bar's backup warning, two labels):
about 30 ms of the cold start (P1) for colours a palette, a font or a few lines of painting
give as well.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QToolButton, QWidget


def set_text_colour(widget: QWidget, colour: QColor | str) -> None:
    """The widget's text in `colour` (what `color: …` in a sheet does for a label)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)


def set_italic(widget: QWidget) -> None:
    font = widget.font()
    font.setItalic(True)
    widget.setFont(font)


def draw_border(widget: QWidget, colour: QColor, width: int = 2, radius: float = 3,
                fill: QColor | None = None) -> None:
    """A rounded border of `width` px just inside `widget` (call from its paintEvent)."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, width))
    painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
    inset = width / 2
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset),
                            radius, radius)
    painter.end()


class Badge(QLabel):
    """White text on a dark rounded chip (the reading pane's language)."""

    BACKGROUND = QColor("#445")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContentsMargins(6, 1, 6, 1)
        set_text_colour(self, "white")

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.BACKGROUND)
        painter.drawRoundedRect(QRectF(self.rect()), 4, 4)
        painter.end()
        super().paintEvent(event)


class TintedToggle(QToolButton):
    """A checkable tool button that, checked, shows its tint with a strong border and black
    text (the inspector's verdicts); unchecked it is the style's own button."""

    def __init__(self, text: str, tint: str, strong: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, text=text, checkable=True)
        self.tint, self.strong = QColor(tint), QColor(strong)

    def paintEvent(self, event) -> None:  # noqa: N802
        if not self.isChecked():
            super().paintEvent(event)
            return
        draw_border(self, self.strong, 2, 3, fill=self.tint)
        painter = QPainter(self)
        painter.setPen(QColor("black"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()
