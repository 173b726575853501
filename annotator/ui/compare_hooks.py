"""The compare engine in the window: the background analysis after a project opens or an import
(status-bar progress), the inspector's match requests carried out as edits, the keys on the
selected match, and the margin marks of the open articles.

Kept apart from main_window.py, which calls `attach` (each project), `build_actions` (once, after
the menus), `analyse` (after an import) and `shutdown` (on close).
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence

from ..core.model import LinkKind
from ..settings import config_dir
from .compare_texts import said
from .margin_marks import CheckworthyMark, ConflictMark
from .match_keys import LINK_MATCH_KEYS, OPEN_MATCH_KEY
from .palette import link_label
from .operations import compare as compare_ops

if TYPE_CHECKING:
    from .compare_worker import AnalysisOutcome, AnalysisRunner
    from .main_window import MainWindow
    from .reading_pane import ReadingPane

#: Sentences scoring at least this are marked check-worthy in the margin.
CHECKWORTHY_THRESHOLD = 0.5
CHECKWORTHY_SETTING = "compare/checkworthy_marks"
#: The analysis starts this long after a project opens: the window's first paint and the
#: claims table's loading come first (P1), and a glance at a project (a smoke test, opening
#: the wrong file) writes nothing.
START_DELAY_MS = 1500


def _settings() -> QSettings:
    return QSettings(str(config_dir() / "compare.ini"), QSettings.Format.IniFormat)


def show_checkworthy_setting() -> bool:
    return _settings().value(CHECKWORTHY_SETTING, True, type=bool)


# ---------------------------------------------------------------------- per project
def runner(w: "MainWindow") -> "AnalysisRunner":
    """The window's background analysis (MainWindow.compare_runner), made at its first use:
    its module and the analysis helper's (15 ms of imports) are not needed by the first paint,
    which comes START_DELAY_MS before the first run."""
    made = _made_runner(w)
    if made is None:
        from .compare_worker import AnalysisRunner

        made = w._compare_runner = AnalysisRunner(w)
        made.message.connect(lambda text, ms: _status(w, text, ms))
        made.finished.connect(lambda outcome: _analysed(w, outcome))
    return made


def _made_runner(w: "MainWindow") -> "AnalysisRunner | None":
    return getattr(w, "_compare_runner", None)


def attach(w: "MainWindow") -> None:
    """After `set_project`: wire the new inspector and panes, start the analysis."""
    w.compare_outcome = None  # the analysis' marks (compare_worker.AnalysisOutcome): none yet
    w._compare_shut = False
    inspector = w.inspector  # its matches and sources come with its form (the first claim)
    inspector.match_link_requested.connect(
        lambda cid, doc, s, e, kind: link_match(w, cid, doc, s, e, kind))
    inspector.match_open_requested.connect(lambda doc, s, e: open_match(w, doc, s, e))
    inspector.source_use_requested.connect(
        lambda cid, field, value: compare_ops.use_source(w.adapter, cid, field, value))
    w.panes.panes_changed.connect(lambda: mark_panes(w))
    for pane in w.panes.panes:
        _watch_selection(pane)
    w.panes.panes_changed.connect(lambda: [_watch_selection(p) for p in w.panes.panes])
    made = _made_runner(w)
    if made is not None and made.running and made.path != w.project.path:
        made.cancel(wait=False)  # the previous project's: stops at its next batch
    project = w.project
    QTimer.singleShot(START_DELAY_MS, w, lambda: w.project is project and analyse(w))


def analyse(w: "MainWindow") -> None:
    """Analyse and encode what is new (after opening and after each import), in the background."""
    if w.project is not None and not w.project.readonly and not w.project.closed \
            and not getattr(w, "_compare_shut", False):  # a closed window's timer: no run
        runner(w).request(w.project.path)


def shutdown(w: "MainWindow") -> None:
    """On close: stop the analysis between batches and the match thread."""
    w._compare_shut = True  # the delayed first run (attach) does not start after this
    made = _made_runner(w)
    if made is not None:
        made.cancel()
    w.inspector.shutdown()


def _status(w: "MainWindow", text: str, ms: int) -> None:
    """The analysis' progress in the status bar. It neither covers nor clears a message shown
    meanwhile: a reload after another program's edit starts an analysis, whose progress and
    end wiped "Changed by another program" at once."""
    bar = w.statusBar()
    ours = bar.currentMessage() in ("", getattr(w, "compare_status", None))
    if text:
        if not ours and not ms:
            return  # progress waits while another message has its seconds; it comes often
        bar.showMessage(text, ms)
        w.compare_status = text
    elif ours:
        bar.clearMessage()


def _analysed(w: "MainWindow", outcome: AnalysisOutcome) -> None:
    if w.project is None or w.project.closed or w.compare_runner.path != w.project.path:
        return  # a run for a project closed since
    w.compare_outcome = outcome
    mark_panes(w, force=True)
    if w.inspector.claim is not None:  # sentences just arrived: ask again
        w.inspector.matches.show_claim(w.inspector.claim)
    else:  # the first selection need not wait for the match helper to start
        w.inspector.matches.service.warm()


# ---------------------------------------------------------------------- actions and keys
def build_actions(w: "MainWindow") -> dict[str, QAction]:
    """Alt+1/2/3 link the selected claim to the inspector's selected match, Alt+O opens it;
    View ▸ Check-worthy markers. Added to the Claim and View menus."""
    a: dict[str, QAction] = {}
    for kind in LinkKind:
        action = QAction(QCoreApplication.translate("Compare", "Link to the selected match as “%1”").replace("%1", link_label(kind)), w)
        action.setShortcut(QKeySequence(LINK_MATCH_KEYS[kind]))
        action.triggered.connect(lambda _=False, k=kind: _link_key(w, k))
        a[f"match_{kind.value}"] = action
    a["match_open"] = QAction(QCoreApplication.translate("Compare", "Open the selected match"), w)
    a["match_open"].setShortcut(QKeySequence(OPEN_MATCH_KEY))
    a["match_open"].triggered.connect(lambda: _open_key(w))
    a["checkworthy"] = QAction(QCoreApplication.translate("Compare", "Check-worthy markers"), w)
    a["checkworthy"].setCheckable(True)
    a["checkworthy"].setChecked(show_checkworthy_setting())
    a["checkworthy"].setToolTip(QCoreApplication.translate("Compare", "A thin bar in the margin beside sentences worth checking "
                                   "(figures, named sources, accusations…)"))
    a["checkworthy"].toggled.connect(lambda on: set_checkworthy_shown(w, on))
    for action in a.values():
        w.addAction(action)
    claim_menu = getattr(w, "claim_menu", None)
    if claim_menu is not None:
        claim_menu.addSeparator()
        for key in [f"match_{k.value}" for k in LinkKind] + ["match_open"]:
            claim_menu.addAction(a[key])
    view_menu = getattr(w, "view_menu", None)
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(a["checkworthy"])
    w.actions_.update(a)
    return a


def _link_key(w: "MainWindow", kind: LinkKind) -> None:
    if not w.inspector.matches.link_current(kind):
        w.statusBar().showMessage(QCoreApplication.translate("Compare", "Select a claim that has matches in other articles "
                                     "first."), 4000)


def _open_key(w: "MainWindow") -> None:
    if not w.inspector.matches.open_current():
        w.statusBar().showMessage(QCoreApplication.translate("Compare", "Select a claim that has matches in other articles "
                                     "first."), 4000)


def set_checkworthy_shown(w: "MainWindow", on: bool) -> None:
    _settings().setValue(CHECKWORTHY_SETTING, bool(on))
    for pane in w.panes.panes:
        pane.view.margin_marks.show_checkworthy = bool(on)
        pane.view.viewport().update()


# ---------------------------------------------------------------------- matches
def link_match(w: "MainWindow", claim_id: str, doc_id: str, start: int, end: int,
               kind: LinkKind) -> None:
    if compare_ops.link_to_match(w.adapter, claim_id, doc_id, start, end, kind) is not None:
        w.statusBar().showMessage(QCoreApplication.translate("Compare", "Linked to the match: %1 (the match is now an unverified "
                                     "claim; Ctrl+Z undoes both)").replace("%1", link_label(kind)), 5000)
        w.inspector.show_claim(claim_id)  # the match list shows the new link


def open_match(w: "MainWindow", doc_id: str, start: int, end: int) -> "ReadingPane | None":
    """The match's article in the next pane, scrolled to the sentence, which is selected (so
    1 / 2 / 3 tag it) and marked in the margin until the next click or selection."""
    source = w.panes.active
    pane = w.open_spare(doc_id, keep=source)
    if pane is None:
        return None
    w.panes.set_active(pane)
    view = pane.view
    view.select_span(start, end)
    view.margin_marks.transient = (start, end)
    view.setFocus()
    view.viewport().update()
    w.statusBar().showMessage(QCoreApplication.translate("Compare", "The match is selected: press 1, 2 or 3 to tag it as a claim."),
                              6000)
    return pane


def _watch_selection(pane: "ReadingPane") -> None:
    view = pane.view
    if getattr(view, "_transient_watched", False):
        return
    view._transient_watched = True

    def changed() -> None:
        marks = view.margin_marks
        if marks.transient is not None and view.selection_span() != marks.transient:
            marks.transient = None
            view.viewport().update()

    view.selectionChanged.connect(changed)


# ---------------------------------------------------------------------- margin marks
def mark_panes(w: "MainWindow", force: bool = False) -> None:
    for pane in w.panes.panes:
        mark_pane(w, pane, force=force)


def mark_pane(w: "MainWindow", pane: "ReadingPane", force: bool = False) -> None:
    view, doc_id = pane.view, pane.doc_id
    marks = view.margin_marks
    marks.show_checkworthy = show_checkworthy_setting()
    if doc_id is None or (marks.doc_id == doc_id and not force) or w.project.closed:
        return
    made = _made_runner(w)
    if made is not None and made.running:  # the sentences are being written: after it is done
        return
    same = marks.doc_id == doc_id
    transient = marks.transient if same else None
    marks.doc_id = doc_id
    marks.transient = transient
    if not same:
        marks.checkworthy = []  # the last article's, until this one's are read
    marks.conflicts = conflict_marks(w, doc_id)
    kept = getattr(w, "_read_only_analyses", {}).get(doc_id) if w.project.readonly else None
    if kept is not None:
        _mark_checkworthy(pane, doc_id, _worthy_rows(kept))
    else:
        _read_checkworthy(w, pane, doc_id)
    view.viewport().update()


def _read_checkworthy(w: "MainWindow", pane: "ReadingPane", doc_id: str) -> None:
    """The article's check-worthy sentences, read in a worker thread (SQLite picks them from
    a 1 MB article's 10,000 stored analyses); when it has none yet, `analyse_soon`."""
    from .workers import open_project, run_task

    project = w.project
    path = project.path

    def work(_control):
        with open_project(path, readonly=True) as mine:
            return mine.checkworthy_sentences(doc_id, CHECKWORTHY_THRESHOLD)

    def done(found) -> None:
        if w.project is not project or project.closed:
            return
        if found is None:
            analyse_soon(w, doc_id, lambda made: _mark_checkworthy(pane, doc_id,
                                                                   _worthy_rows(made)))
        else:
            _mark_checkworthy(pane, doc_id, found)

    run_task(work, w, on_success=done)


