"""Qt's undo stack in front of the project's own undo stack.

The project keeps the row images and does the real undo/redo (so it is testable without Qt);
QUndoStack gives the Edit menu, its labels and clean/dirty tracking. Each QUndoCommand does its
edit through the facade on the first redo() (QUndoStack.push calls it) and afterwards just asks
the project to redo or undo, so the two stacks move in step.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.errors import AnnotatorError
from ..project import Project, UNDO_LIMIT
from ..core.changes import ChangeSet
from .change_labels import change_label

ErrorHandler = Callable[[str, Exception], None]


class _Outcome:
    """What the first redo() produced; kept outside the command, which Qt may delete on push."""

    changeset: ChangeSet | None = None
    error: AnnotatorError | None = None
    failed: bool = False  # a later undo/redo could not be written


class ProjectCommand(QUndoCommand):
    def __init__(self, project: Project, label: str, edit: Callable[[], ChangeSet],
                 on_error: ErrorHandler, outcome: _Outcome, adapter: "UndoAdapter") -> None:
        super().__init__(label)
        self._project = project
        self._edit = edit
        self._on_error = on_error
        self._outcome = outcome
        self._adapter = adapter
        self._done = False

    def redo(self) -> None:
        if not self._done:
            self._done = True
            try:
                changeset = self._edit()
            except AnnotatorError as exc:
                self._outcome.error = exc
                self.setObsolete(True)  # QUndoStack drops an obsolete command after push
                return
            self._outcome.changeset = changeset
            if not changeset:
                self.setObsolete(True)  # nothing changed: nothing to undo
                return
            self.setText(change_label(changeset.label))
            return
        self._guard("Redo", self._project.redo)

    def undo(self) -> None:
        self._guard("Undo", self._project.undo)

    def _guard(self, what: str, fn: Callable[[], object]) -> None:
        self._adapter.doing = "Undone" if what == "Undo" else "Redone"
        try:
            fn()
        except AnnotatorError as exc:
            self._on_error(QCoreApplication.translate("Undo", "Undo failed") if what == "Undo"
                           else QCoreApplication.translate("Undo", "Redo failed"), exc)
            self._outcome.failed = True
        finally:
            self._adapter.doing = "Saved"


class UndoAdapter:
    """Runs every GUI edit; a failed edit is reported and leaves both stacks unchanged."""

    def __init__(self, project: Project, on_error: ErrorHandler, parent: QObject | None = None) -> None:
        self.project = project
        self.stack = QUndoStack(parent)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self._on_error = on_error
        #: What the change being made is, for the status bar: "Saved", "Undone" or "Redone"
        #: (the project notifies the same ChangeSet for an edit, its undo and its redo).
        self.doing = "Saved"

    def _on_resync_error(self, title: str, exc: Exception) -> None:
        """An undo or redo the project could not write leaves the two stacks out of step:
        forget Qt's history (after this call returns), keeping the project's. New edits then
        pair up again from the top, and the file stays as it was."""
        self._on_error(title, exc)
        QTimer.singleShot(0, self.stack.clear)

    def run(self, label: str, edit: Callable[[], ChangeSet]) -> ChangeSet | None:
        """The edit's ChangeSet, or None when it failed (already reported) or changed nothing."""
        outcome = _Outcome()
        label = change_label(label)
        self.stack.push(ProjectCommand(self.project, label, edit, self._on_resync_error, outcome,
                                       self))
        if outcome.error is not None:
            self._on_error(label, outcome.error)
            return None
        return outcome.changeset or None
