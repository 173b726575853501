"""Importing files into a project: one report line per file, nothing partial.

Each file is read and detected in full before anything is written; its documents are then added
in one transaction, so a failure inside a file leaves no rows of it.
"""
from __future__ import annotations

import enum
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import AnnotatorError, IngestError
from ..core.model import Direction, Document, new_id, now_iso
from ..core.text import bytes_hash, content_hash, is_rtl, normalize_text
from .base import Article, reader_for, supported_extensions
from .language import detect_language

#: Files larger than this are refused (configurable per call).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


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


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders expanded (recursively) to the supported files in them."""
    exts = set(supported_extensions())
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in exts:
                        out.append(Path(root) / name)
        else:
            out.append(path)
    return out


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, list[Article]]:
    if not path.exists():
        raise IngestError("no such file")
    if not path.is_file():
        raise IngestError("not a regular file")
    reader = reader_for(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(
                f"the file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit"
            )
        data = path.read_bytes()
    except PermissionError:
        raise IngestError("permission denied: the file cannot be read") from None
    except OSError as exc:
        raise IngestError(f"the file cannot be read ({exc.strerror or exc})") from None
    articles = reader(path, data)
    if not articles:
        raise IngestError("no article text found in the file")
    return data, articles


def to_document(article: Article, path: Path, raw_hash: str) -> Document:
    text = normalize_text(article.text)
    if not text.strip():
        raise IngestError("an article in the file has no text")
    guess = detect_language(text)
    language = (article.language or "").strip().lower()
    return Document(
        id=new_id(), title=(article.title or path.stem).strip()[:500], text=text,
        content_hash=content_hash(text), outlet=article.outlet.strip(), url=article.url.strip(),
        published=article.published.strip(), author=article.author.strip(),
        language=guess.code, language_prob=round(guess.probability, 4),
        language_override=language if language and language != guess.code else "",
        direction=Direction.RTL if is_rtl(text) else Direction.LTR,
        source_name=path.name, source_hash=raw_hash, imported_at=now_iso(),
    )


def import_paths(project, paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 undoable: bool = False) -> ImportReport:
    """Import files and folders into `project` (an annotator.project.Project)."""
    files = expand_paths(paths)
    report = ImportReport()
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


def import_one(project, path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
               undoable: bool = False) -> FileResult:
    try:
        data, articles = read_file(path, max_bytes)
        raw_hash = bytes_hash(data)
        docs: list[Document] = []
        seen: set[str] = set()
        duplicates: list[str] = []
        for article in articles:
            doc = to_document(article, path, raw_hash)
            existing = project.find_document_by_hash(doc.content_hash)
            if existing or doc.content_hash in seen:
                duplicates.append(doc.title)
                continue
            seen.add(doc.content_hash)
            docs.append(doc)
        if not docs:
            return FileResult(path, Outcome.DUPLICATE,
                              "already in the project" if len(duplicates) == 1
                              else f"all {len(duplicates)} articles are already in the project")
        project.add_documents(docs, label=f"Import {path.name}", undoable=undoable)
        message = f"{len(docs)} article(s)"
        if duplicates:
            message += f", {len(duplicates)} duplicate(s) skipped"
        return FileResult(path, Outcome.IMPORTED, message, [d.id for d in docs],
                          [d.title for d in docs], [d.effective_language for d in docs])
    except AnnotatorError as exc:
        return FileResult(path, Outcome.FAILED, str(exc))
    except (ValueError, UnicodeError, OSError, MemoryError, RecursionError) as exc:
        # a reader's library failed in a way it does not document: still one file's failure
        return FileResult(path, Outcome.FAILED, f"{type(exc).__name__}: {exc}")


