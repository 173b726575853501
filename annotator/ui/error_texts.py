"""The project's refusals of what a user typed, in the GUI's language.

The core and the facade (Qt-free) refuse a bad value with an English sentence (ValidationError),
which the command line shows as it is. The GUI shows the ones a user can meet by typing or
clicking in its own language: the sentences that take no values word for word, the others
through a pattern that takes the value out of the sentence (a web address, a date, a language
code, a link's kind). Any other sentence is shown as it stands. tests/ui/test_error_texts.py
keeps these equal to the core's.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .i18n import arg, core_sentence

CONTEXT = "ErrorTexts"

SENTENCES = frozenset({
    QT_TRANSLATE_NOOP("ErrorTexts", "a document's title cannot be empty"),
    QT_TRANSLATE_NOOP("ErrorTexts", "a claim cannot be linked to itself"),
    QT_TRANSLATE_NOOP("ErrorTexts", "evidence needs a URL (or a reference)"),
    QT_TRANSLATE_NOOP("ErrorTexts", "the adjudicator needs a name (the gold layer's annotator)"),
})

_VALUE = r"('.*'|\".*\")"  # a value as the core quotes it (Python's repr of a string)

#: (the core's sentence as a pattern, its words with the values as %1 …)
PATTERNS = (
    (re.compile(_VALUE + r" is not a web address: it must start with http:// or https:// and "
                r"name a host"),
     QT_TRANSLATE_NOOP("ErrorTexts", "%1 is not a web address: it must start with http:// or "
                       "https:// and name a host")),
    (re.compile(_VALUE + r" is not a date: use yyyy-mm-dd \(2024-05-31\) or an ISO date and "
                r"time \(2024-05-31T08:15:00\+07:00\)"),
     QT_TRANSLATE_NOOP("ErrorTexts", "%1 is not a date: use yyyy-mm-dd (2024-05-31) or an ISO "
                       "date and time (2024-05-31T08:15:00+07:00)")),
    (re.compile(_VALUE + r" is not a language code: use an ISO 639-1 code such as id, en or ar "
                r"\(or nothing, to use the detected language\)"),
     QT_TRANSLATE_NOOP("ErrorTexts", "%1 is not a language code: use an ISO 639-1 code such as "
                       "id, en or ar (or nothing, to use the detected language)")),
    (re.compile(r"confidence (.+) must lie between 0 and 1"),
     QT_TRANSLATE_NOOP("ErrorTexts", "confidence %1 must lie between 0 and 1")),
)

_LINKED = re.compile(r"these claims are already linked as (.+)")


def error_sentence(message: str) -> str:
    """`message` (the core's sentence) in the GUI's language where it is one listed here."""
    linked = _LINKED.fullmatch(message)
    if linked:  # the link's kind by the name the toolbar gives it (palette.py, "LinkKind")
        return arg(QCoreApplication.translate("ErrorTexts", "these claims are already linked as %1"),
                   QCoreApplication.translate("LinkKind", linked.group(1)))
    return core_sentence(CONTEXT, message, SENTENCES, PATTERNS)
