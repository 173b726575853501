"""Saving statistics: the door the GUI uses to write a chart's data (CSV) and images.

Everything is written atomically (a temporary file beside the destination, renamed over it),
with the exporters' machinery, so a reader never sees half a file and a failed write leaves
the old file in place.

Reserved for issue 14's compare engine: conflicts and single-source claims per outlet will be
read here (or in the facade) from annotator.compare once it exists; the statistics view shows
that chart only then.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..core.stats import GroupBy, StatsTable, VerdictCounts
from ..export.atomic import ExportError, atomic_file, atomic_path

__all__ = ["ExportError", "GroupBy", "StatsTable", "VerdictCounts", "atomic_output", "write_csv"]


def write_csv(table: StatsTable, dest: str | Path) -> Path:
    """The table as UTF-8 CSV with a BOM (spreadsheets then read non-Latin outlet names right)."""
    dest = Path(dest)
    with atomic_file(dest, encoding="utf-8-sig") as fh:
        fh.write(table.csv_text())
    return dest


@contextmanager
def atomic_output(dest: str | Path) -> Iterator[Path]:
    """A temporary path for a writer that takes a file name (QImage.save, QSvgGenerator); it
    replaces `dest` once the block ends without error. Raises ExportError on a write failure."""
    with atomic_path(Path(dest)) as tmp:
        yield tmp
