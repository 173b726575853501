"""Article edits: language, details, removal."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from ...core.changes import ChangeSet
from ..undo import UndoAdapter
from PySide6.QtCore import QCoreApplication
from ..i18n import arg

if TYPE_CHECKING:
    from ..main_window import MainWindow


def set_language(adapter: UndoAdapter, doc_id: str, code: str) -> ChangeSet | None:
    project = adapter.project
    return adapter.run("Set language", lambda: project.set_language(doc_id, code.strip()))


def remove_document(adapter: UndoAdapter, doc_id: str) -> ChangeSet | None:
    project = adapter.project
    return adapter.run("Remove article", lambda: project.remove_document(doc_id))


def update_document(adapter: UndoAdapter, doc_id: str, changes: dict) -> ChangeSet | None:
    """Title, outlet, address, date, author, language (the details dialog)."""
    project = adapter.project
    return adapter.run("Edit article details",
                       lambda: project.update_document(doc_id, **changes))


def edit_details(w: MainWindow, doc_id: str):
    """Library ▸ Details… and the pane header: the dialog, window-modal and not blocking
    (open(), not exec()); OK saves the changes as one undo step."""
    from ..dialogs.details_dialog import DetailsDialog

    dialog = DetailsDialog(w.project.document(doc_id), w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: dialog.changes() and update_document(
        w.adapter, doc_id, dialog.changes()))
    dialog.open()
    return dialog


def ask_language(w: MainWindow, doc_id: str) -> ChangeSet | None:
    """Library ▸ Set language…: ask for a code, showing the detected one."""
    summary = w.library.model.summary(doc_id)
    current = summary.language_override if summary else ""
    detected = (summary.language or "none") if summary else "none"
    code, ok = QInputDialog.getText(
        w, QCoreApplication.translate("Documents", "Set language"), arg(QCoreApplication.translate("Documents", "Language code (ISO 639-1, e.g. id, en, ar). Detected: %1.\nLeave empty to use the detected language."), detected), text=current)
    return set_language(w.adapter, doc_id, code) if ok else None
