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

from ...core import messages
from ...core.errors import IngestError, said
from ..base import Article, checkpoint, library_errors, register
from ..titles import guess_title

#: Fewer letters than this in the whole file means there is no usable text layer.
MIN_LETTERS = 20
_LETTER = re.compile(r"[^\W\d_]")
#: Metadata titles that name the tool or the file, not the article.
_JUNK_TITLE = re.compile(r"^(?:microsoft (?:word|powerpoint) - |untitled\b|document\d*$)|\.(?:docx?|pdf|odt|rtf)$",
                         re.IGNORECASE)


#: Bounds checked before any text is extracted. pypdf's text extraction takes ~2 s per MB of
#: content stream, and pages may share one stream (30 pages drawing one 6 MB stream took 14 s
#: each), so the bound is on pages × their streams' unpacked size. The read budget
#: (base.READ_SECONDS, checked between operators) stops what is left.
MAX_PAGES = 2000
MAX_PAGE_CONTENT_BYTES = 4 * 1024 * 1024
MAX_CONTENT_BYTES = 16 * 1024 * 1024


def _content_bytes(page) -> int:
    contents = page.get("/Contents")
    if contents is None:
        return 0
    contents = contents.get_object()
    streams = contents if isinstance(contents, list) else [contents]
    return sum(len(s.get_object().get_data()) for s in streams)


def check_bounds(reader) -> None:
    pages = len(reader.pages)
    if pages > MAX_PAGES:
        raise IngestError(said(messages.PDF_PAGES, f"{pages:,}", f"{MAX_PAGES:,}"))
    total = 0
    for number, page in enumerate(reader.pages, start=1):
        size = _content_bytes(page)
        if size > MAX_PAGE_CONTENT_BYTES:
            raise IngestError(said(messages.PDF_PAGE_CONTENT, str(number), f"{size / 2**20:.0f}",
                                   str(MAX_PAGE_CONTENT_BYTES // 2**20)))
        total += size
        if total > MAX_CONTENT_BYTES:
            raise IngestError(said(messages.PDF_CONTENT, str(MAX_CONTENT_BYTES // 2**20),
                                   str(number), str(pages)))
        checkpoint(force=True)


def _watch(*_args) -> None:
    checkpoint()


def _meta(reader, key: str) -> str:
    try:
        value = (reader.metadata or {}).get(key)
    except Exception:  # noqa: BLE001 - a broken info dictionary is not worth failing for
        return ""
    return " ".join(str(value).split()) if value else ""


@register(".pdf")
def read_pdf(path: Path, data: bytes) -> list[Article]:
    if not data.strip():
        raise IngestError(said(messages.FILE_EMPTY))
    if b"%PDF" not in data[:1024]:
        raise IngestError(said(messages.NOT_PDF))
    with library_errors(messages.PDF_FILE):
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception:  # noqa: BLE001 - unsupported encryption: same answer for the user
                unlocked = 0
            if not unlocked:
                raise IngestError(said(messages.PDF_PASSWORD))
        check_bounds(reader)
        pages = [(page.extract_text(visitor_operand_before=_watch) or "").strip()
                 for page in reader.pages]
        title = _meta(reader, "/Title")
    text = "\n\n".join(p for p in pages if p)
    if len(_LETTER.findall(text)) < MIN_LETTERS:
        raise IngestError(said(messages.PDF_NO_TEXT))
    if _JUNK_TITLE.search(title):
        title = ""
    return [Article(text=text, title=title or guess_title(text, path.stem))]
