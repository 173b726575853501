"""Detecting the languages of many files' articles in one call of the detector.

An article of ~3 KB asks the detector about eight texts (itself and the paragraphs that may
settle the mixed-language check, language.Detection). Asked file by file, that is a thousand
small calls for a thousand articles, each paying the call and its thread pool's start; asked
BATCH_TEXTS at a time, the same texts cost a good part less (issue 18). So the import reads
and checks each file in its turn (prepare.start_file: whatever can fail with the file fails
there, at once), keeps it here, and once enough texts wait (or GROUP_SECONDS passed, so a slow
import still shows its first articles soon) detects them all and stores the files in their
order: the same documents, outcomes and report as one file at a time.

The detector works in a thread of its own (`beside`): langdetect-rs runs without the GIL, so
while it detects one batch the import reads and checks the files of the next (the import's
own thread waited a third of its time on the detector before). A batch is stored once the
next is handed over, or at `flush`; nothing else changes order or outcome. That keeps two
cores busy, so on a machine of two a window beside the import (the GUI's import dialog) waits
longer for one: there the detector works in the import's thread unless the caller has no
window to keep responsive (the command line).

A file of many articles (a dataset) is detected on its own, a batch of its articles at a
time: planned while the batch before it is detected, and let go once made into documents, so
its plans and rankings are never all kept (6,000 of them made the garbage collector stop
every thread for 80 ms); Cancel is polled between batches as prepare_file does. The few
files waiting before it are stored first.
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.errors import AnnotatorError, message_of
from ..core.model import Document
from .base import ImportCancelled
from .language import Detection, batch_size
from . import prepare
from .prepare import PreparedFile, StartedFile, asks_of, rank
from .report import FileResult, Outcome
from .writer import GROUP_SECONDS, CommitGroup, store_prepared

if TYPE_CHECKING:
    from ..project import Project

log = logging.getLogger(__name__)


#: A file with more articles than this is detected on its own (see the module docstring).
FEW_ARTICLES = 16


class _RightHere:
    """An executor that runs each call at once, in the caller's thread (`beside` off)."""

    def submit(self, fn: Callable, *args: object) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except Exception as exc:  # noqa: BLE001 - given to the caller by result(), as a pool does
            future.set_exception(exc)
        return future

    def shutdown(self, cancel_futures: bool = False) -> None:
        pass


@dataclass
class _Waiting:
    file: StartedFile
    detections: list[Detection]
    asks: list[str]
    result: FileResult  # handed out by add, taken over once stored


