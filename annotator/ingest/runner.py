"""Importing files and folders into a project: one report line per file, nothing partial.

Each file is read, decoded and language-detected in full before anything is written
(annotator.ingest.prepare); its documents are then stored all or nothing (annotator.ingest.writer),
so a failure inside a file leaves no rows of it. Cancelling stops between files and inside a
reader (annotator.ingest.base.checkpoint); a file cancelled while read leaves nothing.

`import_paths(project, paths, max_bytes=, progress=, cancelled=, undoable=)` is the entry point
the CLI and the GUI's import worker call; its signature is a contract.
"""
from __future__ import annotations

import errno
import logging
import os
import threading
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from ..core import messages
from ..core.errors import AnnotatorError, message_of, said
from ..project import compare as inline_policy
from . import isolated
from .base import supported_extensions
from .batch import DetectionBatch
from .language import load_in_background, use_all_cores
from .prepare import (
    DEFAULT_MAX_BYTES,
    ImportCancelled,
    PreparedFile,
    prepare_file,
    read_file,
    start_file,
    to_document,
)
from .report import FileResult, ImportReport, Outcome
from .writer import CommitGroup, store_prepared

__all__ = [
    "DEFAULT_MAX_BYTES", "FileResult", "ImportCancelled", "ImportReport", "Outcome", "PreparedFile",
    "expand_paths", "get_ready",
    "import_one", "import_paths", "prepare_file", "read_file", "store_prepared", "to_document",
]

if TYPE_CHECKING:  # the facade, for type checks only (it loads the importers and exporters)
    from ..project import Project


log = logging.getLogger(__name__)

#: Browsers save a page's images, scripts and frames in "<page>_files"; those are not articles.
_SAVED_PAGE_ASSETS = "_files"

Progress = Callable[[int, int, Path], None]  # done, total, current file


def _link_problem(link: Path, inside: str, what: str) -> str | None:
    """Why a symbolic link found in an imported folder is not followed, or None to follow it.
    A link may point anywhere (`/etc/passwd`, a home folder); what the user chose is the folder,
    so only links that stay inside it are read. Naming a link directly still imports it."""
    try:
        os.stat(link)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link that loops back on itself"
        return "a symbolic link to nothing (its target is missing)"
    target = os.path.realpath(link)
    if os.path.commonpath([target, inside]) != inside:
        return (f"skipped: a symbolic link to a {what} outside the imported folder "
                f"({target}); name it directly to import it")
    return None


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileResult]]:
    """Files as given and folders expanded (recursively, sorted, hidden entries skipped) to the
    supported files in them; plus a failure for each folder that could not be listed or held
    nothing to import, so the report names it instead of silently importing nothing."""
    exts = set(supported_extensions())
    out: list[Path] = []
    problems: list[FileResult] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            out.append(path)
            continue
        found = 0
        unreadable: list[Path] = []

        def on_error(exc: OSError) -> None:
            unreadable.append(Path(exc.filename or path))

        inside = os.path.realpath(path)
        for root, dirs, files in os.walk(path, onerror=on_error):
            dirs[:] = sorted(d for d in dirs
                             if not d.startswith(".") and not d.endswith(_SAVED_PAGE_ASSETS))
            base = Path(root)
            for d in dirs:  # not walked into (os.walk does not follow links): say why
                link = base / d
                problem = _link_problem(link, inside, "folder") if link.is_symlink() else None
                if problem:
                    problems.append(FileResult(link, Outcome.FAILED, problem))
            for name in sorted(files):  # names, not Paths, until one is kept (a Path costs)
                if not name.startswith(".") and os.path.splitext(name)[1].lower() in exts:
                    file = base / name
                    problem = _link_problem(file, inside, "file") \
                        if os.path.islink(os.path.join(root, name)) else None
                    if problem:
                        problems.append(FileResult(file, Outcome.FAILED, problem))
                        continue
                    out.append(file)
                    found += 1
        for folder in unreadable:
            problems.append(FileResult(folder, Outcome.FAILED,
                                       "the folder cannot be read (permission denied)"))
        if not found and not unreadable:
            problems.append(FileResult(path, Outcome.FAILED, "the folder has no files of a "
                                       f"supported type ({', '.join(sorted(exts))})"))
    return out, problems


