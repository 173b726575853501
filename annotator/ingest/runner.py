"""Importing files into a project: one report line per file, nothing partial.

Each file is read, decoded and language-detected in full before anything is written
(`prepare_file`, which never touches the project); its documents are then added in one
transaction (`store_prepared`), so a failure inside a file leaves no rows of it. Cancelling stops
between files. Commits are deliberately per file, not batched: a batch would make one bad file
roll back its good neighbours, or leave them half-committed when the user cancels.
"""
from __future__ import annotations

import enum
import logging
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import AnnotatorError, IngestError
from ..core.model import Direction, Document, new_id, now_iso
from ..core.text import bytes_hash, content_hash, is_rtl, normalize_text
from .base import Article, reader_for, supported_extensions
from .language import detect_language
from .titles import guess_title

log = logging.getLogger(__name__)

#: Files larger than this are refused (configurable per call; the CLI and GUI take it from
#: Settings.max_import_mb).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: Browsers save a page's images, scripts and frames in "<page>_files"; those are not articles.
_SAVED_PAGE_ASSETS = "_files"


class Outcome(str, enum.Enum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass
class FileResult:
    path: Path
    outcome: Outcome
    message: str = ""
    doc_ids: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"path": str(self.path), "outcome": self.outcome.value, "message": self.message,
                "documents": [{"id": d, "title": t, "language": lang} for d, t, lang in
                              zip(self.doc_ids, self.titles, self.languages)]}


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def ok(self) -> bool:
        return self.count(Outcome.FAILED) == 0


Progress = Callable[[int, int, Path], None]  # done, total, current file


@dataclass
class PreparedFile:
    """A file read and turned into documents, ready to store; nothing written yet."""

    path: Path
    raw_hash: str
    documents: list[Document]


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

        for root, dirs, files in os.walk(path, onerror=on_error):
            dirs[:] = sorted(d for d in dirs
                             if not d.startswith(".") and not d.endswith(_SAVED_PAGE_ASSETS))
            for name in sorted(files):
                if not name.startswith(".") and Path(name).suffix.lower() in exts:
                    out.append(Path(root) / name)
                    found += 1
        for folder in unreadable:
            problems.append(FileResult(folder, Outcome.FAILED,
                                       "the folder cannot be read (permission denied)"))
        if not found and not unreadable:
            problems.append(FileResult(path, Outcome.FAILED, "the folder has no files of a "
                                       f"supported type ({', '.join(sorted(exts))})"))
    return out, problems


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB".replace(".0 MB", " MB") if n >= 1024 * 1024 \
        else f"{max(1, round(n / 1024))} KB"


