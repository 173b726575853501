"""What the Qt-free layers say to people (core/messages.py), in the GUI's language.

The core"s refusals of a typed value, the readers" reasons for not importing a file, an
import"s outcome per file and the agreement figures" gaps come as `Phrase`s (core/phrases.py):
English text that remembers its template and arguments. Every template is listed here for
lupdate (tests/ui/test_messages.py keeps the list equal to core/messages.py); `message_text`
says a phrase in the GUI's language, its arguments too, and leaves any other text as it is.
The compare layer's explanations go through compare_texts.said, as before.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.phrases import TEMPLATES as COMPARE_TEMPLATES
from ..core.phrases import fill

CONTEXT = "Messages"

MESSAGES = (
    QT_TRANSLATE_NOOP("Messages", "%1 is not a web address: it must start "
                      "with http:// or https:// and name a host"),
    QT_TRANSLATE_NOOP("Messages", "%1 is not a date: use yyyy-mm-dd (2024-05-31) or "
                      "an ISO date and time (2024-05-31T08:15:00+07:00)"),
    QT_TRANSLATE_NOOP("Messages", "%1 is not a language code: use an ISO 639-1 code such as "
                      "id, en or ar (or nothing, to use the detected language)"),
    QT_TRANSLATE_NOOP("Messages", "confidence %1 must lie between 0 and 1"),
    QT_TRANSLATE_NOOP("Messages", "a document's title cannot be empty"),
    QT_TRANSLATE_NOOP("Messages", "a claim cannot be linked to itself"),
    QT_TRANSLATE_NOOP("Messages", "these claims are already linked as %1"),
    QT_TRANSLATE_NOOP("Messages", "evidence needs a URL (or a reference)"),
    QT_TRANSLATE_NOOP("Messages", "the adjudicator needs a name (the gold layer's annotator)"),
    QT_TRANSLATE_NOOP("Messages", "the %1 export needs %2: pip install 'annotator[%3]'"),
    QT_TRANSLATE_NOOP("Messages", "the file is empty"),
    QT_TRANSLATE_NOOP("Messages", "the file has no text"),
    QT_TRANSLATE_NOOP("Messages", "this is a binary file, not text"),
    QT_TRANSLATE_NOOP("Messages", "the text encoding could not be recognised: the bytes "
                      "fit neither UTF-8 nor any other known encoding"),
    QT_TRANSLATE_NOOP("Messages", "no article text found in the file"),
    QT_TRANSLATE_NOOP("Messages", "an article in the file has no text"),
    QT_TRANSLATE_NOOP("Messages", "no such file or folder"),
    QT_TRANSLATE_NOOP("Messages", "not a regular file"),
    QT_TRANSLATE_NOOP("Messages", "permission denied: the file cannot be read"),
    QT_TRANSLATE_NOOP("Messages", "a symbolic link that loops back on itself"),
    QT_TRANSLATE_NOOP("Messages", "a symbolic link to nothing (its target is missing)"),
    QT_TRANSLATE_NOOP("Messages", "this is not a PDF file: it does not start with the PDF header"),
    QT_TRANSLATE_NOOP("Messages", "the PDF is password-protected; save an unprotected copy first"),
    QT_TRANSLATE_NOOP("Messages", "the PDF has no text layer (it is scanned or made "
                      "of images); run text recognition (OCR) on it first"),
    QT_TRANSLATE_NOOP("Messages", "this is not an HTML page: no HTML tags were found"),
    QT_TRANSLATE_NOOP("Messages", "no article text was found in the page (it "
                      "looks like an index, menu or empty page)"),
    QT_TRANSLATE_NOOP("Messages", "the Word document has no text"),
    QT_TRANSLATE_NOOP("Messages", "the JSON array is empty: there are no articles in it"),
    QT_TRANSLATE_NOOP("Messages", "the file has no JSON lines"),
    QT_TRANSLATE_NOOP("Messages", "unsupported file type %1; supported: %2"),
    QT_TRANSLATE_NOOP("Messages", "the file is over the %1 import limit"),
    QT_TRANSLATE_NOOP("Messages", "the file is %1, over the %2 import limit"),
    QT_TRANSLATE_NOOP("Messages", "this is an old-style .doc file, not a %1: save "
                      "it as .docx in Word or LibreOffice first"),
    QT_TRANSLATE_NOOP("Messages", "Word document"),
    QT_TRANSLATE_NOOP("Messages", "malformed JSON at line %1, column %2: %3"),
    QT_TRANSLATE_NOOP("Messages", "the %1 is damaged or not what its name says"),
    QT_TRANSLATE_NOOP("Messages", "the %1 is damaged or not what its name says (%2)"),
    QT_TRANSLATE_NOOP("Messages", "the %1 is too large or complex to read"),
    QT_TRANSLATE_NOOP("Messages", "the %1 is nested too deeply to read"),
    QT_TRANSLATE_NOOP("Messages", "this is not a %1: a .docx file is a zip archive and this one is not"),
    QT_TRANSLATE_NOOP("Messages", "the %1 would unpack to %2, far more than any article; refused (it may "
                      "be a zip bomb)"),
    QT_TRANSLATE_NOOP("Messages", "over %1 MB"),
    QT_TRANSLATE_NOOP("Messages", "the %1 contains an XML document type declaration (%2), which Word "
                      "never writes; refused for safety"),
    QT_TRANSLATE_NOOP("Messages", "this is %1, not text"),
    QT_TRANSLATE_NOOP("Messages", "the file claims to be %1 but has invalid bytes at byte %2"),
    QT_TRANSLATE_NOOP("Messages", "the file cannot be read (%1)"),
    QT_TRANSLATE_NOOP("Messages", "%1: expected an object with a \"text\" field, found %2"),
    QT_TRANSLATE_NOOP("Messages", "%1: the required field \"text\" is missing"),
    QT_TRANSLATE_NOOP("Messages", "%1: \"text\" must be a string, not %2"),
    QT_TRANSLATE_NOOP("Messages", "%1: \"text\" is empty"),
    QT_TRANSLATE_NOOP("Messages", "%1: \"%2\" must be a string, not %3"),
    QT_TRANSLATE_NOOP("Messages", "expected an object or an array of objects, found %1"),
    QT_TRANSLATE_NOOP("Messages", "the JSON at line %1 is nested too deeply"),
    QT_TRANSLATE_NOOP("Messages", "the object"),
    QT_TRANSLATE_NOOP("Messages", "article %1"),
    QT_TRANSLATE_NOOP("Messages", "line %1"),
    QT_TRANSLATE_NOOP("Messages", "line %1, %2"),
    QT_TRANSLATE_NOOP("Messages", "web page"),
    QT_TRANSLATE_NOOP("Messages", "PDF file"),
    QT_TRANSLATE_NOOP("Messages", "text file"),
    QT_TRANSLATE_NOOP("Messages", "a PNG image"),
    QT_TRANSLATE_NOOP("Messages", "a JPEG image"),
    QT_TRANSLATE_NOOP("Messages", "a GIF image"),
    QT_TRANSLATE_NOOP("Messages", "a RIFF media file"),
    QT_TRANSLATE_NOOP("Messages", "a program"),
    QT_TRANSLATE_NOOP("Messages", "a PDF document"),
    QT_TRANSLATE_NOOP("Messages", "a zip archive (or a Word/OpenDocument file)"),
    QT_TRANSLATE_NOOP("Messages", "a gzip archive"),
    QT_TRANSLATE_NOOP("Messages", "an old Office document"),
    QT_TRANSLATE_NOOP("Messages", "a 7-Zip archive"),
    QT_TRANSLATE_NOOP("Messages", "an SQLite database"),
    QT_TRANSLATE_NOOP("Messages", "a binary file"),
    QT_TRANSLATE_NOOP("Messages", "an object"),
    QT_TRANSLATE_NOOP("Messages", "an array"),
    QT_TRANSLATE_NOOP("Messages", "a string"),
    QT_TRANSLATE_NOOP("Messages", "true/false"),
    QT_TRANSLATE_NOOP("Messages", "a number"),
    QT_TRANSLATE_NOOP("Messages", "null"),
    QT_TRANSLATE_NOOP("Messages", "a value"),
    QT_TRANSLATE_NOOP("Messages", "over %1 MB of XML"),
    QT_TRANSLATE_NOOP("Messages", "over %1 XML elements"),
    QT_TRANSLATE_NOOP("Messages", "over %1 paragraphs"),
    QT_TRANSLATE_NOOP("Messages", "the page has %1 HTML elements, more than the %2 an article page could "
                      "need; refused"),
    QT_TRANSLATE_NOOP("Messages", "the page holds %1 MB of text and markup besides scripts and images, "
                      "more than the %2 MB an article page could need; refused"),
    QT_TRANSLATE_NOOP("Messages", "the PDF has %1 pages, more than the %2 an article could need; refused"),
    QT_TRANSLATE_NOOP("Messages", "page %1 of the PDF draws %2 MB of content, over the %3 MB a page could"
                      " need; refused"),
    QT_TRANSLATE_NOOP("Messages", "the PDF's pages draw over %1 MB of content (by page %2 of %3), more "
                      "than an article could need; refused"),
    QT_TRANSLATE_NOOP("Messages", "reading the file took over %1 s, which no article needs: it is too "
                      "large or too complex; refused"),
    QT_TRANSLATE_NOOP("Messages", "%1 line %2"),
    QT_TRANSLATE_NOOP("Messages", "%1, claim %2"),
    QT_TRANSLATE_NOOP("Messages", "%1: missing field %2"),
    QT_TRANSLATE_NOOP("Messages", "%1: field %2 has the wrong type"),
    QT_TRANSLATE_NOOP("Messages", "%1: field %2 holds a NUL or a lone surrogate, which an Annotator "
                      "export never does; the file was changed by hand"),
    QT_TRANSLATE_NOOP("Messages", "%1: direction must be ltr or rtl"),
    QT_TRANSLATE_NOOP("Messages", "%1 is not valid JSON (or is nested too deeply)"),
    QT_TRANSLATE_NOOP("Messages", "%1 is not an Annotator export record (no %2 field)"),
    QT_TRANSLATE_NOOP("Messages", "%1 was written by a newer Annotator (format %2); update Annotator to "
                      "read it"),
    QT_TRANSLATE_NOOP("Messages", "%1: a claim, evidence or link is not a JSON object"),
    QT_TRANSLATE_NOOP("Messages", "%1: %2"),
    QT_TRANSLATE_NOOP("Messages", "%1: link %2 points at claim %3, which the file does not hold; nothing "
                      "was imported"),
    QT_TRANSLATE_NOOP("Messages", "%1: %2; nothing was imported"),
    QT_TRANSLATE_NOOP("Messages", "some %1 of this file are already in the project (same ids)"),
    QT_TRANSLATE_NOOP("Messages", "cannot read %1: %2"),
    QT_TRANSLATE_NOOP("Messages", "documents"),
    QT_TRANSLATE_NOOP("Messages", "claims"),
    QT_TRANSLATE_NOOP("Messages", "evidence items"),
    QT_TRANSLATE_NOOP("Messages", "links"),
    QT_TRANSLATE_NOOP("Messages", "unknown verdict %1: use one of %2"),
    QT_TRANSLATE_NOOP("Messages", "unknown link kind %1: use one of %2"),
    QT_TRANSLATE_NOOP("Messages", "span offsets must be whole numbers"),
    QT_TRANSLATE_NOOP("Messages", "span [%1, %2) lies outside the text, which has %3 characters"),
    QT_TRANSLATE_NOOP("Messages", "span [%1, %2) is empty: start must be before end"),
    QT_TRANSLATE_NOOP("Messages", "confidence %1 is not a number"),
    QT_TRANSLATE_NOOP("Messages", "claim %1: quote does not match the text at [%2, %3)"),
    QT_TRANSLATE_NOOP("Messages", "document %1: text is empty or not normalised"),
    QT_TRANSLATE_NOOP("Messages", "the %1 holds a lone surrogate (%2), which is not a character; the file"
                      " is not valid Unicode"),
    QT_TRANSLATE_NOOP("Messages", "the file could not be read (%1)"),
    QT_TRANSLATE_NOOP("Messages", "the file could not be read (unexpected %1)"),
    QT_TRANSLATE_NOOP("Messages", "%1 article(s)"),
    QT_TRANSLATE_NOOP("Messages", "%1 article(s), %2 duplicate(s) skipped"),
    QT_TRANSLATE_NOOP("Messages", "already in the project as “%1”"),
    QT_TRANSLATE_NOOP("Messages", "all %1 articles are already in the project"),
    QT_TRANSLATE_NOOP("Messages", "everything in this Annotator export is already in the project"),
    QT_TRANSLATE_NOOP("Messages", "an Annotator export: %1"),
    QT_TRANSLATE_NOOP("Messages", "%1 new article(s)"),
    QT_TRANSLATE_NOOP("Messages", "1 already here (its claims added to it)"),
    QT_TRANSLATE_NOOP("Messages", "%1 already here (their claims added to them)"),
    QT_TRANSLATE_NOOP("Messages", "%1 claim(s), %2 link(s)"),
    QT_TRANSLATE_NOOP("Messages", "%1 claim(s) and link(s) already in the project left as they are"),
    QT_TRANSLATE_NOOP("Messages", "%1, %2"),
    QT_TRANSLATE_NOOP("Messages", "exported %1 claim(s) from %2 document(s) as %3 to %4"),
    QT_TRANSLATE_NOOP("Messages", "cannot write %1: %2; nothing was written"),
    QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    QT_TRANSLATE_NOOP("Messages", "permission denied"),
    QT_TRANSLATE_NOOP("Messages", "the disk or folder is read-only"),
    QT_TRANSLATE_NOOP("Messages", "cannot write %1: the folder %2 does not exist"),
    QT_TRANSLATE_NOOP("Messages", "cannot write %1: it is a folder; give a file name"),
    QT_TRANSLATE_NOOP("Messages", "cannot write %1: it is a file; this format writes a folder"),
    QT_TRANSLATE_NOOP("Messages", "%1 already holds other files; choose an empty or new folder for this "
                      "export"),
    QT_TRANSLATE_NOOP("Messages", "cannot write %1: it is %2, not a regular file; choose a file name"),
    QT_TRANSLATE_NOOP("Messages", "a named pipe (FIFO)"),
    QT_TRANSLATE_NOOP("Messages", "a character device"),
    QT_TRANSLATE_NOOP("Messages", "a block device"),
    QT_TRANSLATE_NOOP("Messages", "a socket"),
    QT_TRANSLATE_NOOP("Messages", "cannot write %1: it is a symbolic link that loops back on itself"),
    QT_TRANSLATE_NOOP("Messages", "cannot write %1: it is no longer a regular file; nothing was written"),
    QT_TRANSLATE_NOOP("Messages", "%1 is the project's own file: an export there would replace the project;"
                      " choose another name"),
    QT_TRANSLATE_NOOP("Messages", "%1 link(s) to claims outside this export were left out"),
    QT_TRANSLATE_NOOP("Messages", "%1 link(s) between documents cannot be %2 relations and were left out"),
    QT_TRANSLATE_NOOP("Messages", "%1 link(s) join claims of different documents or annotators; Label "
                      "Studio relations cannot hold them"),
    QT_TRANSLATE_NOOP("Messages", "%1 cell(s) starting with =, +, -, @ or a control character were prefixed"
                      " with ' so spreadsheets do not run them as formulas (%2; the JSONL "
                      "export keeps the raw text)"),
    QT_TRANSLATE_NOOP("Messages", "row %1 %2"),
    QT_TRANSLATE_NOOP("Messages", "%1 and %2 more"),
    QT_TRANSLATE_NOOP("Messages", "%1 %2 claim(s) left out: no rating is mapped to %2"),
    QT_TRANSLATE_NOOP("Messages", "%1 review(s) have no appearance: their article has no URL"),
    QT_TRANSLATE_NOOP("Messages", "%1 claim(s) span a line break; brat shows them as discontinuous spans "
                      "without the break"),
    QT_TRANSLATE_NOOP("Messages", "%1 claim(s) start or end inside a spaCy token; those tokens were split "
                      "so each span matches its quote exactly"),
    QT_TRANSLATE_NOOP("Messages", "no spaCy tokenizer could be loaded for %1; those documents use spaCy's "
                      "multi-language tokenizer"),
    QT_TRANSLATE_NOOP("Messages", "%1 claim(s) could not become spaCy spans: %2"),
    QT_TRANSLATE_NOOP("Messages", "Agreement needs the claims of two or more "
                      "annotators; only %1 tagged claims here."),
    QT_TRANSLATE_NOOP("Messages", "Agreement needs the claims of two or more "
                      "annotators; no one tagged claims here."),
    QT_TRANSLATE_NOOP("Messages", "Agreement needs documents that two or more annotators tagged; "
                      "no annotator tagged a document another one tagged."),
    QT_TRANSLATE_NOOP("Messages", "neither annotator tagged a claim in a shared document"),
    QT_TRANSLATE_NOOP("Messages", "no unit that both annotators tagged"),
    QT_TRANSLATE_NOOP("Messages", "both annotators used one and the same verdict "
                      "throughout, so chance agreement is total"),
    QT_TRANSLATE_NOOP("Messages", "no unit that every annotator tagged"),
    QT_TRANSLATE_NOOP("Messages", "a single verdict on every unit every annotator "
                      "tagged, so chance agreement is total"),
    QT_TRANSLATE_NOOP("Messages", "no unit that two annotators tagged"),
    QT_TRANSLATE_NOOP("Messages", "a single verdict on every matched unit, so "
                      "there is no disagreement to expect by chance"),
    QT_TRANSLATE_NOOP("Messages", "no document that both annotators tagged"),
    QT_TRANSLATE_NOOP("Messages", "no unit that all %1 annotators tagged"),
    QT_TRANSLATE_NOOP("Messages", "same claim"),
    QT_TRANSLATE_NOOP("Messages", "supports"),
    QT_TRANSLATE_NOOP("Messages", "contradicts"),
)


def message_text(text: str) -> str:
    """`text` in the GUI's language where it is a phrase of core/messages.py (or of the compare
    layer), else as it is."""
    template = getattr(text, "template", None)
    if template is None:
        return text
    if template in COMPARE_TEMPLATES:
        from .compare_texts import said

        return said(text)
    return fill(QCoreApplication.translate(CONTEXT, template), [message_text(a) for a in text.args])


def capitalised(text: str) -> str:
    """A sentence of the Qt-free layers (lower case, as the command line prints it after
    "annotator: ") as it starts in a dialog; a name or path first is left as it is."""
    first = text.split(" ", 1)[0]
    return text[:1].upper() + text[1:] if first.isalpha() and first.islower() else text
