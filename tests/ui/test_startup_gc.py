"""The collector rests during the desktop app's start and comes back once the window has
painted (core/startup_gc.py, issue 18 P1): never left off, never turned on by a window the
launch did not pause it for."""
from __future__ import annotations

import gc

import pytest

from annotator.core import startup_gc
from annotator.ui.main_window import MainWindow
from tests.ui.workbench_support import TEXT_A, add_docs


@pytest.fixture
def collector():
    was = gc.isenabled()
    yield
    startup_gc._paused = False
    gc.unfreeze()
    gc.enable() if was else gc.disable()


def test_pause_then_resume_freezes_what_exists_and_collects_again(collector):
    gc.enable()
    startup_gc.pause()
    assert not gc.isenabled() and startup_gc.paused()
    frozen = gc.get_freeze_count()
    startup_gc.resume()
    assert gc.isenabled() and not startup_gc.paused()
    assert gc.get_freeze_count() > frozen
    startup_gc.resume()  # once only
    assert gc.isenabled()


def test_resume_without_a_pause_changes_nothing(collector):
    gc.disable()  # someone else's choice (a test, a profiler)
    startup_gc.resume()
    assert not gc.isenabled()
    startup_gc.pause()  # already off: nothing to undo later
    assert not startup_gc.paused()
    gc.enable()
    frozen = gc.get_freeze_count()
    startup_gc.resume()
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_the_window_turns_the_collector_back_on_after_its_first_paint(qtbot, project, collector):
    add_docs(project, TEXT_A)
    gc.enable()
    startup_gc.pause()  # as the launch does
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    assert not gc.isenabled()  # shown, not yet painted
    qtbot.waitExposed(window)
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    assert not startup_gc.paused()
