"""The workbench window: library, reading panes, inspector, claims table, search.

Every edit goes through `self.adapter` (QUndoStack in front of the project's own undo stack);
every change, whoever made it, comes back through the bridge as a ChangeSet and refreshes only
the rows and highlights it names. Nothing here writes SQL.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow

from ..core import startup_gc
from ..core.model import LinkKind
from ..project import Project
from ..settings import Settings
from ..core.changes import ChangeSet
from . import compare_hooks, comparison_dock, layout, page_check
from .auto_backup import BackupScheduler, show_backup_status
from .badges import counts_text, language_badge
from .bridge import ClaimState, ProjectBridge
from .claims_table import ClaimsPanel
from .dialogs.errors import show_error
from .editing import EditCommands
from .external_edits import ExternalEditWatcher, reload_after_external_edits
from .first_paint import AfterFirstPaint
from .inspector import ClaimInspector
from .library import LibraryPanel
from .menus import build_menus, claim_menu, library_menu
from .navigation import Navigation
from .operations import claims as claim_ops
from .operations import documents as document_ops
from .operations import files
from .palette import Legend
from .panes import PaneArea
from .plain_styles import set_text_colour
from .shortcut_priority import install_shortcut_priority
from .status_counts import ClaimCounts, claim_deltas
from .undo import UndoAdapter
from .wheel_guard import install_wheel_guard
from PySide6.QtCore import QCoreApplication
from .change_labels import change_label, doing_text
from .i18n import arg

if TYPE_CHECKING:  # QtNetwork is loaded only by a launch that serves the project
    from .compare_worker import AnalysisRunner
    from .comparison import ComparisonPanel
    from .dialogs.search_panel import SearchPanel
    from .single_instance import ProjectServer
    from .statistics.window import StatisticsWindow


PROJECT_SUFFIX = ".annot"


class MainWindow(Navigation, EditCommands, QMainWindow):
    def __init__(self, project: Project, server: ProjectServer | None = None) -> None:
        super().__init__()
        self._input_filters = False  # installed at the first show (showEvent)
        self.setObjectName("AnnotatorMainWindow")
        self.resize(1500, 900)
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AllowTabbedDocks
                            | QMainWindow.DockOption.AnimatedDocks)
        self.current_claim: str | None = None
        self.project: Project | None = None
        self._pending: list[tuple[ChangeSet, ClaimState]] = []
        self._selection_dirty = False
        self._saved_text = ""
        self._flush_timer = QTimer(self, singleShot=True, interval=0)
        self._flush_timer.timeout.connect(self.flush)
        self.library_dock = self._dock(QCoreApplication.translate("MainWindow", "Library"), "libraryDock", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector_dock = self._dock(QCoreApplication.translate("MainWindow", "Claim"), "inspectorDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.claims_dock = self._dock(QCoreApplication.translate("MainWindow", "Claims"), "claimsDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.search_dock = self._dock(QCoreApplication.translate("MainWindow", "Search"), "searchDock", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.library_dock, self.search_dock)
        self.library_dock.raise_()
        self._comparison: ComparisonPanel | None = None  # built when its dock is first shown
        self.comparison_dock = comparison_dock.install(self)  # the claim clusters
        self._search_panel: SearchPanel | None = None
        self.statistics: StatisticsWindow | None = None  # built on first View ▸ Statistics
        self.search_dock.visibilityChanged.connect(lambda shown: shown and self.search_panel)
        self.language_label = QLabel()
        self.counts_label = QLabel()
        self.saved_label = QLabel()
        for w in (self.language_label, self.counts_label, self.saved_label):
            self.statusBar().addPermanentWidget(w)
        # a normal widget, hidden while a message shows: as a permanent one it left messages
        # no room at 1024 px ("Changed by another program" was never seen)
        self.statusBar().addWidget(Legend())
        self.backup_label = QLabel()
        set_text_colour(self.backup_label, "#D55E00")
        self.statusBar().addPermanentWidget(self.backup_label)
        #: Owns the project's name for other launches (None in tests that do not need one).
        self.server = server
        if server is not None:
            server.setParent(self)
            server.open_requested.connect(lambda path: files.bring_to_front(self, path))
        self.backups = BackupScheduler(self)
        self.backups.status_changed.connect(lambda problem: show_backup_status(self, problem))
        self.external = ExternalEditWatcher(self)
        self.external.changed.connect(lambda: reload_after_external_edits(self))
        self.set_project(project)
        self.actions_ = build_menus(self)
        compare_hooks.build_actions(self)
        self.adapter.stack.indexChanged.connect(self._on_stack_index)
        layout.restore_window(self)
        self.update_actions()

    def showEvent(self, event) -> None:  # noqa: N802
        """The application's input filters (spin and combo boxes ignore a wheel unless
        focused; the menus' keys work from every text field) come once the window has first
        been painted (ui/first_paint.py), when input can first reach it. Installed earlier,
        every event of building, showing and painting it (4,300, each a call into Python)
        passed through them: a tenth of the start-up's work. The boxes polished meanwhile get
        the guard's focus policy then."""
        super().showEvent(event)
        if not self._input_filters:
            self._input_filters = True
            AfterFirstPaint(self, self._install_input_filters)

    def _install_input_filters(self) -> None:
        install_wheel_guard(self)
        install_shortcut_priority()
        self.claims_panel.model.release()  # held back until the first paint (ClaimsModel)
        self.backups.release()  # the backup on open, likewise (BackupScheduler.attach)
        startup_gc.resume()  # paused by the launch (core/startup_gc.py)

    def _on_stack_index(self, _index: int) -> None:
        self.update_actions()

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        self.addDockWidget(area, dock)
        return dock

    # ------------------------------------------------------------------ project
    def set_project(self, project: Project) -> None:
        """Show `project`; the previous one is closed (its edits are already saved)."""
        old = self.project
        docks = self.saveState()  # new dock widgets bring new size hints: keep the user's sizes
        if old is not None:
            self.external.detach()
            self.backups.detach()
            layout.save_layout(self)
            self.bridge.detach()
            self.shutdown_search()
            for dock in (self.library_dock, self.claims_dock, self.inspector_dock, self.search_dock):
                widget = dock.widget()
                if widget is not None:  # a dock does not delete the widget it is given instead
                    widget.hide()
                    widget.deleteLater()
        self.project = project
        self.current_claim = None
        self._pending = []
        self._selection_dirty = False
        self.bridge = ProjectBridge(project, self)
        self.bridge.changed.connect(self.on_changes)
        comparison_dock.attach(self)
        if hasattr(self, "adapter"):
            self.adapter.stack.clear()
            self.adapter.project = project
        else:
            self.adapter = UndoAdapter(project, self.show_edit_error, self)
        self.library = LibraryPanel(project)
        self.library.open_requested.connect(self.read_document)
        self.library.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.library.table.customContextMenuRequested.connect(lambda pos: library_menu(self, pos))
        self.library_dock.setWidget(self.library)
        if getattr(self, "claim_counts", None) is not None:
            self.claim_counts.deleteLater()
        self.claim_counts = ClaimCounts(project, self)  # the status bar's, read in a worker
        self.claim_counts.changed.connect(self._update_status)
        # before the first show, the claims' order is read once the window has painted
        self.claims_panel = ClaimsPanel(project, layout.claims_order(),
                                        documents=self.library.model.total,
                                        hold=not self._input_filters)
        self.claims_panel.claim_activated.connect(self.jump_to_claim)
        self.claims_panel.claim_selected.connect(self.select_claim)
        # the rows are read as painted: damage found in one is said, not raised in a paint
        self.claims_panel.model.load_failed.connect(lambda text: self.statusBar().showMessage(text, 20000))
        self.claims_dock.setWidget(self.claims_panel)
        self.inspector = ClaimInspector(project, self.library.model.title)
        self.inspector.verdict_requested.connect(self.retag)
        self.inspector.fields_changed.connect(
            lambda cid, values: claim_ops.update_claim(self.adapter, cid, values))
        self.inspector.evidence_added.connect(
            lambda cid, url: claim_ops.add_evidence(self.adapter, cid, url))
        self.inspector.evidence_removed.connect(
            lambda eid: claim_ops.remove_evidence(self.adapter, eid))
        self.inspector.link_followed.connect(self.follow_link)
        self.inspector.link_removed.connect(lambda lid: claim_ops.remove_link(self.adapter, lid))
        self.inspector_dock.setWidget(self.inspector)
        self._search_panel = None
        if self.search_dock.isVisible():
            self.search_panel  # noqa: B018 (builds it)
        self.panes = PaneArea(project)
        self.panes.claim_clicked.connect(lambda pane, cid: self.select_claim(cid, pane=pane))
        self.panes.menu_requested.connect(lambda pane, pos, spans: claim_menu(self, pane, pos, spans))
        self.panes.active_changed.connect(lambda _p: self._update_status())
        self.panes.panes_changed.connect(self._update_status)
        self.panes.details_requested.connect(lambda doc_id: document_ops.edit_details(self, doc_id))
        self.setCentralWidget(self.panes)
        if old is not None:
            old.close()
        self.setWindowTitle(arg(QCoreApplication.translate("MainWindow", "%1 — Annotator"), project.name))
        if self.statistics is not None:
            self.statistics.set_project(project)
        if getattr(self, "adjudication", None) is not None and self.adjudication.project:
            self.adjudication.set_project(project)  # View ▸ Adjudication (ui/adjudication)
        layout.restore_panes(self)
        if old is not None:
            # Qt removes the old panels from the dock layout in queued calls: until they have
            # run, restored sizes give way to the new (empty) panels' hints, and an empty
            # project's docks would take the panes' room
            QApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
            self.restoreState(docks)
        self.saved_label.setText(QCoreApplication.translate("MainWindow", "All changes saved"))
        self.backups.attach(project, hold=not self._input_filters)  # the first: after painting
        self.external.attach(project)
        compare_hooks.attach(self)
        self._update_status()
        page_check.watch(self, project)  # a large file's check, if still running

    @property
    def compare_runner(self) -> AnalysisRunner:
        """The background analysis (ui/compare_hooks.py), made at its first use."""
        return compare_hooks.runner(self)

    @property
    def comparison(self) -> ComparisonPanel:
        """The Comparison dock's panel, built at the first use (ui/comparison_dock.py)."""
        return comparison_dock.panel(self)

    @property
    def search_panel(self) -> SearchPanel:
        """Built when the Search tab is first shown: it sits behind the library at start, and
        its module, Qt classes and search thread would otherwise delay the first paint."""
        if self._search_panel is None:
            from .dialogs.search_panel import SearchPanel

            self._search_panel = SearchPanel(self.project.path)
            self._search_panel.open_requested.connect(self.open_search_hit)
            self.search_dock.setWidget(self._search_panel)
        return self._search_panel

    def show_statistics(self) -> "StatisticsWindow":
        """View ▸ Statistics: built on first use, so its module and pyqtgraph (a 300 ms import)
        never delay the start."""
        if self.statistics is None:
            from .statistics.window import StatisticsWindow

            self.statistics = StatisticsWindow(self.project, self)
        self.statistics.show()
        self.statistics.raise_()
        self.statistics.activateWindow()
        return self.statistics

    def shutdown_search(self) -> None:
        """Stop the search thread, if the panel was ever built."""
        if self._search_panel is not None:
            self._search_panel.shutdown()

    def reload_library(self, _new_ids: list | None = None) -> None:
        """After an import (done on another connection): re-read documents and claims, and the
        open articles' claims too (an Annotator export may add claims to them)."""
        self.library.model.reload()
        self.claims_panel.refresh_documents()
        self.claims_panel.model.reload()
        self.claim_counts.reload()
        self.panes.reload_documents()
        if self._comparison is not None:
            self._comparison.schedule()
        compare_hooks.analyse(self)
        self._update_status()
        if self.statistics is not None:
            self.statistics.schedule_refresh()

    # ------------------------------------------------------------------ changes
    def on_changes(self, cs: ChangeSet) -> None:
        """The panes follow at once (that is where the user looks after pressing a key); the
        docks follow in the next turn of the event loop, so a keypress repaints its highlight
        without waiting for tables and the inspector (see `flush`)."""
        state = ClaimState.read(self.project, cs)
        self.panes.apply_changes(cs, state)
        self._pending.append((cs, state))
        # "Saved: …", "Undone: …" or "Redone: …"
        self._saved_text = arg(QCoreApplication.translate("MainWindow", "%1: %2"),
                               doing_text(self.adapter.doing), change_label(cs.label))
        self._flush_timer.start()
        if self.statistics is not None:
            self.statistics.schedule_refresh()

    def flush(self) -> None:
        """Bring the docks and the status bar up to date with every change so far."""
        self._flush_timer.stop()
        pending, self._pending = self._pending, []
        for cs, state in pending:
            self._apply_to_docks(cs, state)
        if self._selection_dirty:
            self._selection_dirty = False
            self.inspector.show_claim(self.current_claim)
            self.claims_panel.select_claim(self.current_claim)
            self.update_actions()

    def _apply_to_docks(self, cs: ChangeSet, state: ClaimState) -> None:
        self.claims_panel.model.refresh(state)
        deltas = claim_deltas(cs, state)
        self.claim_counts.apply(deltas)
        reread = cs.ids("documents")
        if reread:  # re-read from the file, counts included
            self.library.model.refresh(reread)
            self.claims_panel.refresh_documents()
        self.library.model.adjust_counts([d for d in deltas if d[0] not in reread])
        if self.current_claim in cs.claim_ids or self.inspector.claim is not None \
                and self.inspector.claim.id in cs.claim_ids:
            self.inspector.show_claim(self.current_claim)
            if self.inspector.claim is None:
                self.current_claim = None
        self.saved_label.setText(self._saved_text)
        self.saved_label.setStyleSheet("")
        self._update_status()

    def show_edit_error(self, title: str, exc: Exception) -> None:
        self.saved_label.setText(QCoreApplication.translate("MainWindow", "Not saved"))
        self.saved_label.setStyleSheet("color: #D55E00; font-weight: bold;")
        show_error(self, title, exc)

    def _update_status(self) -> None:
        pane = self.panes.active
        doc = pane.document if pane is not None else None
        if doc is None:
            self.language_label.setText("")
        else:
            lang = language_badge(doc.effective_language)
            self.language_label.setText(arg(QCoreApplication.translate("MainWindow", "Language: %1"), lang))
        totals = self.claim_counts.totals
        if totals is None:
            self.counts_label.setText(arg(QCoreApplication.translate("MainWindow", "%1 articles · counting claims…"), self.library.model.total))
        else:
            self.counts_label.setText(
                arg(QCoreApplication.translate("MainWindow", "%1 articles · claims %2"), self.library.model.total, counts_text(totals)))
        if hasattr(self, "actions_"):
            self.update_actions()

    def update_actions(self) -> None:
        a = self.actions_
        a["undo"].setEnabled(self.adapter.stack.canUndo())
        a["redo"].setEnabled(self.adapter.stack.canRedo())
        a["undo"].setText(arg(QCoreApplication.translate("MainWindow", "&Undo %1"), self.adapter.stack.undoText()).rstrip())
        a["redo"].setText(arg(QCoreApplication.translate("MainWindow", "&Redo %1"), self.adapter.stack.redoText()).rstrip())
        a["add_pane"].setEnabled(len(self.panes.panes) < 4)
        a["close_pane"].setEnabled(len(self.panes.panes) > 1)
        target = self.link_target()
        for kind in LinkKind:
            a[f"link_{kind.value}"].setEnabled(bool(self.current_claim and target))

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        """Articles are imported; a project file (.annot) is opened instead."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        projects = [p for p in paths if p.suffix.lower() == PROJECT_SUFFIX]
        if projects:  # one project; articles dropped with it would have no clear destination
            if files.open_project_file(self, projects[0]) and len(paths) > 1:
                self.statusBar().showMessage(
                    arg(QCoreApplication.translate("MainWindow", "Opened %1; the other dropped files were not used (drop articles on their own to import them)."), projects[0].name), 10000)
            return
        files.import_articles(self, paths)

    # ------------------------------------------------------------------ layout
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Edits are saved as they are made: closing never asks."""
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # commits a note or field being edited
        self.flush()  # nothing may run against the project after it is closed
        layout.save_layout(self)
        self.shutdown_search()
        if self._comparison is not None:
            self._comparison.cancel()
        compare_hooks.shutdown(self)
        self.bridge.detach()
        self.external.detach()
        self.backups.drain()  # the last backup, before the process may end
        event.accept()

    def recent_projects(self) -> list[Path]:
        return [Path(p) for p in Settings.load().recent_projects if Path(p).exists()]
