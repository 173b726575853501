"""The rows of the claims table: what each holds, how they are read (in a worker) and ordered.

A row is a small record, not a Claim: 50,000 of them are read at start, and sorting or
filtering them must not touch the project.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ..core.model import Claim, Verdict
from .palette import LINK_MARK
from .workers import open_project

#: header texts, translated where shown (context "ClaimsTable")
COLUMNS = [QT_TRANSLATE_NOOP("ClaimsTable", "Document"), QT_TRANSLATE_NOOP("ClaimsTable", "Quote"),
           QT_TRANSLATE_NOOP("ClaimsTable", "Verdict"), LINK_MARK,
           QT_TRANSLATE_NOOP("ClaimsTable", "Annotator"), QT_TRANSLATE_NOOP("ClaimsTable", "Updated")]
COL_DOC, COL_QUOTE, COL_VERDICT, COL_LINKS, COL_ANNOTATOR, COL_UPDATED = range(6)
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_CHARS = 160
NOTE_CHARS = 320
ROW_ID = attrgetter("id")


@dataclass
class ClaimRow:
    id: str
    doc_id: str
    start: int
    quote: str
    verdict: Verdict
    annotator: str
    updated: str
    links: int = 0
    note: str = ""  # its first NOTE_CHARS characters, for the filter and the tooltip

    @classmethod
    def of(cls, claim: Claim, links: int) -> "ClaimRow":
        return cls(claim.id, claim.doc_id, claim.start, short(claim.quote), claim.verdict,
                   claim.annotator, claim.updated_at, links, claim.note[:NOTE_CHARS])


def sort_key(column: int, titles: dict[str, str]) -> Callable[[ClaimRow], Any] | None:
    """The order of a sorted column (None for a column that does not sort)."""
    return {
        COL_DOC: lambda r: (titles.get(r.doc_id, "").casefold(), r.doc_id, r.start),
        COL_QUOTE: lambda r: r.quote.casefold(),
        COL_VERDICT: lambda r: r.verdict.value,
        COL_LINKS: lambda r: r.links,
        COL_ANNOTATOR: lambda r: r.annotator.casefold(),
        COL_UPDATED: lambda r: r.updated,
    }.get(column)


class Descending:
    """Reverses a key's order, so bisect can search a list sorted high to low."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key

    def __lt__(self, other: "Descending") -> bool:
        return other.key < self.key


def short(quote: str) -> str:
    """One line of at most QUOTE_CHARS characters."""
    quote = " ".join(quote.split())
    return quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS - 1] + "…"


def sort_rows(rows: list[ClaimRow], order: tuple[int, Qt.SortOrder],
               titles: dict[str, str]) -> None:
    column, direction = order
    key = sort_key(column, titles) or sort_key(COL_DOC, titles)
    rows.sort(key=key, reverse=direction == Qt.SortOrder.DescendingOrder)


def read_rows(path, titles: dict[str, str], order: tuple[int, Qt.SortOrder]) -> list[ClaimRow]:
    """In a worker thread, on its own read-only connection; sorted as the table is."""
    verdicts = {v.value: v for v in Verdict}
    with open_project(path, readonly=True) as project:
        link_counts = project.link_counts()
        rows = [ClaimRow(cid, doc_id, start, short(quote), verdicts[verdict], annotator, updated,
                         link_counts.get(cid, 0), note or "")
                for cid, doc_id, start, quote, verdict, annotator, updated, note
                in project.claim_rows(QUOTE_CHARS * 2)]
    sort_rows(rows, order, titles)
    return rows

