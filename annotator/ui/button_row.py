"""A row of buttons that stacks them when its dock is too narrow for the row.

The Claim dock at 1024 pixels is ~270 pixels wide; the three verdict buttons side by side need
~300 in Indonesian ("✓ terverifikasi", "✗ diperdebatkan", "? belum terverifikasi"), and the
row's minimum width made the whole form wider than the dock, which cut every field and the
matches on the right with no way to scroll to them.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QWidget


class ButtonRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addStretch(1)  # side by side, the buttons keep their width, on the left
        self._buttons: list[QAbstractButton] = []

    def add(self, button: QAbstractButton) -> None:
        self._buttons.append(button)
        self._box.insertWidget(len(self._buttons) - 1, button)

    def _row_width(self) -> int:
        spacing = max(0, self._box.spacing())
        return (sum(b.sizeHint().width() for b in self._buttons)
                + spacing * max(0, len(self._buttons) - 1))

    @property
    def stacked(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name): stacked, the widest button
        width = max((b.minimumSizeHint().width() for b in self._buttons), default=0)
        return QSize(width, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._row_width(), super().sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        wanted = (QBoxLayout.Direction.TopToBottom if event.size().width() < self._row_width()
                  else QBoxLayout.Direction.LeftToRight)
        if wanted != self._box.direction():
            self._box.setDirection(wanted)
            self.updateGeometry()  # stacked, the row is taller
