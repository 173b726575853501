"""Offsets across the Qt boundary, right-to-left text, language badges, highlight stress."""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest

from annotator.core.model import Direction, Verdict
from annotator.ui.badges import UNKNOWN_LANGUAGE, language_badge
from annotator.ui.span_index import Span, SpanIndex
from tests.conftest import make_document
from tests.ui.workbench_support import settle, key_select, make_window, mouse_select

EMOJI_TEXT = "Warga 😀 senang 👍🏽 sekali, kata q\u0303 dan n\u0303o 🇮🇩 akhirnya."


def _window_with(qtbot, project, text, **meta):
    doc = make_document(text, title="Uji", **meta)
    project.add_documents([doc], undoable=False)
    window = make_window(qtbot, project)
    pane = window.panes.panes[0]
    window.open_document(doc.id, pane)
    settle()
    return window, pane, doc


def _u16(text: str, cp: int) -> int:
    return len(text[:cp].encode("utf-16-le")) // 2


def test_keyboard_selection_over_emoji_stores_exactly_the_selected_text(qtbot, project):
    window, pane, doc = _window_with(qtbot, project, EMOJI_TEXT)
    text = doc.text
    start = text.index("😀")
    key_select(pane, _u16(text, start), len("😀 senang"))  # one key press per character
    settle()
    assert pane.view.textCursor().selectedText() == "😀 senang"
    QTest.keyClick(pane.view, Qt.Key.Key_2)
    settle()
    (claim,) = project.claims(doc.id)
    assert (claim.start, claim.end) == (start, start + len("😀 senang"))
    assert claim.quote == "😀 senang" == text[claim.start:claim.end]


def test_mouse_selection_over_skin_tone_and_flag_emoji(qtbot, project):
    window, pane, doc = _window_with(qtbot, project, EMOJI_TEXT)
    text = doc.text
    start, end = text.index("👍🏽"), text.index(" sekali")
    mouse_select(pane, _u16(text, start), _u16(text, end))
    settle()
    QTest.keyClick(pane.view, Qt.Key.Key_1)
    settle()
    (claim,) = project.claims(doc.id)
    assert claim.quote == "👍🏽" and (claim.start, claim.end) == (start, end)
    flag = text.index("🇮🇩")
    mouse_select(pane, _u16(text, flag), _u16(text, flag + 2))
    settle()
    QTest.keyClick(pane.view, Qt.Key.Key_3)
    settle()
    quotes = sorted(c.quote for c in project.claims(doc.id))
    assert quotes == sorted(["👍🏽", "🇮🇩"])


def test_selection_over_combining_marks_keeps_the_marks(qtbot, project):
    window, pane, doc = _window_with(qtbot, project, EMOJI_TEXT)
    text = doc.text
    assert "q\u0303" in text  # no precomposed form: stays two code points after NFC
    start = text.index("q\u0303")
    key_select(pane, _u16(text, start), 1)  # one key press moves over the whole grapheme
    settle()
    QTest.keyClick(pane.view, Qt.Key.Key_2)
    settle()
    (claim,) = project.claims(doc.id)
    assert claim.quote == "q\u0303" and claim.end - claim.start == 2
    assert unicodedata.normalize("NFC", claim.quote) == claim.quote


def test_highlights_after_emoji_sit_on_the_right_characters(qtbot, project):
    window, pane, doc = _window_with(qtbot, project, EMOJI_TEXT)
    text = doc.text
    start = text.index("akhirnya")
    project.add_claim(doc.id, start, start + len("akhirnya"), "verified")
    settle()
    (sel,) = pane.view.extraSelections()
    assert sel.cursor.selectedText() == "akhirnya"
    assert sel.cursor.selectionStart() == _u16(text, start)


