"""Word documents (.docx) through python-docx: body paragraphs and tables, in reading order.

A .docx is a zip of XML parts. Before python-docx sees it we check that it is a zip at all (a
renamed .doc or a truncated download gives a sentence, not a BadZipFile), that it does not
unpack to an absurd size (a zip bomb), and that no XML part carries a document type
declaration: Word never writes one, and DTDs are where entity-expansion bombs and external
entities live. python-docx itself parses with `resolve_entities=False` (and lxml never loads
DTDs or touches the network by default), so this is a second wall, not the only one.

Only the document's title is taken from its properties: "author" and "created" there describe
whoever saved the file, usually the fact-checker, not the article's author or date.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ...core.errors import IngestError
from ..base import Article, library_errors, register
from ..decode import binary_kind
from ..titles import guess_title

#: Refuse archives whose parts unpack to more than this (a real article is well under 10 MB).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: How much of each XML part's head is scanned for a DTD.
_PROLOG_SCAN = 64 * 1024
_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_TITLE_STYLES = ("title", "heading 1")


def check_package(data: bytes, what: str = "Word document") -> zipfile.ZipFile:
    """The opened zip, after the size and DTD checks; IngestError when it is not a sound package."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        kind = binary_kind(data)
        if kind == "an old Office document":
            raise IngestError(f"this is an old-style .doc file, not a {what}: save it as .docx "
                              "in Word or LibreOffice first")
        raise IngestError(f"this is not a {what}: a .docx file is a zip archive and this one "
                          "is not")
    with library_errors(what):
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise IngestError(f"the {what} would unpack to {unpacked / 1e6:.0f} MB, which is "
                              "not a plausible article; refused")
        for info in archive.infolist():
            if info.filename.endswith((".xml", ".rels")):
                with archive.open(info) as part:
                    if _DTD.search(part.read(_PROLOG_SCAN)):
                        raise IngestError(f"the {what} contains an XML document type "
                                          f"declaration ({info.filename}), which Word never "
                                          "writes; refused for safety")
    return archive


def _blocks(container) -> list[str]:
    """Paragraph texts in reading order; a table gives one line per row, cells tab-separated."""
    from docx.table import Table

    out: list[str] = []
    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell repeats across the span
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(" ".join(_blocks(cell)).split()))
                out.append("\t".join(cells))
        else:
            out.append(block.text)
    return out


def _styled_title(document) -> str:
    for para in document.paragraphs[:10]:
        style = (para.style.name if para.style is not None else "").lower()
        if style in _TITLE_STYLES and para.text.strip():
            return " ".join(para.text.split())
    return ""


@register(".docx")
def read_docx(path: Path, data: bytes) -> list[Article]:
    if not data.strip():
        raise IngestError("the file is empty")
    check_package(data)
    with library_errors("Word document"):
        import docx

        document = docx.Document(io.BytesIO(data))
        paragraphs = [p.strip() for p in _blocks(document)]
        text = "\n".join(p for p in paragraphs if p)
        title = (document.core_properties.title or "").strip() or _styled_title(document)
    if not text.strip():
        raise IngestError("the Word document has no text")
    return [Article(text=text, title=title or guess_title(text, path.stem))]
