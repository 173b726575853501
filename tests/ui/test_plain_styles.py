"""The window shows its colours, borders and fonts without Qt style sheets at start (issue 18,
P1: one sheet puts a QStyleSheetStyle in front of a widget's whole subtree); what the sheets
did is still on screen."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from annotator.core.model import Verdict
from annotator.ui.palette import style
from tests.ui.workbench_support import TEXT_A, TEXT_B, add_docs, make_window


def _close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in
               zip((a.red(), a.green(), a.blue()), (b.red(), b.green(), b.blue())))


def test_no_widget_of_the_window_has_a_style_sheet_at_start(qtbot, project):
    add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    sheets = {w.objectName() or type(w).__name__: w.styleSheet()
              for w in window.findChildren(QWidget) if w.styleSheet()}
    assert sheets == {}


def test_the_active_pane_has_the_highlight_border_and_the_other_none(qtbot, project):
    add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    left, right = window.panes.panes
    window.panes.set_active(right)
    qtbot.wait(50)
    highlight = right.palette().color(QPalette.ColorRole.Highlight)
    mid_y = right.height() // 2
    assert right.active and not left.active
    assert _close(right.grab().toImage().pixelColor(1, mid_y), highlight)
    assert not _close(left.grab().toImage().pixelColor(1, mid_y), highlight, 10)
    window.panes.set_active(left)
    qtbot.wait(50)
    assert _close(left.grab().toImage().pixelColor(1, mid_y), highlight)


def test_the_language_badge_is_white_on_dark(qtbot, project):
    add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    badge = window.panes.panes[0].language
    assert badge.isVisible() and badge.text()
    image = badge.grab().toImage()
    assert _close(image.pixelColor(badge.width() // 2, 1), QColor("#445"), 12)
    assert badge.palette().color(QPalette.ColorRole.WindowText) == QColor("white")


def test_a_checked_verdict_button_shows_its_tint(qtbot, project):
    (doc,) = add_docs(project, TEXT_A)
    claim = project.add_claim(doc.id, 0, 6, Verdict.DISPUTED).created[0]
    window = make_window(qtbot, project)
    window.inspector.show_claim(claim)
    qtbot.wait(50)
    disputed = window.inspector.verdict_buttons[Verdict.DISPUTED]
    verified = window.inspector.verdict_buttons[Verdict.VERIFIED]
    assert disputed.isChecked() and not verified.isChecked()
    tint = QColor(style(Verdict.DISPUTED).tint)
    centre = disputed.grab().toImage().pixelColor(4, disputed.height() // 2)
    assert _close(centre, tint, 12)
    edge = disputed.grab().toImage().pixelColor(0, disputed.height() // 2)
    assert _close(edge, QColor(style(Verdict.DISPUTED).strong), 60)
    assert not _close(verified.grab().toImage().pixelColor(4, verified.height() // 2),
                      QColor(style(Verdict.VERIFIED).tint), 6)
