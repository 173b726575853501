"""Articles open where the user expects: never over one they did not ask to replace."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.workbench_support import TEXT_A, TEXT_B, add_docs, make_window, settle

TEXT_C = "Gubernur menolak tuduhan itu pada hari Selasa.\n\nWarga berkumpul di alun-alun."
TEXT_D = "Harga beras naik dua kali lipat.\n\nPedagang mengeluh kepada wartawan."
TEXT_E = "Banjir merendam tiga desa.\n\nBantuan tiba pada malam hari."


def _double_click_library_row(window, title: str) -> None:
    lib = window.library
    lib.filter.setText(title)
    settle()
    assert lib.proxy.rowCount() == 1
    rect = lib.table.visualRect(lib.proxy.index(0, 0))
    QTest.mouseClick(lib.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(lib.table.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, rect.center())
    settle()
    lib.filter.clear()


def _click_claim_row(window, claim_id: str) -> None:
    panel = window.claims_panel
    settle()
    index = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(claim_id), 1))
    panel.table.scrollTo(index)
    rect = panel.table.visualRect(index)
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    settle()


def test_ctrl_t_makes_the_new_pane_active_and_a_double_click_fills_it(qtbot, project):
    a, b, c = add_docs(project, TEXT_A, TEXT_B, TEXT_C)
    window = make_window(qtbot, project)
    left, right = window.panes.panes
    assert (left.doc_id, right.doc_id) == (a.id, b.id)
    left.view.setFocus()
    QTest.keyClick(left.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert len(window.panes.panes) == 3
    new = window.panes.panes[2]
    assert window.panes.active is new
    _double_click_library_row(window, "Artikel 3")
    assert (left.doc_id, right.doc_id, new.doc_id) == (a.id, b.id, c.id)


def test_a_double_click_opens_into_an_empty_pane_before_the_active_one(qtbot, project):
    a, b, c = add_docs(project, TEXT_A, TEXT_B, TEXT_C)
    window = make_window(qtbot, project)
    left, right = window.panes.panes
    right.clear()
    window.panes.set_active(left)
    _double_click_library_row(window, "Artikel 3")
    assert (left.doc_id, right.doc_id) == (a.id, c.id)
    assert window.panes.active is right
    _double_click_library_row(window, "Artikel 2")  # no empty pane: the active one, as asked
    assert (left.doc_id, right.doc_id) == (a.id, b.id)


def test_a_claim_of_an_article_not_shown_opens_beside_never_over_the_active_article(
        qtbot, project):
    docs = add_docs(project, TEXT_A, TEXT_B, TEXT_C, TEXT_D, TEXT_E)
    claims = [project.add_claim(d.id, 0, 5, "verified").created[0] for d in docs]
    window = make_window(qtbot, project)
    left, right = window.panes.panes
    window.panes.set_active(left)
    _click_claim_row(window, claims[2])  # article 3: a new pane
    assert len(window.panes.panes) == 3
    assert (left.doc_id, right.doc_id) == (docs[0].id, docs[1].id)
    third = window.panes.pane_showing(docs[2].id)
    assert third is window.panes.panes[2] and third.view.selected_claim == claims[2]
    _click_claim_row(window, claims[3])  # article 4: the fourth pane
    assert [p.doc_id for p in window.panes.panes] == [d.id for d in docs[:4]]
    # four full panes: the one used least recently (the right one, never active) makes way
    window.panes.set_active(left)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    _click_claim_row(window, claims[4])
    assert [p.doc_id for p in window.panes.panes] == [docs[0].id, docs[4].id, docs[2].id,
                                                      docs[3].id]
    assert any("“Artikel 2” (the one used least recently) made way" in m for m in messages)
    # a claim of a shown article only selects it there
    _click_claim_row(window, claims[0])
    assert len(window.panes.panes) == 4 and left.view.selected_claim == claims[0]
