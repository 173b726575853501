"""Importing files into a project, as the GUI's import worker and the CLI call it.

The importers (annotator.ingest) store through the facade's edits; this module is the door the
front ends use, with the report types they show.
"""
from __future__ import annotations

from ..ingest.base import supported_extensions
from ..ingest.runner import (
    FileResult, ImportCancelled, ImportReport, Outcome, get_ready, import_paths,
)

__all__ = ["FileResult", "ImportCancelled", "ImportReport", "Outcome", "get_ready",
           "import_paths", "supported_extensions"]
