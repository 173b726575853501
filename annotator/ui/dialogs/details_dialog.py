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

from ...core.errors import ValidationError
from ...core.model import Document, validate_language, validate_published, validate_url

if TYPE_CHECKING:
    pass

#: field → (label, placeholder)
FIELDS = {
    "title": ("&Title", "the article's headline"),
    "outlet": ("&Outlet", "e.g. Kompas.com, Tempo, BBC Indonesia"),
    "url": ("&Address (URL)", "https://…"),
    "published": ("&Published", "yyyy-mm-dd, or 2024-05-31T08:15:00+07:00"),
    "author": ("Aut&hor", "who wrote it"),
    "language_override": ("&Language", "ISO 639-1 code (id, en, ar); empty: the detected one"),
}


class DetailsDialog(QDialog):
    """Edit one article's details; `changes()` is what differs from the stored article."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle("Article details")
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, (label, placeholder) in FIELDS.items():
            edit = QLineEdit(getattr(doc, name) or "")
            edit.setPlaceholderText(placeholder)
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._check)
            self.edits[name] = edit
            form.addRow(label, edit)
        detected = doc.language or "none"
        hint = QLabel(f"Detected language: {detected}. Source file: {doc.source_name or '—'}.")
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
            return "The title cannot be empty."
        try:
            validate_url(values["url"])
            validate_published(values["published"])
            validate_language(values["language_override"])
        except ValidationError as exc:
            return str(exc)[:1].upper() + str(exc)[1:] + "."
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
