"""Start the desktop app: choose the project, build the window, run the event loop.

Which project opens: the one named on the command line; else the most recent one that still
exists; else the demo project, so a first-time user sees articles and claims at once.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..core.errors import AnnotatorError
from ..project import Project
from ..settings import Settings, default_annotator


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Annotator")
    app.setOrganizationName("Annotator")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def choose_project(project: Path | None, demo: bool) -> tuple[Path, bool]:
    """The project file to open and whether it is the demo."""
    from ..demo import ensure_demo  # imports the importers: only when the demo is needed

    if project is not None and not demo:
        return Path(project), False
    if not demo:
        for recent in Settings.load().recent_projects:
            if Path(recent).is_file():
                return Path(recent), False
    return ensure_demo("demo"), True


def open_first_project(project: Path | None, demo: bool, parent=None) -> Project:
    """Open the chosen project; when it cannot be opened, say why and fall back to the demo."""
    from .dialogs.errors import show_error

    path, is_demo = choose_project(project, demo)
    try:
        opened = Project.open(path, annotator=default_annotator())
    except (AnnotatorError, OSError) as exc:
        if is_demo:
            raise
        show_error(parent, "Cannot open the project", exc)
        from ..demo import ensure_demo

        path, is_demo = ensure_demo("demo"), True
        opened = Project.open(path, annotator=default_annotator())
    settings = Settings.load()
    if is_demo:
        settings.demo_opened = True
    else:
        settings.add_recent(path)
    settings.save()
    return opened


def run(project: Path | None = None, demo: bool = False, smoke_test: bool = False) -> int:
    app = application()
    from .dialogs.errors import show_error
    from .main_window import MainWindow

    try:
        opened = open_first_project(project, demo)
    except (AnnotatorError, OSError) as exc:
        if smoke_test:
            print(f"annotator: {exc}", file=sys.stderr)
            return 2
        show_error(None, "Cannot open a project", exc)
        return 2
    if not smoke_test:
        from .dialogs.settings_dialog import ensure_annotator_name

        opened.annotator = ensure_annotator_name(None) or opened.annotator
    window = MainWindow(opened)
    window.show()
    if smoke_test:
        app.processEvents()
        QTimer.singleShot(200, window.close)
        QTimer.singleShot(250, app.quit)
        code = app.exec()
        opened.close()
        return code
    code = app.exec()
    window.project.close()
    return code
