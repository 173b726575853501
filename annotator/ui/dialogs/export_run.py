"""The export dialog's run: starting the export (and the agreement figures) in a worker on a
read-only Project, its progress, and the summary it ends with. Mixed into ExportDialog, whose
widgets (status label, progress bar, buttons) and choices it uses."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from ..i18n import arg
from ..messages import capitalised, message_text
from ..workers import Control, Task, open_project
from . import export_destination as destination


class ExportRun:
    """Mixed into ExportDialog."""

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def start(self) -> None:
        info, dest = self.format_info(), self.destination()
        if self.running or self.problem() or info is None or dest is None:
            return
        if not destination.confirm_replace(self, info, dest):
            return
        # asked above: a read-only file is replaced only after its own question
        replace_readonly = not info.multi_file and destination.read_only_file(dest)
        name, options, flt, path = info.name, self.options(), self.export_filter(), self.project_path
        figures = dest.with_name(dest.name + ".agreement.json")
        self.figures = figures if self.agreement_box.isChecked() else None
        with_figures = self.figures is not None

        def work(control: Control):
            from ...project.exports import get_exporter

            exporter = get_exporter(name, **options)
            with open_project(path, readonly=True) as project:
                result = exporter.write(project, dest, flt,
                                        progress=lambda d, t: control.progress(d, t, ""),
                                        cancelled=control.cancelled,
                                        replace_readonly=replace_readonly)
                if with_figures:
                    project.export_agreement(figures, flt.doc_ids)
                return result

        self.result_obj = None
        self.task = Task(work, self)
        self.task.progress.connect(self._on_progress)
        self.task.succeeded.connect(self._on_result)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.done.connect(self._on_done)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.status_label.setText(arg(QCoreApplication.translate("ExportDialog", "Exporting to %1…"), html.escape(str(dest))))
        self.show_button.setVisible(False)
        self.setEnabled_controls(False)
        self.task.start()
        self._update_buttons()

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.status_label.setText(arg(QCoreApplication.translate("ExportDialog", "Exporting… %1 of %2 claims"), done, total))

    def _on_result(self, result) -> None:
        self.result_obj = result
        headline = message_text(result.headline())
        text = f"<b>{html.escape(capitalised(headline))}.</b>"
        if result.warnings:
            text += QCoreApplication.translate(
                "ExportDialog", "<br>Not everything fits this format:<ul>") + "".join(
                f"<li>{html.escape(message_text(w))}</li>" for w in result.warnings) + "</ul>"
        if self.figures is not None:
            text += "<br>" + html.escape(QCoreApplication.translate(
                "ExportDialog", "Agreement figures written to %1").replace("%1", str(self.figures)))
        self.status_label.setText(text)
        self.show_button.setVisible(True)

    def _on_failed(self, message: str) -> None:
        self.status_label.setText(arg(QCoreApplication.translate(
            "ExportDialog", "<b>The export failed.</b> %1"), html.escape(capitalised(message))))

    def _on_cancelled(self) -> None:
        self.status_label.setText(QCoreApplication.translate("ExportDialog", "<b>Export cancelled.</b> Nothing was written."))

    def _on_done(self) -> None:
        self.progress_bar.setVisible(False)
        self.setEnabled_controls(True)
        self.cancel_button.setText(QCoreApplication.translate("ExportDialog", "Close"))
        self.cancel_button.setDefault(True)  # Enter now closes; any change makes Export default again
        self._update_buttons()
        if self._close_when_done:
            self.done(QDialog.DialogCode.Rejected)

    def show_in_folder(self) -> None:
        if self.result_obj is not None:
            path = Path(self.result_obj.path)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path if path.is_dir() else path.parent)))