#: What an Annotator export may be named (any other file needs the language detector).
_NATIVE_SUFFIXES = (".jsonl", ".ndjson")


def get_ready(paths: Iterable[str | Path], *, all_cores: bool = False) -> threading.Thread | None:
    """Start loading the language detector in a thread when importing `paths` will need it
    (anything but Annotator exports): a caller with other work before import_paths (the CLI
    opens the project) lets the load overlap it. import_paths does the same itself. The
    thread, or None when nothing is to load. `all_cores`: as import_paths's."""
    if all_cores:
        use_all_cores()
    if any(Path(p).suffix.lower() not in _NATIVE_SUFFIXES for p in paths):
        return load_in_background()
    return None


def _native_export(path: Path) -> bool:
    if path.suffix.lower() not in _NATIVE_SUFFIXES:
        return False
    from .native import is_native_export

    return is_native_export(path)


def _import_native(project: Project, path: Path) -> FileResult:
    """An Annotator native export goes back in whole, claims and links included; what the
    project has already is not added twice."""
    from .native import read_native, store_native

    result = store_native(project, path, read_native(path))
    if result.nothing_new:
        return FileResult(path, Outcome.DUPLICATE, said(messages.EXPORT_NOTHING_NEW))
    parts = [said(messages.NEW_ARTICLES, str(result.documents))]
    if result.known_documents:
        parts.append(said(messages.KNOWN_ONE) if result.known_documents == 1 else
                     said(messages.KNOWN_MANY, str(result.known_documents)))
    parts.append(said(messages.CLAIMS_AND_LINKS, str(result.claims), str(result.links)))
    if result.known_claims or result.known_links:
        parts.append(said(messages.LEFT_AS_THEY_ARE,
                          str(result.known_claims + result.known_links)))
    docs = result.new_documents
    return FileResult(path, Outcome.IMPORTED, said(messages.EXPORT_ADDED, messages.joined(parts)),
                      [d.id for d in docs], [d.title for d in docs],
                      [d.effective_language for d in docs], claims=result.claims,
                      links=result.links, claim_documents=result.claim_documents)


def import_one(project: Project, path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
               undoable: bool = False, group: CommitGroup | None = None,
               cancelled: Callable[[], bool] | None = None,
               batch: DetectionBatch | None = None) -> FileResult:
    """Import one file. With a `group`, its documents are stored with the group's next flush
    (the returned result is final once the group is flushed); with a `batch`, its languages
    are detected with the batch's next flush, and the result is final after that. Raises
    ImportCancelled when `cancelled()` turns true while the file is being prepared (nothing
    of it is stored)."""
    path = Path(path)
    if project.owns_file(path):
        return FileResult(path, Outcome.FAILED, "this is the project's own file, not articles")
    try:
        if path.suffix.lower() in _NATIVE_SUFFIXES and path.is_file() \
                and path.stat().st_size <= max_bytes and _native_export(path):
            if batch is not None:
                batch.flush()
            if group is not None:
                group.flush()
            return _import_native(project, path)
        if batch is not None:
            return batch.add(start_file(path, max_bytes, cancelled), cancelled)
        prepared = prepare_file(path, max_bytes, cancelled)
        if group is not None:
            return group.add(prepared)
        return store_prepared(project, prepared, undoable=undoable)
    except AnnotatorError as exc:
        return FileResult(path, Outcome.FAILED, message_of(exc))
    except ImportCancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - a reader broke its contract: still one file's failure
        # debug, not exception(): with no logging set up, Python would print the stack trace
        # on stderr beside the report's one sentence
        log.debug("importing %s", path, exc_info=True)
        return FileResult(path, Outcome.FAILED,
                          f"the file could not be read (unexpected {type(exc).__name__}: {exc})")


