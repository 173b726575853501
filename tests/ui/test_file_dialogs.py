"""File dialogs must not read the open project: closing any descriptor of a file drops all of
this process's POSIX locks on it, SQLite's included (a CLI writer then deleted the WAL under
the window and edits were lost)."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from annotator.project import Project
from annotator.ui import file_dialogs
from tests.conftest import make_document

ANNOTATOR = Path(__file__).resolve().parents[2] / "annotator"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux")
                                or not os.path.exists("/proc/locks"),
                                reason="reads the kernel's lock table (/proc/locks)")


def _held(path: Path) -> set[str]:
    """Which of the project's files this process holds a lock on ("db", "shm")."""
    names = {os.stat(path).st_ino: "db", os.stat(f"{path}-shm").st_ino: "shm"}
    held = set()
    with open("/proc/locks") as table:
        for line in table:
            fields = line.split()
            if fields[4] == str(os.getpid()):
                inode = int(fields[5].split(":")[2])
                if inode in names:
                    held.add(names[inode])
    return held


@pytest.fixture
def open_project(tmp_path):
    path = tmp_path / "p.annot"
    with Project.create(path) as p:
        p.add_documents([make_document("Polisi menyebut sembilan orang meninggal dunia.")])
    project = Project.open(path)
    project.add_claim(project.documents()[0].id, 0, 6, "verified")  # a WAL and -shm in use
    yield project
    project.close()


def _show_for_a_while(dialog: QFileDialog) -> None:
    dialog.setViewMode(QFileDialog.ViewMode.Detail)  # the Type column too
    dialog.show()
    deadline = time.monotonic() + 1.5  # the file system model fills in a thread
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    dialog.close()


def test_the_lock_probe_sees_a_drop(open_project):
    path = open_project.path
    assert _held(path) == {"db", "shm"}
    with open(path, "rb") as fh:  # what a file dialog reading the file amounts to
        fh.read(16)
    assert _held(path) == {"shm"}  # the file's locks are gone; the -shm was not touched


def test_our_file_dialogs_leave_the_projects_locks_alone(qtbot, open_project):
    path = open_project.path
    assert _held(path) == {"db", "shm"}
    for name_filter in ("Annotator projects (*.annot)", "All files (*)"):
        dialog = file_dialogs._dialog(None, "Open", str(path.parent), name_filter)
        _show_for_a_while(dialog)
        dialog.deleteLater()
    assert _held(path) == {"db", "shm"}


def test_no_other_module_opens_a_qt_file_dialog():
    # (qt_texts.py names it only as the context of Qt's texts it translates: "QFileDialog")
    users = [p.relative_to(ANNOTATOR) for p in ANNOTATOR.rglob("*.py")
             if "QFileDialog" in p.read_text(encoding="utf-8").replace('"QFileDialog"', "")
             and p.name != "file_dialogs.py"]
    assert users == [], "use annotator.ui.file_dialogs, whose dialogs do not read the files"
