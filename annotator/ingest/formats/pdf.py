"""PDF files with a text layer, through pypdf. Scanned PDFs (images only) are refused with a
sentence saying so: guessing text from pixels (OCR) is a separate, error-prone step the user
should run knowingly, since annotations are only as good as the text under them.

Only the title is taken from the PDF's properties; its author and dates usually describe whoever
printed or exported the file, not the article.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

from ...core.errors import IngestError
from ..base import Article, library_errors, register
from ..titles import guess_title

#: Fewer letters than this in the whole file means there is no usable text layer.
MIN_LETTERS = 20
_LETTER = re.compile(r"[^\W\d_]")
#: Metadata titles that name the tool or the file, not the article.
_JUNK_TITLE = re.compile(r"^(?:microsoft (?:word|powerpoint) - |untitled\b|document\d*$)|\.(?:docx?|pdf|odt|rtf)$",
                         re.IGNORECASE)


def _meta(reader, key: str) -> str:
    try:
        value = (reader.metadata or {}).get(key)
    except Exception:  # noqa: BLE001 - a broken info dictionary is not worth failing for
        return ""
    return " ".join(str(value).split()) if value else ""


@register(".pdf")
def read_pdf(path: Path, data: bytes) -> list[Article]:
    if not data.strip():
        raise IngestError("the file is empty")
    if b"%PDF" not in data[:1024]:
        raise IngestError("this is not a PDF file: it does not start with the PDF header")
    with library_errors("PDF file"):
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception:  # noqa: BLE001 - unsupported encryption: same answer for the user
                unlocked = 0
            if not unlocked:
                raise IngestError("the PDF is password-protected; save an unprotected copy first")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        title = _meta(reader, "/Title")
    text = "\n\n".join(p for p in pages if p)
    if len(_LETTER.findall(text)) < MIN_LETTERS:
        raise IngestError("the PDF has no text layer (it is scanned or made of images); run "
                          "text recognition (OCR) on it first")
    if _JUNK_TITLE.search(title):
        title = ""
    return [Article(text=text, title=title or guess_title(text, path.stem))]
