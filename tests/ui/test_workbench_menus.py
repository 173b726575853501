"""Context menus, find in article, stepping through claims, synchronised scrolling, library menu."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMenu

from annotator.core.model import Verdict
from annotator.ui import menus
from annotator.ui.operations import documents as document_ops
from annotator.ui.operations import files
from tests.ui.workbench_support import (
    TEXT_A, TEXT_B, add_docs, click_at, make_window, point_of, settle,
)


def _menu_texts(menu: QMenu) -> list[str]:
    out = []
    for action in menu.actions():
        out.append(action.text())
        if action.menu() is not None:
            out += ["  " + t for t in _menu_texts(action.menu())]
    return out


def _window(qtbot, project):
    a, b = add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    left, right = window.panes.panes[:2]
    return window, a, b, left, right


def test_context_menu_on_overlapping_claims_reaches_each_one(qtbot, project, monkeypatch):
    window, a, _b, left, _right = _window(qtbot, project)
    outer = project.add_claim(a.id, TEXT_A.index("Polisi"), TEXT_A.index(" dalam"), "verified").created[0]
    inner_start = TEXT_A.index("sembilan")
    inner = project.add_claim(a.id, inner_start, TEXT_A.index(" meninggal"), "disputed").created[0]
    settle()
    point = point_of(left, inner_start + 2)
    spans = left.view.spans_at_point(point)  # what a right-click there hands to the menu
    menu = menus.build_claim_menu(window, left, spans)
    texts = _menu_texts(menu)
    assert any(t.startswith("✗ “sembilan orang”") for t in texts)
    assert any(t.startswith("✓ “Polisi menyebut") for t in texts)
    assert "  Retag as ✓ verified" in texts and "  Retag as ✗ disputed" in texts
    assert {outer, inner} == {s.claim_id for s in spans}
    # its "Select" entries reach each claim
    outer_menu = next(a.menu() for a in menu.actions() if a.text().startswith("✓"))
    next(a for a in outer_menu.actions() if a.text() == "Select").trigger()
    settle()
    assert window.current_claim == outer and left.view.selected_claim == outer


def test_find_in_article_with_ctrl_f(qtbot, project):
    window, a, _b, left, _right = _window(qtbot, project)
    left.view.setFocus()
    QTest.keyClick(left.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert left.find_bar.isVisible() and left.find_bar.edit.hasFocus()
    QTest.keyClicks(left.find_bar.edit, "meninggal")
    assert left.view.textCursor().selectedText() == "meninggal"
    first = left.view.textCursor().selectionStart()
    assert first == TEXT_A.index("meninggal")
    assert left.find_bar.status.text() == "1 of 1"
    left.view.moveCursor(QTextCursor.MoveOperation.Start)  # a search starts from the caret
    left.find_bar.edit.setText("an")  # "mengatakan", "dibangun", "kejadian", ...
    total = TEXT_A.lower().count("an")
    assert left.find_bar.status.text() == f"1 of {total}"
    QTest.keyClick(left.find_bar.edit, Qt.Key.Key_Return)
    assert left.find_bar.status.text() == f"2 of {total}"
    QTest.keyClick(left.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(left.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert left.find_bar.status.text() == f"{total} of {total}"  # round the end
    left.find_bar.edit.setText("meninggal")
    QTest.keyClicks(left.find_bar.edit, "x")
    assert left.find_bar.status.text() == "not found"
    QTest.keyClick(left.find_bar.edit, Qt.Key.Key_Escape)
    assert not left.find_bar.isVisible()


def test_the_find_count_agrees_with_the_matches_find_steps_through(qtbot, project):
    """Counted by Qt's own search: Python's case folding and spaces differ from Qt's."""
    from annotator.ui.reading_pane import ReadingPane
    from tests.conftest import make_document

    pane = ReadingPane()
    qtbot.addWidget(pane)
    doc = make_document("İstanbul dan istanbul dan ISTANBUL; dua\u00a0belas, dua belas.", "T")
    pane.show_document(doc, [])
    pane.find_bar.open_bar()
    for needle in ("istanbul", "dua belas"):
        pane.view.moveCursor(QTextCursor.MoveOperation.Start)
        pane.find_bar.edit.setText(needle)
        total = len(pane.find_bar._match_starts(needle))
        seen = [pane.find_bar.status.text()]
        for _ in range(total - 1):
            QTest.keyClick(pane.find_bar.edit, Qt.Key.Key_Return)
            seen.append(pane.find_bar.status.text())
        assert seen == [f"{n} of {total}" for n in range(1, total + 1)], seen


