"""Help ▸ About: the versions a bug report needs, selectable so they can be pasted."""
from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ... import __version__
from ...project.files import SCHEMA_VERSION
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from ..i18n import arg


#: the rows' names shown translated; the copied text (for a bug report) stays English
_ROW_NAMES = (QT_TRANSLATE_NOOP("AboutDialog", "Project file format"),
              QT_TRANSLATE_NOOP("AboutDialog", "System"))


def version_info() -> list[tuple[str, str]]:
    return [
        ("Annotator", __version__),
        ("Project file format", str(SCHEMA_VERSION)),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("System", f"{platform.system()} {platform.release()} {platform.machine()}".strip()),
    ]


def version_text() -> str:
    return "\n".join(f"{k}: {v}" for k, v in version_info())


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Annotator"))
        title = QLabel(arg(QCoreApplication.translate("AboutDialog", "<h2>Annotator %1</h2><p>A workbench for reading news articles side by side, highlighting claims and tagging them verified, disputed or unverified.</p>"), __version__))
        title.setWordWrap(True)
        form = QFormLayout()
        self.value_labels: dict[str, QLabel] = {}
        for key, value in version_info():
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.value_labels[key] = label
            form.addRow(arg(QCoreApplication.translate("AboutDialog", "%1:"),
                            QCoreApplication.translate("AboutDialog", key)), label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(QCoreApplication.translate("AboutDialog", "&Copy versions"))
        self.copy_button.setToolTip(QCoreApplication.translate("AboutDialog", "Copy these versions to the clipboard for a bug report."))
        self.copy_button.setAutoDefault(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_versions)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(version_text())


def show_about(parent: QWidget | None = None) -> None:
    AboutDialog(parent).exec()


