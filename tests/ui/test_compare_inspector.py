"""Issue 15 in the inspector: a selected claim's matches in other articles with their conflict
badges, linking one by key (one undo step), opening one and tagging it, accepting a suggested
source; all with real key and mouse events."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.model import LinkKind, Verdict
from tests.compare.analyses import BELASAN
from tests.ui.compare_support import TEXT_B, analysed_window, select_strike_claim, \
    strike_project, wait_for_matches
from tests.ui.workbench_support import click_at, settle

ALT = Qt.KeyboardModifier.AltModifier


def _row_of(matches, quote_start: str) -> int:
    for row in range(matches.list.count()):
        if matches.list.item(row).data(Qt.ItemDataRole.UserRole + 7).quote.startswith(quote_start):
            return row
    raise AssertionError(f"no match starting {quote_start!r}")


def test_selecting_a_claim_lists_its_matches_with_conflict_badges_and_lines(qtbot, project):
    a, b, claim_id = strike_project(project)
    window = analysed_window(qtbot, project)
    select_strike_claim(qtbot, window, a.id)
    matches = window.inspector.matches
    assert window.inspector.claim.id == claim_id
    texts = [matches.list.item(i).text() for i in range(matches.list.count())]
    belasan = texts[_row_of(matches, "Belasan")]
    assert belasan.startswith("⚠") and "DEMOCRAZY.ID · Serangan di Karibia" in belasan
    assert "contradicts" in belasan
    tip = matches.list.item(_row_of(matches, "Belasan")).toolTip()
    assert "cannot both hold" in tip
    line = matches.conflict_lines.text()
    assert matches.conflict_lines.isVisible() and "cannot both hold" in line
    assert "DEMOCRAZY.ID" in line and "reported earlier" in line  # 30 Oct before 21 Nov
    assert matches.single_source.isVisible() and "Axios" in matches.single_source.text()


def test_a_match_is_linked_by_key_as_one_undo_step(qtbot, project):
    a, b, claim_id = strike_project(project)
    window = analysed_window(qtbot, project)
    select_strike_claim(qtbot, window, a.id)
    matches = window.inspector.matches
    row = _row_of(matches, "Belasan")
    rect = matches.list.visualItemRect(matches.list.item(row))
    QTest.mouseClick(matches.list.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    assert matches.list.currentRow() == row
    QTest.keyClick(window, Qt.Key.Key_3, ALT)  # contradicts
    settle()
    (link,) = project.links(claim_id)
    assert link.kind == LinkKind.CONTRADICTS
    other = project.claim(link.target_id)
    start = TEXT_B.index(BELASAN)
    assert (other.doc_id, other.start, other.end) == (b.id, start, start + len(BELASAN))
    assert other.verdict == Verdict.UNVERIFIED
    wait_for_matches(qtbot, window)
    qtbot.waitUntil(lambda: "linked as contradicts" in matches.list.item(
        _row_of(matches, "Belasan")).text(), timeout=10000)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert project.links(claim_id) == [] and len(project.claims(b.id)) == 0  # both gone
    QTest.keyClick(window, Qt.Key.Key_1, ALT)  # the first (best) match, as the same claim
    settle()
    assert [lk.kind for lk in project.links(claim_id)] == [LinkKind.SAME_CLAIM]


def test_opening_a_match_selects_its_sentence_in_the_next_pane_and_1_tags_it(qtbot, project):
    a, b, claim_id = strike_project(project)
    window = analysed_window(qtbot, project)
    source = select_strike_claim(qtbot, window, a.id)
    matches = window.inspector.matches
    matches.list.setFocus()
    matches.list.setCurrentRow(_row_of(matches, "Belasan"))
    QTest.keyClick(window, Qt.Key.Key_O, ALT)
    settle()
    pane = window.panes.pane_showing(b.id)
    assert pane is not None and pane is not source and window.panes.active is pane
    start = TEXT_B.index(BELASAN)
    span = (start, start + len(BELASAN))
    assert pane.view.selection_span() == span
    assert pane.view.margin_marks.transient == span  # the transient highlight
    QTest.keyClick(pane.view, Qt.Key.Key_1)
    settle()
    (claim,) = project.claims(b.id)
    assert (claim.start, claim.end, claim.verdict) == (*span, Verdict.VERIFIED)
    assert pane.view.margin_marks.transient is None  # gone with the selection


def test_a_click_elsewhere_clears_the_transient_highlight(qtbot, project):
    a, b, claim_id = strike_project(project)
    window = analysed_window(qtbot, project)
    select_strike_claim(qtbot, window, a.id)
    QTest.mouseClick(window.inspector.matches.open_button, Qt.MouseButton.LeftButton)
    settle()
    pane = window.panes.pane_showing(b.id)
    assert pane.view.margin_marks.transient is not None
    click_at(pane, 2)
    settle()
    assert pane.view.margin_marks.transient is None


def test_a_suggested_claimant_is_written_only_on_use_and_undone(qtbot, project):
    a, b, claim_id = strike_project(project)
    window = analysed_window(qtbot, project)
    select_strike_claim(qtbot, window, a.id)
    hint = window.inspector.sources
    qtbot.waitUntil(hint.isVisible, timeout=10000)
    assert project.claim(claim_id).claimant == ""  # nothing written by showing it
    assert "Axios" in hint.labels["claimant"].text()
    QTest.mouseClick(hint.buttons["claimant"], Qt.MouseButton.LeftButton)
    settle()
    assert project.claim(claim_id).claimant == "Axios"
    assert window.inspector.claimant.text() == "Axios"
    assert not hint.buttons["claimant"].isVisible()  # the claim says it now
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert project.claim(claim_id).claimant == ""


def test_link_keys_without_matches_say_what_to_do(qtbot, project):
    strike_project(project)
    window = analysed_window(qtbot, project)
    QTest.keyClick(window, Qt.Key.Key_2, ALT)
    assert "Select a claim that has matches" in window.statusBar().currentMessage()
    assert all(not project.links(c.id) for c in project.claims())


def test_a_suggestion_the_field_already_holds_is_not_offered(qtbot):
    """The claimant field says "Hendra Saputra (BPBD Waru)": offering "Hendra Saputra" again
    would only invite overwriting the fuller entry."""
    from types import SimpleNamespace

    from annotator.ui.sources_hint import SourcesHint

    hint = SourcesHint()
    qtbot.addWidget(hint)
    claim = SimpleNamespace(id="c", claimant="Hendra Saputra (BPBD Waru)", reported_by="")
    hint.show_suggestion(claim, "hendra saputra", "Kabar Waru")
    assert hint.labels["claimant"].isHidden() and not hint.labels["reported_by"].isHidden()
