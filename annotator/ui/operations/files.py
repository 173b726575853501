"""What switches, creates, restores, imports into or exports from the open project.

One window per project: opening a project another window has open hands it to that window.
The import and export run in dialogs with workers of their own (annotator.ui.dialogs).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from ...core.errors import AnnotatorError
from ...project import Project
from ...settings import Settings, default_annotator
from ..dialogs.errors import show_error
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from ..i18n import arg

if TYPE_CHECKING:
    from ..main_window import MainWindow

PROJECT_FILTER = QT_TRANSLATE_NOOP("Files", "Annotator projects (*.annot);;All files (*)")


def open_project_file(w: "MainWindow", path: Path, *, create: bool = False) -> bool:
    """Switch the window to `path`. One window per project: a project another window has open
    is handed to that window instead, and this window claims the new project's name."""
    from ..recovery import open_with_recovery
    from ..single_instance import hand_over

    path = Path(path)
    server = w.server
    current = w.project.path.resolve() if w.project is not None else None
    if not create and path.resolve() == current:  # reopening would only clear the undo history
        w.statusBar().showMessage(arg(QCoreApplication.translate("Files", "%1 is the project open here."), path.name), 6000)
        return True
    if server is not None and not create and path.resolve() != current and hand_over(path):
        w.statusBar().showMessage(
            arg(QCoreApplication.translate("Files", "%1 is already open in another window; brought it to the front."), path.name), 8000)
        return False
    note = ""
    try:
        if create:
            project = Project.create(path, annotator=default_annotator())
        else:
            project, note = open_with_recovery(path, w)
    except (AnnotatorError, OSError) as exc:
        show_error(w, "Cannot create the project" if create else "Cannot open the project", exc)
        return False
    if server is not None and not server.listen(path):
        project.close()
        if current is not None:
            server.listen(current)
        show_error(w, QCoreApplication.translate("Files", "Cannot open the project"),
                   arg(QCoreApplication.translate("Files", "%1 is open in another Annotator window that does not answer; close that window first"), path))
        return False
    settings = Settings.load()
    settings.add_recent(path)
    settings.save()
    w.set_project(project)
    if note:
        w.statusBar().showMessage(note, 15000)
    return True


def bring_to_front(w: "MainWindow", path: str) -> None:
    """Another launch asked for `path`: raise this window, switching project if it differs."""
    if w.isMinimized():
        w.showNormal()
    w.show()
    w.raise_()
    w.activateWindow()
    if w.project is None or Path(path).resolve() == w.project.path.resolve():
        return
    if QApplication.activeModalWidget() is not None or not w.isEnabled():
        # a dialog (an import, a restore) works on the current project: never swap it beneath
        w.statusBar().showMessage(arg(QCoreApplication.translate("Files", "Finish what is open first, then open %1."), Path(path).name), 15000)
        return
    open_project_file(w, Path(path))


def open_demo(w: "MainWindow") -> bool:
    from ...project.demo import ensure_demo

    return open_project_file(w, ensure_demo("demo"))


def restore(w: "MainWindow") -> None:
    from ..recovery import restore_from_backup

    restore_from_backup(w)


def new_project(w: "MainWindow") -> None:
    from ..file_dialogs import save_file

    name = save_file(w, QCoreApplication.translate("Files", "New project"),
                     str(w.project.path.parent / "claims.annot"),
                     QCoreApplication.translate("Files", PROJECT_FILTER))
    if name:
        path = Path(name) if name.endswith(".annot") else Path(name + ".annot")
        if path.exists():
            show_error(w, QCoreApplication.translate("Files", "Cannot create the project"),
                       arg(QCoreApplication.translate("Files", "%1 already exists; open it, or choose another name"), path))
            return
        open_project_file(w, path, create=True)


def open_project_dialog(w: "MainWindow") -> None:
    from ..file_dialogs import open_file

    name = open_file(w, QCoreApplication.translate("Files", "Open project"),
                     str(w.project.path.parent), QCoreApplication.translate("Files", PROJECT_FILTER))
    if name:
        open_project_file(w, Path(name))


def fill_recent(w: "MainWindow") -> None:
    w.recent_menu.clear()
    recent = w.recent_projects()
    if not recent:
        w.recent_menu.addAction(QCoreApplication.translate("Files", "(no recent projects)")).setEnabled(False)
    for path in recent:
        w.recent_menu.addAction(f"{path.name} — {path.parent}",
                                lambda p=path: open_project_file(w, p))


def import_articles(w: "MainWindow", paths: list[Path] | None = None) -> None:
    from ..dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(w.project.path, paths, w)
    project = w.project
    dialog.changes_made.connect(  # one undo step for the whole import, merges included
        lambda changes, label: w.adapter.run(label, lambda: project.adopt_changes(changes, label)))
    dialog.imported.connect(w.reload_library)
    dialog.imported.connect(lambda *_: w.backups.note_edit())
    dialog.exec()  # its writes count as the window's (project/writes.py): no reload for them


def export_dataset(w: "MainWindow", doc_ids: list[str] | None = None) -> None:
    from ..dialogs.export_dialog import ExportDialog

    ExportDialog(w.project.path, doc_ids, w).exec()
