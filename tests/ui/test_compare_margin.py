"""Issue 15 in the reading panes: conflict marks and check-worthy markers in the margin (with
their tooltips and the View toggle), and the background analysis with status-bar progress."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from annotator.ui import compare_hooks, compare_worker
from tests.compare.analyses import AXIOS
from tests.conftest import make_document
from tests.ui.compare_support import TEXT_A, analysed_window, analysis_done, strike_project
from tests.ui.workbench_support import make_window, settle


def _margin_point(view, pos: int, far: bool) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_utf16(pos))
    y = view.cursorRect(cursor).center().y()
    return QPoint(view.viewport().width() - 6 if far else 1, y)


def _tooltip(view, point: QPoint) -> str:
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text()


def _pane_on_the_strikes(qtbot, project):
    a, _b, _ = strike_project(project)
    window = analysed_window(qtbot, project)
    pane = window.open_document(a.id)
    settle()
    return window, a, pane, pane.view.margin_marks, TEXT_A.index(AXIOS)


def test_a_conflicting_sentence_is_marked_and_hovering_says_why(qtbot, project):
    window, a, pane, marks, start = _pane_on_the_strikes(qtbot, project)
    (mark,) = marks.at(start + 20)
    assert (mark.start, mark.end) == (start, start + len(AXIOS))
    assert any("cannot both hold" in line and "DEMOCRAZY.ID" in line
               and "reported earlier" in line for line in mark.lines)
    tip = _tooltip(pane.view, _margin_point(pane.view, start + 20, far=True))
    assert "⚠" in tip and "cannot both hold" in tip
    inside = _margin_point(pane.view, start + 20, far=True)
    inside.setX(pane.view.viewport().width() // 2)  # on the text, not in the margin
    assert "⚠" not in _tooltip(pane.view, inside)


def test_check_worthy_markers_show_their_reasons_and_can_be_switched_off(qtbot, project):
    window, a, pane, marks, start = _pane_on_the_strikes(qtbot, project)
    qtbot.waitUntil(lambda: bool(marks.checkworthy), timeout=10000)  # read in a worker thread
    worthy = [m for m in marks.checkworthy if m.start == start]
    assert worthy and worthy[0].score >= compare_hooks.CHECKWORTHY_THRESHOLD
    assert any("figure: 21 serangan" in r for r in worthy[0].reasons)
    tip = _tooltip(pane.view, _margin_point(pane.view, start + 20, far=False))
    assert "Check-worthy" in tip and "21 serangan" in tip
    action = window.actions_["checkworthy"]
    assert action.isChecked() and action in window.view_menu.actions()
    action.trigger()  # View ▸ Check-worthy markers off
    assert not marks.show_checkworthy
    assert "Check-worthy" not in _tooltip(pane.view, _margin_point(pane.view, start + 20, False))
    assert compare_hooks.show_checkworthy_setting() is False  # remembered
    window.close()
    again = analysed_window(qtbot, project)
    assert not again.actions_["checkworthy"].isChecked()
    pane = again.open_document(a.id)
    settle()
    assert not pane.view.margin_marks.show_checkworthy


def _many(n: int, project):
    docs = [make_document(f"Artikel nomor {i}. Polisi menyebut {i + 3} orang meninggal dunia "
                          f"dalam banjir di Kota {i}. Menurut BNPB, {i * 2} rumah rusak.",
                          title=f"Banjir {i}", language="id", outlet=f"Outlet {i % 7}")
            for i in range(n)]
    project.add_documents(docs, undoable=False)  # more than a few: left to the background
    return docs


def test_sentences_are_analysed_in_the_background_with_progress(qtbot, project, monkeypatch):
    _many(60, project)
    assert project.sentence_status().pending == 60
    monkeypatch.setattr(compare_worker, "encoder_installed", lambda: False)
    seen: list[str] = []
    window = make_window(qtbot, project)
    window.statusBar().messageChanged.connect(seen.append)
    assert project.sentence_status().pending == 60  # not before the window is up
    qtbot.waitUntil(lambda: analysis_done(window), timeout=60000)
    settle()
    assert project.sentence_status().pending == 0
    lexical = [m for m in seen if m.startswith("Matching is lexical")]
    assert len(lexical) == 1  # said once
    window.compare_runner.request(project.path)  # a second run (as after an import)
    qtbot.waitUntil(lambda: not window.compare_runner.running, timeout=60000)
    settle()
    assert len([m for m in seen if m.startswith("Matching is lexical")]) == 1
    assert "Analysing sentences 60/60" in seen


def test_progress_reads_as_counts_with_thousands(qtbot, project):
    runner = compare_worker.AnalysisRunner()
    seen: list[str] = []
    runner.message.connect(lambda text, _ms: seen.append(text))
    runner._progress(120, 1000, "sentences")
    runner._progress(5, 10, "encoding")
    assert seen == ["Analysing sentences 120/1,000", "Encoding sentences for matching 5/10"]


def test_closing_the_window_cancels_the_analysis(qtbot, project):
    _many(200, project)
    window = make_window(qtbot, project)
    runner = window.compare_runner
    qtbot.waitUntil(lambda: runner.running, timeout=10000)
    task = runner.task
    window.close()
    assert not runner.running
    assert task is not None and task.wait(0)  # the thread has ended: closing waited for it
    assert task.cancel_requested or project.sentence_status().pending == 0


def test_an_import_starts_the_analysis_again(qtbot, project, tmp_path):
    strike_project(project)
    window = analysed_window(qtbot, project)
    requests: list = []
    original = window.compare_runner.request
    window.compare_runner.request = lambda path: (requests.append(path), original(path))
    window.reload_library([])  # what the import dialog calls when its import is in
    assert requests == [project.path]
    qtbot.waitUntil(lambda: not window.compare_runner.running, timeout=60000)


def test_the_analysis_writes_are_not_taken_for_another_programs_edits(qtbot, project):
    """They come through another connection: were they not counted as the window's own, the
    window would reload and clear the user's undo history after each background run."""
    from annotator.core.model import Verdict
    from annotator.ui.operations import claims as claim_ops

    a, b, claim_id = strike_project(project)
    _many(60, project)
    window = make_window(qtbot, project)
    qtbot.waitUntil(lambda: window.compare_runner.running, timeout=10000)
    claim_ops.set_verdict(window.adapter, claim_id, Verdict.DISPUTED)
    qtbot.waitUntil(lambda: analysis_done(window), timeout=60000)
    settle()
    assert window.external.check() is False  # nothing "changed by another program"
    assert window.adapter.stack.canUndo()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert project.claim(claim_id).verdict == Verdict.VERIFIED
