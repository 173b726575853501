"""What the Qt-free layers say to people outside the compare layer, as phrase templates.

The core's and the facade's refusals of a typed value, the readers' reasons for not importing a
file, an import's outcome per file and the agreement figures' gaps are made as `Phrase`s
(core/phrases.py) of these templates: the command line and the JSON reports print the English
text as it stands, and the GUI says the same thing in its own language (ui/messages.py lists
every template for its translators; a test keeps the two lists equal). Rarer sentences stay
plain English strings.
"""
from __future__ import annotations

# ---------------------------------------------------------------------- refusals of a value
URL_INVALID = "%1 is not a web address: it must start with http:// or https:// and name a host"
DATE_INVALID = ("%1 is not a date: use yyyy-mm-dd (2024-05-31) or an ISO date and time "
                "(2024-05-31T08:15:00+07:00)")
LANGUAGE_INVALID = ("%1 is not a language code: use an ISO 639-1 code such as id, en or ar "
                    "(or nothing, to use the detected language)")
CONFIDENCE_RANGE = "confidence %1 must lie between 0 and 1"
TITLE_EMPTY = "a document's title cannot be empty"
LINK_TO_ITSELF = "a claim cannot be linked to itself"
ALREADY_LINKED = "these claims are already linked as %1"
#: LinkKind.label of each kind, the argument of ALREADY_LINKED
LINK_LABELS = ("same claim", "supports", "contradicts")
EVIDENCE_NEEDS_URL = "evidence needs a URL (or a reference)"
ADJUDICATOR_NEEDS_NAME = "the adjudicator needs a name (the gold layer's annotator)"
EXPORT_NEEDS = "the %1 export needs %2: pip install 'annotator[%3]'"

UNKNOWN_VERDICT = "unknown verdict %1: use one of %2"
UNKNOWN_LINK_KIND = "unknown link kind %1: use one of %2"
SPAN_NOT_WHOLE = "span offsets must be whole numbers"
SPAN_OUTSIDE = "span [%1, %2) lies outside the text, which has %3 characters"
SPAN_EMPTY = "span [%1, %2) is empty: start must be before end"
CONFIDENCE_NOT_NUMBER = "confidence %1 is not a number"
QUOTE_MISMATCH = "claim %1: quote does not match the text at [%2, %3)"
DOCUMENT_TEXT_BAD = "document %1: text is empty or not normalised"
#: where something was found wrong, then what: "article 2: …", "x.jsonl line 3: …"
AT = "%1: %2"

# ---------------------------------------------------------------------- a file not imported
FILE_EMPTY = "the file is empty"
FILE_NO_TEXT = "the file has no text"
FILE_BINARY = "this is a binary file, not text"
ENCODING_UNKNOWN = ("the text encoding could not be recognised: the bytes fit neither UTF-8 "
                    "nor any other known encoding")
NO_ARTICLE_TEXT = "no article text found in the file"
ARTICLE_NO_TEXT = "an article in the file has no text"
NO_SUCH_FILE = "no such file or folder"
NOT_REGULAR = "not a regular file"
PERMISSION_DENIED = "permission denied: the file cannot be read"
LINK_LOOPS = "a symbolic link that loops back on itself"
LINK_DANGLING = "a symbolic link to nothing (its target is missing)"
NOT_PDF = "this is not a PDF file: it does not start with the PDF header"
PDF_PASSWORD = "the PDF is password-protected; save an unprotected copy first"
PDF_NO_TEXT = ("the PDF has no text layer (it is scanned or made of images); run text "
               "recognition (OCR) on it first")
NOT_HTML = "this is not an HTML page: no HTML tags were found"
PAGE_NO_ARTICLE = ("no article text was found in the page (it looks like an index, menu or "
                   "empty page)")
WORD_NO_TEXT = "the Word document has no text"
JSON_ARRAY_EMPTY = "the JSON array is empty: there are no articles in it"
NO_JSON_LINES = "the file has no JSON lines"
UNSUPPORTED_TYPE = "unsupported file type %1; supported: %2"
OVER_LIMIT = "the file is over the %1 import limit"
SIZE_OVER_LIMIT = "the file is %1, over the %2 import limit"
OLD_DOC = "this is an old-style .doc file, not a %1: save it as .docx in Word or LibreOffice first"
WORD_DOCUMENT = "Word document"
#: the other kinds of file a reader names (the %1 of DAMAGED, TOO_COMPLEX, TOO_DEEP)
WEB_PAGE = "web page"
PDF_FILE = "PDF file"
TEXT_FILE = "text file"
DAMAGED = "the %1 is damaged or not what its name says"
#: %2: the parsing library's own words (English)
DAMAGED_SAYING = "the %1 is damaged or not what its name says (%2)"
TOO_COMPLEX = "the %1 is too large or complex to read"
TOO_DEEP = "the %1 is nested too deeply to read"
NOT_A_DOCX = "this is not a %1: a .docx file is a zip archive and this one is not"
ZIP_BOMB = "the %1 would unpack to %2, far more than any article; refused (it may be a zip bomb)"
OVER_MB = "over %1 MB"
WORD_DTD = ("the %1 contains an XML document type declaration (%2), which Word never writes; "
            "refused for safety")
