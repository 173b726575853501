"""Help ▸ Keyboard shortcuts and Help ▸ User guide.

The shortcut reference is read from the window's menus each time it is shown, so it lists the
keys the actions really have (a changed shortcut cannot leave it stale); the guide is a
Markdown file shipped in resources/guide.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QMainWindow, QMenu, QTextBrowser, QVBoxLayout, QWidget,
)

from ...resources import resource

GUIDE = ("guide", "user-guide.md")


def guide_path():
    """The guide in the GUI's language (user-guide.id.md) when there is one, else English."""
    language = QLocale().name().split("_", 1)[0]
    translated = resource("guide", f"user-guide.{language}.md")
    return translated if language != "en" and translated.is_file() else resource(*GUIDE)


@dataclass(frozen=True)
class ShortcutRow:
    menu: str
    command: str
    keys: str


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersand or a trailing undo description."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _without_step(text: str) -> str:
    """ "&Undo Tag claim as verified" → "Undo", in the GUI's language too."""
    for base in ("&Undo %1", "&Redo %1"):
        shown = QCoreApplication.translate("MainWindow", base)
        prefix = shown.split("%1", 1)[0]
        if text.startswith(prefix) and text != prefix.rstrip():
            return prefix.strip()
    return text


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every menu command of `window` that has a key, in menu order."""
    rows: list[ShortcutRow] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} ▸ {_plain(action.menu().title())}")
            elif not action.isSeparator() and action.shortcuts():
                keys = QCoreApplication.translate("HelpDialogs", " or ").join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
                # "Undo Tag claim…" names the step to undo, not the command
                command = _without_step(action.text())
                rows.append(ShortcutRow(path, _plain(command), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.menu().title()))
    return rows


def shortcuts_html(window: QMainWindow) -> str:
    parts = [QCoreApplication.translate("HelpDialogs", "<h2>Keyboard shortcuts</h2>"),
             QCoreApplication.translate(
                 "HelpDialogs",
                 "<p>The window's keys work in every field too (Ctrl+E exports while you type a "
                 "claimant). A text field keeps typing (1, 2, 3 and ? type there), Delete, "
                 "Backspace, the arrows, Home and End, cut, copy, paste, select all and undo.</p>")]
    menu = None
    for row in shortcut_rows(window):
        if row.menu != menu:
            if menu is not None:
                parts.append("</table>")
            menu = row.menu
            parts.append(f"<h3>{escape(menu)}</h3><table cellspacing='0' cellpadding='3'>")
        parts.append(f"<tr><td width='60%'>{escape(row.command)}</td>"
                     f"<td><b>{escape(row.keys)}</b></td></tr>")
    if menu is not None:
        parts.append("</table>")
    parts.append("<h3>%s</h3><table cellpadding='3'>"
                 "<tr><td width='60%%'>%s</td><td><b>Esc</b></td></tr>"
                 "<tr><td>%s</td><td><b>Enter / Shift+Enter</b></td></tr></table>" % (
                     escape(QCoreApplication.translate("HelpDialogs", "In a reading pane")),
                     escape(QCoreApplication.translate(
                         "HelpDialogs", "Let go of the selected claim; close the find bar")),
                     escape(QCoreApplication.translate(
                         "HelpDialogs", "Next / previous match in the find bar"))))
    return "".join(parts)


class HelpDialog(QDialog):
    """A resizable, non-modal reader for one help text."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(620, 640)


def shortcuts_dialog(window: QMainWindow) -> HelpDialog:
    dialog = HelpDialog(QCoreApplication.translate("HelpDialogs", "Keyboard shortcuts"), window)
    dialog.browser.setHtml(shortcuts_html(window))
    return dialog


def guide_dialog(window: QMainWindow) -> HelpDialog:
    dialog = HelpDialog(QCoreApplication.translate("HelpDialogs", "Annotator user guide"), window)
    dialog.browser.setMarkdown(guide_path().read_text(encoding="utf-8"))
    return dialog
