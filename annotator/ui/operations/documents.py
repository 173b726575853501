"""Article edits: language, details, removal."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from ...core.changes import ChangeSet
from ..undo import UndoAdapter

if TYPE_CHECKING:
    from ..main_window import MainWindow


def set_language(adapter: UndoAdapter, doc_id: str, code: str) -> ChangeSet | None:
    project = adapter.project
    return adapter.run("Set language", lambda: project.set_language(doc_id, code.strip()))


def remove_document(adapter: UndoAdapter, doc_id: str) -> ChangeSet | None:
    project = adapter.project
    return adapter.run("Remove article", lambda: project.remove_document(doc_id))


def ask_language(w: MainWindow, doc_id: str) -> ChangeSet | None:
    """Library ▸ Set language…: ask for a code, showing the detected one."""
    summary = w.library.model.summary(doc_id)
    current = summary.language_override if summary else ""
    detected = (summary.language or "none") if summary else "none"
    code, ok = QInputDialog.getText(
        w, "Set language", f"Language code (ISO 639-1, e.g. id, en, ar). Detected: {detected}.\n"
        "Leave empty to use the detected language.", text=current)
    return set_language(w.adapter, doc_id, code) if ok else None