NOT_TEXT = "this is %1, not text"
#: the %1 of NOT_TEXT: what a file's first bytes say it is (decode._SIGNATURES, in its
#: order, then any other file with NUL bytes)
OLD_OFFICE = "an old Office document"  # (one of BINARY_KINDS: the readers tell it apart)
BINARY_KINDS = ("a PNG image", "a JPEG image", "a GIF image", "a RIFF media file", "a program",
                "a PDF document", "a zip archive (or a Word/OpenDocument file)",
                "a gzip archive", OLD_OFFICE, "a 7-Zip archive",
                "an SQLite database", "a binary file")
BOM_INVALID = "the file claims to be %1 but has invalid bytes at byte %2"
#: %1: the system's words (English)
CANNOT_READ = "the file cannot be read (%1)"
JSON_NOT_ARTICLE = '%1: expected an object with a "text" field, found %2'
JSON_NO_TEXT_FIELD = '%1: the required field "text" is missing'
JSON_TEXT_NOT_STRING = '%1: "text" must be a string, not %2'
JSON_TEXT_EMPTY = '%1: "text" is empty'
JSON_FIELD_NOT_STRING = '%1: "%2" must be a string, not %3'
JSON_TOP_LEVEL = "expected an object or an array of objects, found %1"
JSON_TOO_DEEP = "the JSON at line %1 is nested too deeply"
#: where in a JSON file (the %1 of the JSON_ messages), and what a value is (their last %)
THE_OBJECT = "the object"
ARTICLE_N = "article %1"
LINE_N = "line %1"
AT_LINE = "line %1, %2"
JSON_KINDS = ("an object", "an array", "a string", "true/false", "a number", "null", "a value")
MALFORMED_JSON = "malformed JSON at line %1, column %2: %3"

#: a refused hostile or oversized file (each ends "; refused")
OVER_XML_MB = "over %1 MB of XML"
OVER_XML_ELEMENTS = "over %1 XML elements"
OVER_PARAGRAPHS = "over %1 paragraphs"
HTML_ELEMENTS = "the page has %1 HTML elements, more than the %2 an article page could need; refused"
HTML_TEXT = ("the page holds %1 MB of text and markup besides scripts and images, more than the "
             "%2 MB an article page could need; refused")
PDF_PAGES = "the PDF has %1 pages, more than the %2 an article could need; refused"
PDF_PAGE_CONTENT = ("page %1 of the PDF draws %2 MB of content, over the %3 MB a page could "
                    "need; refused")
PDF_CONTENT = ("the PDF's pages draw over %1 MB of content (by page %2 of %3), more than an "
               "article could need; refused")
READ_TOO_LONG = ("reading the file took over %1 s, which no article needs: it is too large or "
                 "too complex; refused")
#: an Annotator export being imported again (`%1`: where, NATIVE_WHERE)
NATIVE_WHERE = "%1 line %2"
NATIVE_CLAIM = "%1, claim %2"
NATIVE_MISSING = "%1: missing field %2"
NATIVE_WRONG_TYPE = "%1: field %2 has the wrong type"
NATIVE_UNSTORABLE = ("%1: field %2 holds a NUL or a lone surrogate, which an Annotator export "
                     "never does; the file was changed by hand")
NATIVE_DIRECTION = "%1: direction must be ltr or rtl"
NATIVE_NOT_JSON = "%1 is not valid JSON (or is nested too deeply)"
NATIVE_NOT_RECORD = "%1 is not an Annotator export record (no %2 field)"
NATIVE_NEWER = "%1 was written by a newer Annotator (format %2); update Annotator to read it"
NATIVE_NOT_OBJECT = "%1: a claim, evidence or link is not a JSON object"
NATIVE_DANGLING = ("%1: link %2 points at claim %3, which the file does not hold; nothing was "
                   "imported")
NOTHING_IMPORTED = "%1: %2; nothing was imported"
SAME_IDS = "some %1 of this file are already in the project (same ids)"
#: the %1 of SAME_IDS
ID_KINDS = ("documents", "claims", "evidence items", "links")
CANNOT_READ_FILE = "cannot read %1: %2"
LONE_SURROGATE = ("the %1 holds a lone surrogate (%2), which is not a character; the file is "
                  "not valid Unicode")
READ_FAILED = "the file could not be read (%1)"
READ_UNEXPECTED = "the file could not be read (unexpected %1)"

