"""The rows of the claims table: what each holds, and which order each column sorts by.

A row is a small record, not a Claim, read a page at a time by rowid (store/pages.py): a table
of 1,000,000 claims holds their order and the pages painted, never every row.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ..core.model import Verdict
from .palette import LINK_MARK

#: header texts, translated where shown (context "ClaimsTable")
COLUMNS = [QT_TRANSLATE_NOOP("ClaimsTable", "Article"), QT_TRANSLATE_NOOP("ClaimsTable", "Quote"),
           QT_TRANSLATE_NOOP("ClaimsTable", "Verdict"), LINK_MARK,
           QT_TRANSLATE_NOOP("ClaimsTable", "Annotator"), QT_TRANSLATE_NOOP("ClaimsTable", "Updated")]
COL_DOC, COL_QUOTE, COL_VERDICT, COL_LINKS, COL_ANNOTATOR, COL_UPDATED = range(6)
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_CHARS = 160
NOTE_CHARS = 320
#: The store's name of each column's order (store/pages.py CLAIM_ORDERS)
SORTS = {COL_DOC: "document", COL_QUOTE: "quote", COL_VERDICT: "verdict", COL_LINKS: "links",
         COL_ANNOTATOR: "annotator", COL_UPDATED: "updated"}


@dataclass
class ClaimRow:
    id: str
    doc_id: str
    start: int
    quote: str
    verdict: Verdict
    annotator: str
    updated: str
    note: str  # its first NOTE_CHARS characters, for the tooltip
    title: str  # the article's title, else its file name
    links: int = 0
    shown_updated: str | None = None  # `updated` in the user's time zone, once worked out

    @classmethod
    def of(cls, row: tuple) -> "ClaimRow":
        cid, doc_id, start, quote, verdict, annotator, updated, note, title, links = row
        return cls(cid, doc_id, start, short(quote), verdict, annotator, updated, note, title,
                   links)


def short(quote: str) -> str:
    """One line of at most QUOTE_CHARS characters."""
    quote = " ".join(quote.split())
    return quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS - 1] + "…"
