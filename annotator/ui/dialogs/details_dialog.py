"""Article details: title, outlet, address, publication date, author and language.

Plain-text articles often arrive without them (or with what the dateline gave), and exports
carry them, so they must be settable. The values are checked here, as the user types, by the
same rules the facade enforces (annotator.core.model), so OK never turns into an error box;
the change is one undo step through the window's UndoAdapter.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ...core.errors import ValidationError, message_of
from ...core.model import Document, validate_language, validate_published, validate_url
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from ..i18n import arg
from ..messages import message_text

if TYPE_CHECKING:
    pass

#: field → (label, placeholder)
FIELDS = {  # shown translated (context "DetailsDialog")
    "title": (QT_TRANSLATE_NOOP("DetailsDialog", "&Title"), QT_TRANSLATE_NOOP("DetailsDialog", "the article's headline")),
    "outlet": (QT_TRANSLATE_NOOP("DetailsDialog", "&Outlet"), QT_TRANSLATE_NOOP("DetailsDialog", "e.g. Kompas.com, Tempo, BBC Indonesia")),
    "url": (QT_TRANSLATE_NOOP("DetailsDialog", "&Address (URL)"), "https://…"),
    "published": (QT_TRANSLATE_NOOP("DetailsDialog", "&Published"), QT_TRANSLATE_NOOP("DetailsDialog", "yyyy-mm-dd, or 2024-05-31T08:15:00+07:00")),
    "author": (QT_TRANSLATE_NOOP("DetailsDialog", "Aut&hor"), QT_TRANSLATE_NOOP("DetailsDialog", "who wrote it")),
    "language_override": (QT_TRANSLATE_NOOP("DetailsDialog", "&Language"),
                          QT_TRANSLATE_NOOP("DetailsDialog", "ISO 639-1 code (id, en, ar); empty: the detected one")),
}


class DetailsDialog(QDialog):
    """Edit one article's details; `changes()` is what differs from the stored article."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(QCoreApplication.translate("DetailsDialog", "Article details"))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, (label, placeholder) in FIELDS.items():
            edit = QLineEdit(getattr(doc, name) or "")
            edit.setPlaceholderText(QCoreApplication.translate("DetailsDialog", placeholder))
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._check)
            self.edits[name] = edit
            form.addRow(QCoreApplication.translate("DetailsDialog", label), edit)
        detected = doc.language or QCoreApplication.translate("DetailsDialog", "none")
        hint = QLabel(arg(QCoreApplication.translate("DetailsDialog", "Detected language: %1. Source file: %2."), detected, doc.source_name or '—'))
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(min(520, max(360, parent.width() // 2)) if parent else 460)
        self._check()

    def problem(self) -> str:
        """The first invalid value, as a sentence ("" when every field is acceptable)."""
        values = {n: e.text().strip() for n, e in self.edits.items()}
        if not values["title"]:
            return QCoreApplication.translate("DetailsDialog", "The title cannot be empty.")
        try:
            validate_url(values["url"])
            validate_published(values["published"])
            validate_language(values["language_override"])
        except ValidationError as exc:
            said = message_text(message_of(exc))
            return said[:1].upper() + said[1:] + "."
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.error_label.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def changes(self) -> dict[str, str]:
        return {n: e.text().strip() for n, e in self.edits.items()
                if e.text().strip() != (getattr(self.doc, n) or "")}

    def accept(self) -> None:
        if not self.problem():
            super().accept()
