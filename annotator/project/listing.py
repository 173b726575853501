"""The documents of a project file as plain rows, for `annotator docs`, without loading the
facade: the file is checked and opened as Project.open(readonly=True) does it, and the rows
are store/listing.py's, which the facade's documents() is made of too.

Why a second door: the facade's modules and the domain's dataclasses they bring cost more
than Python's own start, and the listing is what scripts call in loops (issue 18).
"""
from __future__ import annotations

import os
TYPE_CHECKING = False  # typing itself costs a Python start's worth of time

from ..store import database, listing

if TYPE_CHECKING:  # paths stay strings here: pathlib is a third of the command's start
    from pathlib import Path

SUMMARY_COLS = listing.SUMMARY_COLS


def document_rows(path: str | Path) -> list[list]:
    """listing.document_rows of the project at `path`, read-only; the errors of Project.open."""
    path = os.fspath(path)
    database.inspect_file(path, full_check=False, page_check=True, reading=True)
    conn = database.connect(path, readonly=True)
    try:
        return listing.document_rows(conn)
    finally:
        conn.close()


def in_read_only_folder(path: str | Path) -> bool:
    """Project.in_read_only_folder, for a project read through this module."""
    return database.in_read_only_folder(path)
