"""CSV: one row per claim, for spreadsheets.

RFC 4180 through the csv module (CRLF row ends, quoting where needed), UTF-8, optionally with a
BOM so Excel detects the encoding. A cell that a spreadsheet would run as a formula (starting
with = + - @ TAB CR, as OWASP lists them) gets a leading apostrophe against CSV injection; the
JSONL export keeps the raw text. A cell starting with a line break is text (a suffix that
begins at the end of a paragraph) and is left alone, unless a formula follows the breaks.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..core import messages
from ..core.errors import said
from ..core.model import Claim, Document
from .atomic import atomic_file
from .base import Exporter, ExportSource, register

COLUMNS = [
    "claim_id", "doc_id", "doc_title", "doc_url", "outlet", "language", "start", "end", "quote",
    "prefix", "suffix", "verdict", "note", "confidence", "claimant", "reported_by", "annotator",
    "created_at", "updated_at", "evidence_urls", "links",
]

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_TRIGGER_SET = frozenset(_TRIGGERS)
#: Cells named in the warning; the rest are counted.
NAMED_CELLS = 5


def runs_as_formula(cell: str) -> bool:
    """Whether a spreadsheet could run `cell`: it starts with a trigger, maybe after line feeds."""
    return bool(cell) and cell.lstrip("\n")[:1] in _TRIGGER_SET


def changed_cells_warning(changed: list[str]) -> str:
    """ "3 cells … : row 2 quote, row 4 note, row 9 suffix" (rows as a spreadsheet numbers them)."""
    named = messages.joined(changed[:NAMED_CELLS])
    if len(changed) > NAMED_CELLS:
        named = said(messages.AND_MORE, named, str(len(changed) - NAMED_CELLS))
    return said(messages.FORMULA_CELLS, str(len(changed)), named)


def neutralised(row: list[str], line: int, columns: list[str], changed: list[str]) -> list[str]:
    """`row` with formula cells prefixed by '; `changed` gets "row N column" of each."""
    for i, cell in enumerate(row):
        if runs_as_formula(cell):
            row[i] = "'" + cell
            changed.append(said(messages.CELL, str(line), columns[i]))
    return row


def claim_row(doc: Document, c: Claim, links: list[str]) -> list[str]:
    confidence = "" if c.confidence is None else repr(float(c.confidence))
    return [
        c.id, doc.id, doc.title, doc.url, doc.outlet, doc.effective_language, str(c.start),
        str(c.end), c.quote, c.prefix, c.suffix, c.verdict.value, c.note, confidence, c.claimant,
        c.reported_by, c.annotator, c.created_at, c.updated_at,
        "\n".join(e.url for e in c.evidence), "\n".join(links),
    ]


@register
class CsvExporter(Exporter):
    name = "csv"
    label = "CSV spreadsheet (one row per claim)"
    suffix = ".csv"
    limits = ('Evidence and links become text cells; cells that look like formulas get a '
              "leading '; no verdict history.")
    OPTIONS = {"bom": False}

    def _rows(self, source: ExportSource, changed: list[str], limit: int | None = None):
        """Rows with formula cells neutralised; `changed` gets "row N column" of each."""
        by_claim = source.links_by_claim()
        line = 1  # the header
        for doc, claims in source.documents(include_empty=False, limit=limit):
            for c in claims:
                links = [f"{link.kind.value} {link.target_id if link.source_id == c.id else link.source_id}"
                         for link in by_claim.get(c.id, ())]
                row = claim_row(doc, c, links)
                line += 1
                yield neutralised(row, line, COLUMNS, changed)

    def _write(self, source: ExportSource, dest: Path, warnings: list[str]) -> None:
        changed: list[str] = []
        encoding = "utf-8-sig" if self.options["bom"] else "utf-8"
        with atomic_file(dest, encoding=encoding) as fh:
            writer = csv.writer(fh, dialect="excel", lineterminator="\r\n")
            writer.writerow(COLUMNS)
            writer.writerows(self._rows(source, changed))
        if changed:
            warnings.append(changed_cells_warning(changed))
        warnings += source.dropped_links_warning()

    def _preview(self, source: ExportSource, limit: int) -> str:
        out = io.StringIO()
        writer = csv.writer(out, dialect="excel", lineterminator="\n")
        writer.writerow(COLUMNS)
        for i, row in enumerate(self._rows(source, [])):
            if i >= limit:
                break
            writer.writerow(row)
        return out.getvalue()
