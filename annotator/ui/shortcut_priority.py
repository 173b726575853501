"""The window's shortcuts win over a text field's built-in key bindings.

Before a shortcut fires, Qt asks the focused widget (a ShortcutOverride event) whether it wants
the key itself; a QLineEdit says yes to its Emacs-style bindings (Ctrl+E end of line, Ctrl+F
forward, Ctrl+K, …), so Ctrl+E (export) and Ctrl+F (find) did nothing after typing a claimant
or in the Library filter. This application-wide filter answers for the field: a key bound to
an enabled action of the window fires that action, except the keys a field legitimately keeps:

- keys without Ctrl, Alt or Meta (typing 1, 2, 3 or ? types them; Delete and Backspace edit
  the text; Home, End and the arrows move the caret; F-keys are not held by fields, so they
  already reach the window);
- the editing keys every text field has: undo and redo (Ctrl+Z in a field undoes the typing in
  that field, which is not saved yet; Edit ▸ Undo from the menu undoes the last saved edit),
  cut, copy, paste and select all.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from .app_filters import install_once

_COMMAND = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier)
_FIELD_KEEPS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
                QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Copy,
                QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.SelectAll)
#: The undo keys of the Edit menu, whatever the platform theme calls Redo.
_UNDO_KEYS = tuple(QKeySequence(k) for k in ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"))


def field_keeps(event) -> bool:
    """Whether a focused text field keeps this key even when the window binds it."""
    if not event.modifiers() & _COMMAND:
        return True
    if any(event.matches(key) for key in _FIELD_KEEPS):
        return True
    return QKeySequence(event.keyCombination()) in _UNDO_KEYS


def window_binds(window: QWidget, sequence: QKeySequence) -> bool:
    """Whether an enabled action of `window` has `sequence` among its shortcuts."""
    for action in window.actions():
        if action.isEnabled() and any(s.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch
                                      for s in action.shortcuts()):
            return True
    return False


class ShortcutPriority(QObject):
    EVENTS = (QEvent.Type.ShortcutOverride,)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(obj, QWidget):
            return False
        window = obj.window()
        if not isinstance(window, QMainWindow) or field_keeps(event):
            return False
        if window_binds(window, QKeySequence(event.keyCombination())):
            event.ignore()  # not overridden: the shortcut map fires the window's action
            return True
        return False


def install_shortcut_priority() -> ShortcutPriority:
    return install_once("shortcuts", ShortcutPriority)
