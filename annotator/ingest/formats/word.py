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

from ...core import messages
from ...core.errors import IngestError, said
from ..base import Article, checkpoint, library_errors, register
from ..decode import binary_kind
from ..titles import guess_title

#: Refuse archives whose parts unpack to more than this (a real article is well under 10 MB;
#: photos make up most of what is left).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: The XML parts' share of that: python-docx builds a tree of all of document.xml, and a tree
#: costs ~20 times its XML in memory (a 300 KB file of 180 MB of empty paragraphs took 4 GB).
MAX_XML_BYTES = 16 * 1024 * 1024
#: Elements in all XML parts (each costs memory and time in the tree) and paragraphs in the
#: body: a long report has a few thousand of either, bombs have millions.
MAX_XML_ELEMENTS = 600_000
MAX_PARAGRAPHS = 20_000
#: How much of each XML part's head is scanned for a DTD.
_PROLOG_SCAN = 64 * 1024
_CHUNK = 1024 * 1024
_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_PARAGRAPH = re.compile(rb"<w:p[\s/>]")
_TITLE_STYLES = ("title", "heading 1")


class _Tally:
    """What the parts really unpack to (the zip's declared sizes may lie), checked as it grows."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.unpacked = self.xml = self.elements = self.paragraphs = 0

    def refuse(self, amount: str) -> None:
        raise IngestError(said(messages.ZIP_BOMB, said(self.what), amount))

    def add(self, chunk: bytes, *, xml: bool, body: bool) -> None:
        self.unpacked += len(chunk)
        if self.unpacked > MAX_UNPACKED_BYTES:
            self.refuse(said(messages.OVER_MB, str(MAX_UNPACKED_BYTES // 2**20)))
        if not xml:
            return
        self.xml += len(chunk)
        self.elements += chunk.count(b"<")
        if body:
            # a tag split between two chunks is missed: a bound, not an exact count
            self.paragraphs += len(_PARAGRAPH.findall(chunk))
        if self.xml > MAX_XML_BYTES:
            self.refuse(said(messages.OVER_XML_MB, str(MAX_XML_BYTES // 2**20)))
        if self.elements > MAX_XML_ELEMENTS:
            self.refuse(said(messages.OVER_XML_ELEMENTS, f"{MAX_XML_ELEMENTS:,}"))
        if self.paragraphs > MAX_PARAGRAPHS:
            self.refuse(said(messages.OVER_PARAGRAPHS, f"{MAX_PARAGRAPHS:,}"))


def check_package(data: bytes, what: str = messages.WORD_DOCUMENT) -> zipfile.ZipFile:
    """The opened zip, after the size and DTD checks; IngestError when it is not a sound package.

    Every part is unpacked once, as a stream, and counted: declared sizes are not trusted."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        kind = binary_kind(data)
        if kind == messages.OLD_OFFICE:
            raise IngestError(said(messages.OLD_DOC, said(what)))
        raise IngestError(said(messages.NOT_A_DOCX, said(what)))
    tally = _Tally(what)
    with library_errors(what):
        archive = zipfile.ZipFile(io.BytesIO(data))
        declared = sum(info.file_size for info in archive.infolist())
        if declared > MAX_UNPACKED_BYTES:
            tally.refuse(f"{declared / 1e6:.0f} MB")
        for info in archive.infolist():
            xml = info.filename.endswith((".xml", ".rels"))
            with archive.open(info) as part:
                head = True
                while chunk := part.read(_PROLOG_SCAN if head else _CHUNK):
                    if head and xml and _DTD.search(chunk):
                        raise IngestError(said(messages.WORD_DTD, said(what), info.filename))
                    head = False
                    tally.add(chunk, xml=xml, body=info.filename == "word/document.xml")
                    checkpoint()
    return archive


def _blocks(container) -> list[str]:
    """Paragraph texts in reading order; a table gives one line per row, cells tab-separated."""
    from docx.table import Table

    out: list[str] = []
    for block in container.iter_inner_content():
        checkpoint()
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
        raise IngestError(said(messages.FILE_EMPTY))
    check_package(data)
    with library_errors(messages.WORD_DOCUMENT):
        import docx

        document = docx.Document(io.BytesIO(data))
        paragraphs = [p.strip() for p in _blocks(document)]
        text = "\n".join(p for p in paragraphs if p)
        title = (document.core_properties.title or "").strip() or _styled_title(document)
    if not text.strip():
        raise IngestError(said(messages.WORD_NO_TEXT))
    return [Article(text=text, title=title or guess_title(text, path.stem))]
