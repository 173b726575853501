"""Input that must not surprise: the wheel over a spin box, the window's keys in text fields."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

from annotator.ui.inspector import NO_CONFIDENCE
from tests.ui.workbench_support import TEXT_A, TEXT_B, add_docs, key_select, make_window, settle


def _wheel(widget, steps: int = 1) -> None:
    """A real wheel turn over the middle of `widget` (sent as the window system would)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _window_with_claim(qtbot, project):
    add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    pane = window.panes.panes[0]
    key_select(pane, 0, 6)
    QTest.keyClick(pane.view, Qt.Key.Key_1)
    settle()
    claim = project.claims(pane.doc_id)[0]
    assert window.inspector.claim is not None and window.inspector.claim.id == claim.id
    return window, pane, claim


def test_the_wheel_over_an_unfocused_confidence_box_changes_and_saves_nothing(qtbot, project):
    window, pane, claim = _window_with_claim(qtbot, project)
    box = window.inspector.confidence
    assert box.value() == NO_CONFIDENCE and box.text() == "not set"
    pane.view.setFocus()
    _wheel(box.lineEdit(), +1)  # the pointer is over the box's text
    _wheel(box, +1)
    settle()
    assert not box.hasFocus()
    assert box.value() == NO_CONFIDENCE
    window.inspector.claimant.setFocus()  # leaving it would commit a change
    pane.view.setFocus()
    settle()
    assert project.claim(claim.id).confidence is None
    # focused by a click, the wheel is meant: it steps the value
    QTest.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)
    assert box.hasFocus()
    _wheel(box, +1)
    assert box.value() > NO_CONFIDENCE


def test_no_spin_or_combo_box_takes_the_wheel_or_the_focus_from_it(qtbot, project):
    window, _pane, _claim = _window_with_claim(qtbot, project)
    boxes = window.findChildren(QAbstractSpinBox) + window.findChildren(QComboBox)
    assert len(boxes) >= 3  # Confidence, the claims table's two filters
    for box in boxes:
        assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus, box
    combo = window.claims_panel.verdict_box
    before = combo.currentIndex()
    window.panes.panes[0].view.setFocus()
    _wheel(combo, -1)
    assert combo.currentIndex() == before


def _command_shortcuts(window):
    """(action name, key sequence) of every menu action bound to a Ctrl/Alt key."""
    for name, action in window.actions_.items():
        for seq in action.shortcuts():
            combo = seq[0]
            if combo.keyboardModifiers() & (Qt.KeyboardModifier.ControlModifier
                                            | Qt.KeyboardModifier.AltModifier):
                yield name, action, combo


def _spy_on_actions(window) -> list[str]:
    """Replace each action's work with a note of its name (the real ones open dialogs)."""
    fired: list[str] = []
    for name, action in window.actions_.items():
        action.triggered.disconnect()
        action.triggered.connect(lambda _c=False, n=name: fired.append(n))
    return fired


def test_every_menu_shortcut_works_from_a_focused_line_edit(qtbot, project):
    window, _pane, _claim = _window_with_claim(qtbot, project)
    fields = {"library filter": window.library.filter,
              "claimant": window.inspector.claimant,
              "evidence": window.inspector.evidence_url}
    shortcuts = list(_command_shortcuts(window))
    names = {name for name, _a, _c in shortcuts}
    assert {"export", "import", "find", "search", "add_pane", "next"} <= names
    fired = _spy_on_actions(window)
    for label, field in fields.items():
        for name, action, combo in shortcuts:
            field.setFocus()
            field.setText("Polisi")
            field.setCursorPosition(2)
            action.setEnabled(True)
            fired.clear()
            QTest.keyClick(field, combo.key(), combo.keyboardModifiers())
            if name in ("undo", "redo"):  # the field's own, where it has them (below)
                continue
            assert fired == [name], (label, name, QKeySequence(combo).toString())
            assert field.text() == "Polisi", (label, name)  # the field did nothing with it


def test_a_text_field_keeps_typing_and_delete(qtbot, project):
    window, _pane, _claim = _window_with_claim(qtbot, project)
    fired = _spy_on_actions(window)
    field = window.inspector.claimant
    field.setFocus()
    field.setText("")
    QTest.keyClicks(field, "123?")
    QTest.keyClick(field, Qt.Key.Key_Home)
    QTest.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "23?"
    assert fired == []
    QTest.keyClick(field, Qt.Key.Key_F6)  # a key no field holds still reaches the window
    assert fired == ["next_pane"]
    fired.clear()
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fired == [] and field.text() != "23?"  # Ctrl+Z undoes the typing in the field


def test_the_shortcut_tests_pass_in_a_real_x11_session(tmp_path):
    """Offscreen Qt gives line edits the Windows key scheme, where Ctrl+E and Ctrl+F are free;
    under X11 a QLineEdit claims them (end of line, forward). So the tests above run again in
    a real X server (Xvfb), where the conflict the user met exists."""
    import os
    import shutil
    import subprocess
    import sys

    import pytest

    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as fh:
            display = fh.readline().strip()
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=f":{display}")
        tests = [f"{__file__}::{name}" for name in (
            "test_every_menu_shortcut_works_from_a_focused_line_edit",
            "test_a_text_field_keeps_typing_and_delete")]
        run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                              "--rootdir", str(Path(__file__).parents[2]), *tests],
                             env=env, capture_output=True, text=True, timeout=120,
                             cwd=Path(__file__).parents[2])
        assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
        assert "2 passed" in run.stdout
    finally:
        server.terminate()
        server.wait(10)


def test_dialogs_spin_boxes_ignore_the_wheel_too(qtbot, project):
    from annotator.ui.dialogs.settings_dialog import SettingsDialog

    make_window(qtbot, project)  # the guard is the application's, from the first window on
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spin = dialog.limit_spin
    dialog.name_edit.setFocus()
    before = spin.value()
    _wheel(spin, +1)
    _wheel(spin.lineEdit(), +1)
    assert spin.value() == before and spin.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_input_filters_come_with_the_first_show_and_cover_boxes_built_before(qtbot, project):
    """The filters are installed when the window is first shown (not while it is built), as
    one application filter; boxes polished before that still never take the wheel's focus."""
    app = QApplication.instance()
    earlier = app.__dict__.pop("_annotator_dispatch", None)  # as in a fresh application
    if earlier is not None:
        app.removeEventFilter(earlier)
    app.__dict__.pop("_annotator_filters", None)
    from annotator.ui.main_window import MainWindow

    window = MainWindow(project)
    qtbot.addWidget(window)
    for box in window.findChildren(QComboBox):
        box.ensurePolished()  # polished with no guard installed
    assert "_annotator_dispatch" not in app.__dict__
    window.show()
    qtbot.waitUntil(lambda: "_annotator_dispatch" in app.__dict__, timeout=5000)
    assert set(app.__dict__["_annotator_filters"]) == {"wheel", "shortcuts"}
    boxes = window.findChildren(QAbstractSpinBox) + window.findChildren(QComboBox)
    assert boxes and all(b.focusPolicy() == Qt.FocusPolicy.StrongFocus for b in boxes)
    combo = window.claims_panel.verdict_box
    before = combo.currentIndex()
    window.panes.panes[0].view.setFocus()
    _wheel(combo, -1)
    assert combo.currentIndex() == before