def test_right_to_left_article_is_shown_right_to_left(qtbot, project):
    text = "قال المتحدث إن الجسر انهار صباح السبت وإن عدد الضحايا تسعة."
    window, pane, doc = _window_with(qtbot, project, text, direction=Direction.RTL, language="ar")
    assert pane.view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert pane.view.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert "Arabic" in pane.language.text()
    start = text.index("تسعة")
    mouse_select(pane, start, start + len("تسعة"))
    settle()
    QTest.keyClick(pane.view, Qt.Key.Key_2)
    settle()
    (claim,) = project.claims(doc.id)
    assert claim.quote == "تسعة"
    # a left-to-right article opened in the same pane goes back to left-to-right
    other = make_document("An English article.", title="EN", language="en")
    project.add_documents([other], undoable=False)
    window.open_document(other.id, pane)
    settle()
    assert pane.view.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_unknown_language_is_shown_as_unknown_not_guessed(qtbot, project):
    window, pane, doc = _window_with(qtbot, project, "Halo hello 12345.", language="")
    assert pane.language.text() == UNKNOWN_LANGUAGE
    assert window.language_label.text() == f"Language: {UNKNOWN_LANGUAGE}"
    cell = window.library.model.index(0, 2)  # a dash in the narrow column, the words beside it
    assert cell.data() == "—" and cell.data(Qt.ItemDataRole.ToolTipRole) == UNKNOWN_LANGUAGE
    assert language_badge("id") == "id · Indonesian" and language_badge("xx") == "xx"
    project.set_language(doc.id, "jv")
    settle()
    assert "Javanese" in pane.language.text()


