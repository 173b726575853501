"""The paged reads of the facade: what the GUI's library and claims tables show a screenful at
a time (store/pages.py has the SQL and says how), mixed into `Project`."""
from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Sequence

from ..core.model import Verdict
from ..core.summaries import DocumentSummary
from ..store import pages
from ..store.pages import CLAIM_ORDERS, DOCUMENT_ORDERS, ClaimFilter

__all__ = ["CLAIM_ORDERS", "DOCUMENT_ORDERS", "ClaimFilter", "ProjectPages", "claim_order_in_helper"]


#: SQLite steps between two looks at the cancel flag (a millisecond or so)
INTERRUPT_STEPS = 100_000


def _claim_order(link, path: str, order: str, descending: bool,
                 filt: ClaimFilter) -> tuple[array, int] | None:
    from .facade import Project

    with Project.open(path, readonly=True, page_check=False) as project:
        # a cancelled order stops its query within a millisecond, not when the sort is done
        # (a stale full scan would take a core from the order the user now waits for)
        project._conn.set_progress_handler(link.cancelled, INTERRUPT_STEPS)
        try:
            return project.claim_rowids(order, descending, filt), project.claim_count()
        except sqlite3.OperationalError:
            if link.cancelled():
                return None  # interrupted: nobody waits for it
            raise


def claim_order_in_helper(path, order: str, descending: bool, filt: ClaimFilter,
                          cancelled=None) -> tuple[array, int] | None:
    """The claims table's order (claim_rowids) and the claim count, read in a helper process
    (project/helper_process.py): reading 1,000,000 rowids is a million turns of Python in
    the sqlite3 module, which in a worker thread of the window's process took the
    interpreter lock from the window at every Qt call of its own (stalls of 100-200 ms while
    sorting); the helper has an interpreter of its own and sends back 8 MB of array. None
    when `cancelled()` came true first (a newer sort or filter: the helper is stopped)."""
    from . import helper_process

    return helper_process.run(_claim_order, str(path), order, descending, filt,
                              cancelled=cancelled, nice=helper_process.MATCH_NICE)


class ProjectPages:
    _conn: sqlite3.Connection

    # ---------------------------------------------------------------- articles
    def document_rowids(self, order: str = "", descending: bool = False,
                        text: str = "") -> array:
        """Rowids of the articles matching `text` (title, outlet, language, date) in the
        order named in DOCUMENT_ORDERS."""
        return pages.document_rowids(self._conn, order, descending, text)

    def document_rowid_window(self, start: int, count: int) -> list[int]:
        """A window of the import order's rowids, read from its index."""
        return pages.document_rowid_window(self._conn, start, count)

    def document_keyed_window(self, start: int, count: int, after: tuple | None = None
                              ) -> list[tuple[int, tuple]]:
        """(rowid, key) of a window of the import order, from row `start` or `start` rows
        past the row of key `after` (store.pages.document_keyed_window)."""
        return pages.document_keyed_window(self._conn, start, count, after)

    def document_position(self, doc_id: str) -> int | None:
        """The article's row in the import order."""
        return pages.document_position(self._conn, doc_id)

    def document_page(self, rowids: Sequence[int]) -> list[DocumentSummary | None]:
        return pages.document_page(self._conn, rowids)

    def text_length(self, doc_id: str) -> int:
        """Characters (code points) of an article's text, without reading it into Python."""
        return pages.text_length(self._conn, doc_id)

    def document_rowid(self, doc_id: str) -> int | None:
        return pages.document_rowid(self._conn, doc_id)

    def document_titles(self, doc_ids: Sequence[str]) -> dict[str, str]:
        """id -> title of the articles named (not of every article)."""
        return pages.document_titles(self._conn, doc_ids)

    def document_sort_key(self, order: str, rowid: int) -> tuple | None:
        return pages.document_sort_key(self._conn, order, rowid)

    def document_matches(self, rowid: int, text: str) -> bool:
        return pages.document_matches(self._conn, rowid, text)

    def document_labels(self, start: int, count: int) -> list[tuple[str, str]]:
        """(id, title or file name) of a window of the articles in title order."""
        return pages.labels_window(self._conn, start, count)

    def label_position(self, doc_id: str) -> int | None:
        return pages.label_position(self._conn, doc_id)

    def first_documents(self, limit: int, language: str | None = None) -> list[str]:
        return pages.first_documents(self._conn, language, limit)

    # ---------------------------------------------------------------- claims
    def claim_rowids(self, order: str = "document", descending: bool = False,
                     filt: ClaimFilter = ClaimFilter()) -> array:
        """Rowids of the claims passing `filt` in the order named in CLAIM_ORDERS."""
        return pages.claim_rowids(self._conn, order, descending, filt)

    def claim_page(self, rowids: Sequence[int], quote_chars: int = 320,
                   note_chars: int = 320) -> list[tuple | None]:
        return pages.claim_page(self._conn, rowids, quote_chars, note_chars)

    def claim_rowid(self, claim_id: str) -> int | None:
        return pages.claim_rowid(self._conn, claim_id)

    def claim_sort_key(self, order: str, rowid: int) -> tuple | None:
        return pages.claim_sort_key(self._conn, order, rowid)

    def claim_matches(self, rowid: int, filt: ClaimFilter) -> bool:
        return pages.claim_matches(self._conn, rowid, filt)

    def verdict_totals(self) -> dict[Verdict, int]:
        """Claims per verdict over the project (an index read: 0.2 s for 1,000,000)."""
        return pages.verdict_totals(self._conn)
