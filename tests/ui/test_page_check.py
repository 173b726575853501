"""A large project opens while its page check goes on (ui/page_check.py); damage the check finds
afterwards takes the damaged-file path, as damage found at open does."""
from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from annotator.core.errors import DamagedProjectError
from annotator.core.model import Verdict
from annotator.project import Project
from annotator.project.demo import demo_path
from annotator.store import backup, early_check
from annotator.ui import page_check
from annotator.ui.recovery import open_with_recovery
from tests.conftest import make_document
from tests.ui.workbench_support import make_window

BIG_TEXT = " ".join(f"kata{i}" for i in range(40000))


def _project(path: Path) -> Path:
    with Project.create(path, annotator="tester") as proj:
        proj.add_documents([make_document("Pendek. " * 20, title="kecil"),
                            make_document(BIG_TEXT, title="besar")])
        small = next(d for d in proj.documents() if d.title == "kecil")
        proj.add_claim(small.id, 0, 7, Verdict.VERIFIED)
    return path


def _damage_tail(path: Path, pages: int = 8) -> None:
    """Overwrite the last pages (the big article's text), which opening the window does not
    read: only the page check can find this damage."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(size - pages * 4096, size, 4096):
            fh.seek(offset + 8)
            fh.write(b"\xde\xad\xbe\xef" * 64)


@pytest.fixture
def defer_all(monkeypatch):
    monkeypatch.setattr(early_check, "DEFER_CHECK_BYTES", 0)  # every file counts as large


@pytest.fixture
def held(monkeypatch):
    """The deferred check waits for `held.set()`, as a long one would."""
    gate = threading.Event()
    check = early_check.page_check

    def slow(conn, pragma):
        if pragma == "quick_check" and threading.current_thread().name == "annotator-page-check":
            gate.wait(10)
        return check(conn, pragma)

    monkeypatch.setattr(early_check, "page_check", slow)
    yield gate
    gate.set()


def test_a_small_file_is_checked_before_the_open_returns(tmp_path):
    path = _project(tmp_path / "p.annot")
    _damage_tail(path)
    with pytest.raises(DamagedProjectError):
        Project.open(path, defer_check=True)


def test_a_large_file_opens_and_its_check_reports_the_damage_afterwards(tmp_path, defer_all):
    path = _project(tmp_path / "p.annot")
    _damage_tail(path)
    with pytest.raises(DamagedProjectError):  # without deferring, the open refuses it
        Project.open(path)
    project = Project.open(path, defer_check=True)
    try:
        assert project.documents()[0].title == "kecil"  # usable meanwhile
        while project.checking:
            pass
        damage = project.check_damage()
        assert isinstance(damage, DamagedProjectError) and "is damaged" in str(damage)
        assert project.check_damage() is None  # reported once
    finally:
        project.close()


def test_a_sound_large_file_reports_nothing(tmp_path, defer_all):
    path = _project(tmp_path / "p.annot")
    project = Project.open(path, defer_check=True)
    try:
        while project.checking:
            pass
        assert project.check_damage() is None
    finally:
        project.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values")
def test_a_check_the_open_does_not_wait_for_runs_below_the_window(tmp_path, monkeypatch):
    """A small file's check is waited for (it keeps the window's priority); a large one's
    goes on while the window is built, below it in the OS's scheduler."""
    path = _project(tmp_path / "p.annot")
    seen = []
    check = early_check.page_check

    def recording(conn, pragma):
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return check(conn, pragma)

    monkeypatch.setattr(early_check, "page_check", recording)
    own = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    for deferred in (False, True):
        monkeypatch.setattr(early_check, "DEFER_CHECK_BYTES", 0 if deferred else 1 << 40)
        early_check.start_early_check(path)
        with Project.open(path, defer_check=True) as project:
            while project.checking:
                pass
    assert seen == [own, min(19, own + 10)]


def test_the_window_says_it_is_checking_then_offers_the_backup(qtbot, tmp_path, defer_all,
                                                              held, monkeypatch):
    path = _project(tmp_path / "p.annot")
    offer = backup.make_backup(path)
    _damage_tail(path)
    asked = []
    monkeypatch.setattr("annotator.ui.recovery.ask_restore",
                        lambda parent, p, o, problem: asked.append((o.label, problem)) or True)
    project, _note = open_with_recovery(path, None)
    window = make_window(qtbot, project)
    watch = window.findChild(page_check.PageCheckWatch)
    assert watch is not None and watch.message.startswith("Checking p.annot")  # said at start
    assert window.project is project  # usable while the check runs
    held.set()
    qtbot.waitUntil(lambda: window.project is not project, timeout=15000)
    assert asked and asked[0][0] == offer.label and "is damaged" in asked[0][1]
    assert project.closed and window.project.path == path
    assert window.project.claim_count() == 1  # the backup, in place of the damaged file
    assert list(tmp_path.glob("p.annot.damaged-*"))  # kept aside, untouched
    assert "restored" in window.statusBar().currentMessage()


def test_without_a_backup_the_window_says_why_and_opens_the_demo(qtbot, tmp_path, defer_all,
                                                                 monkeypatch):
    path = _project(tmp_path / "p.annot")
    _damage_tail(path)
    shown = []
    monkeypatch.setattr("annotator.ui.dialogs.errors.show_error",
                        lambda parent, title, exc: shown.append((title, str(exc))))
    project, _note = open_with_recovery(path, None)
    window = make_window(qtbot, project)
    qtbot.waitUntil(lambda: window.project is not project, timeout=15000)
    assert shown and shown[0][0] == "The project is damaged" and "is damaged" in shown[0][1]
    assert window.project.path == demo_path()


def test_a_sound_file_s_watch_ends_without_a_word(qtbot, tmp_path, defer_all, held):
    path = _project(tmp_path / "p.annot")
    project, _note = open_with_recovery(path, None)
    window = make_window(qtbot, project)
    watch = window.findChild(page_check.PageCheckWatch)
    held.set()
    qtbot.waitUntil(lambda: window.findChild(page_check.PageCheckWatch) is None, timeout=15000)
    assert watch is not None  # it was there while the check ran, and went without a word
    assert not window.statusBar().currentMessage().startswith("Checking")
    assert window.project is project
