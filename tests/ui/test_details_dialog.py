"""Article details: the dialog from the pane header and the Library menu, typed into with the
keyboard, refused while a value is wrong, saved as one undo step."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from annotator.ui import menus
from annotator.ui.dialogs.details_dialog import DetailsDialog
from tests.ui.workbench_support import TEXT_A, TEXT_B, add_docs, make_window, settle


def _fill_when_shown(qtbot, window, steps, seen):
    """Run `steps(dialog)` on the details dialog the last action opened (open() returns at
    once: no nested event loop to wait on)."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(DetailsDialog)),
                    timeout=5000)
    dialog = next(d for d in window.findChildren(DetailsDialog) if d.isVisible())
    seen.append(dialog)
    steps(dialog)


def _type(edit, text):
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    QTest.keyClicks(edit, text)


def test_double_click_on_the_pane_title_edits_the_details_undoably(qtbot, project):
    a, _b = add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    pane = window.panes.panes[0]
    window.open_document(a.id, pane)
    settle()
    seen = []

    def steps(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        _type(dialog.edits["published"], "31/05/2024")
        assert not ok.isEnabled() and "not a date" in dialog.error_label.text()
        _type(dialog.edits["published"], "2024-05-31")
        _type(dialog.edits["url"], "kompas.com/a")
        assert not ok.isEnabled() and "web address" in dialog.error_label.text()
        _type(dialog.edits["url"], "https://kompas.com/a")
        _type(dialog.edits["outlet"], "Kompas.com")
        _type(dialog.edits["author"], "Ana")
        assert ok.isEnabled()
        QTest.keyClick(dialog.edits["author"], Qt.Key.Key_Return)

    QTest.mouseDClick(pane.title, Qt.MouseButton.LeftButton)
    _fill_when_shown(qtbot, window, steps, seen)
    settle()
    assert seen
    doc = project.document(a.id)
    assert (doc.outlet, doc.url, doc.published, doc.author) == (
        "Kompas.com", "https://kompas.com/a", "2024-05-31", "Ana")
    assert "Kompas.com" in pane.meta.text() and "2024-05-31" in pane.meta.text()
    window.actions_["undo"].trigger()
    settle()
    doc = project.document(a.id)
    assert (doc.outlet, doc.url, doc.published, doc.author) == ("", "", "", "")
    assert "Kompas.com" not in pane.meta.text()
    window.actions_["redo"].trigger()
    settle()
    assert project.document(a.id).outlet == "Kompas.com"


def test_library_details_and_the_header_button_open_the_same_dialog(qtbot, project):
    a, b = add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    texts = [act.text() for act in menus.build_library_menu(window, b.id).actions()]
    assert "Details…" in texts
    seen = []

    def rename(dialog):
        _type(dialog.edits["title"], "Judul baru")
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    next(act for act in menus.build_library_menu(window, b.id).actions()
         if act.text() == "Details…").trigger()
    _fill_when_shown(qtbot, window, rename, seen)
    settle()
    assert project.document(b.id).title == "Judul baru"
    assert window.library.model.title(b.id) == "Judul baru"

    pane = window.panes.panes[0]
    window.open_document(a.id, pane)
    settle()

    def cancel(dialog):
        _type(dialog.edits["title"], "")
        assert "title cannot be empty" in dialog.error_label.text()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    QTest.mouseClick(pane.details_button, Qt.MouseButton.LeftButton)
    _fill_when_shown(qtbot, window, cancel, seen)
    settle()
    assert len(seen) == 2 and project.document(a.id).title == a.title
