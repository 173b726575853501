"""The project's change labels ("Tag claim as verified", "Remove link") in the GUI's language.

The facade names each change in English: the names go with the change into the undo history and
the CLI's output, which stay English. The GUI shows them in the Edit menu (Undo …), the status
bar (Saved: …) and error titles, so they are translated here, on the way to the screen."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.model import LinkKind, Verdict
from .i18n import arg, plural
from .palette import link_label, style

#: labels without a variable part, as the facade and the GUI's operations write them
FIXED = (
    QT_TRANSLATE_NOOP("ChangeLabels", "Delete claim"),
    QT_TRANSLATE_NOOP("ChangeLabels", "Edit claim"),
    QT_TRANSLATE_NOOP("ChangeLabels", "Edit note"),
    QT_TRANSLATE_NOOP("ChangeLabels", "Add evidence"),
    QT_TRANSLATE_NOOP("ChangeLabels", "Remove evidence"),
    QT_TRANSLATE_NOOP("ChangeLabels", "Remove link"),
    QT_TRANSLATE_NOOP("ChangeLabels", "Remove document"),
    QT_TRANSLATE_NOOP("ChangeLabels", "Remove article"),
    QT_TRANSLATE_NOOP("ChangeLabels", "Edit document details"),
    QT_TRANSLATE_NOOP("ChangeLabels", "Edit article details"),
    QT_TRANSLATE_NOOP("ChangeLabels", "Set language"),
    QT_TRANSLATE_NOOP("ChangeLabels", "Import"),
)


def _verdict(value: str) -> str:
    try:
        return style(Verdict(value)).label
    except ValueError:
        return value


def _kind(value: str) -> str:
    try:
        return link_label(LinkKind(value.replace(" ", "_")))
    except ValueError:
        return value


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangeLabels", text)


def change_label(label: str) -> str:
    """`label` in the GUI's language; a label this module does not know is shown as it is."""
    if label in FIXED:
        return _tr(label)
    if m := re.fullmatch(r"Tag claim as (\w+)", label):
        return arg(QCoreApplication.translate("ChangeLabels", "Tag claim as %1"), _verdict(m[1]))
    if m := re.fullmatch(r"Retag claim as (\w+)", label):
        return arg(QCoreApplication.translate("ChangeLabels", "Retag claim as %1"), _verdict(m[1]))
    if m := re.fullmatch(r"Link claims \((.+)\)", label):
        return arg(QCoreApplication.translate("ChangeLabels", "Link claims (%1)"), _kind(m[1]))
    if m := re.fullmatch(r"Import (\d+) article\(s\)", label):
        n = int(m[1])
        return plural(QCoreApplication.translate("ChangeLabels", "Import %n article(s)", None, n), n)
    if m := re.fullmatch(r"Import (\d+) files", label):
        n = int(m[1])
        return plural(QCoreApplication.translate("ChangeLabels", "Import %n file(s)", None, n), n)
    if m := re.fullmatch(r"Merge (.+)", label):
        return arg(QCoreApplication.translate("ChangeLabels", "Merge %1"), m[1])
    if m := re.fullmatch(r"Import (.+)", label):
        return arg(QCoreApplication.translate("ChangeLabels", "Import %1"), m[1])
    return label


def doing_text(doing: str) -> str:
    """The status bar's "Saved", "Undone" or "Redone" in the GUI's language."""
    return {"Saved": QCoreApplication.translate("ChangeLabels", "Saved"),
            "Undone": QCoreApplication.translate("ChangeLabels", "Undone"),
            "Redone": QCoreApplication.translate("ChangeLabels", "Redone")}.get(doing, doing)
