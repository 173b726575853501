"""Exporting annotated datasets: one module per format, all behind one small API.

The CLI (`annotator export`) and the GUI export dialog both call `get_exporter(name).write(...)`;
see README.md "Exporting" for what each format holds.
"""
from __future__ import annotations

import json
from importlib import import_module
from typing import Any

from .atomic import ExportCancelled, ExportError, ReadOnlyTargetError
from .base import Exporter, ExportFilter, ExportResult, registered

#: Format names in the order the CLI help and the GUI list them.
FORMATS: list[str] = ["jsonl", "csv", "w3c", "claimreview", "fever", "brat", "labelstudio",
                      "doccano", "spacy", "parquet", "clusters", "clusters-jsonl"]

_MODULES = {"jsonl": "jsonl", "csv": "csv_rows", "w3c": "w3c", "claimreview": "claimreview",
            "fever": "fever", "brat": "brat", "labelstudio": "labelstudio",
            "doccano": "doccano", "spacy": "spacy_docbin", "parquet": "parquet",
            "clusters": "clusters", "clusters-jsonl": "clusters"}


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


def parse_option(text: str) -> tuple[str, Any]:
    """"KEY=VALUE" from the command line; VALUE is read as JSON when it is JSON (true, 3,
    {"disputed": "REFUTES"}), else taken as text."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise ExportError(f"option {text!r} is not KEY=VALUE")
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = value
    return key.strip(), parsed


def format_labels() -> dict[str, str]:
    """Format name → human label, for menus and help text."""
    return {name: exporter_class(name).label for name in FORMATS}


__all__ = ["FORMATS", "ExportCancelled", "ExportError", "ExportFilter", "ExportResult", "ReadOnlyTargetError",
           "Exporter", "exporter_class", "format_labels", "get_exporter", "parse_option"]
