"""What every input format produces, and the registry that picks a reader by file extension.

The reader contract (the runner and the fuzzing tests rely on it):

- A reader is `reader(path, data) -> list[Article]`. `data` is the whole file, already read and
  size-checked by the runner; `path` is for the file name only. A reader never opens, fetches or
  resolves anything else: no network, no other local file (HTML, DOCX and PDF readers must keep
  their libraries from following links, entities or external references).
- Bad input raises IngestError with one sentence the user can act on, and nothing else.
  A reader converts its library's own exceptions at its boundary (see `library_errors`); any
  other exception escaping a reader is a bug in the reader, which the runner still reports as
  that file's failure rather than crash the import.
- A reader returns at least one Article, each with non-blank text; "no text" is an IngestError.
  Article text need not be normalised (the runner applies NFC and `\\n`), and empty metadata
  fields stay "".
- A reader has no side effects and keeps no state between calls, so files can be read in a
  worker thread while the project stays in the thread that opened it.
- A reader that may work for long on one file calls `checkpoint()` now and then (between
  paragraphs, pages, PDF operators): it raises ImportCancelled when the user cancelled and
  IngestError once the file has taken READ_SECONDS, so Cancel stops the file being read and no
  file can keep an import busy for minutes (see `read_budget`).
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from ..core import messages
from ..core.errors import IngestError, said


@dataclass
class Article:
    """One article read from a file, before it becomes a Document."""

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
        raise IngestError(said(messages.UNSUPPORTED_TYPE, path.suffix or "(none)", supported))
    return reader


def supported_extensions() -> list[str]:
    from . import formats  # noqa: F401

    return sorted(_READERS)


#: Seconds one file may take to read before it is refused as too large or complex.
READ_SECONDS = 9.0
#: How many checkpoints pass between two looks at the clock and at Cancel.
_CHECK_EVERY = 64


class ImportCancelled(Exception):
    """The user cancelled while a file was being prepared; nothing of it is kept. Not an
    AnnotatorError: it is not a failure of the file."""


@dataclass
class _Budget:
    deadline: float
    seconds: float
    cancelled: Callable[[], bool] | None
    calls: int = 0


_budget: ContextVar[_Budget | None] = ContextVar("annotator_read_budget", default=None)


@contextmanager
def read_budget(cancelled: Callable[[], bool] | None = None,
                seconds: float | None = None) -> Iterator[None]:
    """Readers called inside get `checkpoint()` wired to `cancelled` and a deadline. A context
    variable, not an argument, so the reader signature (a contract) stays `reader(path, data)`
    and each worker thread has its own budget."""
    seconds = READ_SECONDS if seconds is None else seconds
    token = _budget.set(_Budget(time.monotonic() + seconds, seconds, cancelled))
    try:
        yield
    finally:
        _budget.reset(token)


def checkpoint(force: bool = False) -> None:
    """Raise ImportCancelled or IngestError if the file being read should stop (see above)."""
    budget = _budget.get()
    if budget is None:
        return
    budget.calls += 1
    if not force and budget.calls % _CHECK_EVERY:
        return
    if budget.cancelled is not None and budget.cancelled():
        raise ImportCancelled()
    if time.monotonic() > budget.deadline:
        raise IngestError(said(messages.READ_TOO_LONG, f"{budget.seconds:.0f}"))


@contextmanager
def library_errors(what: str) -> Iterator[None]:
    """(`what`: messages.WORD_DOCUMENT, WEB_PAGE, PDF_FILE or TEXT_FILE.)"""
    """Turn a parsing library's undocumented failures into IngestError("… is damaged …").

    Libraries such as pypdf, python-docx and lxml raise a wide range of exceptions on broken
    files; the user needs to know the file is broken, not which class was raised.
    """
    try:
        yield
    except (IngestError, ImportCancelled):
        raise
    except MemoryError:
        raise IngestError(said(messages.TOO_COMPLEX, said(what))) from None
    except RecursionError:
        raise IngestError(said(messages.TOO_DEEP, said(what))) from None
    except Exception as exc:  # noqa: BLE001 - the boundary where library errors become ours
        detail = str(exc).strip().split("\n", 1)[0][:160]
        raise IngestError(said(messages.DAMAGED_SAYING, said(what), detail) if detail
                          else said(messages.DAMAGED, said(what))) from None
