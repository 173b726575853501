"""Getting a project back: the offer of a backup when a file is damaged, and File ▸ Restore.

Both go through `annotator.project.files.restore`, which never overwrites anything: a damaged
file is moved aside untouched (NAME.damaged-STAMP), a sound one is backed up first, so every
restore can itself be undone by restoring again.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ..core.errors import AnnotatorError, DamagedProjectError
from ..project import Project
from ..settings import default_annotator
from ..project import files as backup
from .dialogs.errors import show_error
from .upgrade import upgrade_first
from .workers import run_task
from PySide6.QtCore import QCoreApplication
from .i18n import arg

if TYPE_CHECKING:  # the dialogs' classes are made when one is shown, not at start-up
    from PySide6.QtWidgets import QMessageBox

    from .main_window import MainWindow

#: Asked when a file is damaged and a verified backup exists: True restores it.
AskRestore = Callable[[QWidget | None, Path, backup.BackupInfo, str], bool]


def restore_prompt(parent: QWidget | None, path: Path, offer: backup.BackupInfo,
                   problem: str) -> QMessageBox:
    """The question, built apart from `ask_restore` so tests can inspect and answer it.

    "Restore" is the default: it loses nothing (the damaged file is moved aside, not
    overwritten), while "Don't restore" leaves the user with a file that cannot be opened.
    """
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "Damaged project"))
    box.setText(arg(QCoreApplication.translate("Recovery", "<b>%1 is damaged.</b><br><br>Restore the backup from %2?"), path.name, offer.label))
    box.setInformativeText(
        arg(QCoreApplication.translate("Recovery", "The damaged file is kept beside it as %1.damaged-…, untouched; edits made after %2 are only in that file."), path.name, offer.label))
    box.setDetailedText(problem)
    restore_button = box.addButton(QCoreApplication.translate("Recovery", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("Recovery", "Don't restore"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore_button)
    box.setEscapeButton(keep)
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 380px; }")
    return box


def ask_restore(parent: QWidget | None, path: Path, offer: backup.BackupInfo, problem: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = restore_prompt(parent, path, offer, problem)
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole


def open_with_recovery(path: Path, parent: QWidget | None = None, *,
                       ask: AskRestore | None = ask_restore) -> tuple[Project, str]:
    """Open `path`; if it is damaged and a verified backup exists, offer it (`ask=None`: never).

    Returns the project and a sentence for the status bar ("" when nothing was restored).
    Raises AnnotatorError with a sentence when the project cannot be opened.
    """
    path = Path(path)
    try:
        upgrade_first(path, parent)  # an older format: backed up and upgraded in a worker
        # a large file opens while its page check goes on (ui/page_check.py)
        return Project.open(path, annotator=default_annotator(), defer_check=True), ""
    except DamagedProjectError as exc:
        return offer_backup(path, exc, parent, ask=ask)


def offer_backup(path: Path, exc: DamagedProjectError, parent: QWidget | None = None, *,
                 ask: AskRestore | None = ask_restore) -> tuple[Project, str]:
    """The damaged-file path, also for damage found by a read after the open (a value no
    Annotator writes): offer the newest verified backup, restore it and open it, or raise
    DamagedProjectError saying what exists. The damaged project must be closed already."""
    offer = backup.newest_verified(path)
    if offer is None:
        raise exc
    if ask is None or not ask(parent, path, offer, str(exc)):
        raise DamagedProjectError(
            f"{exc}. A verified backup from {offer.label} exists: open the project again "
            f"and choose to restore it, or run `annotator restore {path}`") from None
    result = backup.restore(path, offer)
    upgrade_first(path, parent)  # a backup made before an upgrade is of the older format
    project = Project.open(path, annotator=default_annotator())
    if result.previous:
        return project, arg(QCoreApplication.translate(
            "Recovery", "Backup from %1 restored (damaged file kept aside)."), offer.label)
    return project, arg(QCoreApplication.translate("Recovery", "Backup from %1 restored."),
                        offer.label)


# ---------------------------------------------------------------------- File ▸ Restore from backup…
def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def choose_backup(w: "MainWindow", backups: list[backup.BackupInfo]) -> backup.BackupInfo | None:
    from PySide6.QtWidgets import QInputDialog

    items = [f"{b.label}  —  {_size(b.size)}" for b in backups]
    item, ok = QInputDialog.getItem(
        w, QCoreApplication.translate("Recovery", "Restore from backup"),
        arg(QCoreApplication.translate("Recovery", "Put a backup of %1 in place of the current file.\nThe current file is backed up first, so this can be undone the same way."), w.project.path.name),
        items, 0, False)
    return backups[items.index(item)] if ok and item in items else None


def release_project(w: "MainWindow") -> None:
    """Close the window's connection to its file (and stop everything that reads it);
    `w.set_project` must follow before the window is used again."""
    focus = w.focusWidget()
    if focus is not None:
        focus.clearFocus()  # commits a note or field being edited
    w.flush()
    w.external.detach()
    w.backups.drain()
    w.shutdown_search()
    w.bridge.detach()
    w.project.close()


def restore_from_backup(w: "MainWindow",
                        choose: Callable[["MainWindow", list], backup.BackupInfo | None] = choose_backup
                        ) -> None:
    from PySide6.QtWidgets import QMessageBox

    path = w.project.path
    backups = backup.list_backups(path)
    if not backups:
        QMessageBox.information(
            w, QCoreApplication.translate("Recovery", "No backups yet"), arg(QCoreApplication.translate("Recovery", "There is no backup of %1 yet. One is made when a changed project is opened, every 30 minutes of editing and when it is closed."), path.name))
        return
    chosen = choose(w, backups)
    if chosen is None:
        return
    release_project(w)  # restore refuses while any connection has the file open
    w.setEnabled(False)
    w.statusBar().showMessage(arg(QCoreApplication.translate("Recovery", "Restoring the backup from %1…"), chosen.label))

    def finished(message: str, error: str = "") -> None:
        w.setEnabled(True)
        try:
            project = Project.open(path, annotator=default_annotator())
        except AnnotatorError as exc:
            show_error(w, QCoreApplication.translate("Recovery", "Cannot reopen the project"), exc)
            from .operations.files import open_demo
            open_demo(w)
            return
        w.set_project(project)
        if error:
            show_error(w, QCoreApplication.translate("Recovery", "Cannot restore the backup"), error)
        else:
            w.statusBar().showMessage(message, 15000)

    run_task(lambda _control: backup.restore(path, chosen), w,
             on_success=lambda r: finished(
                 arg(QCoreApplication.translate("Recovery", "Backup from %1 restored (the "
                                                "replaced file is a backup now)."), chosen.label)),
             on_error=lambda msg: finished("", msg))
