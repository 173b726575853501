"""File ▸ Import: pick files and folders, import them in the background, report every file.

The import runs the facade's import_paths (annotator.project.imports) in a worker thread on its own Project, so
the window keeps painting. Cancel stops the file being read (its reader polls the flag) or waits
for the current file's write: each file is imported in one transaction, so nothing is ever
half-imported. The result lists each file as imported, duplicate or failed,
with the reason.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QProgressBar, QPushButton, QStyle, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)

from ...project.imports import (
    ImportReport, Outcome, import_paths, supported_extensions,
)
from ...settings import Settings, default_annotator
from ..file_dialogs import existing_folder, open_files
from ..workers import Control, Task, open_project
from .running import CancelOnClose
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from ..i18n import arg
from .import_report import describe, html_text, summary_html, undo_label, wrapped_tooltip

#: shown translated (context "ImportDialog")
OUTCOME_TEXT = {Outcome.IMPORTED: QT_TRANSLATE_NOOP("ImportDialog", "Imported"),
                Outcome.DUPLICATE: QT_TRANSLATE_NOOP("ImportDialog", "Duplicate"),
                Outcome.FAILED: QT_TRANSLATE_NOOP("ImportDialog", "Failed")}
OUTCOME_ICON = {Outcome.IMPORTED: QStyle.StandardPixmap.SP_DialogApplyButton,
                Outcome.DUPLICATE: QStyle.StandardPixmap.SP_MessageBoxInformation,
                Outcome.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical}


#: Result order in the list: what needs attention first.
OUTCOME_RANK = {Outcome.FAILED: 0, Outcome.DUPLICATE: 1, Outcome.IMPORTED: 2}


class _ResultItem(QTreeWidgetItem):
    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        if column == 0:
            mine = (self.data(0, Qt.ItemDataRole.UserRole + 1), self.text(1))
            theirs = (other.data(0, Qt.ItemDataRole.UserRole + 1), other.text(1))
            return mine < theirs
        return self.text(column).lower() < other.text(column).lower()


def file_filter() -> str:
    patterns = " ".join(f"*{ext}" for ext in supported_extensions())
    return arg(QCoreApplication.translate("ImportDialog", "Articles (%1);;All files (*)"), patterns)


class ImportDialog(CancelOnClose, QDialog):
    """Import articles into the project at `project_path`.

    With `paths` (drag-and-drop onto the main window) the import starts at once. `imported`
    carries the ids of the new documents when the run ends (also after Cancel), so the main
    window can reload its library.
    """

    imported = Signal(list)
    #: What the import wrote (its ChangeSets, on the worker's connection), when it wrote
    #: anything: the window makes it one undo step (see `undo_label`).
    changes_made = Signal(list, str)

    def __init__(self, project_path: Path, paths: list[Path] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_path = Path(project_path)
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import articles"))
        self.setAcceptDrops(True)
        self.task: Task | None = None
        self.report: ImportReport | None = None
        self.error: str = ""
        self._total = 0
        self._close_when_done = False
        self.max_mb = Settings.load().max_import_mb

        # --- choosing files
        self.queue_box = QWidget()
        intro = QLabel(QCoreApplication.translate(
    "ImportDialog", "Add article files or folders (folders are searched, with their "
                       "subfolders, for supported files). You can also drop them here."))
        intro.setWordWrap(True)
        self.queue = QListWidget()
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.queue.setAlternatingRowColors(True)
        self.add_files_button = QPushButton(QCoreApplication.translate("ImportDialog", "Add &files…"))
        self.add_folder_button = QPushButton(QCoreApplication.translate("ImportDialog", "Add f&older…"))
        self.remove_button = QPushButton(QCoreApplication.translate("ImportDialog", "&Remove"))
        for b in (self.add_files_button, self.add_folder_button, self.remove_button):
            b.setAutoDefault(False)
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        side = QVBoxLayout()
        for b in (self.add_files_button, self.add_folder_button, self.remove_button):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.queue, 1)
        row.addLayout(side)
        exts = ", ".join(supported_extensions())
        self.limits_label = QLabel(arg(QCoreApplication.translate("ImportDialog", "Supported: %1. Files over %2 MB are refused (change the limit in Settings)."), exts, self.max_mb))
        self.limits_label.setWordWrap(True)
        qlay = QVBoxLayout(self.queue_box)
        qlay.setContentsMargins(0, 0, 0, 0)
        qlay.addWidget(intro)
        qlay.addLayout(row, 1)
        qlay.addWidget(self.limits_label)
        self.queue.installEventFilter(self)  # Delete / Backspace remove the selected entries

        # --- progress
        self.status_label = QLabel("")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setVisible(False)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(False)

        # --- results
        self.summary_label = QLabel("")
        self.summary_label.setWordWrap(True)
        self.results = QTreeWidget()
        self.results.setHeaderLabels([QCoreApplication.translate("ImportDialog", "Result"), QCoreApplication.translate("ImportDialog", "File"), QCoreApplication.translate("ImportDialog", "Details")])
        self.results.setRootIsDecorated(False)
        self.results.setAlternatingRowColors(True)
        self.results.setSortingEnabled(True)
        self.results.setWordWrap(True)
        header = self.results.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.results.setColumnWidth(1, 220)
        self.results.setVisible(False)

        # --- buttons
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(QCoreApplication.translate("ImportDialog", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setVisible(False)
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.import_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.queue_box, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 460)

        self._update_buttons()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_for_quit)
        if paths:
            self.add_paths(paths)
            self.start()

    # ------------------------------------------------------------------ choosing
    def add_paths(self, paths: list[Path]) -> None:
        present = {self.queue.item(i).text() for i in range(self.queue.count())}
        for p in paths:
            text = str(Path(p))
            if text not in present:
                self.queue.addItem(text)
                present.add(text)
        self._update_buttons()

    def queued_paths(self) -> list[Path]:
        return [Path(self.queue.item(i).text()) for i in range(self.queue.count())]

    def choose_files(self) -> None:
        files = open_files(self, QCoreApplication.translate("ImportDialog", "Add article files"), str(self.project_path.parent),
                           file_filter())
        self.add_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = existing_folder(self, QCoreApplication.translate("ImportDialog", "Add a folder of articles"), str(self.project_path.parent))
        if folder:
            self.add_paths([Path(folder)])

    def remove_selected(self) -> None:
        for item in self.queue.selectedItems():
            self.queue.takeItem(self.queue.row(item))
        self._update_buttons()

    def eventFilter(self, obj, event) -> bool:
        if (obj is self.queue and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.remove_selected()
            return True
        return super().eventFilter(obj, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.task is None and self.report is None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_paths(paths)
        event.acceptProposedAction()

    # ------------------------------------------------------------------ running
    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def start(self) -> None:
        paths = self.queued_paths()
        if not paths or self.running or self.report is not None:
            return
        max_bytes = self.max_mb * 1024 * 1024
        project_path = self.project_path
        annotator = default_annotator()

        def work(control: Control) -> ImportReport:
            with open_project(project_path, annotator=annotator) as project:
                return import_paths(
                    project, paths, max_bytes=max_bytes,
                    progress=lambda done, total, path: control.progress(done, total, path.name),
                    cancelled=control.cancelled, collect_changes=True,
                    isolate_readers=True,  # a big page's reader must not stall the window
                )

        self.task = Task(work, self)
        self.task.progress.connect(self._on_progress)
        self.task.succeeded.connect(self._on_report)
        self.task.failed.connect(self._on_failed)
        self.task.done.connect(self._on_done)
        self.queue_box.setEnabled(False)
        self.setAcceptDrops(False)
        self.progress_bar.setVisible(True)
        self.status_label.setText(QCoreApplication.translate("ImportDialog", "Looking for articles…"))
        self.status_label.setVisible(True)
        self.task.start()
        self._update_buttons()

    def cancel(self) -> None:
        if self.running and not self.task.cancel_requested:
            self.task.cancel()
            self.status_label.setText(QCoreApplication.translate("ImportDialog", "Cancelling…"))
            self._update_buttons()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self._total = total
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if done < total:
            self.status_label.setText(arg(QCoreApplication.translate("ImportDialog", "Importing %1 of %2: %3"), done + 1, total, name))

    def _on_report(self, report: ImportReport) -> None:
        self.report = report

    def _on_failed(self, message: str) -> None:
        self.error = message

    def _on_done(self) -> None:
        self.progress_bar.setVisible(False)
        self.status_label.setVisible(False)
        self.queue_box.setVisible(False)
        if self.report is None:
            self.status_label.setText("")
            self.summary_label.setText(arg(QCoreApplication.translate("ImportDialog", "<b>The import could not run.</b> %1"), html_text(self.error)))
            self.report = ImportReport()
        else:
            self.status_label.setText("")
            self._show_report(self.report)
        self._update_buttons()
        self.close_button.setFocus()
        if self.report.changes:
            self.changes_made.emit(self.report.changes, undo_label(self.report))
        self.imported.emit([d for r in self.report.results for d in r.doc_ids])
        if self._close_when_done:
            self.done(QDialog.DialogCode.Rejected)

    def _show_report(self, report: ImportReport) -> None:
        style = self.style()
        for r in report.results:
            item = _ResultItem([QCoreApplication.translate("ImportDialog", OUTCOME_TEXT[r.outcome]), r.path.name, describe(r)])
            item.setIcon(0, style.standardIcon(OUTCOME_ICON[r.outcome]))
            item.setToolTip(1, str(r.path))
            item.setToolTip(2, wrapped_tooltip(describe(r)))
            item.setData(0, Qt.ItemDataRole.UserRole, r.outcome.value)
            item.setData(0, Qt.ItemDataRole.UserRole + 1, OUTCOME_RANK[r.outcome])
            self.results.addTopLevelItem(item)
        self.results.sortItems(0, Qt.SortOrder.AscendingOrder)  # failures first
        self.results.setVisible(True)
        self.summary_label.setText(summary_html(report, self._total))

    # ------------------------------------------------------------------ closing

    def _stop_for_quit(self) -> None:
        """The application is quitting: stop after the current file and wait for it."""
        if self.running:
            self.task.cancel()
            self.task.wait()

    def _update_buttons(self) -> None:
        finished = self.report is not None
        running = self.running
        self.import_button.setVisible(not finished)
        self.import_button.setEnabled(not running and self.queue.count() > 0)
        self.remove_button.setEnabled(self.queue.count() > 0)
        self.cancel_button.setVisible(not finished)
        self.cancel_button.setEnabled(not (running and self.task.cancel_requested))
        self.close_button.setVisible(finished)
        if finished:
            self.close_button.setDefault(True)
