"""Error dialogs: a sentence the user can act on, never a traceback.

AnnotatorError messages are written for users and shown as they stand. Anything else is a bug on
our side: the user gets a plain sentence, the traceback goes to the log.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ...core.errors import AnnotatorError
from ..workers import user_message
from PySide6.QtCore import QCoreApplication
from ..i18n import arg

if TYPE_CHECKING:  # QMessageBox's classes are made when a dialog is (not at start-up)
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def error_text(exc_or_text: BaseException | str) -> str:
    if isinstance(exc_or_text, str):
        return exc_or_text.strip() or QCoreApplication.translate("Errors", "Something went wrong.")
    if not isinstance(exc_or_text, AnnotatorError):
        log.error("error shown to the user", exc_info=exc_or_text)
    return user_message(exc_or_text)


def error_box(parent: QWidget | None, title: str, exc_or_text: BaseException | str) -> QMessageBox:
    """The dialog `show_error` runs, built separately so it can be inspected."""
    from PySide6.QtWidgets import QMessageBox

    text = error_text(exc_or_text)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(arg(QCoreApplication.translate("Errors", "<b>%1</b>"), _escape(title)))
    box.setInformativeText(_escape(_sentence(text)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(QMessageBox.StandardButton.Ok)
    # QMessageBox ignores setMinimumWidth; without this a path wraps into a narrow column
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 380px; }")
    return box


def show_error(parent: QWidget | None, title: str, exc_or_text: BaseException | str) -> None:
    """Show a modal error dialog with `title` and a one-sentence explanation."""
    error_box(parent, title, exc_or_text).exec()


def _sentence(text: str) -> str:
    text = text.strip()
    first = text.split(" ", 1)[0] if text else ""
    if first.isalpha() and first.islower():  # not a file name such as "article.txt: …"
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".!?…":
        text += "."
    return text


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br>"))
