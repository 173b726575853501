"""Formats in: each reader turns a file into articles; the runner stores them. No Qt."""
from .runner import FileResult, ImportReport, Outcome, import_paths

__all__ = ["FileResult", "ImportReport", "Outcome", "import_paths"]