def test_step_through_claims_with_ctrl_period(qtbot, project):
    window, a, _b, left, _right = _window(qtbot, project)
    c2 = project.add_claim(a.id, TEXT_A.index("Polisi"), TEXT_A.index("Polisi") + 6, "verified").created[0]
    c1 = project.add_claim(a.id, 0, 6, "disputed").created[0]
    settle()
    left.view.setFocus()
    QTest.keyClick(left.view, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert window.current_claim == c1
    QTest.keyClick(left.view, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert window.current_claim == c2 and window.inspector.claim.id == c2
    QTest.keyClick(left.view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert window.current_claim == c1


def test_inspector_verdict_buttons_retag(qtbot, project):
    window, a, _b, left, _right = _window(qtbot, project)
    cid = project.add_claim(a.id, 0, 6, "disputed").created[0]
    settle()
    click_at(left, 2)
    settle()
    QTest.mouseClick(window.inspector.verdict_buttons[Verdict.VERIFIED], Qt.MouseButton.LeftButton)
    settle()
    assert project.claim(cid).verdict == Verdict.VERIFIED
    assert window.inspector.verdict_buttons[Verdict.VERIFIED].isChecked()
    assert [(h.old, h.new) for h in window.project.history(cid)][-1] == (Verdict.DISPUTED, Verdict.VERIFIED)
    assert window.inspector.history.count() == 2


def test_synchronised_scrolling_keeps_panes_at_the_same_fraction(qtbot, project):
    long_a = "\n\n".join(f"Paragraf {i} tentang jembatan dan banjir." for i in range(300))
    long_b = "\n\n".join(f"Alinea {i} mengenai korban." for i in range(600))
    a, b = add_docs(project, long_a, long_b)
    window = make_window(qtbot, project)
    left, right = window.panes.panes[:2]
    window.actions_["sync"].trigger()
    assert window.panes.sync_scrolling
    bar = left.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    other = right.view.verticalScrollBar()
    assert abs(other.value() / other.maximum() - 0.5) < 0.05
    window.actions_["sync"].trigger()
    bar.setValue(0)
    assert other.value() > 0


def test_library_menu_sets_language_and_removes_an_article_undoably(qtbot, project, monkeypatch):
    window, a, b, left, right = _window(qtbot, project)
    project.add_claim(b.id, 0, 5, "verified")
    settle()
    texts = _menu_texts(menus.build_library_menu(window, b.id))
    assert "Set language…" in texts and "Open in a new pane" in texts
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("ms", True)))
    document_ops.ask_language(window, b.id)
    settle()
    assert project.document(b.id).effective_language == "ms"
    assert "Malay" in right.language.text()
    window.adapter.run("Remove article", lambda: project.remove_document(b.id))
    settle()
    assert right.doc_id is None and window.library.model.rowCount() == 1
    assert window.claims_panel.model.rowCount() == 0
    window.actions_["undo"].trigger()
    settle()
    assert window.library.model.rowCount() == 2 and window.claims_panel.model.rowCount() == 1
    assert window.library.model.summary(b.id).counts[Verdict.VERIFIED] == 1


def test_export_action_opens_the_export_dialog_for_the_project(qtbot, project, monkeypatch):
    window, a, _b, _left, _right = _window(qtbot, project)
    from annotator.ui.dialogs import export_dialog

    opened = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec",
                        lambda self: opened.append(self.windowTitle()) or 0)
    window.actions_["export"].trigger()
    assert opened
    files.export_dataset(window, [a.id])
    assert len(opened) == 2


def test_keyboard_hint_when_nothing_is_selected(qtbot, project):
    window, a, _b, left, _right = _window(qtbot, project)
    left.view.setFocus()
    QTest.keyClick(left.view, Qt.Key.Key_1)
    assert project.claims(a.id) == []
    assert "Select some text" in window.statusBar().currentMessage()


def test_claims_table_header_click_sorts_and_keeps_the_selection(qtbot, project):
    window, a, b, _left, _right = _window(qtbot, project)
    ids = {}
    for doc, start, verdict in ((a, 0, "unverified"), (b, 0, "verified"), (a, 7, "disputed")):
        ids[verdict] = project.add_claim(doc.id, start, start + 4, verdict).created[0]
    settle()
    panel = window.claims_panel
    panel.select_claim(ids["disputed"])
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(2) + 5
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, 5))
    order = [panel.proxy.index(r, 2).data() for r in range(3)]
    ascending = ["✗ disputed", "? unverified", "✓ verified"]
    assert order in (ascending, ascending[::-1])
    assert panel.selected_claim() == ids["disputed"]
    panel.proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert [panel.proxy.index(r, 2).data() for r in range(3)] == ["✓ verified", "? unverified", "✗ disputed"]
    assert panel.selected_claim() == ids["disputed"]