# ---------------------------------------------------------------------- a file imported
ARTICLES = "%1 article(s)"
ARTICLES_SKIPPING = "%1 article(s), %2 duplicate(s) skipped"
DUPLICATE_OF = "already in the project as “%1”"
ALL_DUPLICATES = "all %1 articles are already in the project"
EXPORT_NOTHING_NEW = "everything in this Annotator export is already in the project"
EXPORT_ADDED = "an Annotator export: %1"
NEW_ARTICLES = "%1 new article(s)"
KNOWN_ONE = "1 already here (its claims added to it)"
KNOWN_MANY = "%1 already here (their claims added to them)"
CLAIMS_AND_LINKS = "%1 claim(s), %2 link(s)"
LEFT_AS_THEY_ARE = "%1 claim(s) and link(s) already in the project left as they are"
#: two parts of a list, "a, b" (a longer list nests it: "a, b" then "(a, b), c")
LIST = "%1, %2"

# ---------------------------------------------------------------------- an export
EXPORTED = "exported %1 claim(s) from %2 document(s) as %3 to %4"
WRITE_FAILED = "cannot write %1: %2; nothing was written"
#: the %2 of WRITE_FAILED for the common causes (else the system's own words)
DISK_FULL = "the disk is full"
WRITE_DENIED = "permission denied"
READ_ONLY_DISK = "the disk or folder is read-only"
FOLDER_MISSING = "cannot write %1: the folder %2 does not exist"
TARGET_IS_FOLDER = "cannot write %1: it is a folder; give a file name"
TARGET_IS_FILE = "cannot write %1: it is a file; this format writes a folder"
FOLDER_NOT_OURS = "%1 already holds other files; choose an empty or new folder for this export"
TARGET_SPECIAL = "cannot write %1: it is %2, not a regular file; choose a file name"
#: the %2 of TARGET_SPECIAL
SPECIAL_KINDS = ("a named pipe (FIFO)", "a character device", "a block device", "a socket")
TARGET_LINK_LOOP = "cannot write %1: it is a symbolic link that loops back on itself"
TARGET_CHANGED = "cannot write %1: it is no longer a regular file; nothing was written"
OWN_FILE = ("%1 is the project's own file: an export there would replace the project; choose "
            "another name")
DROPPED_LINKS = "%1 link(s) to claims outside this export were left out"
CROSS_LINKS = "%1 link(s) between documents cannot be %2 relations and were left out"
UNLINKED_RELATIONS = ("%1 link(s) join claims of different documents or annotators; Label "
                      "Studio relations cannot hold them")
FORMULA_CELLS = ("%1 cell(s) starting with =, +, -, @ or a control character were prefixed "
                 "with ' so spreadsheets do not run them as formulas (%2; the JSONL export "
                 "keeps the raw text)")
#: one cell of FORMULA_CELLS's list: its row as a spreadsheet numbers it, and its column
CELL = "row %1 %2"
AND_MORE = "%1 and %2 more"
NO_RATING = "%1 %2 claim(s) left out: no rating is mapped to %2"
NO_APPEARANCE = "%1 review(s) have no appearance: their article has no URL"
SPLIT_AT_BREAK = ("%1 claim(s) span a line break; brat shows them as discontinuous spans "
                  "without the break")
TOKENS_SPLIT = ("%1 claim(s) start or end inside a spaCy token; those tokens were split so "
                "each span matches its quote exactly")
NO_TOKENIZER = ("no spaCy tokenizer could be loaded for %1; those documents use spaCy's "
                "multi-language tokenizer")
NO_SPANS = "%1 claim(s) could not become spaCy spans: %2"

# ---------------------------------------------------------------------- agreement
NEEDS_TWO_ONLY = "Agreement needs the claims of two or more annotators; only %1 tagged claims here."
NEEDS_TWO_NONE = "Agreement needs the claims of two or more annotators; no one tagged claims here."
NEEDS_SHARED = ("Agreement needs documents that two or more annotators tagged; no annotator "
                "tagged a document another one tagged.")
NO_SHARED_CLAIM = "neither annotator tagged a claim in a shared document"
NO_PAIR_UNIT = "no unit that both annotators tagged"
ONE_VERDICT_PAIR = ("both annotators used one and the same verdict throughout, so chance "
                    "agreement is total")
NO_COMPLETE_UNIT = "no unit that every annotator tagged"
ONE_VERDICT_ALL = ("a single verdict on every unit every annotator tagged, so chance agreement "
                   "is total")
NO_TWO_UNIT = "no unit that two annotators tagged"
ONE_VERDICT_MATCHED = ("a single verdict on every matched unit, so there is no disagreement to "
                       "expect by chance")
NO_SHARED_DOCUMENT = "no document that both annotators tagged"
NO_UNIT_ALL = "no unit that all %1 annotators tagged"

MESSAGES = frozenset(value for name, value in list(globals().items())
                     if name.isupper() and isinstance(value, str)) | frozenset(LINK_LABELS) \
    | frozenset(SPECIAL_KINDS) | frozenset(BINARY_KINDS) \
    | frozenset(JSON_KINDS) | frozenset(ID_KINDS)


def joined(parts: list) -> str:
    """`parts` (phrases or text) as one phrase "a, b, c", each still said in the GUI's words."""
    from .phrases import Phrase

    out = parts[0]
    for part in parts[1:]:
        out = Phrase(LIST, out, part)
    return out
