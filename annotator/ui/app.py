"""Start the desktop app: choose the project, build the window, run the event loop.

Which project opens: the one named on the command line; else the most recent one that still
exists; else the demo project, so a first-time user sees articles and claims at once.
One window per project file: if a window already has it open, this launch hands it over and
exits; a damaged file is offered its newest verified backup.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from . import pyside_checks

pyside_checks.install()  # before the window's hundred modules load (ui/pyside_checks.py)

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..core.errors import AnnotatorError, DamagedProjectError, ProjectLockedError
from ..project import Project
from ..project.demo import choose_project, ensure_demo
from ..resources import resource
from ..settings import Settings
from .single_instance import ProjectServer, hand_over
from PySide6.QtCore import QCoreApplication

#: The freedesktop id: packaging/org.annotator.Annotator.desktop, so the window gets its icon.
DESKTOP_ID = "org.annotator.Annotator"


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Annotator")
    app.setOrganizationName("Annotator")
    app.setWindowIcon(QIcon(str(resource("icons", "annotator.svg"))))
    app.setDesktopFileName(DESKTOP_ID)
    if not app.property("annotator_language"):  # once: tests build many windows on one app
        from .i18n import install

        app.setProperty("annotator_language", install(app, Settings.load().language))
    return app  # type: ignore[return-value]


def _open_claimed(path: Path, server: ProjectServer | None, parent, interactive: bool
                  ) -> tuple[Project, str]:
    """Claim `path` for this window (if there is a server), then open it, offering a backup
    when it is damaged (only when `interactive`)."""
    from .recovery import ask_restore, open_with_recovery

    if server is not None and not server.listen(path):
        raise ProjectLockedError(f"{path} is open in another Annotator window that does not "
                                 "answer; close that window first")
    try:
        return open_with_recovery(path, parent, ask=ask_restore if interactive else None)
    except BaseException:
        if server is not None:
            server.close()
        raise


def open_first_project(project: Path | None, demo: bool, parent=None, *,
                       server: ProjectServer | None = None, interactive: bool = True
                       ) -> tuple[Project, str]:
    """Open the chosen project, and a sentence for the status bar when a backup was restored;
    when it cannot be opened, say why and fall back to the demo (not when `interactive` is
    False, as in a smoke test: then the error is raised)."""
    from .dialogs.errors import show_error

    path, is_demo = choose_project(project, demo)
    try:
        opened, note = _open_claimed(path, server, parent, interactive)
    except (AnnotatorError, OSError) as exc:
        if is_demo or not interactive:
            raise
        show_error(parent, QCoreApplication.translate("App", "Cannot open the project"), exc)
        path, is_demo = ensure_demo("demo"), True
        opened, note = _open_claimed(path, server, parent, interactive)
    if not is_demo:  # the demo is what opens when there is nothing recent: not listed itself
        settings = Settings.load()
        listed = list(settings.recent_projects)
        settings.add_recent(path)
        if settings.recent_projects != listed:  # reopening the latest project changes nothing
            settings.save()
    return opened, note


def _window(opened: Project, server: ProjectServer, smoke_test: bool):
    """The main window on `opened`; damage its first reads find (a value no Annotator writes)
    takes the damaged-file path with the backup offer, as damage found by the open does."""
    from .main_window import MainWindow
    from .recovery import ask_restore, offer_backup

    try:
        return MainWindow(opened, server)
    except DamagedProjectError as exc:
        path = opened.path
        opened.close()
        restored, note = offer_backup(path, exc, None, ask=None if smoke_test else ask_restore)
        window = MainWindow(restored, server)
        window.setProperty("recovery_note", note)
        return window


def run(project: Path | None = None, demo: bool = False, smoke_test: bool = False) -> int:
    app = application()
    from .dialogs.errors import show_error

    try:
        path, is_demo = choose_project(project, demo)
        if hand_over(path):
            print(f"annotator: {path} is already open in a window; brought it to the front")
            return 0
        server = ProjectServer()
        opened, note = open_first_project(path, is_demo, server=server,
                                         interactive=not smoke_test)
    except (AnnotatorError, OSError) as exc:
        if smoke_test:  # no dialog: nobody is there to close it
            print(f"annotator: {exc}", file=sys.stderr)
            return 2
        show_error(None, QCoreApplication.translate("App", "Cannot open a project"), exc)
        return 2
    try:
        window = _window(opened, server, smoke_test)
    except AnnotatorError as exc:
        if smoke_test:
            print(f"annotator: {exc}", file=sys.stderr)
            return 2
        show_error(None, QCoreApplication.translate("App", "Cannot open a project"), exc)
        return 2
    note = window.property("recovery_note") or note
    window.show()
    if not smoke_test:
        # asked over the open window, so a first-time user sees the demo articles behind it
        QTimer.singleShot(0, window, lambda: _ask_name(window))
    if note:
        window.statusBar().showMessage(note, 15000)
    if smoke_test:
        app.processEvents()
        QTimer.singleShot(200, window.close)
        QTimer.singleShot(250, app.quit)
        code = app.exec()
        window.project.close()
        return code
    code = app.exec()
    window.project.close()
    return code


def _ask_name(window) -> None:  # a MainWindow
    from .dialogs.settings_dialog import ensure_annotator_name
    from .i18n import arg

    name = ensure_annotator_name(window, lambda user: window.statusBar().showMessage(
        arg(QCoreApplication.translate("App", "No name set: your claims are recorded as “%1”, the system user, until you set one in Edit ▸ Settings."), user or 'unknown'), 20000))
    if name and window.project is not None:
        window.project.annotator = name
