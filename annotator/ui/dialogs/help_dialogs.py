"""Help ▸ Keyboard shortcuts and Help ▸ User guide.

The shortcut reference is read from the window's menus each time it is shown, so it lists the
keys the actions really have (a changed shortcut cannot leave it stale); the guide is a
Markdown file shipped in resources/guide.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QMainWindow, QMenu, QTextBrowser, QVBoxLayout, QWidget,
)

from ...resources import resource

GUIDE = ("guide", "user-guide.md")


@dataclass(frozen=True)
class ShortcutRow:
    menu: str
    command: str
    keys: str


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersand or a trailing undo description."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every menu command of `window` that has a key, in menu order."""
    rows: list[ShortcutRow] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} ▸ {_plain(action.menu().title())}")
            elif not action.isSeparator() and action.shortcuts():
                keys = " or ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                                   for s in action.shortcuts())
                # "Undo Tag claim…" names the step to undo, not the command
                command = re.sub(r"^&(Undo|Redo) .*", r"\1", action.text())
                rows.append(ShortcutRow(path, _plain(command), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.menu().title()))
    return rows


def shortcuts_html(window: QMainWindow) -> str:
    parts = ["<h2>Keyboard shortcuts</h2>",
             "<p>The window's keys work in every field too (Ctrl+E exports while you type a "
             "claimant). A text field keeps typing (1, 2, 3 and ? type there), Delete, "
             "Backspace, the arrows, Home and End, cut, copy, paste, select all and undo.</p>"]
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
    parts.append("<h3>In a reading pane</h3><table cellpadding='3'>"
                 "<tr><td width='60%'>Let go of the selected claim; close the find bar</td>"
                 "<td><b>Esc</b></td></tr>"
                 "<tr><td>Next / previous match in the find bar</td>"
                 "<td><b>Enter / Shift+Enter</b></td></tr></table>")
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
    dialog = HelpDialog("Keyboard shortcuts", window)
    dialog.browser.setHtml(shortcuts_html(window))
    return dialog


def guide_dialog(window: QMainWindow) -> HelpDialog:
    dialog = HelpDialog("Annotator user guide", window)
    dialog.browser.setMarkdown(resource(*GUIDE).read_text(encoding="utf-8"))
    return dialog