def _read_limited(path: Path, max_bytes: int) -> bytes:
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise IngestError(f"the file is over the {_size(max_bytes)} import limit")
    return data


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, list[Article]]:
    """The file's bytes and its articles, or IngestError with the reason."""
    if not path.exists():
        raise IngestError("no such file or folder")
    if not path.is_file():
        raise IngestError("not a regular file")
    reader = reader_for(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(f"the file is {_size(size)}, over the {_size(max_bytes)} "
                              "import limit")
        data = _read_limited(path, max_bytes)
    except PermissionError:
        raise IngestError("permission denied: the file cannot be read") from None
    except OSError as exc:
        raise IngestError(f"the file cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise IngestError("the file is empty")
    articles = reader(path, data)
    if not articles:
        raise IngestError("no article text found in the file")
    return data, articles


#: ISO 639 code with optional BCP 47 subtags ("id", "en", "zh-cn", "pt-br").
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$")


def to_document(article: Article, path: Path, raw_hash: str) -> Document:
    text = normalize_text(article.text).strip("\n")
    if not text.strip():
        raise IngestError("an article in the file has no text")
    guess = detect_language(text)
    given = (article.language or "").strip().lower().replace("_", "-")
    if given and not _LANGUAGE_CODE.match(given):
        given = ""  # not a language code ("Indonesian", "??"): detection decides
    title = normalize_text(article.title or "").strip()
    return Document(
        id=new_id(), title=" ".join(title.split())[:500] or guess_title(text, path.stem), text=text,
        content_hash=content_hash(text), outlet=article.outlet.strip(), url=article.url.strip(),
        published=article.published.strip(), author=article.author.strip(),
        language=guess.code, language_prob=round(guess.probability, 4),
        language_override=given if given and given != guess.code else "",
        direction=Direction.RTL if is_rtl(text) else Direction.LTR,
        source_name=path.name, source_hash=raw_hash, imported_at=now_iso(),
    )


def prepare_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> PreparedFile:
    """Read and convert one file without touching any project (safe in any thread)."""
    data, articles = read_file(path, max_bytes)
    raw_hash = bytes_hash(data)
    return PreparedFile(path, raw_hash, [to_document(a, path, raw_hash) for a in articles])


def store_prepared(project, prepared: PreparedFile, *, undoable: bool = False) -> FileResult:
    """Add a prepared file's new documents in one transaction; duplicates are reported."""
    path = prepared.path
    docs: list[Document] = []
    seen: set[str] = set()
    duplicates: list[str] = []
    for doc in prepared.documents:
        existing = project.find_document_by_hash(doc.content_hash)
        if existing or doc.content_hash in seen:
            duplicates.append(existing or "")
            continue
        seen.add(doc.content_hash)
        docs.append(doc)
    if not docs:
        if len(duplicates) == 1 and duplicates[0]:
            title = project.document(duplicates[0]).title
            return FileResult(path, Outcome.DUPLICATE, f"already in the project as “{title}”",
                              [duplicates[0]], [title])
        return FileResult(path, Outcome.DUPLICATE,
                          f"all {len(duplicates)} articles are already in the project")
    project.add_documents(docs, label=f"Import {path.name}", undoable=undoable)
    message = f"{len(docs)} article(s)"
    if duplicates:
        message += f", {len(duplicates)} duplicate(s) skipped"
    return FileResult(path, Outcome.IMPORTED, message, [d.id for d in docs],
                      [d.title for d in docs], [d.effective_language for d in docs])


def _native_export(path: Path) -> bool:
    if path.suffix.lower() != ".jsonl":
        return False
    from ..export.native_import import is_native_export

    return is_native_export(path)


def _import_native(project, path: Path) -> FileResult:
    from ..export.native_import import import_native

    result = import_native(project, path)
    return FileResult(path, Outcome.IMPORTED, f"an Annotator export: {result.summary()}")


def import_one(project, path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
               undoable: bool = False) -> FileResult:
    path = Path(path)
    try:
        if path.is_file() and path.stat().st_size <= max_bytes and _native_export(path):
            return _import_native(project, path)
        return store_prepared(project, prepare_file(path, max_bytes), undoable=undoable)
    except AnnotatorError as exc:
        return FileResult(path, Outcome.FAILED, str(exc))
    except Exception as exc:  # noqa: BLE001 - a reader broke its contract: still one file's failure
        log.exception("importing %s", path)
        return FileResult(path, Outcome.FAILED,
                          f"the file could not be read (unexpected {type(exc).__name__}: {exc})")


def import_paths(project, paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 undoable: bool = False) -> ImportReport:
    """Import files and folders into `project` (an annotator.project.Project).

    `progress(done, total, path)` is called before each file and once at the end with
    (total, total, Path()); `cancelled()` is polled between files.
    """
    files, problems = expand_paths(paths)
    report = ImportReport(results=list(problems))
    for i, path in enumerate(files):
        if cancelled and cancelled():
            report.cancelled = True
            break
        if progress:
            progress(i, len(files), path)
        report.results.append(import_one(project, path, max_bytes=max_bytes, undoable=undoable))
    if progress and not report.cancelled:
        progress(len(files), len(files), Path())
    return report
