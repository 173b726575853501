"""Menus, toolbar and the context menu of the reading panes, and the File actions behind them."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QToolBar

from ..core.errors import AnnotatorError
from ..core.model import LinkKind, Verdict
from ..project import Project
from ..settings import Settings, default_annotator
from .dialogs.details_dialog import edit_details
from .dialogs.errors import show_error
from .palette import LINK_MARK, style, verdict_text
from .reading_pane import ReadingPane
from .span_index import Span

if TYPE_CHECKING:
    from .main_window import MainWindow

PROJECT_FILTER = "Annotator projects (*.annot);;All files (*)"
LINK_KEYS = {LinkKind.SAME_CLAIM: "Ctrl+Alt+1", LinkKind.SUPPORTS: "Ctrl+Alt+2",
             LinkKind.CONTRADICTS: "Ctrl+Alt+3"}


def _action(window: "MainWindow", text: str, slot, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work while menus are closed
    return action


def build_menus(w: "MainWindow") -> dict[str, QAction]:
    a: dict[str, QAction] = {}
    a["new"] = _action(w, "&New project…", lambda: new_project(w), QKeySequence.StandardKey.New)
    a["open"] = _action(w, "&Open project…", lambda: open_project_dialog(w), QKeySequence.StandardKey.Open)
    a["import"] = _action(w, "&Import articles…", lambda: import_articles(w), "Ctrl+I",
                          "Import text, Markdown, HTML … files (or drop them on the window)")
    a["export"] = _action(w, "&Export…", lambda: export_dataset(w), "Ctrl+E",
                          "Export the claims as a dataset (JSONL, CSV, W3C, …)")
    a["restore"] = _action(w, "Restore from &backup…", lambda: _restore(w), None,
                           "Put one of the automatic backups in place of this project's file")
    a["quit"] = _action(w, "&Quit", w.close, QKeySequence.StandardKey.Quit)
    a["undo"] = _action(w, "&Undo", w.adapter.stack.undo, QKeySequence.StandardKey.Undo)
    a["redo"] = _action(w, "&Redo", w.adapter.stack.redo, "Ctrl+Shift+Z")
    a["redo"].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    a["find"] = _action(w, "&Find in article…", lambda: _find(w), QKeySequence.StandardKey.Find)
    a["search"] = _action(w, "&Search project…", lambda: _search(w), "Ctrl+Shift+F")
    a["settings"] = _action(w, "Se&ttings…", lambda: _settings(w), QKeySequence.StandardKey.Preferences)
    for verdict in Verdict:
        s = style(verdict)
        a[verdict.value] = _action(w, f"Tag as {verdict_text(verdict)}",
                                   lambda v=verdict: w.tag(v), s.key,
                                   f"Tag the selected text as {s.label} (key {s.key}); "
                                   "on a selected claim, change its verdict")
        a[verdict.value].setIconText(f"{s.symbol} {s.label.capitalize()} [{s.key}]")
    a["delete"] = _action(w, "&Delete claim", w.delete_claim, QKeySequence.StandardKey.Delete)
    a["next"] = _action(w, "&Next claim", lambda: w.step_claim(+1), "Ctrl+.",
                        "Select the next claim in the active article")
    a["previous"] = _action(w, "&Previous claim", lambda: w.step_claim(-1), "Ctrl+,")
    for kind in LinkKind:
        a[f"link_{kind.value}"] = _action(
            w, f"Link as “{kind.label}”", lambda k=kind: w.link(k), LINK_KEYS[kind],
            "Link the selected claim to the claim selected in another pane")
        a[f"link_{kind.value}"].setIconText(f"{LINK_MARK} {kind.label}")
    a["add_pane"] = _action(w, "&Add pane", lambda: (w.panes.add_pane(), w._update_actions()),
                            "Ctrl+T", "Read another article side by side (up to 4)")
    a["add_pane"].setIconText("＋ Pane")
    a["close_pane"] = _action(w, "&Close pane", lambda: (w.panes.remove_pane(), w._update_actions()),
                              "Ctrl+W")
    a["close_pane"].setIconText("－ Pane")
    a["next_pane"] = _action(w, "&Next pane", lambda: _cycle_pane(w, +1), "F6",
                             "Move the keyboard focus to the next reading pane")
    a["previous_pane"] = _action(w, "Pre&vious pane", lambda: _cycle_pane(w, -1), "Shift+F6")
    a["sync"] = _action(w, "S&ynchronised scrolling", lambda: w.panes.set_sync_scrolling(
        a["sync"].isChecked()))
    a["sync"].setCheckable(True)
    a["about"] = _action(w, "&About Annotator", lambda: _about(w))
    a["demo"] = _action(w, "Open the &demo project", lambda: open_demo(w))

    bar = w.menuBar()
    file_menu = bar.addMenu("&File")
    for key in ("new", "open"):
        file_menu.addAction(a[key])
    w.recent_menu = file_menu.addMenu("Open &recent")
    w.recent_menu.aboutToShow.connect(lambda: _fill_recent(w))
    file_menu.addSeparator()
    file_menu.addAction(a["import"])
    file_menu.addAction(a["export"])
    file_menu.addSeparator()
    file_menu.addAction(a["restore"])
    file_menu.addSeparator()
    file_menu.addAction(a["quit"])
    edit_menu = bar.addMenu("&Edit")
    for key in ("undo", "redo", None, "find", "search", None, "settings"):
        edit_menu.addSeparator() if key is None else edit_menu.addAction(a[key])
    claim = bar.addMenu("&Claim")
    for key in [v.value for v in Verdict] + [None, "delete", "next", "previous", None] + \
            [f"link_{k.value}" for k in LinkKind]:
        claim.addSeparator() if key is None else claim.addAction(a[key])
    view = bar.addMenu("&View")
    for key in ("add_pane", "close_pane", "next_pane", "previous_pane", "sync"):
        view.addAction(a[key])
    view.addSeparator()
    for dock in (w.library_dock, w.inspector_dock, w.claims_dock, w.search_dock):
        view.addAction(dock.toggleViewAction())
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(a["demo"])
    help_menu.addAction(a["about"])

    tools = QToolBar("Tagging")
    tools.setObjectName("taggingToolbar")
    for key in ["add_pane", "close_pane", None] + [v.value for v in Verdict] + [None] + \
            [f"link_{k.value}" for k in LinkKind] + [None, "undo", "redo"]:
        tools.addSeparator() if key is None else tools.addAction(a[key])
    a["undo"].setIconText("↶ Undo")
    a["redo"].setIconText("↷ Redo")
    w.addToolBar(tools)
    return a


def claim_menu(w: "MainWindow", pane: ReadingPane, pos: QPoint, spans: list[Span]) -> None:
    """Right-click in a pane: tag the selection, or pick, retag, delete or link the claims here."""
    w.panes.set_active(pane)
    build_claim_menu(w, pane, spans).exec(pos)


def build_claim_menu(w: "MainWindow", pane: ReadingPane, spans: list[Span]) -> QMenu:
    menu = QMenu(w)
    if pane.view.selection_span() is not None:
        for verdict in Verdict:
            menu.addAction(w.actions_[verdict.value])
        menu.addSeparator()
    for span in spans:
        quote = pane.view.text[span.start:span.end]
        quote = quote if len(quote) <= 40 else quote[:39] + "…"
        sub = menu.addMenu(f"{style(span.verdict).symbol} “{quote}”")
        sub.addAction("Select", lambda cid=span.claim_id: w.select_claim(cid, pane))
        for verdict in Verdict:
            if verdict != span.verdict:
                sub.addAction(f"Retag as {verdict_text(verdict)}",
                              lambda cid=span.claim_id, v=verdict: w.retag(cid, v))
        sub.addAction("Delete", lambda cid=span.claim_id: (w.select_claim(cid, pane), w.delete_claim()))
        target = w.current_claim if w.current_claim and w.current_claim != span.claim_id else None
        if target:
            for kind in LinkKind:
                sub.addAction(f"Link to the selected claim as “{kind.label}”",
                              lambda cid=span.claim_id, k=kind, t=target: _link_pair(w, cid, t, k))
    if pane.view.textCursor().hasSelection():
        menu.addSeparator()
        menu.addAction("Copy", pane.view.copy)
    menu.addAction(w.actions_["find"])
    return menu


def library_menu(w: "MainWindow", pos: QPoint) -> None:
    """Right-click on an article in the library."""
    table = w.library.table
    index = table.indexAt(pos)
    if not index.isValid():
        return
    table.selectRow(index.row())
    doc_id = w.library.selected_doc_id()
    if doc_id:
        build_library_menu(w, doc_id).exec(table.viewport().mapToGlobal(pos))


def build_library_menu(w: "MainWindow", doc_id: str) -> QMenu:
    project = w.project
    menu = QMenu(w)
    menu.addAction("Open in the active pane", lambda: w.open_document(doc_id))
    new_pane = menu.addAction("Open in a new pane", lambda: _open_in_new_pane(w, doc_id))
    new_pane.setEnabled(len(w.panes.panes) < 4)
    menu.addSeparator()
    menu.addAction("Details…", lambda: edit_details(w, doc_id))
    menu.addAction("Set language…", lambda: _set_language(w, doc_id))
    menu.addAction("Export this article…", lambda: export_dataset(w, [doc_id]))
    menu.addSeparator()
    menu.addAction("Remove article (Ctrl+Z brings it back)",
                   lambda: w.adapter.run("Remove article", lambda: project.remove_document(doc_id)))
    return menu


def _open_in_new_pane(w: "MainWindow", doc_id: str) -> None:
    pane = w.panes.add_pane()
    if pane is not None:
        w.open_document(doc_id, pane)
        w.panes.set_active(pane)
        w._update_actions()


def _set_language(w: "MainWindow", doc_id: str) -> None:
    summary = w.library.model.summary(doc_id)
    current = summary.language_override if summary else ""
    detected = (summary.language or "none") if summary else "none"
    code, ok = QInputDialog.getText(
        w, "Set language", f"Language code (ISO 639-1, e.g. id, en, ar). Detected: {detected}.\n"
        "Leave empty to use the detected language.", text=current)
    if ok:
        project = w.project
        w.adapter.run("Set language", lambda: project.set_language(doc_id, code.strip()))


def _link_pair(w: "MainWindow", source: str, target: str, kind: LinkKind) -> None:
    w.current_claim = source
    w.link(kind, target)


def _cycle_pane(w: "MainWindow", step: int) -> None:
    panes = w.panes.panes
    current = panes.index(w.panes.active) if w.panes.active in panes else 0
    pane = panes[(current + step) % len(panes)]
    w.panes.set_active(pane)
    pane.view.setFocus()


def _find(w: "MainWindow") -> None:
    if w.panes.active is not None:
        w.panes.active.find_bar.open_bar()


def _search(w: "MainWindow") -> None:
    w.search_dock.show()
    w.search_dock.raise_()
    w.search_panel.focus_query()


# ---------------------------------------------------------------------- File actions
def open_project_file(w: "MainWindow", path: Path, *, create: bool = False) -> bool:
    """Switch the window to `path`. One window per project: a project another window has open
    is handed to that window instead, and this window claims the new project's name."""
    from .recovery import open_with_recovery
    from .single_instance import hand_over

    path = Path(path)
    server = w.server
    current = w.project.path.resolve() if w.project is not None else None
    if not create and path.resolve() == current:  # reopening would only clear the undo history
        w.statusBar().showMessage(f"{path.name} is the project open here.", 6000)
        return True
    if server is not None and not create and path.resolve() != current and hand_over(path):
        w.statusBar().showMessage(
            f"{path.name} is already open in another window; brought it to the front.", 8000)
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
        show_error(w, "Cannot open the project",
                   f"{path} is open in another Annotator window that does not answer; "
                   "close that window first")
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
        w.statusBar().showMessage(f"Finish what is open first, then open {Path(path).name}.", 15000)
        return
    open_project_file(w, Path(path))