def test_a_new_claim_is_inserted_where_the_sort_order_puts_it(qtbot, project):
    window, a, b, _left, _right = _window(qtbot, project)
    for doc, start, verdict in ((a, 0, "unverified"), (b, 0, "verified"), (a, 7, "disputed")):
        project.add_claim(doc.id, start, start + 4, verdict)
    settle()
    panel = window.claims_panel

    def verdicts():
        return [panel.proxy.index(r, 2).data()[2:] for r in range(panel.proxy.rowCount())]

    panel.proxy.sort(2, Qt.SortOrder.DescendingOrder)
    window.adapter.run("Tag", lambda: project.add_claim(b.id, 7, 11, "unverified"))
    settle()
    assert verdicts() == ["verified", "unverified", "unverified", "disputed"]
    panel.proxy.sort(2, Qt.SortOrder.AscendingOrder)
    window.adapter.run("Tag", lambda: project.add_claim(b.id, 12, 16, "verified"))
    window.adapter.run("Tag", lambda: project.add_claim(a.id, 12, 16, "disputed"))
    settle()
    assert verdicts() == ["disputed"] * 2 + ["unverified"] * 2 + ["verified"] * 2
    model = panel.model
    assert all(model.row_of(model.claim_row(r).id) == r for r in range(model.rowCount()))
    window.adapter.stack.undo()  # removing a row keeps the others' positions right too
    settle()
    assert verdicts() == ["disputed", "unverified", "unverified", "verified", "verified"]
    assert all(model.row_of(model.claim_row(r).id) == r for r in range(model.rowCount()))


def test_the_claims_table_opens_sorted_as_it_was_left(qtbot, project):
    from annotator.ui.main_window import MainWindow
    from tests.ui.workbench_support import wait_for_claims

    window, a, b, _left, _right = _window(qtbot, project)
    for doc, start, verdict in ((a, 0, "unverified"), (b, 0, "verified"), (a, 7, "disputed")):
        project.add_claim(doc.id, start, start + 4, verdict)
    settle()
    window.claims_panel.proxy.sort(2, Qt.SortOrder.DescendingOrder)
    window.close()  # the layout is saved
    again = MainWindow(project)
    qtbot.addWidget(again)
    again.show()
    wait_for_claims(qtbot, again)
    panel = again.claims_panel
    assert [panel.proxy.index(r, 2).data()[2:] for r in range(3)] == \
        ["verified", "unverified", "disputed"]
    header = panel.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == \
        (2, Qt.SortOrder.DescendingOrder)


def test_f6_moves_the_keyboard_between_panes(qtbot, project):
    window, a, b, left, right = _window(qtbot, project)
    left.view.setFocus()
    QTest.keyClick(left.view, Qt.Key.Key_F6)
    assert window.panes.active is right and right.view.hasFocus()
    QTest.keyClick(right.view, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.panes.active is left and left.view.hasFocus()


def test_editing_article_details_keeps_the_reading_position(qtbot, project):
    long_a = "\n\n".join(f"Paragraf {i} tentang jembatan dan banjir." for i in range(300))
    (a,) = add_docs(project, long_a)
    window = make_window(qtbot, project)
    pane = window.panes.panes[0]
    bar = pane.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    window.adapter.run("Set language", lambda: project.set_language(a.id, "ms"))
    settle()
    assert "Malay" in pane.language.text() and bar.value() == before


def test_escape_lets_go_of_the_selected_claim_and_two_selections_hint_at_linking(qtbot, project):
    window, a, b, left, right = _window(qtbot, project)
    ca = project.add_claim(a.id, 0, 6, "verified").created[0]
    project.add_claim(b.id, 0, 5, "disputed")
    settle()
    click_at(right, 2)
    settle()
    click_at(left, 2)
    settle()
    assert window.current_claim == ca
    assert "Ctrl+Alt+1" in window.statusBar().currentMessage()
    QTest.keyClick(left.view, Qt.Key.Key_Escape)
    settle()
    assert window.current_claim is None and left.view.selected_claim is None
    assert window.inspector.claim is None
