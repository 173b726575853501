"""J / K step through the check-worthy sentences of the active article, S selects the sentence
at the cursor; then a verdict key tags it (real key events on the reading view). Emoji before
the sentences keep Qt's UTF-16 positions apart from the stored code points."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.project.clusters import CHECKWORTHY_THRESHOLD
from tests.ui.workbench_support import add_docs, click_at, make_window, settle

TEXT = ("🙂🙂 Cuaca hari ini cerah. Menurut Axios, 21 serangan AS di Karibia telah menewaskan "
        "setidaknya 83 orang. Apakah kita peduli? Polisi menyebut sembilan orang tewas dalam "
        "kecelakaan di Aceh pada Sabtu (29/11). Saya pikir itu bagus.")
FIRST = "Menurut Axios, 21 serangan AS di Karibia telah menewaskan setidaknya 83 orang."
SECOND = "Polisi menyebut sembilan orang tewas dalam kecelakaan di Aceh pada Sabtu (29/11)."
DULL = "Apakah kita peduli?"


def _span(sentence):
    start = TEXT.index(sentence)
    return start, start + len(sentence)


def _window(qtbot, project):
    (doc,) = add_docs(project, TEXT)
    window = make_window(qtbot, project)
    pane = window.panes.panes[0]
    window.open_document(doc.id, pane)
    window.panes.set_active(pane)
    pane.view.setFocus()
    settle()
    return window, pane, doc


def test_the_threshold_splits_the_sentences_as_expected(project):
    (doc,) = add_docs(project, TEXT)
    worthy = [a.sentence.text for a in project.analyze(doc.id)
              if a.checkworthy >= CHECKWORTHY_THRESHOLD]
    assert worthy == [FIRST, SECOND]


def test_j_and_k_select_check_worthy_sentences_and_2_tags_one(qtbot, project):
    window, pane, doc = _window(qtbot, project)
    QTest.keyClick(pane.view, Qt.Key.Key_J)
    assert pane.view.selection_span() == _span(FIRST)
    QTest.keyClick(pane.view, Qt.Key.Key_J)
    assert pane.view.selection_span() == _span(SECOND)
    QTest.keyClick(pane.view, Qt.Key.Key_J)  # wraps around
    assert pane.view.selection_span() == _span(FIRST)
    QTest.keyClick(pane.view, Qt.Key.Key_K)  # back, wrapping to the last
    assert pane.view.selection_span() == _span(SECOND)
    QTest.keyClick(pane.view, Qt.Key.Key_2)
    settle()
    (claim,) = project.claims(doc.id)
    assert (claim.start, claim.end, claim.verdict.value, claim.quote) == (*_span(SECOND),
                                                                          "disputed", SECOND)
    QTest.keyClick(pane.view, Qt.Key.Key_K)  # from the new claim, K goes to the first
    assert pane.view.selection_span() == _span(FIRST)


def test_s_selects_the_sentence_at_the_cursor_then_1_tags_it(qtbot, project):
    window, pane, doc = _window(qtbot, project)
    inside = pane.view.offsets.to_utf16(TEXT.index("kita"))
    click_at(pane, inside)
    assert pane.view.selection_span() is None
    QTest.keyClick(pane.view, Qt.Key.Key_S)
    assert pane.view.selection_span() == _span(DULL)
    QTest.keyClick(pane.view, Qt.Key.Key_1)
    settle()
    (claim,) = project.claims(doc.id)
    assert (claim.start, claim.end, claim.verdict.value) == (*_span(DULL), "verified")


def test_the_keys_type_into_text_fields(qtbot, project):
    window, pane, doc = _window(qtbot, project)
    edit = window.comparison.filter_edit
    window.comparison_dock.show()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=3000)
    QTest.keyClicks(edit, "jks")
    assert edit.text() == "jks" and pane.view.selection_span() is None


def test_help_lists_the_keys(qtbot, project):
    from annotator.ui.dialogs.help_dialogs import shortcut_rows

    window = make_window(qtbot, project)
    keys = {row.keys: row.command for row in shortcut_rows(window)}
    assert keys["J"].startswith("Next check-worthy") and keys["K"].startswith("Previous check")
    assert keys["S"].startswith("Select the sentence")
    assert keys["Ctrl+Shift+M"] == "Comparison"
    assert len(keys) == len(shortcut_rows(window))  # no key bound twice
