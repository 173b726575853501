"""Detecting the languages of many files' articles in one call of the detector.

An article of ~3 KB asks the detector about eight texts (itself and the paragraphs that may
settle the mixed-language check, language.Detection). Asked file by file, that is a thousand
small calls for a thousand articles, each paying the call and its thread pool's start; asked
BATCH_TEXTS at a time, the same texts cost a good part less (issue 18). So the import reads
and checks each file in its turn (prepare.start_file: whatever can fail with the file fails
there, at once), keeps it here, and once enough texts wait (or GROUP_SECONDS passed, so a slow
import still shows its first articles soon) detects them all and stores the files in their
order: the same documents, outcomes and report as one file at a time.

The detector works in a thread of its own: langdetect-rs runs without the GIL, so while it
detects one batch the import reads and checks the files of the next (the import's own
thread waited a third of its time on the detector before). A batch is stored once the next
is handed over, or at `flush`; nothing else changes order or outcome.

A file that asks more than a batch by itself (a dataset of many articles) is detected on its
own, polling Cancel between calls as prepare_file does; the few files waiting before it are
stored first.
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from ..core.errors import AnnotatorError
from .language import batch_size
from .prepare import PreparedFile, StartedFile, rank
from .report import FileResult, Outcome
from .writer import GROUP_SECONDS, CommitGroup, store_prepared

if TYPE_CHECKING:
    from ..project import Project

log = logging.getLogger(__name__)


class DetectionBatch:
    """Started files waiting for the detector. `add` returns the file's result at once; it is
    final after `flush` (and, with a CommitGroup, after the group's flush)."""

    def __init__(self, project: Project, group: CommitGroup | None, *,
                 undoable: bool = False, analyse: bool = True) -> None:
        self.project = project
        self.group = group
        self.undoable = undoable
        self.analyse = analyse  # see Project.add_documents
        self._files: list[tuple[StartedFile, FileResult]] = []
        self._texts = 0
        self._since = 0.0
        self._pool: ThreadPoolExecutor | None = None
        self._detecting: tuple[list, Future] | None = None  # a batch the detector works on

    def add(self, file: StartedFile, cancelled: Callable[[], bool] | None = None) -> FileResult:
        asks = len(file.asks)
        limit = batch_size()
        if asks > limit:  # big enough to be a batch of its own, and long enough to cancel
            self.flush()
            return self._store(file.finish(rank(file.asks, cancelled, file.started)))
        if not self._files:
            self._since = time.monotonic()
        result = FileResult(file.path, Outcome.IMPORTED)  # taken over by flush
        self._files.append((file, result))
        self._texts += asks
        if self._texts >= limit or time.monotonic() - self._since >= GROUP_SECONDS:
            self._send()
        return result

    def _send(self) -> None:
        """Hand the waiting files to the detector's thread (langdetect-rs works without the
        GIL, so the next files are read meanwhile), then store the batch sent before."""
        files, self._files, self._texts = self._files, [], 0
        if not files:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="annotator-detect")
        future = self._pool.submit(rank, [text for file, _ in files for text in file.asks])
        before, self._detecting = self._detecting, (files, future)
        if before is not None:
            self._complete(*before)

    def flush(self) -> None:
        """Detect and store every file added so far."""
        self._send()
        before, self._detecting = self._detecting, None
        if before is not None:
            self._complete(*before)
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def _complete(self, files: list, future: Future) -> None:
        try:
            rankings = future.result()
        except Exception as exc:  # noqa: BLE001 - the detector broke: each file fails, as alone
            log.debug("detecting %d files", len(files), exc_info=True)
            for file, result in files:
                result.take(FileResult(file.path, Outcome.FAILED, "the file could not be read "
                                       f"(unexpected {type(exc).__name__}: {exc})"))
            return
        at, ready = 0, []
        for file, result in files:
            n = len(file.asks)
            try:
                ready.append((file.finish(rankings[at:at + n]), result))
            except Exception as exc:  # noqa: BLE001 - as import_one: this file's failure
                log.debug("preparing %s", file.path, exc_info=True)
                result.take(FileResult(file.path, Outcome.FAILED, "the file could not be read "
                                       f"(unexpected {type(exc).__name__}: {exc})"))
            at += n
        lookup = self._lookup([p for p, _ in ready])
        for prepared, result in ready:
            self._store(prepared, result, lookup)

    def _lookup(self, prepared: list[PreparedFile]) -> Callable[[str], str | None]:
        """Which of these documents the project has, in one query. A hash only one document
        of the batch has, and that no document waiting in the group has, cannot be stored
        by anyone but that document while the batch is stored; any other is asked again
        each time (the group may commit the first meanwhile)."""
        counts = Counter(d.content_hash for p in prepared for d in p.documents)
        if not counts:
            return self.project.find_document_by_hash
        known = self.project.find_documents_by_hashes(list(counts))
        waiting = self.group.waiting_hashes() if self.group is not None else set()

        def lookup(content_hash: str) -> str | None:
            if counts.get(content_hash) == 1 and content_hash not in waiting:
                return known.get(content_hash)
            return self.project.find_document_by_hash(content_hash)
        return lookup

    def _store(self, prepared: PreparedFile, result: FileResult | None = None,
               lookup: Callable[[str], str | None] | None = None) -> FileResult:
        """Store (or hand to the group) one file; as import_one does, a failure is this
        file's alone."""
        try:
            if self.group is not None:
                return self.group.add(prepared, into=result, lookup=lookup)
            stored = store_prepared(self.project, prepared, undoable=self.undoable,
                                    analyse=self.analyse)
        except AnnotatorError as exc:
            stored = FileResult(prepared.path, Outcome.FAILED, str(exc))
        except Exception as exc:  # noqa: BLE001 - as import_one: still one file's failure
            log.debug("storing %s", prepared.path, exc_info=True)
            stored = FileResult(prepared.path, Outcome.FAILED, "the file could not be read "
                                f"(unexpected {type(exc).__name__}: {exc})")
        if result is None:
            return stored
        result.take(stored)
        return result
