"""Opening a project of an older format: its backup and upgrade run in a worker, under a
dialog that says what is being done, before the window opens the file.

At 1,000,000 claims the verified backup and the upgrade (m006 builds four claim indexes) take
half a minute: done on the GUI thread, inside Project.open, they froze the window with no word
of what it was doing. The dialog is modal (the window waits, visibly) and cannot be closed: a
half-made backup or a migration cut short would only have to start again.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.errors import AnnotatorError, DamagedProjectError
from ..project import Project
from .i18n import arg
from .workers import run_task


class UpgradeDialog(QProgressDialog):
    """Busy while checking and backing up; a step count while upgrading."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upgradeDialog")
        self.path = path
        self.setWindowTitle(QCoreApplication.translate("Upgrade", "Upgrading the project"))
        self.setCancelButton(None)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(460)
        self.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                               else Qt.WindowModality.ApplicationModal)
        self.show_stage("check", 0, 1)

    def show_stage(self, stage: str, done: int, total: int) -> None:
        name = self.path.name
        if stage == "upgrade":
            self.setRange(0, max(total, 1))
            self.setValue(done)
            self.setLabelText(arg(QCoreApplication.translate(
                "Upgrade", "Upgrading %1 to this version's format: step %2 of %3…"),
                name, str(min(done + 1, total)), str(total)))
            return
        self.setRange(0, 0)  # busy: SQLite says nothing of how far a check or a copy is
        if stage == "backup":
            self.setLabelText(arg(QCoreApplication.translate(
                "Upgrade", "%1 is in an older format. Backing it up first (a verified copy "
                "of the file as it is)…"), name))
        else:
            self.setLabelText(arg(QCoreApplication.translate("Upgrade", "Checking %1…"), name))

    def reject(self) -> None:
        """Escape does not close it: the upgrade goes on until it is done."""

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        event.ignore()


def _upgrade(path: Path, control):
    """The worker's part. An AnnotatorError is handed back (not raised) so the GUI can raise
    it as it is: a damaged file takes the damaged-file path of the caller."""
    try:
        Project.upgrade(path, lambda stage, done, total:
                        control.progress(done, total, stage, force=True))
    except AnnotatorError as exc:
        return exc
    return None


def upgrade_first(path: Path, parent: QWidget | None = None) -> None:
    """If `path` (a project about to be opened for writing) is of an older format, back it up
    and upgrade it now, in a worker, the dialog up meanwhile. A file that is damaged is left
    for Project.open to find again (and to offer its backup); any other reason it could not
    be upgraded is raised, as opening it would."""
    try:
        if not Project.needs_upgrade(path):
            return
    except AnnotatorError:
        return  # not a sound project: Project.open says what it is
    dialog = UpgradeDialog(path, parent)
    loop = QEventLoop()
    outcome: list = []
    task = run_task(lambda control: _upgrade(path, control), None,
                    on_success=outcome.append, on_error=lambda s: outcome.append(
                        AnnotatorError(s)),
                    on_progress=lambda done, total, stage: dialog.show_stage(stage, done, total))
    task.done.connect(loop.quit)
    dialog.show()
    if task.running:
        loop.exec()
    dialog.hide()
    dialog.deleteLater()
    problem = outcome[0] if outcome else None
    if problem is not None and not isinstance(problem, DamagedProjectError):
        raise problem
