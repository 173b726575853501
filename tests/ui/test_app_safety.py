"""The safety pieces as the app uses them: one window per project, the backup offered for a damaged
file, automatic backups and File ▸ Restore, the window icon, smoke-test errors, and edits made by
another program showing up in the open window."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.core.model import Verdict
from annotator.project.demo import demo_path
from annotator.project import Project, writes
from annotator.store import backup
from annotator.ui import app as app_module
from annotator.ui.operations import files
from annotator.ui.main_window import MainWindow
from annotator.ui.recovery import restore_from_backup
from annotator.ui.single_instance import ProjectServer
from tests.conftest import claim_count, damage_pages
from tests.ui.workbench_support import (
    TEXT_A, TEXT_B, add_docs, make_window, settle, wait_for_claims,
)

REPO = Path(__file__).resolve().parents[2]


def _project_file(path: Path, n_claims: int = 3) -> Path:
    with Project.create(path, annotator="tester") as proj:
        (doc, _) = add_docs(proj, TEXT_A, TEXT_B)
        for i in range(n_claims):
            proj.add_claim(doc.id, i * 5, i * 5 + 4, Verdict.VERIFIED)
    return path


def _gui(*args: str, timeout: int = 90) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "annotator.cli", "gui", *args], env=env,
                          capture_output=True, text=True, timeout=timeout, cwd=str(REPO))


# ---------------------------------------------------------------------- 1. one window per project
def test_second_launch_hands_the_project_to_the_open_window(qtbot, tmp_path):
    path = _project_file(tmp_path / "one.annot")
    server = ProjectServer()
    assert server.listen(path)
    project = Project.open(path, annotator="tester")
    window = MainWindow(project, server)
    qtbot.addWidget(window)
    window.show()
    requested: list[str] = []
    server.open_requested.connect(requested.append)

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "annotator.cli", "gui", str(path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=str(REPO))
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=90_000)  # our loop answers it
    finally:
        if proc.poll() is None:
            proc.kill()
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert "already open in a window; brought it to the front" in out
    assert requested == [str(path.resolve())]
    assert window.project.path == path and window.project._conn is not None


def test_a_request_for_another_project_switches_and_moves_the_claim(qtbot, tmp_path):
    first = _project_file(tmp_path / "first.annot")
    second = _project_file(tmp_path / "second.annot", n_claims=1)
    server = ProjectServer()
    assert server.listen(first)
    window = MainWindow(Project.open(first, annotator="tester"), server)
    qtbot.addWidget(window)
    window.setEnabled(False)  # busy (a restore): the request raises the window, no more
    server.open_requested.emit(str(second.resolve()))
    assert window.project.path == first and "Finish what is open first" in \
        window.statusBar().currentMessage()
    window.setEnabled(True)
    server.open_requested.emit(str(second.resolve()))  # what a second `annotator second.annot` sends
    assert window.project.path.resolve() == second.resolve()
    assert server.project == second.resolve()
    free = ProjectServer()  # the first project's name was given up: another window may take it
    assert free.listen(first)
    free.close()
    # File ▸ Open of a project this window already owns simply reopens it
    assert files.open_project_file(window, second)
    assert server.listening and server.project == second.resolve()


def test_a_window_that_does_not_answer_keeps_its_project(qtbot, tmp_path, monkeypatch, capsys):
    path = _project_file(tmp_path / "held.annot")
    monkeypatch.setattr(ProjectServer, "listen", lambda self, project: False)
    assert app_module.run(path, smoke_test=True) == 2
    err = capsys.readouterr().err
    assert "open in another Annotator window" in err and "Traceback" not in err


def test_switching_to_a_project_held_elsewhere_is_refused_and_keeps_the_current_one(
        qtbot, tmp_path, monkeypatch):
    first = _project_file(tmp_path / "first.annot")
    other = _project_file(tmp_path / "other.annot")
    server = ProjectServer()
    assert server.listen(first)
    window = MainWindow(Project.open(first, annotator="tester"), server)
    qtbot.addWidget(window)
    real_listen = ProjectServer.listen
    monkeypatch.setattr(ProjectServer, "listen", lambda self, p: Path(p).resolve() != other.resolve()
                        and real_listen(self, p))
    shown = []
    monkeypatch.setattr(files, "show_error", lambda parent, title, exc: shown.append(str(exc)))
    assert not files.open_project_file(window, other)
    assert shown and "another Annotator window" in shown[0]
    assert window.project.path == first and window.project._conn is not None
    assert server.project == first.resolve()


# ---------------------------------------------------------------------- 2. damaged file on open
def _answer_next_message_box(qtbot, seen: list[str], key=Qt.Key.Key_Return) -> None:
    """Press a key in the next modal message box (Return: its default button)."""
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            QTest.keyClick(box, key)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_damaged_file_offers_the_backup_with_its_date_and_keeps_the_damaged_file(qtbot, tmp_path):
    path = _project_file(tmp_path / "p.annot", n_claims=4)
    offer = backup.make_backup(path)
    damage_pages(path)
    damaged = path.read_bytes()
    seen: list[str] = []
    _answer_next_message_box(qtbot, seen)  # Return: the default button restores
    project, note = app_module.open_first_project(path, False)
    try:
        assert seen and f"Restore the backup from {offer.label}?" in seen[0]
        assert note == f"Backup from {offer.label} restored (damaged file kept aside)."  # status bar
        assert project.path == path and project.claim_count() == 4
        aside = list(tmp_path.glob("p.annot.damaged-*"))
        assert [p for p in aside if p.read_bytes() == damaged]  # kept aside, untouched
    finally:
        project.close()


def test_declining_the_backup_leaves_the_file_and_says_how_to_restore_later(tmp_path, monkeypatch):
    path = _project_file(tmp_path / "p.annot")
    offer = backup.make_backup(path)
    damage_pages(path)
    damaged = path.read_bytes()
    monkeypatch.setattr("annotator.ui.recovery.ask_restore", lambda *a: False)
    shown = []
    monkeypatch.setattr("annotator.ui.dialogs.errors.show_error",
                        lambda parent, title, exc: shown.append(str(exc)))
    project = app_module.open_first_project(path, demo=False)[0]
    project.close()
    assert project.path == demo_path()  # falls back to the demo, as for any unopenable file
    assert shown and offer.label in shown[0] and "annotator restore" in shown[0]
    assert path.read_bytes() == damaged


# ---------------------------------------------------------------------- 3. automatic backups
def test_backups_on_open_after_editing_and_on_close(qtbot, tmp_path):
    path = _project_file(tmp_path / "p.annot")
    project = Project.open(path, annotator="tester")
    window = make_window(qtbot, project)
    qtbot.waitUntil(lambda: len(backup.list_backups(path)) == 1 and not window.backups.busy)
    doc_id = project.documents()[0].id
    window.backups.tick()
    assert not window.backups.busy  # nothing edited: no backup due

    window.backups.policy.interval_s = 0  # as if 30 minutes of editing had passed
    window.adapter.run("Tag", lambda: project.add_claim(doc_id, 40, 45, Verdict.DISPUTED))
    window.backups.tick()
    qtbot.waitUntil(lambda: len(backup.list_backups(path)) == 2 and not window.backups.busy)

    window.adapter.run("Tag", lambda: project.add_claim(doc_id, 50, 55, Verdict.UNVERIFIED))
    window.close()  # a last backup of the edits since
    newest = backup.list_backups(path)[0]
    assert len(backup.list_backups(path)) == 3
    with Project.open(newest.path, readonly=True) as copy:
        assert copy.claim_count() == project.claim_count()


def test_an_edit_during_a_backup_is_not_counted_as_backed_up(qtbot, tmp_path, monkeypatch):
    path = _project_file(tmp_path / "p.annot")
    project = Project.open(path, annotator="tester")
    window = make_window(qtbot, project)
    qtbot.waitUntil(lambda: not window.backups.busy)
    started, release = threading.Event(), threading.Event()
    real = backup.make_backup

    def slow(*args, **kwargs):
        started.set()
        release.wait(30)
        return real(*args, **kwargs)
    monkeypatch.setattr(backup, "make_backup", slow)
    policy = window.backups.policy
    policy.interval_s = 0
    doc_id = project.documents()[0].id
    window.adapter.run("Tag", lambda: project.add_claim(doc_id, 40, 45, Verdict.DISPUTED))
    window.backups.tick()
    assert started.wait(30)  # the backup's snapshot is being taken
    window.adapter.run("Tag", lambda: project.add_claim(doc_id, 50, 55, Verdict.DISPUTED))
    release.set()
    qtbot.waitUntil(lambda: not window.backups.busy)
    assert policy.due()  # the second edit still needs a backup (on close at the latest)


def test_a_failing_backup_is_shown_in_the_status_bar(qtbot, tmp_path, monkeypatch):
    def fail(*_a, **_k):
        raise backup.BackupError("the backup folder is read-only")
    path = _project_file(tmp_path / "p.annot")
    with pytest.MonkeyPatch.context() as patch:  # scoped: the private settings stay in place
        patch.setattr(backup, "make_backup", fail)
        window = make_window(qtbot, Project.open(path, annotator="tester"))
        qtbot.waitUntil(lambda: window.backup_label.text() == "Backup failed")
    assert "read-only" in window.backup_label.toolTip()
    window.backups.policy.note_edit()
    window.backups.policy.interval_s = 0
    window.backups.tick()
    qtbot.waitUntil(lambda: window.backup_label.text() == "")


def test_restore_from_backup_replaces_the_file_reversibly_and_reopens(qtbot, tmp_path, monkeypatch):
    path = _project_file(tmp_path / "p.annot", n_claims=2)
    project = Project.open(path, annotator="tester")
    window = make_window(qtbot, project)
    qtbot.waitUntil(lambda: len(backup.list_backups(path)) == 1 and not window.backups.busy)
    doc_id = project.documents()[0].id
    for i in range(3):
        window.adapter.run("Tag", lambda i=i: project.add_claim(doc_id, 60 + i, 62 + i, Verdict.VERIFIED))
    assert project.claim_count() == 5
    assert "Restore from &backup…" in [a.text() for a in window.menuBar().actions()[0].menu().actions()]

    settle()
    dock_height = window.claims_dock.height()
    restore_from_backup(window, choose=lambda w, backups: backups[-1])  # the 2-claim backup
    qtbot.waitUntil(lambda: window.isEnabled() and window.project is not project)
    settle()
    assert window.claims_dock.height() == dock_height  # reopening keeps the user's layout
    assert window.project.claim_count() == 2
    wait_for_claims(qtbot, window)
    assert window.claims_panel.model.rowCount() == 2
    assert f"Backup from {backup.list_backups(path)[-1].label} restored" in \
        window.statusBar().currentMessage()
    # reversible: the file it replaced (5 claims) is among the backups
    qtbot.waitUntil(lambda: not window.backups.busy)
    counts = [claim_count(b.path) for b in backup.list_backups(path)]
    assert 5 in counts and counts[0] == 2  # newest: the restored file, backed up on reopening


def test_restore_without_backups_says_so_and_changes_nothing(qtbot, tmp_path, monkeypatch):
    path = _project_file(tmp_path / "p.annot")
    window = make_window(qtbot, Project.open(path, annotator="tester"))
    qtbot.waitUntil(lambda: not window.backups.busy)
    for b in backup.list_backups(path):
        b.path.unlink()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    project = window.project
    restore_from_backup(window, choose=lambda w, backups: pytest.fail("nothing to choose"))
    assert told and "no backup of p.annot yet" in told[0]
    assert window.project is project and project._conn is not None and window.isEnabled()


def test_restore_is_refused_while_another_program_has_the_file_open(qtbot, tmp_path, monkeypatch):
    path = _project_file(tmp_path / "p.annot", n_claims=2)
    window = make_window(qtbot, Project.open(path, annotator="tester"))
    qtbot.waitUntil(lambda: len(backup.list_backups(path)) == 1 and not window.backups.busy)
    shown = []
    monkeypatch.setattr("annotator.ui.recovery.show_error",
                        lambda parent, title, exc: shown.append(str(exc)))
    other = Project.open(path)  # e.g. the CLI in the middle of a command
    try:
        restore_from_backup(window, choose=lambda w, backups: backups[0])
        qtbot.waitUntil(lambda: window.isEnabled() and bool(shown))
    finally:
        other.close()
    assert "close it before restoring" in shown[0]
    assert window.project._conn is not None and window.project.claim_count() == 2


# ---------------------------------------------------------------------- 4. icon and desktop id
def test_application_has_the_icon_and_desktop_id(qtbot):
    app = app_module.application()
    assert not app.windowIcon().isNull()
    assert app.desktopFileName() == "org.annotator.Annotator"


# ---------------------------------------------------------------------- 5. smoke test never waits
@pytest.mark.parametrize("kind", ["missing", "not_a_project", "damaged_with_backup"])
def test_smoke_test_on_a_bad_project_prints_the_error_and_exits_2(tmp_path, kind):
    path = tmp_path / "bad.annot"
    if kind == "not_a_project":
        path.write_bytes(b"not a project" * 100)
    elif kind == "damaged_with_backup":
        _project_file(path)
        backup.make_backup(path)
        damage_pages(path)
    proc = _gui(str(path), "--smoke-test")
    assert proc.returncode == 2, proc.stderr
    assert "bad.annot" in proc.stderr and "Traceback" not in proc.stderr
    if kind == "damaged_with_backup":
        assert "verified backup from" in proc.stderr
        assert not list(tmp_path.glob("bad.annot.damaged-*"))  # nothing restored unasked


# ---------------------------------------------------------------------- 6. edits by another program
def test_edits_by_another_connection_are_picked_up_and_undo_is_cleared(qtbot, project, tmp_path):
    a, b = add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    window.open_document(a.id)
    pane = window.panes.pane_showing(a.id)
    window.adapter.run("Tag", lambda: project.add_claim(a.id, 0, 6, Verdict.VERIFIED))
    settle()
    assert not window.external.check()  # our own edits are not news
    assert window.adapter.stack.canUndo()

    other = Project.open(project.path, annotator="cli")
    try:
        added = other.add_claim(a.id, 7, 11, Verdict.DISPUTED)
        cid = next(iter(added.claim_ids))
    finally:
        other.close()
    window.backups.drain()  # an idle policy, so `due` tells only whether edits were noted
    window.backups.attach(project)
    window.backups.policy.interval_s = 0
    assert not window.backups.policy.due()
    assert window.external.check()
    assert window.backups.policy.due()  # their edits are backed up like ours
    wait_for_claims(qtbot, window)
    assert window.claims_panel.model.row_of(cid) is not None
    assert cid in pane.view.index
    assert not window.adapter.stack.canUndo() and not project.can_undo
    assert "Changed by another program" in window.statusBar().currentMessage()
    assert not window.external.check()  # once per change

    with Project.open(project.path) as importer:  # our own import, on its own connection
        writes.count(importer)
        add_docs(importer, "Satu artikel lagi tentang banjir di pesisir.")
    assert not window.external.check()


def test_the_watcher_polls_on_its_own(qtbot, project):
    add_docs(project, TEXT_A)
    window = make_window(qtbot, project)
    assert window.external._timer.isActive()
    with Project.open(project.path) as other:
        add_docs(other, TEXT_B)
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2, timeout=10_000)
