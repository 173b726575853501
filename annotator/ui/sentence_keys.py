"""Keyboard-only reading: J / K select the next / previous check-worthy sentence of the active
article, S selects the sentence at the cursor, so a sentence claim is two keystrokes (S, then
1 / 2 / 3) and a pass over an article's checkable sentences is J, 2, J, 1 …

Check-worthy means the engine's score (Project.analyze, compare/checkworthy.py) is at least
CHECKWORTHY_THRESHOLD, the number the margin marker uses too. The keys are plain letters:
a text field keeps them for typing (ui/shortcut_priority.py), the reading view does not type.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core.errors import AnnotatorError
from ..project.compare import CHECKWORTHY_THRESHOLD  # not .clusters: that loads the compare package

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .reading_pane import ReadingPane

NEXT_KEY, PREVIOUS_KEY, SENTENCE_KEY = "J", "K", "S"


def _sentences(window: MainWindow) -> tuple[ReadingPane | None, list[tuple[int, int, float]]]:
    """The active pane and its article's sentences as (start, end, check-worthiness)."""
    pane = window.panes.active
    if pane is None or not pane.doc_id:
        return None, []
    from .compare_hooks import analyse_soon, sentences_now

    try:
        sentences = sentences_now(window, pane.doc_id)  # all: every score is at least 0
    except AnnotatorError as exc:
        window.statusBar().showMessage(str(exc), 6000)
        return pane, []
    if sentences is None:  # analysed in the background, never here: seconds for a long article
        analyse_soon(window, pane.doc_id, lambda _found: None)
        window.statusBar().showMessage(QCoreApplication.translate(
            "SentenceKeys", "This article's sentences are still being found; try again in a "
            "moment."), 5000)
        return None, []
    return pane, [(start, end, score) for start, end, score, _reasons in sentences]


def _anchor(window: MainWindow, pane: ReadingPane) -> int:
    """Where the reader is: the start of the selection or of the selected claim (a sentence
    just tagged), else the caret (code points)."""
    span = pane.view.selection_span()
    if span is not None:
        return span[0]
    if pane.view.selected_claim:
        try:
            return window.project.claim(pane.view.selected_claim).start
        except AnnotatorError:
            pass
    return pane.view.offsets.to_codepoint(pane.view.textCursor().position())


def _select(window: MainWindow, pane: ReadingPane, start: int, end: int) -> None:
    pane.view.set_selected_claim(None)
    window.select_claim(None, pane)
    pane.view.select_span(start, end)
    pane.view.setFocus()


def step_checkworthy(window: MainWindow, step: int) -> None:
    """J (+1) / K (−1): select the next / previous check-worthy sentence, wrapping around."""
    pane, sentences = _sentences(window)
    if pane is None:
        return
    worthy = [(s, e) for s, e, score in sentences if score >= CHECKWORTHY_THRESHOLD]
    if not worthy:
        window.statusBar().showMessage(QCoreApplication.translate("SentenceKeys", "No check-worthy sentence in this article."), 4000)
        return
    at = _anchor(window, pane)
    if step > 0:
        target = next(((s, e) for s, e in worthy if s > at), worthy[0])
    else:
        target = next(((s, e) for s, e in reversed(worthy) if s < at), worthy[-1])
    _select(window, pane, *target)


def select_sentence(window: MainWindow) -> None:
    """S: select the sentence at the cursor (or the next one after it), ready for 1 / 2 / 3."""
    pane, sentences = _sentences(window)
    if pane is None or not sentences:
        return
    caret = pane.view.offsets.to_codepoint(pane.view.textCursor().position())
    span = pane.view.selection_span()
    if span is not None:
        caret = span[0]
    target = next(((s, e) for s, e, _ in sentences if s <= caret < e), None) or \
        next(((s, e) for s, e, _ in sentences if s >= caret), sentences[-1][:2])
    _select(window, pane, *target)


#: The Claim menu's entries, in menu order (ui/menus.py makes the actions).
ACTIONS = ("next_checkworthy", "previous_checkworthy", "select_sentence")


def actions(window: MainWindow) -> list[tuple]:
    """(key, text, slot, shortcut, tip) of each entry, for ui/menus.py."""
    return [
        ("next_checkworthy", QCoreApplication.translate("SentenceKeys", "Next check-&worthy sentence"),
         lambda: step_checkworthy(window, +1), NEXT_KEY,
         QCoreApplication.translate("SentenceKeys", "Select the next sentence worth checking (figures, dates, sources…); "
             "1 / 2 / 3 then tags it")),
        ("previous_checkworthy", QCoreApplication.translate("SentenceKeys", "Previous check-worth&y sentence"),
         lambda: step_checkworthy(window, -1), PREVIOUS_KEY,
         QCoreApplication.translate("SentenceKeys", "Select the previous sentence worth checking")),
        ("select_sentence", QCoreApplication.translate("SentenceKeys", "Select the &sentence at the cursor"),
         lambda: select_sentence(window), SENTENCE_KEY,
         QCoreApplication.translate("SentenceKeys", "Select the whole sentence at the cursor; 1 / 2 / 3 then tags it")),
    ]
