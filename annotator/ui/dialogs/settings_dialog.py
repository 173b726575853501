"""The annotator's name (stored with every claim and history entry) and the import size limit.

Both live in annotator.settings.Settings so the CLI sees the same values.
"""
from __future__ import annotations

import getpass
from collections.abc import Callable
import os

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from ...settings import Settings, default_annotator
from ..i18n import AUTO
from PySide6.QtCore import QCoreApplication
from ..i18n import arg

MAX_NAME = 80
IMPORT_LIMIT_RANGE = (1, 2000)  # MB


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return ""


def _dim(label: QLabel) -> None:
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, pal.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(pal)


class _NameField(QLineEdit):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setMaxLength(MAX_NAME)
        self.setPlaceholderText(QCoreApplication.translate("SettingsDialog", "e.g. Dewi Lestari or dlestari"))
        self.setClearButtonEnabled(True)


class SettingsDialog(QDialog):
    """Edits Settings and saves them on OK; Cancel (or Esc) leaves them untouched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Settings"))
        self.settings = Settings.load()

        self.name_edit = _NameField(self.settings.annotator)
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(*IMPORT_LIMIT_RANGE)
        self.limit_spin.setSuffix(" MB")
        self.limit_spin.setValue(max(IMPORT_LIMIT_RANGE[0],
                                     min(IMPORT_LIMIT_RANGE[1], self.settings.max_import_mb)))
        self.limit_spin.setToolTip(QCoreApplication.translate("SettingsDialog", "Files larger than this are refused when importing."))

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SettingsDialog", "Your &name:"), self.name_edit)
        hint = QLabel(QCoreApplication.translate("SettingsDialog", "Stored with each claim and verdict change you make."))
        _dim(hint)
        form.addRow("", hint)
        env = os.environ.get("ANNOTATOR_NAME", "").strip()
        if env:
            note = QLabel(arg(QCoreApplication.translate("SettingsDialog", "ANNOTATOR_NAME is set to “%1” in the environment; it is used instead of this name while it is set."), env))
            note.setWordWrap(True)
            form.addRow("", note)
        form.addRow(QCoreApplication.translate("SettingsDialog", "&Import size limit:"), self.limit_spin)
        self.language_combo = QComboBox()
        for code, text in ((AUTO, QCoreApplication.translate("SettingsDialog", "Automatic (system language)")),
                           ("en", "English"), ("id", "Bahasa Indonesia")):
            self.language_combo.addItem(text, code)  # each language named in itself
        at = self.language_combo.findData(self.settings.language)
        self.language_combo.setCurrentIndex(max(at, 0))
        form.addRow(QCoreApplication.translate("SettingsDialog", "Lan&guage:"), self.language_combo)
        language_hint = QLabel(QCoreApplication.translate(
            "SettingsDialog", "A new language applies the next time Annotator starts."))
        _dim(language_hint)
        form.addRow("", language_hint)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._validate)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.name_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            return
        self.settings = Settings.load()  # keep what others saved meanwhile (recent projects)
        self.settings.annotator = name
        self.settings.max_import_mb = self.limit_spin.value()
        self.settings.language = self.language_combo.currentData()
        self.settings.save()
        super().accept()


class AnnotatorNameDialog(QDialog):
    """The first-launch question: who is annotating?"""

    def __init__(self, suggestion: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Welcome to Annotator"))
        intro = QLabel(QCoreApplication.translate(
    "SettingsDialog", "Your name is stored with each claim you tag and each verdict you change, "
                       "so a team can see who decided what. You can change it later in Settings."))
        intro.setWordWrap(True)
        self.cancel_note = QLabel(
            arg(QCoreApplication.translate("SettingsDialog", "If you cancel, your claims are recorded as “%1”, the system user, until you set a name (the question comes back next time)."), suggestion or 'unknown'))
        self.cancel_note.setWordWrap(True)
        _dim(self.cancel_note)
        self.name_edit = _NameField(suggestion)
        self.name_edit.selectAll()
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SettingsDialog", "Your &name:"), self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(t.strip())))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(suggestion.strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.cancel_note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    @property
    def name(self) -> str:
        return self.name_edit.text().strip()


def ensure_annotator_name(parent: QWidget | None = None,
                          cancelled: Callable[[str], None] | None = None) -> str:
    """The name to store with edits; asks once (and saves it) when none is configured.

    ANNOTATOR_NAME in the environment wins and is never asked for. When the user cancels the
    question, the login name is used for this session and the question comes back next time.
    """
    env = os.environ.get("ANNOTATOR_NAME", "").strip()
    if env:
        return env
    settings = Settings.load()
    if settings.annotator.strip():
        return settings.annotator.strip()
    dialog = AnnotatorNameDialog(_login_name(), parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.name:
        settings = Settings.load()
        settings.annotator = dialog.name
        settings.save()
        return dialog.name
    name = default_annotator()
    if cancelled is not None:
        cancelled(name)
    return name
