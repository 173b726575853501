"""Shared helpers for the workbench tests: a window on a small project, real input events."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from annotator.ui.main_window import MainWindow
from annotator.ui.reading_pane import ReadingPane
from tests.conftest import make_document

TEXT_A = ("Bupati Waru mengatakan jembatan itu dibangun pada 2009.\n\n"
          "Polisi menyebut sembilan orang meninggal dunia dalam kejadian tersebut.")
TEXT_B = ("Kabar Pesisir melaporkan tujuh orang meninggal dunia.\n\n"
          "Rapat darurat akan digelar pada hari Senin.")


def add_docs(project, *texts, **meta):
    docs = [make_document(t, title=f"Artikel {i + 1}", language="id", **meta)
            for i, t in enumerate(texts)]
    project.add_documents(docs, undoable=False)
    return docs


def make_window(qtbot, project) -> MainWindow:
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # window shortcuts need an active window
    wait_for_claims(qtbot, window)
    return window


def wait_for_claims(qtbot, window: MainWindow) -> None:
    """The claims table reads its rows in a worker; wait until they are in."""
    qtbot.waitUntil(lambda: not window.claims_panel.model.loading, timeout=10000)


def point_of(pane: ReadingPane, utf16_pos: int) -> QPoint:
    """Viewport point inside the character starting at `utf16_pos` (its left half)."""
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(utf16_pos)
    rect = pane.view.cursorRect(cursor)
    return QPoint(rect.x() + 3, rect.center().y())


def click_at(pane: ReadingPane, utf16_pos: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, modifier,
                     point_of(pane, utf16_pos))


def mouse_select(pane: ReadingPane, start16: int, end16: int) -> None:
    """Click at the start, shift-click at the end: a mouse selection as a user makes one."""
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(end16)
    rect = pane.view.cursorRect(cursor)
    QTest.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, point_of(pane, start16) - QPoint(3, 0))
    QTest.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, QPoint(rect.x(), rect.center().y()))


def key_select(pane: ReadingPane, start16: int, chars: int) -> None:
    """Place the caret with the keyboard and extend the selection by `chars` characters."""
    view = pane.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    cursor = view.textCursor()
    cursor.setPosition(start16)
    view.setTextCursor(cursor)
    for _ in range(chars):
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def press(widget, key: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClicks(widget, key, modifier)


def settle() -> None:
    """Let the event loop run once: the docks follow an edit in the next turn of the loop."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    QApplication.processEvents()
