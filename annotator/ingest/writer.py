"""Writing prepared files into a project: each file all or nothing, duplicates reported.

One transaction per file costs one disk sync per file (`synchronous = FULL`), which for small
articles takes longer than reading and detecting them. A CommitGroup therefore stores several
prepared files in one transaction. That keeps "nothing partial per file": every file was fully
read and checked before it joined the group, so what can still fail is the project file itself
(disk full, I/O error, a lock timeout, a race on a duplicate). If the group's transaction
fails, it is rolled back whole and its files are stored again one transaction each, so every
file still gets its own outcome. No transaction stays open while a group fills (the group is
kept in memory), so other windows never wait on the import for the write lock longer than one
flush; they see new documents at most GROUP_SECONDS late.

Each commit costs a disk sync and leaves the full-text index one more segment to merge: 1,000
articles stored 50 at a time took 0.19 s, in one transaction 0.11 s. So a group is bounded by
time and by the text it holds (what a flush costs and holds in memory), not by a small count.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..core import messages
from ..core.errors import AnnotatorError, message_of, said
from ..core.model import Document
from .prepare import PreparedFile
from .report import FileResult, Outcome

if TYPE_CHECKING:  # the facade, for type checks only (it loads the importers and exporters)
    from ..project import Project


#: A group is stored once it holds this many files …
GROUP_FILES = 1000
#: … or this many characters of text (a flush of them takes about a tenth of a second) …
GROUP_CHARS = 4_000_000
#: … or once this many seconds have passed since its first file.
GROUP_SECONDS = 0.25

log = logging.getLogger(__name__)


def _plan(project: Project, prepared: PreparedFile, pending: dict[str, Document],
          lookup: Callable[[str], str | None] | None = None) -> tuple[list[Document], FileResult]:
    """The documents to add (neither in the project nor pending in the current group) and the
    result to report. `lookup(hash)`: the id of the project's document with that hash, when
    the caller knows it better than one query per document (runner's DetectionBatch)."""
    lookup = lookup or project.find_document_by_hash
    path = prepared.path
    docs: list[Document] = []
    duplicates: list[tuple[str, str]] = []  # (id, title) of the document already there
    seen = dict(pending)
    for doc in prepared.documents:
        if doc.content_hash in seen:
            duplicates.append((seen[doc.content_hash].id, seen[doc.content_hash].title))
            continue
        existing = lookup(doc.content_hash)
        if existing:
            duplicates.append((existing, project.document(existing).title))
            continue
        seen[doc.content_hash] = doc
        docs.append(doc)
    if not docs:
        if len(duplicates) == 1:
            (doc_id, title), = duplicates
            return [], FileResult(path, Outcome.DUPLICATE, said(messages.DUPLICATE_OF, title),
                                  [doc_id], [title])
        return [], FileResult(path, Outcome.DUPLICATE,
                              said(messages.ALL_DUPLICATES, str(len(duplicates))))
    message = (said(messages.ARTICLES_SKIPPING, str(len(docs)), str(len(duplicates)))
               if duplicates else said(messages.ARTICLES, str(len(docs))))
    return docs, FileResult(path, Outcome.IMPORTED, message, [d.id for d in docs],
                            [d.title for d in docs], [d.effective_language for d in docs])


def store_prepared(project: Project, prepared: PreparedFile, *, undoable: bool = False,
                   analyse: bool = True) -> FileResult:
    """Add a prepared file's new documents in one transaction; duplicates are reported.
    `analyse`: see Project.add_documents."""
    docs, result = _plan(project, prepared, {})
    if docs:
        try:
            project.add_documents(docs, label=f"Import {prepared.path.name}", undoable=undoable,
                                  analyse=analyse)
        except AnnotatorError as exc:
            return FileResult(prepared.path, Outcome.FAILED, message_of(exc))
        except Exception as exc:  # noqa: BLE001 - a value the checks missed: this file alone fails
            log.debug("storing %s", prepared.path, exc_info=True)
            return FileResult(prepared.path, Outcome.FAILED, "the file's articles could not be "
                              f"stored ({type(exc).__name__}: {exc}); nothing of it was kept")
    return result


class CommitGroup:
    """Prepared files waiting to be stored together; see the module docstring.

    `add` returns the file's result at once; it is final after `flush` (which corrects it in
    place should the group's transaction fail).
    """

    def __init__(self, project: Project, *, max_files: int | None = None,
                 max_seconds: float | None = None, analyse: bool = True) -> None:
        self.project = project
        self.analyse = analyse  # see Project.add_documents
        self.max_files = max_files or GROUP_FILES
        self.max_seconds = GROUP_SECONDS if max_seconds is None else max_seconds
        self._items: list[tuple[PreparedFile, FileResult]] = []
        self._docs: list[Document] = []
        self._pending: dict[str, Document] = {}
        self._chars = 0
        self._started = 0.0

    def __len__(self) -> int:
        return len(self._items)

    def waiting_hashes(self) -> set[str]:
        """The content hashes of the documents waiting for the next flush."""
        return set(self._pending)

    def add(self, prepared: PreparedFile, into: FileResult | None = None,
            lookup: Callable[[str], str | None] | None = None) -> FileResult:
        """`into`: a result already handed out for this file, filled in (and returned);
        `lookup`: see _plan."""
        docs, result = _plan(self.project, prepared, self._pending, lookup)
        if into is not None:
            into.take(result)
            result = into
        if docs:
            if not self._items:
                self._started = time.monotonic()
            self._items.append((prepared, result))
            self._docs.extend(docs)
            self._pending.update((d.content_hash, d) for d in docs)
            self._chars += sum(len(d.text) for d in docs)
            if len(self._items) >= self.max_files or self._chars >= GROUP_CHARS or \
                    time.monotonic() - self._started >= self.max_seconds:
                self.flush()
        return result

    def flush(self) -> None:
        items, docs = self._items, self._docs
        self._items, self._docs, self._pending, self._chars = [], [], {}, 0
        if not items:
            return
        if len(items) == 1:
            label = f"Import {items[0][0].path.name}"
        else:
            label = f"Import {len(items)} files"
        try:
            self.project.add_documents(docs, label=label, undoable=False, analyse=self.analyse)
            return
        except Exception:  # noqa: BLE001 - rolled back whole (whatever the cause): store each
            pass  # file on its own, so one bad file fails alone and the report says what is stored
        for prepared, result in items:
            result.take(store_prepared(self.project, prepared, analyse=self.analyse))
