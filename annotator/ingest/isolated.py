"""Large saved pages, PDFs and Word files read in a helper process, for a window's import.

Their readers (trafilatura and htmldate over a page, lxml, pypdf) spend long stretches inside
single C calls that hold Python's interpreter lock: a 7 MB saved page held it for up to
190 ms at a time, and the window's event loop, though the import runs in a worker thread,
waited that long between two frames (bench_import's p4_big_files_max_stall_ms). A helper
process has an interpreter of its own (project/helper_process.py). The window's import
(`import_paths(isolate_readers=True)`) starts one at the first such file and keeps it for
the rest of the import; the command line, with no event loop to keep, reads in its own
thread. The bytes are read, checked and hashed here; only the reader's work is sent away,
with the same time budget, and its answer or its refusal comes back as it would have here.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from ..core import messages
from ..core.errors import IngestError, message_of, said
from .base import Article, ImportCancelled, read_budget, reader_for

#: Files of these kinds from this size on are read in the helper: below it a page's longest
#: hold of the interpreter lock is a frame or two, and a helper's start (about half a second
#: for its interpreter and the readers' libraries) would cost more than it saves.
ISOLATE_BYTES = 1024 * 1024
ISOLATED_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".pdf", ".docx"})
#: How often the waiting worker thread looks at Cancel.
POLL_SECONDS = 0.05

_current: ContextVar["ReaderHelper | None"] = ContextVar("annotator_reader_helper",
                                                         default=None)


def wanted(path: Path, size: int) -> "ReaderHelper | None":
    """The import's reader helper if this file is to be read in it, else None."""
    helper = _current.get()
    if helper is None or size < ISOLATE_BYTES or path.suffix.lower() not in ISOLATED_SUFFIXES:
        return None
    return helper


@contextmanager
def readers() -> Iterator["ReaderHelper"]:
    """Around an import: large files of the kinds above are read in one helper process,
    started when the first of them comes and ended with the block."""
    helper = ReaderHelper()
    token = _current.set(helper)
    try:
        yield helper
    finally:
        _current.reset(token)
        helper.close()


def _serve(link) -> None:
    """The helper: answer ("read", path, data, seconds) until the pipe closes, with
    ("articles", list), ("refused", reason) or ("cancelled",)."""
    while True:
        request = link.conn.recv()
        if request is None:
            return None
        _, path, data, seconds = request
        path = Path(path)
        try:
            with read_budget(link.cancelled, seconds):
                answer: tuple = ("articles", reader_for(path)(path, data))
        except IngestError as exc:
            answer = ("refused", message_of(exc))  # (a Phrase pickles whole)
        except ImportCancelled:
            answer = ("cancelled",)
        link.send("result", answer)


class ReaderHelper:
    """The import's side of the reader helper; `read` blocks the import's (worker) thread."""

    def __init__(self) -> None:
        self._helper = None
        #: files read in the helper in this import (the tests look)
        self.reads = 0

    def read(self, path: Path, data: bytes, seconds: float,
             cancelled: Callable[[], bool] | None) -> list[Article]:
        from ..project.helper_process import MATCH_NICE, Helper, HelperError

        if self._helper is not None and not self._helper.process.is_alive():
            self.close()  # ended after a file (out of memory on it, killed): a new one
        if self._helper is None:
            self._helper = Helper(_serve, nice=MATCH_NICE, name="annotator-reader")
        self.reads += 1
        try:
            self._helper.conn.send(("read", str(path), data, seconds))
            while True:
                if cancelled is not None and cancelled():
                    self.close()  # asks it to stop, waits a little, then terminates it
                    raise ImportCancelled()
                message = self._helper.receive(POLL_SECONDS)
                if message is not None:
                    break
        except (HelperError, OSError) as exc:
            self.close()
            raise IngestError(said(messages.READ_FAILED, str(exc))) from None
        if message[0] == "error":  # the reader broke its contract: said as import_one says it
            raise IngestError(said(messages.READ_UNEXPECTED, str(message[1])))
        answer = message[1]
        if answer[0] == "refused":
            raise IngestError(answer[1])
        if answer[0] == "cancelled":
            raise ImportCancelled()
        return answer[1]

    def close(self) -> None:
        helper, self._helper = self._helper, None
        if helper is not None:
            helper.end()