def open_demo(w: "MainWindow") -> bool:
    from ..demo import ensure_demo

    return open_project_file(w, ensure_demo("demo"))


def _restore(w: "MainWindow") -> None:
    from .recovery import restore_from_backup

    restore_from_backup(w)


def new_project(w: "MainWindow") -> None:
    from .file_dialogs import save_file

    name = save_file(w, "New project", str(Path.home() / "claims.annot"), PROJECT_FILTER)
    if name:
        path = Path(name) if name.endswith(".annot") else Path(name + ".annot")
        if path.exists():
            show_error(w, "Cannot create the project",
                       f"{path} already exists; open it, or choose another name")
            return
        open_project_file(w, path, create=True)


def open_project_dialog(w: "MainWindow") -> None:
    from .file_dialogs import open_file

    name = open_file(w, "Open project", str(w.project.path.parent), PROJECT_FILTER)
    if name:
        open_project_file(w, Path(name))


def _fill_recent(w: "MainWindow") -> None:
    w.recent_menu.clear()
    recent = w.recent_projects()
    if not recent:
        w.recent_menu.addAction("(no recent projects)").setEnabled(False)
    for path in recent:
        w.recent_menu.addAction(f"{path.name} — {path.parent}",
                                lambda p=path: open_project_file(w, p))


def import_articles(w: "MainWindow", paths: list[Path] | None = None) -> None:
    from .dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(w.project.path, paths, w)
    project = w.project
    dialog.changes_made.connect(  # one undo step for the whole import, merges included
        lambda changes, label: w.adapter.run(label, lambda: project.adopt_changes(changes, label)))
    dialog.imported.connect(w.reload_library)
    dialog.imported.connect(lambda *_: w.backups.note_edit())
    with w.external.paused():  # the import writes through its own connection: not news
        dialog.exec()


def export_dataset(w: "MainWindow", doc_ids: list[str] | None = None) -> None:
    from .dialogs.export_dialog import ExportDialog

    ExportDialog(w.project.path, doc_ids, w).exec()


def _settings(w: "MainWindow") -> None:
    from .dialogs.settings_dialog import SettingsDialog

    if SettingsDialog(w).exec():
        w.project.annotator = default_annotator()


def _about(w: "MainWindow") -> None:
    from .dialogs.about_dialog import show_about

    show_about(w)
