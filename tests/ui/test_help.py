"""Help ▸ Keyboard shortcuts (also `?`) and Help ▸ User guide."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from annotator.ui.dialogs.help_dialogs import shortcut_rows
from tests.ui.workbench_support import TEXT_A, TEXT_B, add_docs, make_window, settle


def test_question_mark_in_a_pane_shows_the_shortcuts_read_from_the_actions(qtbot, project):
    add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    pane = window.panes.panes[0]
    pane.view.setFocus()
    QTest.keyClick(pane.view, Qt.Key.Key_Question)
    settle()
    dialog = window.help_dialogs["shortcuts"]
    assert dialog.isVisible()
    text = dialog.browser.toPlainText()
    for name in ("export", "import", "add_pane", "find", "search", "undo"):
        action = window.actions_[name]
        assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in text, name
    assert "Export" in text and "Undo" in text
    # generated, not written down: a changed key shows at once
    window.actions_["export"].setShortcut(QKeySequence("Ctrl+Shift+X"))
    rows = {r.command: r.keys for r in shortcut_rows(window)}
    assert rows["Export"] == QKeySequence("Ctrl+Shift+X").toString(
        QKeySequence.SequenceFormat.NativeText)


def test_every_shortcut_of_every_action_is_in_the_reference(qtbot, project):
    window = make_window(qtbot, project)
    listed = {r.keys for r in shortcut_rows(window)}
    for name, action in window.actions_.items():
        if action.shortcuts():
            keys = " or ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                               for s in action.shortcuts())
            assert keys in listed, name


def test_question_mark_in_a_text_field_types_it(qtbot, project):
    add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    field = window.library.filter
    field.setFocus()
    QTest.keyClicks(field, "apa?")
    assert field.text() == "apa?"
    assert "shortcuts" not in getattr(window, "help_dialogs", {})


def test_the_user_guide_opens_from_the_help_menu(qtbot, project):
    window = make_window(qtbot, project)
    help_menu = next(a.menu() for a in window.menuBar().actions() if "Help" in a.text())
    guide = next(a for a in help_menu.actions() if "guide" in a.text().lower())
    guide.trigger()
    dialog = window.help_dialogs["guide"]
    text = dialog.browser.toPlainText()
    assert "Tag claims" in text and "Ctrl+T" in text
    # true to the app: every key the guide names in backticks is a key of some action or pane
    import re

    from annotator.resources import resource

    guide_keys = set(re.findall(r"`((?:Ctrl|Shift|Alt|F\d)[^`]*)`",
                                resource("guide", "user-guide.md").read_text()))
    bound = {s.toString() for a in window.actions_.values() for s in a.shortcuts()}
    assert guide_keys - bound <= {"Shift+Enter"}, guide_keys - bound
