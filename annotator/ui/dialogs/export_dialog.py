"""File ▸ Export: format, filters, destination, a live preview, progress, and an honest summary.

Everything that reads the project (the choices, the preview, the export itself) runs in a worker
on its own read-only Project. The exporters write atomically, so Cancel or an error leaves
nothing at the destination; the summary repeats the exporter's warnings, which say what the
chosen format could not represent.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QProgressBar,
    QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from ...project import Project
from ..workers import Control, Task, open_project
from .export_filters import (
    CheckList, Choices, FormatInfo, OptionsPanel, VerdictBoxes, load_choices,
)
from . import export_destination as destination
from .export_documents import DocumentCheckList, DocumentChecks
from .export_run import ExportRun
from ..messages import message_text
from .export_texts import format_limits
from .running import CancelOnClose
from ..i18n import arg

PREVIEW_RECORDS = 3
PREVIEW_CHARS = 20_000
PREVIEW_DELAY_MS = 250


class ExportDialog(ExportRun, CancelOnClose, QDialog):
    """Export the project at `project_path`; `doc_ids` preselects documents (the library's
    selection), None selects all."""

    def __init__(self, project_path: Path, doc_ids: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_path = Path(project_path)
        self.preselected = set(doc_ids) if doc_ids else None
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export annotations"))
        self.choices: Choices | None = None
        self.result_obj = None
        self.task: Task | None = None
        self._side_tasks: list[Task] = []
        self._preview_generation = 0
        self._dest_auto = True
        self._close_when_done = False
        self.figures: Path | None = None  # where the agreement figures go, when asked

        # --- format and options
        self.format_combo = QComboBox()
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.options_box = OptionsPanel()
        self.options_box.changed.connect(self.schedule_preview)

        # --- destination
        self.dest_edit = QLineEdit()
        self.dest_edit.textEdited.connect(self._dest_edited)
        self.dest_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.browse_button = QPushButton(QCoreApplication.translate("ExportDialog", "&Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.choose_destination)
        dest_row = QHBoxLayout()
        dest_row.addWidget(self.dest_edit, 1)
        dest_row.addWidget(self.browse_button)
        self.dest_hint = QLabel("")

        # --- filters
        self.doc_list = DocumentCheckList(QCoreApplication.translate("ExportDialog", "Documents"))
        self._pages: Project | None = None
        self.annotator_list = CheckList(QCoreApplication.translate("ExportDialog", "Annotators"))
        self.verdicts = VerdictBoxes()
        for w in (self.doc_list, self.annotator_list, self.verdicts):
            w.changed.connect(self._filters_changed)
        self.filter_tabs = QTabWidget()
        self.filter_tabs.addTab(self.doc_list, QCoreApplication.translate("ExportDialog", "Documents"))
        self.filter_tabs.addTab(self.annotator_list, QCoreApplication.translate("ExportDialog", "Annotators"))

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportDialog", "&Format:"), self.format_combo)
        form.addRow("", self.options_box)
        save_label = QLabel(QCoreApplication.translate("ExportDialog", "&Save to:"))
        save_label.setBuddy(self.dest_edit)
        form.addRow(save_label, dest_row)
        form.addRow("", self.dest_hint)
        form.addRow(QCoreApplication.translate("ExportDialog", "Verdicts:"), self.verdicts)
        self.agreement_box = QCheckBox(QCoreApplication.translate(
            "ExportDialog", "Agreement &figures beside the dataset (…agreement.json)"))
        self.agreement_box.setToolTip(QCoreApplication.translate(
            "ExportDialog", "The agreement between all annotators of the exported articles, "
            "as `annotator export --agreement` writes it"))
        form.addRow("", self.agreement_box)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.filter_tabs, 1)

        # --- preview
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setPlaceholderText(QCoreApplication.translate("ExportDialog", "Loading…"))
        preview_box = QGroupBox(arg(QCoreApplication.translate("ExportDialog", "Preview (first %1 records)"), PREVIEW_RECORDS))
        QVBoxLayout(preview_box).addWidget(self.preview)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([470, 490])

        # --- progress, summary, buttons
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(QCoreApplication.translate("ExportDialog", "&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.show_button = self.buttons.addButton(QCoreApplication.translate("ExportDialog", "Show in f&older"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.show_button.setVisible(False)
        self.show_button.setAutoDefault(False)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.show_button.clicked.connect(self.show_in_folder)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(980, 600)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_all)

        self.setEnabled_controls(False)
        self.status_label.setText(QCoreApplication.translate("ExportDialog", "Reading the project…"))
        self._run_side(lambda c: load_choices(self.project_path, c), self._on_choices,
                       lambda msg: self._fail_loading(msg))

    # ------------------------------------------------------------------ choices
    def _run_side(self, fn, on_success, on_error) -> Task:
        task = Task(fn, self)
        task.succeeded.connect(on_success)
        task.failed.connect(on_error)
        task.done.connect(lambda: self._side_tasks.remove(task) if task in self._side_tasks else None)
        self._side_tasks.append(task)
        return task.start()

    def _fail_loading(self, message: str) -> None:
        self.status_label.setText(arg(QCoreApplication.translate("ExportDialog", "<b>The project cannot be read.</b> %1"), html.escape(message)))
        self.preview.setPlaceholderText("")

    def _on_choices(self, choices: Choices) -> None:
        self.choices = choices
        self.format_combo.blockSignals(True)
        for info in choices.formats:
            label = info.shown_label
            text = label if not info.problem else arg(QCoreApplication.translate(
                "ExportDialog", "%1 — unavailable: %2"), label,
                message_text(info.problem))
            self.format_combo.addItem(text, info.name)
            if info.limits:
                self.format_combo.setItemData(self.format_combo.count() - 1,
                                              format_limits(info.name, info.limits),
                                              Qt.ItemDataRole.ToolTipRole)
            if info.problem:
                item = self.format_combo.model().item(self.format_combo.count() - 1)
                item.setEnabled(False)
        self.format_combo.blockSignals(False)
        # the articles a page at a time, on a read-only connection of the dialog's own
        self._pages = Project.open(self.project_path, readonly=True, page_check=False)
        self.doc_list.set_model(DocumentChecks(self._pages, self.preselected, self))
        self.annotator_list.fill([(a, a, "") for a in choices.annotators])
        self.verdicts.set_counts(choices.verdict_counts)
        self.setEnabled_controls(True)
        self.status_label.setText("")
        self._format_changed()

    def setEnabled_controls(self, on: bool) -> None:
        for w in (self.format_combo, self.options_box, self.dest_edit, self.browse_button,
                  self.doc_list, self.annotator_list, self.verdicts, self.agreement_box):
            w.setEnabled(on)
        self._update_buttons()

    # ------------------------------------------------------------------ format, destination
    def format_info(self) -> FormatInfo | None:
        if self.choices is None:
            return None
        name = self.format_combo.currentData()
        return next((f for f in self.choices.formats if f.name == name), None)

    def set_format(self, name: str) -> None:
        index = self.format_combo.findData(name)
        if index >= 0:
            self.format_combo.setCurrentIndex(index)

    def _format_changed(self, *_args) -> None:
        info = self.format_info()
        if info is None:
            return
        self.options_box.show_for(info)
        if self._dest_auto or not self.dest_edit.text().strip():
            self.dest_edit.setText(str(self.default_destination(info)))
            self._dest_auto = True
        else:
            current = Path(self.dest_edit.text().strip())
            self.dest_edit.setText(str(destination.follow_format(current, info)))
        self.dest_hint.setText(QCoreApplication.translate(
            "ExportDialog", "A folder (created or replaced; must be new, empty, or an earlier "
                            "export).") if info.multi_file else QCoreApplication.translate(
            "ExportDialog", "One file, written atomically."))
        self.schedule_preview()

    @property
    def option_widgets(self) -> dict[str, QWidget]:
        return self.options_box.widgets

    def options(self) -> dict:
        return self.options_box.values()

    def default_destination(self, info: FormatInfo) -> Path:
        return destination.default(self.project_path, info)

    def destination(self) -> Path | None:
        text = self.dest_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _dest_edited(self, _text: str) -> None:
        self._dest_auto = False
        self.export_button.setDefault(True)  # a path mended after a failure: Enter exports
        self._clear_outcome()

    def choose_destination(self) -> None:
        info = self.format_info()
        if info is None:
            return
        chosen = destination.ask(self, info, self.destination() or self.default_destination(info))
        if chosen:
            self.dest_edit.setText(chosen)
            self._dest_auto = False

    # ------------------------------------------------------------------ filters, preview
    def export_filter(self):
        from ...project.exports import ExportFilter

        return ExportFilter(doc_ids=self.doc_list.selection(), verdicts=self.verdicts.selection(),
                            annotators=self.annotator_list.selection())

    def _filters_changed(self) -> None:
        self._update_buttons()
        self.schedule_preview()

    @staticmethod
    def no_destination() -> str:
        return QCoreApplication.translate("ExportDialog", "Choose where to save the export.")

    def problem(self) -> str:
        """Why Export is disabled, or ''."""
        if self.choices is None:
            return "loading"
        flt = self.export_filter()
        if self.format_info() is None or self.format_info().problem:
            return QCoreApplication.translate("ExportDialog", "Choose a format.")
        if flt.doc_ids == [] or (self.doc_list.count() == 0):
            return QCoreApplication.translate("ExportDialog", "Choose at least one document.")
        if flt.verdicts == []:
            return QCoreApplication.translate("ExportDialog", "Choose at least one verdict.")
        if flt.annotators == [] and self.annotator_list.list.count():
            return QCoreApplication.translate("ExportDialog", "Choose at least one annotator.")
        if self.destination() is None:
            return self.no_destination()
        return ""

    def schedule_preview(self) -> None:
        self.export_button.setDefault(True)
        self._clear_outcome()
        self._preview_timer.start()

    def _clear_outcome(self) -> None:
        """A finished run's summary or failure goes once the export is changed: it was about
        another file or format ("cannot write /old/path" under a new destination misleads)."""
        if self.running or self.choices is None:
            return
        self.status_label.setText("")
        self.show_button.setVisible(False)
        self.result_obj = None

    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        info = self.format_info()
        problem = self.problem()
        self._preview_generation += 1
        generation = self._preview_generation
        if info is None or problem and problem != self.no_destination():
            self.preview.setPlainText(problem if problem != "loading" else "")
            return
        name, options, flt, path = info.name, self.options(), self.export_filter(), self.project_path

        def work(control: Control) -> str:
            from ...project.exports import get_exporter

            with open_project(path, readonly=True) as project:
                return get_exporter(name, **options).preview(project, flt, limit=PREVIEW_RECORDS)

        self._run_side(work, lambda text: self._show_preview(generation, text),
                       lambda msg: self._show_preview(generation, arg(QCoreApplication.translate(
                           "ExportDialog", "No preview: %1"), msg)))

    def _show_preview(self, generation: int, text: str) -> None:
        if generation != self._preview_generation:
            return
        if len(text) > PREVIEW_CHARS:
            text = text[:PREVIEW_CHARS] + "\n" + QCoreApplication.translate(
                "ExportDialog", "… (preview shortened)")
        self.preview.setPlainText(text or QCoreApplication.translate(
            "ExportDialog", "(nothing to export with these filters)"))

    # ------------------------------------------------------------------ closing (the run: export_run.py)
    def _update_buttons(self) -> None:
        running = self.running
        problem = self.problem()
        self.export_button.setEnabled(not running and not problem)
        self.export_button.setToolTip("" if problem in ("", "loading") else problem)
        self.cancel_button.setEnabled(not (running and self.task.cancel_requested))

    def cancel(self) -> None:
        if self.running and not self.task.cancel_requested:
            self.task.cancel()
            self.status_label.setText(QCoreApplication.translate("ExportDialog", "Cancelling…"))
            self._update_buttons()

    def _before_close(self) -> None:
        self._wait_side_tasks()

    def done(self, result: int) -> None:
        super().done(result)
        if self._pages is not None:  # the list's pages are not read once the dialog is gone
            self._pages.close()

    def _wait_side_tasks(self) -> None:
        """Preview and loading reads are short; let them end before the dialog goes away."""
        for task in list(self._side_tasks):
            task.cancel()
            task.wait()

    def _stop_all(self) -> None:
        if self.running:
            self.task.cancel()
            self.task.wait()
        self._wait_side_tasks()
