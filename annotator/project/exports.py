"""Exporting a project's claims as datasets, as the GUI's export dialog and the CLI call it.

The exporters (annotator.export) read through the facade; this module is the door the front
ends use.
"""
from __future__ import annotations

from ..export import (
    FORMATS, ExportCancelled, ExportError, ExportFilter, ExportResult, Exporter, exporter_class,
    format_labels, get_exporter, parse_option,
)

__all__ = ["FORMATS", "ExportCancelled", "ExportError", "ExportFilter", "ExportResult",
           "Exporter", "exporter_class", "format_labels", "get_exporter", "parse_option"]
