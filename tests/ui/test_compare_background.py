"""Issue 15's background work in the window: the analysis and the matches run in helper
processes (the window's event loop is not held while they compute), another program's edits
made while the analysis writes are noticed, and the helpers end with the window."""
from __future__ import annotations

import multiprocessing

from annotator.core.model import Verdict
from annotator.project import Project, writes
from tests.conftest import make_document
from tests.ui.compare_support import TEXT_A, analysed_window, select_strike_claim, \
    strike_project, wait_for_matches
from tests.ui.workbench_support import click_at, make_window, settle, wait_for_claims


def _many(n: int, project):
    docs = [make_document(f"Sebanyak {i} warga mengungsi setelah {i + 3} rumah rusak dalam "
                          f"banjir di Kota {i}. Menurut BNPB, {i * 2} rumah rusak berat.",
                          title=f"Banjir {i}", language="id") for i in range(n)]
    project.add_documents(docs, undoable=False)  # more than a few: left to the background
    return docs


def _our_commits(project) -> int:
    """The window's writers' commits so far (the writers' ledger, store/writers.py)."""
    return project.writers_ledger()[1].get(writes.session(), 0)


def test_another_programs_edit_during_the_analysis_is_noticed(qtbot, project):
    """The window's look between the analysis' commits tells the other program's commit from
    them (project/writes.py): the edit lands between two of the analysis' batches, and the
    next look finds it."""
    docs = _many(300, project)
    claim = project.add_claim(docs[0].id, 0, 7, Verdict.VERIFIED).created[0]
    window = make_window(qtbot, project)
    window.external._timer.stop()  # looked at by hand below
    window.adapter.run("Verdict", lambda: project.set_verdict(claim, Verdict.DISPUTED))
    assert window.adapter.stack.canUndo()
    progress = []
    qtbot.waitUntil(lambda: window.compare_runner.running, timeout=10000)
    window.compare_runner.task.progress.connect(lambda d, t, what: progress.append(what))
    qtbot.waitUntil(lambda: "sentences" in progress, timeout=30000)
    assert window.external.check() is False  # the analysis' commits so far are ours
    with Project.open(project.path) as other:  # the CLI, a script: another program
        added = other.add_claim(docs[1].id, 0, 7, Verdict.DISPUTED).created[0]
    ours = _our_commits(project)
    qtbot.waitUntil(lambda: _our_commits(project) > ours, timeout=30000)  # the analysis' next
    seen: list[str] = []
    window.statusBar().messageChanged.connect(seen.append)
    assert window.external.check()  # after more of the analysis' commits: still told
    assert any(m.startswith("Changed by another program") for m in seen)
    wait_for_claims(qtbot, window)
    assert window.claims_panel.model.row_of(added) is not None  # reloaded
    assert not window.adapter.stack.canUndo()  # the other program's edit may clash with it


def test_the_analysis_and_the_matches_run_in_helper_processes_that_end_with_the_window(
        qtbot, project):
    a, _b, claim_id = strike_project(project)
    window = analysed_window(qtbot, project)
    select_strike_claim(qtbot, window, a.id)
    helper = window.inspector.matches.service._state.worker.helper._helper
    assert helper is not None and helper.process.is_alive()  # kept warm for the next one
    window.close()
    settle()
    assert not multiprocessing.active_children()


def test_matches_come_again_after_the_match_helper_died(qtbot, project):
    a, _b, claim_id = strike_project(project)
    window = analysed_window(qtbot, project)
    pane = window.open_document(a.id)
    settle()
    click_at(pane, TEXT_A.index("21 serangan"))
    settle()
    wait_for_matches(qtbot, window, 2)
    worker = window.inspector.matches.service._state.worker
    worker.helper._helper.process.kill()
    worker.helper._helper.process.join(5)
    window.select_claim(None)
    settle()
    assert window.inspector.matches.list.count() == 0
    window.select_claim(claim_id)  # a new helper answers, and nothing is said of the old
    wait_for_matches(qtbot, window, 2)
    assert worker.helper._helper.process.is_alive()
    assert not window.inspector.matches.status.isVisible()


def test_the_match_helper_is_started_when_the_analysis_is_done(qtbot, project):
    """So the first selection is answered as fast as the next ones."""
    a, _b, claim_id = strike_project(project)
    window = analysed_window(qtbot, project)
    worker = window.inspector.matches.service._state.worker
    qtbot.waitUntil(lambda: worker.helper._helper is not None, timeout=10000)
    helper = worker.helper._helper
    window.select_claim(claim_id)
    wait_for_matches(qtbot, window, 2)
    assert worker.helper._helper is helper  # the one started before, not a new one


def test_an_edit_while_the_analysis_starts_is_noticed(qtbot, project):
    """The gap that lost edits when the window counted only transactions: another program
    commits before the analysis helper has opened the file, the helper then commits, and only
    then does the window look."""
    docs = _many(60, project)
    window = make_window(qtbot, project)
    window.external._timer.stop()  # looked at by hand below
    with Project.open(project.path) as other:
        added = other.add_claim(docs[1].id, 0, 7, Verdict.DISPUTED).created[0]
    ours = _our_commits(project)
    qtbot.waitUntil(lambda: _our_commits(project) > ours, timeout=30000)  # the helper's first
    assert window.external.check()
    wait_for_claims(qtbot, window)
    assert window.claims_panel.model.row_of(added) is not None


def test_the_analysis_neither_covers_nor_clears_another_status_message(qtbot, project):
    from annotator.ui import compare_hooks

    window = make_window(qtbot, project)
    bar = window.statusBar()
    compare_hooks._status(window, "Menganalisis kalimat…", 0)
    bar.showMessage("Changed by another program: reloaded; undo history cleared.", 15000)
    compare_hooks._status(window, "Menganalisis kalimat: 2 dari 3…", 0)  # progress waits
    assert bar.currentMessage().startswith("Changed by another program")
    compare_hooks._status(window, "", 0)  # the analysis ends
    assert bar.currentMessage().startswith("Changed by another program")
    bar.clearMessage()  # its seconds are over
    compare_hooks._status(window, "Menganalisis kalimat: 3 dari 3…", 0)
    assert bar.currentMessage() == "Menganalisis kalimat: 3 dari 3…"
    compare_hooks._status(window, "", 0)
    assert bar.currentMessage() == ""


def test_the_analysis_runner_is_made_by_its_first_run(qtbot, project):
    """Not with the window (its module and the helper's were 15 ms of the cold start, P1):
    the first run, START_DELAY_MS after the open, makes it; reading it earlier makes it too."""
    _many(3, project)
    window = make_window(qtbot, project)
    assert getattr(window, "_compare_runner", None) is None
    qtbot.waitUntil(lambda: getattr(window, "_compare_runner", None) is not None, timeout=10000)
    runner = window.compare_runner
    assert runner is window.compare_runner  # one runner
    qtbot.waitUntil(lambda: not runner.running and runner.path == project.path, timeout=60000)


def test_a_window_closed_before_the_first_run_starts_none(qtbot, project):
    _many(3, project)
    window = make_window(qtbot, project)
    window.close()
    qtbot.wait(2500)  # past START_DELAY_MS: its timer fired
    assert getattr(window, "_compare_runner", None) is None
