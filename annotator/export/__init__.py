"""Exporting annotated datasets: one module per format, all behind one small API.

The CLI (`annotator export`) and the GUI export dialog both call `get_exporter(name).write(...)`;
see README.md "Exporting" for what each format holds.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

from .atomic import ExportCancelled, ExportError
from .base import Exporter, ExportFilter, ExportResult, registered

#: Format names in the order the CLI help and the GUI list them.
FORMATS: list[str] = ["jsonl", "csv", "w3c", "claimreview", "fever", "brat", "labelstudio",
                      "doccano", "spacy", "parquet"]

_MODULES = {"jsonl": "jsonl", "csv": "csv_rows", "w3c": "w3c", "claimreview": "claimreview",
            "fever": "fever", "brat": "brat", "labelstudio": "labelstudio",
            "doccano": "doccano", "spacy": "spacy_docbin", "parquet": "parquet"}


def exporter_class(name: str) -> type[Exporter]:
    key = (name or "").strip().lower()
    if key not in _MODULES:
        raise ExportError(f"unknown export format {name!r}: use one of {', '.join(FORMATS)}")
    import_module(f"{__name__}.{_MODULES[key]}")
    return registered()[key]


def get_exporter(name: str, **options: Any) -> Exporter:
    """The exporter for `name`; options (e.g. `bom=True` for csv, `labels={...}` for fever)
    are listed in each class's OPTIONS."""
    return exporter_class(name)(**options)


def format_labels() -> dict[str, str]:
    """Format name → human label, for menus and help text."""
    return {name: exporter_class(name).label for name in FORMATS}


__all__ = ["FORMATS", "ExportCancelled", "ExportError", "ExportFilter", "ExportResult",
           "Exporter", "exporter_class", "format_labels", "get_exporter"]