def _worthy_rows(analyses: list, threshold: float = CHECKWORTHY_THRESHOLD) -> list[tuple]:
    return [(a.sentence.start, a.sentence.end, a.checkworthy, tuple(a.reasons))
            for a in analyses if a.checkworthy >= threshold]


def _mark_checkworthy(pane: "ReadingPane", doc_id: str, worthy: list[tuple]) -> None:
    """`worthy`: (start, end, score, reasons) of the check-worthy sentences."""
    marks = pane.view.margin_marks
    if pane.doc_id != doc_id or marks.doc_id != doc_id:
        return  # the pane shows another article since
    marks.checkworthy = [CheckworthyMark(*row) for row in worthy]
    pane.view.viewport().update()


#: a read-only project's articles analysed in memory, kept for the window (by doc id)
READ_ONLY_KEPT = 8


def sentences_now(w: "MainWindow", doc_id: str, threshold: float = 0.0) -> list | None:
    """(start, end, score, reasons) of an article's sentences scoring at least `threshold` if
    they are at hand, else None (then `analyse_soon`): the GUI thread never analyses."""
    found = w.project.checkworthy_sentences(doc_id, threshold)
    if found is None and w.project.readonly:
        kept = getattr(w, "_read_only_analyses", {}).get(doc_id)
        found = None if kept is None else _worthy_rows(kept, threshold)
    return found


