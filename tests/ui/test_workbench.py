"""The workbench driven with real key and mouse events: tag, retag, delete, undo, redo."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from annotator.core.model import LinkKind, Verdict
from annotator.project import Project
from tests.ui.workbench_support import (
    settle,
    TEXT_A, TEXT_B, add_docs, click_at, key_select, make_window, mouse_select, wait_for_claims,
)


def _open_two(qtbot, project):
    a, b = add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    left, right = window.panes.panes[:2]
    window.open_document(a.id, left)
    settle()
    window.open_document(b.id, right)
    settle()
    return window, a, b, left, right


def _tag_first_word(pane, key) -> None:
    """Select the article's first six characters with the keyboard and press a verdict key."""
    key_select(pane, 0, 6)
    settle()
    QTest.keyClick(pane.view, key)
    settle()


def test_first_two_articles_open_side_by_side(qtbot, project):
    a, b = add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    assert [p.doc_id for p in window.panes.panes] == [a.id, b.id]
    assert window.panes.panes[0].title.full_title() == "Artikel 1"
    assert "Indonesian" in window.panes.panes[0].language.text()


def test_mouse_selection_then_key_2_stores_a_disputed_claim(qtbot, project):
    window, a, _b, left, _right = _open_two(qtbot, project)
    start = TEXT_A.index("sembilan orang")
    end = start + len("sembilan orang meninggal dunia")
    mouse_select(left, start, end)
    settle()
    assert left.view.selection_span() == (start, end)
    QTest.keyClick(left.view, Qt.Key.Key_2)
    settle()
    claims = project.claims(a.id)
    assert len(claims) == 1
    assert (claims[0].start, claims[0].end, claims[0].verdict) == (start, end, Verdict.DISPUTED)
    assert claims[0].quote == "sembilan orang meninggal dunia"
    assert claims[0].annotator == "tester"
    # saved at once: a second connection sees it
    with Project.open(project.path, readonly=True) as again:
        assert [c.quote for c in again.claims(a.id)] == ["sembilan orang meninggal dunia"]
    # the new claim is highlighted, selected and shown in the inspector and the table
    assert claims[0].id in left.view.index
    assert left.view.selected_claim == claims[0].id
    assert window.inspector.claim.id == claims[0].id
    assert window.claims_panel.model.rowCount() == 1
    assert window.library.model.summary(a.id).counts[Verdict.DISPUTED] == 1
    assert any(s.cursor.selectionStart() == start for s in left.view.extraSelections())


