"""The GUI in a language for the length of a `with` block (tests switch languages in-process)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from annotator.ui import i18n


@contextmanager
def in_language(language: str) -> Iterator[None]:
    app = QApplication.instance()
    i18n.install(app, language)
    try:
        yield
    finally:
        i18n.uninstall(app)