def test_many_thousand_cursor_and_format_calls_do_not_crash(qtbot, project):
    """Guards against the PySide6 6.12 none_dealloc crash on Python 3.11 (pinned < 6.12)."""
    words = [f"kata{i}" for i in range(6000)]
    text = " ".join(words)
    window, pane, doc = _window_with(qtbot, project, text)
    qdoc = pane.view.document()
    cursor = QTextCursor(qdoc)
    fmt = QTextCharFormat()
    for i in range(20000):
        cursor.setPosition(i % 5000)
        cursor.setPosition(i % 5000 + 3, QTextCursor.MoveMode.KeepAnchor)
        fmt.setBackground(QColor("#CDE3F2" if i % 2 else "#F8D8C0"))
    # and through the real highlighter: thousands of claims, repainted as a user scrolls
    pos, spans = 0, []
    for i, w in enumerate(words):
        spans.append(Span(f"c{i}", pos, pos + len(w), list(Verdict)[i % 3]))
        pos += len(w) + 1
    pane.view.index = SpanIndex(spans)
    bar = pane.view.verticalScrollBar()
    for step in range(0, bar.maximum() + 1, max(1, bar.maximum() // 20)):
        bar.setValue(step)
        pane.view.refresh_highlights()
    assert pane.view.extraSelections()
    assert fmt.background().color().name() in ("#cde3f2", "#f8d8c0")


def test_span_index_segments_and_lookup_stay_local():
    idx = SpanIndex([Span("a", 0, 10, Verdict.VERIFIED), Span("b", 5, 8, Verdict.DISPUTED),
                     Span("far", 100_000, 100_010, Verdict.UNVERIFIED)])
    segs = idx.segments(0, 20)
    assert [(s.start, s.end, [x.claim_id for x in s.spans]) for s in segs] == [
        (0, 5, ["a"]), (5, 8, ["b", "a"]), (8, 10, ["a"])]
    assert [s.claim_id for s in idx.at(6)] == ["b", "a"]
    assert idx.overlapping(50, 60) == []
    idx.put(Span("b", 40, 45, Verdict.DISPUTED))  # moved: old buckets forgotten
    assert [s.claim_id for s in idx.at(6)] == ["a"]
    assert idx.remove("far") is not None and len(idx) == 2
    # a span crossing bucket borders is found from every bucket it touches
    idx.put(Span("long", 2000, 9000, Verdict.VERIFIED))
    assert [s.claim_id for s in idx.at(8500)] == ["long"]


def test_claim_spans_gives_every_claim_of_one_document(project):
    doc = make_document("Satu dua tiga empat lima.", title="A")
    other = make_document("Other text here.", title="B")
    project.add_documents([doc, other], undoable=False)
    c2 = project.add_claim(doc.id, 5, 8, "disputed").created[0]
    c1 = project.add_claim(doc.id, 0, 4, "verified").created[0]
    project.add_claim(other.id, 0, 5, "unverified")
    assert project.claim_spans(doc.id) == [(c1, 0, 4, Verdict.VERIFIED), (c2, 5, 8, Verdict.DISPUTED)]


def test_only_the_visible_claims_are_drawn(qtbot, project):
    """Highlighting cost follows what is on screen, not the number of claims in the article."""
    words = [f"kata{i}" for i in range(8000)]
    text = " ".join(words)
    window, pane, doc = _window_with(qtbot, project, "x")
    pos, spans = 0, []
    for i, w in enumerate(words):
        spans.append(Span(f"c{i}", pos, pos + len(w), list(Verdict)[i % 3]))
        pos += len(w) + 1
    big = make_document(text, title="Panjang")
    project.add_documents([big], undoable=False)
    window.open_document(big.id, pane)
    pane.view.index = SpanIndex(spans)
    pane.view.refresh_highlights()
    drawn = len(pane.view.extraSelections())
    assert 0 < drawn < 600 < len(spans)
    start, end = pane.view.visible_range()
    assert all(start <= s.cursor.selectionStart() <= end for s in pane.view.extraSelections())


def test_highlights_follow_a_scroll_deep_into_a_long_article_at_once(qtbot, project):
    """A scroll far down redraws the highlights in the next turn of the event loop, not after
    as many milliseconds as the scroll bar's value (the timer was once started with it)."""
    words = [f"kata{i}" for i in range(30000)]
    text = "\n".join(" ".join(words[i:i + 10]) for i in range(0, len(words), 10))
    window, pane, _doc = _window_with(qtbot, project, "x")
    big = make_document(text, title="Panjang")
    project.add_documents([big], undoable=False)
    pos, spans = 0, []
    for i, w in enumerate(words):
        spans.append(Span(f"c{i}", text.index(w, pos), text.index(w, pos) + len(w), Verdict.VERIFIED))
        pos = spans[-1].end
    window.open_document(big.id, pane)
    view = pane.view
    view.index = SpanIndex(spans)
    view.refresh_highlights()
    settle()
    for target in (view.verticalScrollBar().maximum() // 2, view.verticalScrollBar().maximum()):
        view.verticalScrollBar().setValue(target)
        assert target > 1000  # a wait of `target` ms would outlast the settle below
        settle()
        qtbot.wait(20)
        start, end = view.visible_range()
        drawn = [s.cursor.selectionStart() for s in view.extraSelections()]
        assert drawn and all(view.offsets.to_utf16(start) <= d <= view.offsets.to_utf16(end)
                             for d in drawn)


def test_a_refresh_after_a_tag_reuses_the_unchanged_highlights(qtbot, project):
    words = [f"kata{i}" for i in range(400)]
    text = " ".join(words)
    window, pane, _doc = _window_with(qtbot, project, "x")
    big = make_document(text, title="Panjang")
    project.add_documents([big], undoable=False)
    window.open_document(big.id, pane)
    view = pane.view
    pos, spans = 0, []
    for i, w in enumerate(words):
        spans.append(Span(f"c{i}", pos, pos + len(w), list(Verdict)[i % 3]))
        pos += len(w) + 1
    view.index = SpanIndex(spans)
    view.refresh_highlights()
    before = {(s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.background().color().name())
              for s in view.extraSelections()}
    kept = dict(view._shown)
    view.index.put(Span("c3", spans[3].start, spans[3].end, Verdict.DISPUTED))  # was verified
    view.refresh_highlights()
    after = {(s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.background().color().name())
             for s in view.extraSelections()}
    changed = before ^ after
    assert {c[:2] for c in changed} == {(spans[3].start, spans[3].end)}  # only the retagged one
    assert sum(1 for k, v in view._shown.items() if kept.get(k) is v) == len(view._shown) - 1