def test_click_highlight_then_1_retags_delete_removes_and_undo_redo(qtbot, project):
    window, a, _b, left, _right = _open_two(qtbot, project)
    start = TEXT_A.index("jembatan itu")
    key_select(left, start, len("jembatan itu"))
    settle()
    QTest.keyClick(left.view, Qt.Key.Key_3)
    settle()
    (claim,) = project.claims(a.id)
    assert claim.verdict == Verdict.UNVERIFIED
    click_at(left, 0)  # somewhere else: nothing selected
    settle()
    click_at(left, start + 2)
    settle()
    assert window.current_claim == claim.id
    QTest.keyClick(left.view, Qt.Key.Key_1)
    settle()
    assert project.claim(claim.id).verdict == Verdict.VERIFIED
    assert left.view.index.get(claim.id).verdict == Verdict.VERIFIED
    assert window.actions_["undo"].text() == "&Undo Retag claim as verified"
    QTest.keyClick(left.view, Qt.Key.Key_Delete)
    settle()
    assert project.claims(a.id) == []
    assert claim.id not in left.view.index
    assert window.claims_panel.model.rowCount() == 0
    QTest.keyClick(left.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert project.claim(claim.id).verdict == Verdict.VERIFIED
    assert claim.id in left.view.index
    QTest.keyClick(left.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert project.claim(claim.id).verdict == Verdict.UNVERIFIED
    assert left.view.index.get(claim.id).verdict == Verdict.UNVERIFIED
    QTest.keyClick(left.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert project.claim(claim.id).verdict == Verdict.VERIFIED
    assert window.claims_panel.model.claim_row(0).verdict == Verdict.VERIFIED
    history = [(h.old, h.new, h.cause) for h in project.history(claim.id)]
    assert history[-1] == (Verdict.UNVERIFIED, Verdict.VERIFIED, "redo")


def test_edit_menu_undo_redo_follow_the_project_stack(qtbot, project):
    window, a, _b, left, _right = _open_two(qtbot, project)
    _tag_first_word(left, Qt.Key.Key_2)
    assert window.actions_["undo"].isEnabled() and not window.actions_["redo"].isEnabled()
    window.actions_["undo"].trigger()
    settle()
    assert project.claims(a.id) == [] and not project.can_undo
    assert window.actions_["redo"].text() == "&Redo Tag claim as disputed"
    window.actions_["redo"].trigger()
    settle()
    assert [c.quote for c in project.claims(a.id)] == ["Bupati"]


def test_keys_typed_in_the_note_field_do_not_tag(qtbot, project):
    window, a, _b, left, _right = _open_two(qtbot, project)
    _tag_first_word(left, Qt.Key.Key_1)
    (claim,) = project.claims(a.id)
    note = window.inspector.note
    note.setFocus()
    QTest.keyClicks(note, "cek 2 sumber")
    assert project.claim(claim.id).verdict == Verdict.VERIFIED  # "2" went into the note
    left.view.setFocus()  # leaving the field saves it
    settle()
    assert project.claim(claim.id).note == "cek 2 sumber"
    window.actions_["undo"].trigger()
    settle()
    assert project.claim(claim.id).note == ""
    assert window.inspector.note.toPlainText() == ""
    note.setFocus()
    QTest.keyClicks(note, "lihat")
    QTest.keyClick(note, Qt.Key.Key_Tab)  # Tab leaves the note for the next field
    settle()
    assert not note.hasFocus() and project.claim(claim.id).note == "lihat"


def test_inspector_edits_confidence_attribution_and_evidence(qtbot, project):
    window, a, _b, left, _right = _open_two(qtbot, project)
    _tag_first_word(left, Qt.Key.Key_2)
    (claim,) = project.claims(a.id)
    ins = window.inspector
    ins.claimant.setFocus()
    QTest.keyClicks(ins.claimant, "Polres Waru")
    QTest.keyClick(ins.claimant, Qt.Key.Key_Return)
    settle()
    assert project.claim(claim.id).claimant == "Polres Waru"
    ins.confidence.setFocus()
    ins.confidence.selectAll()
    QTest.keyClicks(ins.confidence, "0.75")
    QTest.keyClick(ins.confidence, Qt.Key.Key_Return)
    settle()
    assert project.claim(claim.id).confidence == 0.75
    ins.evidence_url.setFocus()
    QTest.keyClicks(ins.evidence_url, "https://example.org/laporan")
    QTest.keyClick(ins.evidence_url, Qt.Key.Key_Return)
    settle()
    assert [e.url for e in project.claim(claim.id).evidence] == ["https://example.org/laporan"]
    assert ins.evidence.count() == 1
    ins.evidence.setCurrentRow(0)
    ins._remove_evidence()
    settle()
    assert project.claim(claim.id).evidence == []
    window.actions_["undo"].trigger()
    settle()
    assert len(project.claim(claim.id).evidence) == 1
    assert ins.evidence.count() == 1
    for typed in ("kompas.com/read/2026/03/15/banjir", "Wawancara dengan Kapolres, 15 Maret",
                  "laporan_BPS_2024.pdf"):
        ins.evidence_url.setText(typed)
        QTest.keyClick(ins.evidence_url, Qt.Key.Key_Return)
        settle()
    assert [e.url for e in project.claim(claim.id).evidence][1:] == [
        "https://kompas.com/read/2026/03/15/banjir", "Wawancara dengan Kapolres, 15 Maret",
        "laporan_BPS_2024.pdf"]  # a file name is a reference, not a link


def test_the_status_bar_says_whether_a_change_was_saved_undone_or_redone(qtbot, project):
    window, a, _b, left, _right = _open_two(qtbot, project)
    _tag_first_word(left, Qt.Key.Key_1)
    assert window.saved_label.text() == "Saved: Tag claim as verified"
    window.actions_["undo"].trigger()
    settle()
    assert window.saved_label.text() == "Undone: Tag claim as verified"
    window.actions_["redo"].trigger()
    settle()
    assert window.saved_label.text() == "Redone: Tag claim as verified"


def test_a_selection_by_words_does_not_keep_the_trailing_space(qtbot, project):
    window, a, _b, left, _right = _open_two(qtbot, project)
    start = TEXT_A.index("sembilan")
    key_select(left, start, len("sembilan orang "))  # as Ctrl+Shift+→ selects: the space too
    QTest.keyClick(left.view, Qt.Key.Key_3)
    settle()
    (claim,) = project.claims(a.id)
    assert claim.quote == "sembilan orang" and claim.start == start


def test_link_claims_across_panes_and_follow_the_link(qtbot, project):
    window, a, b, left, right = _open_two(qtbot, project)
    sa = TEXT_A.index("sembilan")
    sb = TEXT_B.index("tujuh")
    key_select(left, sa, len("sembilan orang"))
    settle()
    QTest.keyClick(left.view, Qt.Key.Key_2)
    settle()
    key_select(right, sb, len("tujuh orang"))
    settle()
    QTest.keyClick(right.view, Qt.Key.Key_2)
    settle()
    (ca,) = project.claims(a.id)
    (cb,) = project.claims(b.id)
    click_at(left, sa + 1)  # select the claim in the left pane; the right one stays selected
    settle()
    assert window.current_claim == ca.id and right.view.selected_claim == cb.id
    assert window.actions_["link_contradicts"].isEnabled()
    QTest.keyClick(left.view, Qt.Key.Key_3,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    settle()
    (link,) = project.links(ca.id)
    assert (link.source_id, link.target_id, link.kind.value) == (ca.id, cb.id, "contradicts")
    assert left.view.index.get(ca.id).linked and right.view.index.get(cb.id).linked
    assert window.inspector.links.count() == 1
    shown = window.inspector.links.item(0).text()  # the other claim's quote and article, whole
    assert "“tujuh orang”" in shown and "in Artikel 2" in shown
    # follow the link from the inspector with the right pane showing another article
    window.open_document(a.id, right)
    settle()
    window.inspector._follow_link(window.inspector.links.item(0))
    settle()
    assert b.id in window.panes.open_doc_ids()
    pane = window.panes.pane_showing(b.id)
    assert pane.view.selected_claim == cb.id and window.inspector.claim.id == cb.id
    window.actions_["undo"].trigger()
    settle()
    assert project.links(ca.id) == []
    assert not pane.view.index.get(cb.id).linked


def test_deleting_a_linked_claim_erases_its_link_mark(qtbot, project):
    """The ⇄ mark in the margin is painted by the view, not by Qt's highlights: removing the
    article's last claim must repaint the margin too (the mark stayed, even when scrolled)."""
    from PySide6.QtCore import QEvent, QObject, QRect

    window, a, b, left, right = _open_two(qtbot, project)
    ca = project.add_claim(a.id, 0, 6, "verified").created[0]
    cb = project.add_claim(b.id, 0, 5, "disputed").created[0]
    project.add_link(ca, cb, "supports")
    settle()
    cursor = QTextCursor(left.view.document())
    cursor.setPosition(0)
    line = left.view.cursorRect(cursor)
    mark = QRect(1, line.top(), 12, line.height())  # where paintEvent draws it
    assert left.view._linked_starts == [0]
    painted = []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                painted.append(event.region())
            return False
    watch = Watch()
    left.view.viewport().installEventFilter(watch)
    window.select_claim(ca, left)
    settle()
    painted.clear()
    QTest.keyClick(left.view, Qt.Key.Key_Delete)  # as the user does
    settle()
    assert left.view._linked_starts == []
    assert any(region.intersects(mark) for region in painted)
    assert not right.view.index.get(cb).linked  # its only link went with the claim


def test_overlapping_claims_are_each_reachable_by_clicking_again(qtbot, project):
    window, a, _b, left, _right = _open_two(qtbot, project)
    outer = (TEXT_A.index("Polisi"), TEXT_A.index(" dalam"))
    inner = (TEXT_A.index("sembilan"), TEXT_A.index(" meninggal"))
    c_outer = project.add_claim(a.id, *outer, "verified").created[0]
    c_inner = project.add_claim(a.id, *inner, "disputed").created[0]
    assert {c_outer, c_inner} <= {s.claim_id for s in left.view.index.spans()}
    segs = left.view.index.segments(0, len(TEXT_A))
    assert [len(s.spans) for s in segs] == [1, 2, 1]
    pos = inner[0] + 2
    click_at(left, pos)
    settle()
    assert window.current_claim == c_inner  # innermost first
    click_at(left, pos)
    settle()
    assert window.current_claim == c_outer
    click_at(left, pos)
    settle()
    assert window.current_claim == c_inner
    click_at(left, outer[0] + 1)  # outside the overlap only the outer claim is there
    settle()
    assert window.current_claim == c_outer
    # the overlap is drawn with its own, darker background
    window.select_claim(None, left)
    settle()
    formats = {s.cursor.selectionStart(): s.format.background().color().name()
               for s in left.view.extraSelections()}
    assert formats[inner[0]] != formats[outer[0]]


def test_claims_table_click_jumps_to_the_span_and_filters(qtbot, project):
    window, a, b, left, right = _open_two(qtbot, project)
    window.open_document(a.id, right)  # b is no longer shown
    settle()
    start = TEXT_B.index("Rapat")
    cid = project.add_claim(b.id, start, start + 5, "unverified").created[0]
    project.add_claim(a.id, 0, 6, "verified")
    settle()
    panel = window.claims_panel
    assert panel.model.rowCount() == 2
    panel.verdict_box.setCurrentIndex(3)  # unverified only
    settle()
    assert panel.proxy.rowCount() == 1
    index = panel.proxy.index(0, 1)
    rect = panel.table.visualRect(index)
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    settle()
    pane = window.panes.pane_showing(b.id)
    assert pane is not None and pane.view.selected_claim == cid
    assert pane.view.textCursor().position() == start
    # 2 with the focus in the table retags the row's claim; Delete removes it
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_2)
    settle()
    assert project.claim(cid).verdict == Verdict.DISPUTED
    panel.verdict_box.setCurrentIndex(0)
    settle()
    panel.text_box.setText("rapat")
    settle()
    assert panel.proxy.rowCount() == 1
    # notes are searched too, whether loaded with the table or written since
    window.adapter.run("Note", lambda: project.update_claim(cid, note="UPI says otherwise"))
    panel.text_box.setText("upi says")
    settle()
    assert panel.proxy.rowCount() == 1
    assert "UPI says" in panel.proxy.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    panel.model.reload()
    wait_for_claims(qtbot, window)
    panel.text_box.setText("")
    panel.text_box.setText("upi says")
    settle()
    assert panel.proxy.rowCount() == 1


def test_library_filter_and_double_click_open_in_active_pane(qtbot, project):
    window, a, b, left, right = _open_two(qtbot, project)
    window.panes.set_active(right)
    lib = window.library
    lib.filter.setText("artikel 1")
    assert lib.proxy.rowCount() == 1
    rect = lib.table.visualRect(lib.proxy.index(0, 0))
    QTest.mouseClick(lib.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())  # a double click's first click
    settle()
    QTest.mouseDClick(lib.table.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, rect.center())
    settle()
    assert right.doc_id == a.id


def test_panes_add_and_remove_between_one_and_four(qtbot, project):
    window, *_ = _open_two(qtbot, project)
    for _ in range(5):
        window.actions_["add_pane"].trigger()
        settle()
    assert len(window.panes.panes) == 4 and not window.actions_["add_pane"].isEnabled()
    for _ in range(5):
        window.actions_["close_pane"].trigger()
        settle()
    assert len(window.panes.panes) == 1 and not window.actions_["close_pane"].isEnabled()


def test_failed_edit_is_reported_and_not_pushed(qtbot, project, monkeypatch):
    window, a, _b, left, _right = _open_two(qtbot, project)
    shown = []
    monkeypatch.setattr("annotator.ui.main_window.show_error",
                        lambda parent, title, exc: shown.append((title, str(exc))))
    _tag_first_word(left, Qt.Key.Key_1)
    (claim,) = project.claims(a.id)
    window.current_claim = claim.id
    window.link(LinkKind.SUPPORTS, claim.id)
    settle()
    assert shown and "itself" in shown[0][1]
    assert window.adapter.stack.count() == 1
    assert window.saved_label.text() == "Not saved"


def test_a_selection_of_only_spaces_is_not_tagged(qtbot, project):
    window, a, _b, left, _right = _open_two(qtbot, project)
    gap = TEXT_A.index("\n\n")
    key_select(left, gap, 2)
    QTest.keyClick(left.view, Qt.Key.Key_2)
    settle()
    assert project.claims(a.id) == []
    assert "only spaces" in window.statusBar().currentMessage()


def test_a_selection_across_paragraphs_stores_newlines_not_paragraph_marks(qtbot, project):
    window, a, _b, left, _right = _open_two(qtbot, project)
    start = TEXT_A.index("2009.")
    end = TEXT_A.index(" menyebut")
    mouse_select(left, start, end)
    QTest.keyClick(left.view, Qt.Key.Key_1)
    settle()
    (claim,) = project.claims(a.id)
    assert claim.quote == "2009.\n\nPolisi" and "\u2029" not in claim.quote


def test_note_being_typed_is_saved_to_its_claim_when_another_claim_is_clicked(qtbot, project):
    window, a, _b, left, _right = _open_two(qtbot, project)
    first = project.add_claim(a.id, 0, 6, "verified").created[0]
    second_start = TEXT_A.index("Polisi")
    second = project.add_claim(a.id, second_start, second_start + 6, "disputed").created[0]
    settle()
    click_at(left, 2)
    settle()
    assert window.inspector.claim.id == first
    window.inspector.note.setFocus()
    QTest.keyClicks(window.inspector.note, "sumber: BPBD")
    left.view.setFocus()  # as a click in the article moves the focus first
    click_at(left, second_start + 2)
    settle()
    assert project.claim(first).note == "sumber: BPBD"
    assert project.claim(second).note == ""
    assert window.inspector.claim.id == second and window.inspector.note.toPlainText() == ""
