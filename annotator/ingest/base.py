"""What every input format produces, and the registry that picks a reader by file extension."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import IngestError


@dataclass
class Article:
    """One article read from a file, before it becomes a Document (text already normalised)."""

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""
    author: str = ""
    language: str = ""  # given by the file (e.g. a JSON field); detection fills it otherwise


#: A reader turns a file's bytes into articles, or raises IngestError with a reason.
Reader = Callable[[Path, bytes], list[Article]]

_READERS: dict[str, Reader] = {}


def register(*extensions: str) -> Callable[[Reader], Reader]:
    def inner(reader: Reader) -> Reader:
        for ext in extensions:
            _READERS[ext.lower()] = reader
        return reader
    return inner


def reader_for(path: Path) -> Reader:
    from . import formats  # noqa: F401  (registers the readers)

    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        supported = ", ".join(sorted(_READERS))
        raise IngestError(f"unsupported file type {path.suffix or '(none)'}; supported: {supported}")
    return reader


def supported_extensions() -> list[str]:
    from . import formats  # noqa: F401

    return sorted(_READERS)
