"""Why a file was not imported, in the GUI's language, for the problems a user meets most.

The readers (annotator/ingest, Qt-free) say what is wrong with a file in an English sentence,
which the command line and the JSON report show as it is. The import dialog shows the common
ones in the GUI's language: the sentences that take no values word for word, and a few that do
(the file type, the size limit, where the JSON breaks) through a pattern that takes the values
out of the sentence. Any other sentence (a damaged archive, a field of an export) is shown as
the reader put it. tests/ui/test_import_problems.py keeps these sentences equal to the readers'.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..i18n import core_sentence

CONTEXT = "ImportProblems"

#: The readers' sentences that take no values, as they raise them
SENTENCES = frozenset({
    QT_TRANSLATE_NOOP("ImportProblems", "the file is empty"),
    QT_TRANSLATE_NOOP("ImportProblems", "the file has no text"),
    QT_TRANSLATE_NOOP("ImportProblems", "this is a binary file, not text"),
    QT_TRANSLATE_NOOP("ImportProblems", "the text encoding could not be recognised: the bytes "
                      "fit neither UTF-8 nor any other known encoding"),
    QT_TRANSLATE_NOOP("ImportProblems", "no article text found in the file"),
    QT_TRANSLATE_NOOP("ImportProblems", "an article in the file has no text"),
    QT_TRANSLATE_NOOP("ImportProblems", "no such file or folder"),
    QT_TRANSLATE_NOOP("ImportProblems", "not a regular file"),
    QT_TRANSLATE_NOOP("ImportProblems", "permission denied: the file cannot be read"),
    QT_TRANSLATE_NOOP("ImportProblems", "a symbolic link that loops back on itself"),
    QT_TRANSLATE_NOOP("ImportProblems", "a symbolic link to nothing (its target is missing)"),
    QT_TRANSLATE_NOOP("ImportProblems", "this is not a PDF file: it does not start with the PDF "
                      "header"),
    QT_TRANSLATE_NOOP("ImportProblems", "the PDF is password-protected; save an unprotected "
                      "copy first"),
    QT_TRANSLATE_NOOP("ImportProblems", "the PDF has no text layer (it is scanned or made of "
                      "images); run text recognition (OCR) on it first"),
    QT_TRANSLATE_NOOP("ImportProblems", "this is not an HTML page: no HTML tags were found"),
    QT_TRANSLATE_NOOP("ImportProblems", "no article text was found in the page (it looks like "
                      "an index, menu or empty page)"),
    QT_TRANSLATE_NOOP("ImportProblems", "the Word document has no text"),
    QT_TRANSLATE_NOOP("ImportProblems", "the JSON array is empty: there are no articles in it"),
    QT_TRANSLATE_NOOP("ImportProblems", "the file has no JSON lines"),
})

#: (the reader's sentence as a pattern, its words with the values as %1, %2 …)
PATTERNS = (
    (re.compile(r"unsupported file type (.+?); supported: (.+)"),
     QT_TRANSLATE_NOOP("ImportProblems", "unsupported file type %1; supported: %2")),
    (re.compile(r"the file is over the (.+) import limit"),
     QT_TRANSLATE_NOOP("ImportProblems", "the file is over the %1 import limit")),
    (re.compile(r"the file is (.+), over the (.+) import limit"),
     QT_TRANSLATE_NOOP("ImportProblems", "the file is %1, over the %2 import limit")),
    (re.compile(r"this is an old-style \.doc file, not a Word document: save it as \.docx in "
                r"Word or LibreOffice first"),
     QT_TRANSLATE_NOOP("ImportProblems", "this is an old-style .doc file, not a Word document: "
                       "save it as .docx in Word or LibreOffice first")),
    (re.compile(r"malformed JSON at line (\d+), column (\d+): (.+)"),
     QT_TRANSLATE_NOOP("ImportProblems", "malformed JSON at line %1, column %2: %3")),
)


def problem_text(message: str) -> str:
    """`message` (a reader's sentence) in the GUI's language where it is one listed here."""
    return core_sentence(CONTEXT, message, SENTENCES, PATTERNS)
