"""How the background analysis cuts what it stores into short write transactions.

SQLite has one writer at a time, and the window's edits (a tag, a note) wait for the writer
that holds the lock. Storing the sentences of a 1 MB article (10,000 rows, their full-text
index and analyses) held it for 0.3–0.6 s, and a batch of such articles for seconds, so a tag
pressed meanwhile froze the window that long. Here the rows are cut into parts of at most
PART_CHARS characters of sentence text (~15 ms of the write lock each): small articles share
a part, a long one spans several. A long article's sentences become visible part by part; its
`analysed_documents` row, written with its last part, is what says they are complete, so
until then it still counts as pending and is never read as analysed.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

PART_CHARS = 40_000


@dataclass(frozen=True)
class Piece:
    """Consecutive sentence rows of one document: `first` replaces what it had, `last`
    records it as analysed (`total` rows in all)."""

    doc_id: str
    source: tuple[str, str, str]
    rows: Sequence[tuple]
    first: bool
    last: bool
    total: int


def _pieces(doc_id: str, source: tuple[str, str, str], rows: Sequence[tuple],
            limit: int) -> Iterator[tuple[Piece, int]]:
    """(piece, its characters): at least one row a piece, one empty piece for no rows."""
    start, chars, n = 0, 0, len(rows)
    for i, row in enumerate(rows):
        size = len(row[3])
        if i > start and chars + size > limit:
            yield Piece(doc_id, source, rows[start:i], start == 0, False, n), chars
            start, chars = i, 0
        chars += size
    yield Piece(doc_id, source, rows[start:], start == 0, True, n), chars


def parts(found: Sequence[tuple[str, tuple[str, str, str], Sequence[tuple]]],
          limit: int = PART_CHARS) -> Iterator[list[Piece]]:
    """The pieces of `found` ((doc_id, source, rows) in order) packed into parts of at most
    `limit` characters (a single longer sentence makes a part of its own), in order."""
    part: list[Piece] = []
    size = 0
    for doc_id, source, rows in found:
        for piece, chars in _pieces(doc_id, source, rows, limit):
            if part and size + chars > limit:
                yield part
                part, size = [], 0
            part.append(piece)
            size += chars
    if part:
        yield part
