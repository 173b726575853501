"""Menus, toolbar and context menus: they only wire actions to the window and to the GUI
operations (annotator.ui.operations), which do the work."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ..core.model import LinkKind, Verdict
from ..settings import default_annotator
from .operations import claims as claim_ops
from .operations import documents as document_ops
from .operations import files
from . import sentence_keys
from .pane_filter import add_filter_menu
from .palette import LINK_MARK, link_label, style, verdict_text
from .reading_pane import ReadingPane
from .span_index import Span
from .i18n import arg

if TYPE_CHECKING:
    from .main_window import MainWindow

LINK_KEYS = {LinkKind.SAME_CLAIM: "Ctrl+Alt+1", LinkKind.SUPPORTS: "Ctrl+Alt+2",
             LinkKind.CONTRADICTS: "Ctrl+Alt+3"}
STATISTICS_KEY = "Ctrl+Shift+G"  # G for graphs; no other action uses it
ADJUDICATION_KEY = "Ctrl+Shift+D"  # D for disagreements


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
    a["new"] = _action(w, QCoreApplication.translate("Menus", "&New project…"), lambda: files.new_project(w), QKeySequence.StandardKey.New)
    a["open"] = _action(w, QCoreApplication.translate("Menus", "&Open project…"), lambda: files.open_project_dialog(w), QKeySequence.StandardKey.Open)
    a["import"] = _action(w, QCoreApplication.translate("Menus", "&Import articles…"), lambda: files.import_articles(w), "Ctrl+I",
                          QCoreApplication.translate("Menus", "Import text, Markdown, HTML … files (or drop them on the window)"))
    a["export"] = _action(w, QCoreApplication.translate("Menus", "&Export…"), lambda: files.export_dataset(w), "Ctrl+E",
                          QCoreApplication.translate("Menus", "Export the claims as a dataset (JSONL, CSV, W3C, …)"))
    a["restore"] = _action(w, QCoreApplication.translate("Menus", "Restore from &backup…"), lambda: files.restore(w), None,
                           QCoreApplication.translate("Menus", "Put one of the automatic backups in place of this project's file"))
    a["quit"] = _action(w, QCoreApplication.translate("Menus", "&Quit"), w.close, QKeySequence.StandardKey.Quit)
    a["undo"] = _action(w, QCoreApplication.translate("Menus", "&Undo"), w.adapter.stack.undo, QKeySequence.StandardKey.Undo)
    a["redo"] = _action(w, QCoreApplication.translate("Menus", "&Redo"), w.adapter.stack.redo, "Ctrl+Shift+Z")
    a["redo"].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    a["find"] = _action(w, QCoreApplication.translate("Menus", "&Find in article…"), lambda: _find(w), QKeySequence.StandardKey.Find)
    a["search"] = _action(w, QCoreApplication.translate("Menus", "&Search project…"), lambda: _search(w), "Ctrl+Shift+F")
    a["settings"] = _action(w, QCoreApplication.translate("Menus", "Se&ttings…"), lambda: _settings(w), QKeySequence.StandardKey.Preferences)
    for verdict in Verdict:
        s = style(verdict)
        a[verdict.value] = _action(w, arg(QCoreApplication.translate("Menus", "Tag as %1"), verdict_text(verdict)),
                                   lambda v=verdict: w.tag(v), s.key,
                                   arg(QCoreApplication.translate("Menus", "Tag the selected text as %1 (key %2); on a selected claim, change its verdict"), s.label, s.key))
        a[verdict.value].setIconText(f"{s.symbol} {s.label.capitalize()} [{s.key}]")
    a["delete"] = _action(w, QCoreApplication.translate("Menus", "&Delete claim"), w.delete_claim, QKeySequence.StandardKey.Delete)
    a["next"] = _action(w, QCoreApplication.translate("Menus", "&Next claim"), lambda: w.step_claim(+1), "Ctrl+.",
                        QCoreApplication.translate("Menus", "Select the next claim in the active article"))
    a["previous"] = _action(w, QCoreApplication.translate("Menus", "&Previous claim"), lambda: w.step_claim(-1), "Ctrl+,")
    for key, text, slot, shortcut, tip in sentence_keys.actions(w):
        a[key] = _action(w, text, slot, shortcut, tip)
    for kind in LinkKind:
        a[f"link_{kind.value}"] = _action(
            w, arg(QCoreApplication.translate("Menus", "Link as “%1”"), link_label(kind)), lambda k=kind: w.link(k), LINK_KEYS[kind],
            QCoreApplication.translate("Menus", "Link the selected claim to the claim selected in another pane"))
        a[f"link_{kind.value}"].setIconText(f"{LINK_MARK} {link_label(kind)}")
    a["add_pane"] = _action(w, QCoreApplication.translate("Menus", "&Add pane"), lambda: _add_pane(w),
                            "Ctrl+T", QCoreApplication.translate("Menus", "Read another article side by side (up to 4)"))
    a["add_pane"].setIconText(QCoreApplication.translate("Menus", "＋ Pane"))
    a["close_pane"] = _action(w, QCoreApplication.translate("Menus", "&Close pane"), lambda: (w.panes.remove_pane(), w.update_actions()),
                              "Ctrl+W")
    a["close_pane"].setIconText(QCoreApplication.translate("Menus", "－ Pane"))
    a["next_pane"] = _action(w, QCoreApplication.translate("Menus", "&Next pane"), lambda: _cycle_pane(w, +1), "F6",
                             QCoreApplication.translate("Menus", "Move the keyboard focus to the next reading pane"))
    a["previous_pane"] = _action(w, QCoreApplication.translate("Menus", "Pre&vious pane"), lambda: _cycle_pane(w, -1), "Shift+F6")
    a["sync"] = _action(w, QCoreApplication.translate("Menus", "S&ynchronised scrolling"), lambda: w.panes.set_sync_scrolling(
        a["sync"].isChecked()))
    a["sync"].setCheckable(True)
    a["statistics"] = _action(
        w, QCoreApplication.translate("Menus", "S&tatistics…"), w.show_statistics, STATISTICS_KEY,
        QCoreApplication.translate("Menus", "Verdict counts per outlet, article, annotator and "
                                            "week, as charts"))
    a["adjudication"] = _action(
        w, QCoreApplication.translate("Menus", "A&djudication…"), lambda: _adjudication(w),
        ADJUDICATION_KEY, QCoreApplication.translate(
            "Menus", "Where annotators disagree, side by side; settle it into a gold layer"))
    a["shortcuts"] = _action(w, QCoreApplication.translate("Menus", "&Keyboard shortcuts"), lambda: _help(w, "shortcuts"), "?",
                             QCoreApplication.translate("Menus", "Every key of the menus (also: ? when not typing in a field)"))
    a["guide"] = _action(w, QCoreApplication.translate("Menus", "&User guide"), lambda: _help(w, "guide"),
                         QKeySequence.StandardKey.HelpContents)
    a["about"] = _action(w, QCoreApplication.translate("Menus", "&About Annotator"), lambda: _about(w))
    a["demo"] = _action(w, QCoreApplication.translate("Menus", "Open the &demo project"), lambda: files.open_demo(w))

    bar = w.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    for key in ("new", "open"):
        file_menu.addAction(a[key])
    w.recent_menu = file_menu.addMenu(QCoreApplication.translate("Menus", "Open &recent"))
    w.recent_menu.aboutToShow.connect(lambda: files.fill_recent(w))
    file_menu.addSeparator()
    file_menu.addAction(a["import"])
    file_menu.addAction(a["export"])
    file_menu.addSeparator()
    file_menu.addAction(a["restore"])
    file_menu.addSeparator()
    file_menu.addAction(a["quit"])
    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    for key in ("undo", "redo", None, "find", "search", None, "settings"):
        edit_menu.addSeparator() if key is None else edit_menu.addAction(a[key])
    claim = bar.addMenu(QCoreApplication.translate("Menus", "&Claim"))
    w.claim_menu = claim  # compare_hooks adds the match keys
    for key in [v.value for v in Verdict] + [None, "delete", "next", "previous"] + \
            list(sentence_keys.ACTIONS) + [None] + \
            [f"link_{k.value}" for k in LinkKind]:
        claim.addSeparator() if key is None else claim.addAction(a[key])
    view = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
    w.view_menu = view  # compare_hooks adds the check-worthy toggle
    for key in ("add_pane", "close_pane", "next_pane", "previous_pane", "sync"):
        view.addAction(a[key])
    view.addSeparator()
    view.addAction(a["statistics"])
    view.addAction(a["adjudication"])
    add_filter_menu(w, view)
    view.addSeparator()
    a["comparison"] = w.comparison_dock.toggleViewAction()  # its key: ui/comparison.py
    for dock in (w.library_dock, w.inspector_dock, w.claims_dock, w.search_dock, w.comparison_dock):
        view.addAction(dock.toggleViewAction())
    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    help_menu.addAction(a["guide"])
    help_menu.addAction(a["shortcuts"])
    help_menu.addSeparator()
    help_menu.addAction(a["demo"])
    help_menu.addAction(a["about"])

    tools = QToolBar(QCoreApplication.translate("Menus", "Tagging"))
    tools.setObjectName("taggingToolbar")
    for key in ["add_pane", "close_pane", None] + [v.value for v in Verdict] + [None] + \
            [f"link_{k.value}" for k in LinkKind] + [None, "undo", "redo"]:
        tools.addSeparator() if key is None else tools.addAction(a[key])
    a["undo"].setIconText(QCoreApplication.translate("Menus", "↶ Undo"))
    a["redo"].setIconText(QCoreApplication.translate("Menus", "↷ Redo"))
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
        sub.addAction(QCoreApplication.translate("Menus", "Select"), lambda cid=span.claim_id: w.select_claim(cid, pane))
        for verdict in Verdict:
            if verdict != span.verdict:
                sub.addAction(arg(QCoreApplication.translate("Menus", "Retag as %1"), verdict_text(verdict)),
                              lambda cid=span.claim_id, v=verdict: claim_ops.set_verdict(
                                  w.adapter, cid, v))
        sub.addAction(QCoreApplication.translate("Menus", "Delete"), lambda cid=span.claim_id: (w.select_claim(cid, pane), w.delete_claim()))
        target = w.current_claim if w.current_claim and w.current_claim != span.claim_id else None
        if target:
            for kind in LinkKind:
                sub.addAction(arg(QCoreApplication.translate("Menus", "Link to the selected claim as “%1”"), link_label(kind)),
                              lambda cid=span.claim_id, k=kind, t=target: _link_pair(w, cid, t, k))
    if pane.view.textCursor().hasSelection():
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("Menus", "Copy"), pane.view.copy)
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
    menu = QMenu(w)
    menu.addAction(QCoreApplication.translate("Menus", "Open in the active pane"), lambda: w.open_document(doc_id))
    new_pane = menu.addAction(QCoreApplication.translate("Menus", "Open in a new pane"), lambda: _open_in_new_pane(w, doc_id))
    new_pane.setEnabled(len(w.panes.panes) < 4)
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("Menus", "Details…"), lambda: document_ops.edit_details(w, doc_id))
    menu.addAction(QCoreApplication.translate("Menus", "Set language…"), lambda: document_ops.ask_language(w, doc_id))
    menu.addAction(QCoreApplication.translate("Menus", "Export this article…"), lambda: files.export_dataset(w, [doc_id]))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("Menus", "Remove article (Ctrl+Z brings it back)"),
                   lambda: document_ops.remove_document(w.adapter, doc_id))
    return menu


def _add_pane(w: "MainWindow"):
    """Ctrl+T: the new pane becomes the active one, so the next article opens in it."""
    pane = w.panes.add_pane()
    if pane is not None:
        w.panes.set_active(pane)
        pane.view.setFocus()
    w.update_actions()
    return pane


def _open_in_new_pane(w: "MainWindow", doc_id: str) -> None:
    pane = _add_pane(w)
    if pane is not None:
        w.open_document(doc_id, pane)


def _link_pair(w: "MainWindow", source: str, target: str, kind: LinkKind) -> None:
    if claim_ops.add_link(w.adapter, source, target, kind) is not None:
        w.statusBar().showMessage(arg(QCoreApplication.translate("Menus", "Linked: %1"), link_label(kind)), 3000)


def _cycle_pane(w: "MainWindow", step: int) -> None:
    panes = w.panes.panes
    current = panes.index(w.panes.active) if w.panes.active in panes else 0
    pane = panes[(current + step) % len(panes)]
    w.panes.set_active(pane)
    pane.view.setFocus()


def _help(w: "MainWindow", which: str) -> None:
    """Non-modal, so the user can keep it open beside the work; one of each at a time."""
    from .dialogs.help_dialogs import guide_dialog, shortcuts_dialog

    dialogs = w.__dict__.setdefault("help_dialogs", {})
    if which in dialogs:
        dialogs[which].close()
    dialogs[which] = (shortcuts_dialog if which == "shortcuts" else guide_dialog)(w)
    dialogs[which].show()


def _find(w: "MainWindow") -> None:
    if w.panes.active is not None:
        w.panes.active.find_bar.open_bar()


def _search(w: "MainWindow") -> None:
    w.search_dock.show()
    w.search_dock.raise_()
    w.search_panel.focus_query()


def _settings(w: "MainWindow") -> None:
    from .dialogs.settings_dialog import SettingsDialog

    if SettingsDialog(w).exec():
        w.project.annotator = default_annotator()


def _about(w: "MainWindow") -> None:
    from .dialogs.about_dialog import show_about

    show_about(w)


def _adjudication(w: "MainWindow") -> None:
    from .adjudication.window import show_adjudication  # built on first use

    show_adjudication(w)