def analyse_soon(w: "MainWindow", doc_id: str, then) -> None:
    """An article's sentences have no analysis yet: have it made off the GUI thread (analysing
    a 1 MB article takes seconds). A writable project's background analysis stores it and
    marks the panes when done (the first run is already due after opening). A read-only
    project cannot store it: the analysis is made in memory in a worker thread, and `then`
    gets it."""
    project = w.project
    if not project.readonly:
        if _made_runner(w) is not None:
            analyse(w)
        return
    asked = getattr(w, "_analysing_read_only", set())
    w._analysing_read_only = asked
    if doc_id in asked:
        return
    asked.add(doc_id)
    from .workers import open_project, run_task

    path = project.path

    def work(_control):
        with open_project(path, readonly=True) as mine:
            return mine.analyze(doc_id)

    def done(found) -> None:
        asked.discard(doc_id)
        if w.project is project and not project.closed:
            kept = getattr(w, "_read_only_analyses", {})
            kept[doc_id] = found
            while len(kept) > READ_ONLY_KEPT:
                kept.pop(next(iter(kept)))
            w._read_only_analyses = kept
            then(found)

    run_task(work, w, on_success=done, on_error=lambda _message: asked.discard(doc_id))


def conflict_marks(w: "MainWindow", doc_id: str) -> list[ConflictMark]:
    """The outcome's disagreements on this article, one mark per sentence."""
    library = w.library.model
    here = library.summary(doc_id)
    lines: dict[tuple[int, int], list[str]] = defaultdict(list)
    from .compare_worker import marks_of

    outcome = w.compare_outcome
    for m in marks_of(outcome.marks.get(doc_id, "") if outcome is not None else ""):
        other = library.summary(m.other_doc)
        where = (other.outlet or other.title) if other is not None else m.other_doc[:8]
        when = ""
        if other is not None and here is not None and other.published and here.published:
            a, b = other.published[:10], here.published[:10]
            when = QCoreApplication.translate("Compare", ", reported earlier") if a < b else QCoreApplication.translate("Compare", ", reported later") if a > b else ""
        line = QCoreApplication.translate("Compare", "%1 — in %2%3").replace("%1", said(m.why)).replace("%2", where).replace("%3", when)
        if line not in lines[(m.start, m.end)]:
            lines[(m.start, m.end)].append(line)
    return [ConflictMark(s, e, tuple(ls)) for (s, e), ls in sorted(lines.items())]