def _confirm_stored(project: Project, report: ImportReport) -> None:
    """The report says exactly what is in the project: a file reported imported whose documents
    are not all there (a write that failed behind the writer's back) is reported failed."""
    claimed = [d for r in report.results if r.outcome is Outcome.IMPORTED for d in r.doc_ids]
    if not claimed:
        return
    stored = project.existing_ids("documents", claimed)
    for r in report.results:
        if r.outcome is Outcome.IMPORTED and not set(r.doc_ids) <= stored:
            r.outcome, r.message = Outcome.FAILED, "its articles were not stored (the write " \
                "failed); import it again"
            r.doc_ids, r.titles, r.languages = [], [], []


def import_paths(project: Project, paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 undoable: bool = False, collect_changes: bool = False,
                 all_cores: bool = False, isolate_readers: bool = False) -> ImportReport:
    """Import files and folders into `project` (an annotator.project.Project).

    `progress(done, total, path)` is called before each file and once at the end with
    (total, total, Path()); `cancelled()` is polled between files, inside readers, and between
    the articles of a file that takes long (such a file is then not imported at all; see
    prepare_file). With `undoable`, each file is its own undo step; otherwise files are stored
    in small groups (see writer.CommitGroup). With `collect_changes`, `report.changes` holds
    every ChangeSet the import wrote, in order (also when cancelled), so a window on another
    connection can undo the import as one step. With `all_cores` (for a process with no window:
    the command line), the language detector works beside the import's thread and, if it
    is not loaded yet, on every core; otherwise it leaves a core free for a window: it works
    beside the import's thread only on machines of more than two cores (ingest/batch.py), on
    one core less than the machine has (language._size_thread_pool). With `isolate_readers`
    (for a window's import), large pages, PDFs and Word files are read in a helper process
    (ingest/isolated.py), so their readers' long holds of the interpreter lock do not stall
    the window.
    """
    with isolated.readers() if isolate_readers else nullcontext():
        return _import_paths(project, paths, max_bytes=max_bytes, progress=progress,
                             cancelled=cancelled, undoable=undoable,
                             collect_changes=collect_changes, all_cores=all_cores)


def _import_paths(project: Project, paths: Iterable[str | Path], *, max_bytes: int,
                  progress: Progress | None, cancelled: Callable[[], bool] | None,
                  undoable: bool, collect_changes: bool, all_cores: bool) -> ImportReport:
    files, problems = expand_paths(paths)
    get_ready(files, all_cores=all_cores)  # while the first files are read
    report = ImportReport(results=list(problems))
    # a few files are analysed as they are stored (ready to compare at once); the sentences
    # of a bulk import, its last small group included, are left to ensure_sentences
    analyse = len(files) <= inline_policy.INLINE_MAX_DOCS
    group = None if undoable else CommitGroup(project, analyse=analyse)
    batch = DetectionBatch(project, group, undoable=undoable, analyse=analyse,
                           beside=all_cores or (os.cpu_count() or 1) > 2)
    if collect_changes:
        project.subscribe(report.changes.append)
    try:
        for i, path in enumerate(files):
            if cancelled and cancelled():
                report.cancelled = True
                break
            if progress:
                progress(i, len(files), path)
            kwargs: dict = {"group": group} if group is not None else {}
            kwargs["batch"] = batch
            if cancelled is not None:
                kwargs["cancelled"] = cancelled
            try:
                report.results.append(import_one(project, path, max_bytes=max_bytes,
                                                 undoable=undoable, **kwargs))
            except ImportCancelled:
                report.cancelled = True
                break
    finally:
        batch.flush()
        if group is not None:
            group.flush()
        if collect_changes:
            project.unsubscribe(report.changes.append)
    _confirm_stored(project, report)
    if progress and not report.cancelled:
        progress(len(files), len(files), Path())
    return report