class DetectionBatch:
    """Started files waiting for the detector. `add` returns the file's result at once; it is
    final after `flush` (and, with a CommitGroup, after the group's flush)."""

    def __init__(self, project: Project, group: CommitGroup | None, *,
                 undoable: bool = False, analyse: bool = True, beside: bool = True) -> None:
        self.project = project
        self.group = group
        self.undoable = undoable
        self.analyse = analyse  # see Project.add_documents
        self._files: list[_Waiting] = []
        self._texts = 0
        self._since = 0.0
        self.beside = beside  # the detector in a thread of its own (module docstring)
        self._pool: ThreadPoolExecutor | _RightHere | None = None
        self._detecting: tuple[list[_Waiting], Future] | None = None  # with the detector

    def add(self, file: StartedFile, cancelled: Callable[[], bool] | None = None) -> FileResult:
        if len(file.articles) > FEW_ARTICLES:
            self.flush()
            try:
                return self._store(self._detect_alone(file, cancelled))
            finally:
                self._close_executor()
        detections = file.plan()
        waiting = _Waiting(file, detections, asks_of(detections),
                           FileResult(file.path, Outcome.IMPORTED))
        if not self._files:
            self._since = time.monotonic()
        self._files.append(waiting)
        self._texts += len(waiting.asks)
        if self._texts >= batch_size() or time.monotonic() - self._since >= GROUP_SECONDS:
            self._send()
        return waiting.result

    def _detect_alone(self, file: StartedFile, cancelled: Callable[[], bool] | None
                      ) -> PreparedFile:
        """A file of many articles, a batch of texts at a time (see the module docstring)."""
        limit, pool = batch_size(), self._executor()
        documents: list[Document] = []

        def batches():  # (first article, its detections, their asks), planned as they are asked
            start = 0
            while start < len(file.articles):
                detections, asks, stop = [], [], start
                while stop < len(file.articles) and (not detections or len(asks) < limit):
                    detection = file.plan(stop, stop + 1)[0]
                    detections.append(detection)
                    asks += detection.asks
                    stop += 1
                yield start, detections, asks
                start = stop

        planned = batches()
        ahead: list[tuple[int, list[Detection], Future]] = []
        for start, detections, asks in planned:
            ahead.append((start, detections, pool.submit(rank, asks)))
            if len(ahead) < 2:
                continue  # the detector has one batch; plan the next meanwhile
            self._finish_one(file, ahead.pop(0), documents, cancelled)
        while ahead:
            self._finish_one(file, ahead.pop(0), documents, cancelled)
        return PreparedFile(file.path, file.raw_hash, documents)

    @staticmethod
    def _finish_one(file: StartedFile, batch: tuple, documents: list,
                    cancelled: Callable[[], bool] | None) -> None:
        start, detections, future = batch
        if documents and cancelled is not None \
                and time.monotonic() - file.started > prepare.CANCEL_WITHIN_FILE_AFTER \
                and cancelled():
            future.cancel()
            raise ImportCancelled(str(file.path))
        documents += file.documents(start, detections, future.result())

    def _send(self) -> None:
        """Hand the waiting files to the detector's thread (langdetect-rs works without the
        GIL, so the next files are read meanwhile), then store the batch sent before."""
        files, self._files, self._texts = self._files, [], 0
        if not files:
            return
        future = self._executor().submit(rank, [text for w in files for text in w.asks])
        before, self._detecting = self._detecting, (files, future)
        if before is not None:
            self._complete(*before)

    def flush(self) -> None:
        """Detect and store every file added so far."""
        self._send()
        before, self._detecting = self._detecting, None
        if before is not None:
            self._complete(*before)
        self._close_executor()

    def _executor(self) -> ThreadPoolExecutor | _RightHere:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="annotator-detect") \
                if self.beside else _RightHere()
        return self._pool

    def _close_executor(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _complete(self, files: list[_Waiting], future: Future) -> None:
        try:
            rankings = future.result()
        except Exception as exc:  # noqa: BLE001 - the detector broke: each file fails, as alone
            log.debug("detecting %d files", len(files), exc_info=True)
            for w in files:
                w.result.take(FileResult(w.file.path, Outcome.FAILED, "the file could not be "
                                         f"read (unexpected {type(exc).__name__}: {exc})"))
            return
        at, ready = 0, []
        for w in files:
            n = len(w.asks)
            try:
                documents = w.file.documents(0, w.detections, rankings[at:at + n])
                ready.append((PreparedFile(w.file.path, w.file.raw_hash, documents), w.result))
            except Exception as exc:  # noqa: BLE001 - as import_one: this file's failure
                log.debug("preparing %s", w.file.path, exc_info=True)
                w.result.take(FileResult(w.file.path, Outcome.FAILED, "the file could not be "
                                         f"read (unexpected {type(exc).__name__}: {exc})"))
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
            stored = FileResult(prepared.path, Outcome.FAILED, message_of(exc))
        except Exception as exc:  # noqa: BLE001 - as import_one: still one file's failure
            log.debug("storing %s", prepared.path, exc_info=True)
            stored = FileResult(prepared.path, Outcome.FAILED, "the file could not be read "
                                f"(unexpected {type(exc).__name__}: {exc})")
        if result is None:
            return stored
        result.take(stored)
        return result
