"""Reading one file into documents, in full, without touching any project.

Everything that can go wrong with an input file (missing, unreadable, too large, empty, binary,
undecodable, malformed) goes wrong here, before a single row is written. It is also safe to run
in any thread: the project stays in the thread that opened it.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..core import messages
from ..core.errors import IngestError, message_of, said
from ..core.model import LANGUAGE_CODE, Direction, Document, new_id, normalize_language, now_iso
from ..core.text import bytes_hash, content_hash, is_rtl, normalize_text
from . import isolated
from .base import READ_SECONDS, Article, ImportCancelled, read_budget, reader_for
from .language import Detection, LanguageGuess, batch_size, detect_ranked_many
from .titles import guess_title

#: Files larger than this are refused (configurable per call; the CLI and GUI take it from
#: Settings.max_import_mb).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: Seconds into one file after which Cancel abandons it instead of waiting for its end.
CANCEL_WITHIN_FILE_AFTER = 1.0


@dataclass
class PreparedFile:
    """A file read and turned into documents, ready to store; nothing written yet."""

    path: Path
    raw_hash: str
    documents: list[Document]


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB".replace(".0 MB", " MB") if n >= 1024 * 1024 \
        else f"{max(1, round(n / 1024))} KB"


def _read_limited(path: Path, max_bytes: int) -> bytes:
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise IngestError(said(messages.OVER_LIMIT, _size(max_bytes)))
    return data


#: What pathlib's exists() takes for "not there" (any other error it raises).
_MISSING = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES,
              cancelled: Callable[[], bool] | None = None) -> tuple[bytes, list[Article]]:
    """The file's bytes and its articles, or IngestError with the reason; ImportCancelled
    when `cancelled()` turns true while the reader works (see base.checkpoint)."""
    try:  # one stat for exists(), is_file() and the size, with pathlib's verdicts
        info: os.stat_result | None = os.stat(path)
    except OSError as exc:
        if exc.errno not in _MISSING:
            raise
        info = None
    except ValueError:  # a NUL in the name
        info = None
    if info is None:
        if path.is_symlink():
            try:
                os.stat(path)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    raise IngestError(said(messages.LINK_LOOPS)) from None
            raise IngestError(said(messages.LINK_DANGLING))
        raise IngestError(said(messages.NO_SUCH_FILE))
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(said(messages.NOT_REGULAR))
    reader = reader_for(path)
    try:
        size = info.st_size
        if size > max_bytes:
            raise IngestError(said(messages.SIZE_OVER_LIMIT, _size(size), _size(max_bytes)))
        data = _read_limited(path, max_bytes)
    except PermissionError:
        raise IngestError(said(messages.PERMISSION_DENIED)) from None
    except OSError as exc:
        raise IngestError(said(messages.CANNOT_READ, str(exc.strerror or exc))) from None
    if not data.strip():
        raise IngestError(said(messages.FILE_EMPTY))
    helper = isolated.wanted(path, len(data))
    if helper is not None:  # a window's import: read where the window's thread cannot wait
        articles = helper.read(path, data, READ_SECONDS, cancelled)
    else:
        with read_budget(cancelled):
            articles = reader(path, data)
    if not articles:
        raise IngestError(said(messages.NO_ARTICLE_TEXT))
    return data, articles


#: Any letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, NKo …, their
#: presentation forms, and the historic RTL blocks): without one a text is LTR, no scan needed.
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff"
                         "\U0001e800-\U0001efff]")
RTL_SAMPLE = 2000


def _direction(text: str) -> Direction:
    """is_rtl judges the first RTL_SAMPLE characters; without an RTL letter among them there is
    nothing to judge (and no scan of a 20 MB text in one GIL-holding regex call)."""
    if _RTL_LETTER.search(text, 0, RTL_SAMPLE) and is_rtl(text, RTL_SAMPLE):
        return Direction.RTL
    return Direction.LTR


#: Half of a UTF-16 pair on its own (JSON's "\\ud800"): not a character, cannot be stored.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_FIELD_NAMES = ("text", "title", "outlet", "url", "published", "author", "language")


def checked_field(value: str, name: str) -> str:
    """`value` without NUL characters, or IngestError when it holds a lone surrogate.

    NUL is dropped, whatever the format (a .txt with a stray NUL byte, JSON's "\\u0000"):
    SQLite's text functions stop at it, so claims after it would be refused. A lone surrogate
    cannot be written to the file at all; rather than guess what it stood for, the file fails
    with a sentence before anything is stored."""
    bad = _lone_surrogate(value)
    if bad is not None:
        raise IngestError(said(messages.LONE_SURROGATE, name, f"\\u{ord(bad):04x}"))
    return value.replace("\x00", "")


#: Characters checked per call: a 10 MB text in one regex search held the interpreter lock
#: for 107 ms, and the window's event loop with it (the import runs in a worker thread).
_CHECK_CHARS = 1 << 18


def _lone_surrogate(value: str) -> str | None:
    """The first lone surrogate in `value`, or None; in slices that each take about a
    millisecond, so the lock passes to the window between them."""
    for i in range(0, len(value), _CHECK_CHARS):
        m = _LONE_SURROGATE.search(value, i, i + _CHECK_CHARS)
        if m:
            return m.group()
    return None


def _checked(article: Article) -> Article:
    return Article(**{name: checked_field(getattr(article, name), name)
                      for name in _FIELD_NAMES})


def to_document(article: Article, path: Path, raw_hash: str) -> Document:
    checked, text = _start_article(article)
    detection = Detection(text)
    return _document(checked, text, detection.finish(rank(detection.asks)), path, raw_hash)


def _start_article(article: Article) -> tuple[Article, str]:
    """What to_document does before the language is known: every check that can fail."""
    article = _checked(article)
    text = normalize_text(article.text).strip("\n")
    if not text.strip():
        raise IngestError(said(messages.ARTICLE_NO_TEXT))
    return article, text


def _document(article: Article, text: str, guess: LanguageGuess, path: Path,
              raw_hash: str) -> Document:
    given = normalize_language(article.language)
    if given and not LANGUAGE_CODE.match(given):
        given = ""  # not a language code ("Indonesian", "??"): detection decides
    title = normalize_text(article.title or "").strip()
    return Document(
        id=new_id(), title=" ".join(title.split())[:500] or guess_title(text, path.stem), text=text,
        content_hash=content_hash(text), outlet=article.outlet.strip(), url=article.url.strip(),
        published=article.published.strip(), author=article.author.strip(),
        language=guess.code, language_prob=round(guess.probability, 4),
        language_override=given if given and given != guess.code else "",
        direction=_direction(text),
        source_name=path.name, source_hash=raw_hash, imported_at=now_iso(),
    )


def rank(texts: list[str], cancelled: Callable[[], bool] | None = None,
         started: float | None = None) -> list[list[tuple[str, float]]]:
    """The detector's rankings of `texts`, in calls of batch_size() texts. With `cancelled`,
    it is polled between calls once CANCEL_WITHIN_FILE_AFTER seconds have passed since
    `started` (ImportCancelled), as between the articles of a long file."""
    step = batch_size()
    out: list[list[tuple[str, float]]] = []
    for i in range(0, len(texts), step):
        if i and cancelled is not None and started is not None \
                and time.monotonic() - started > CANCEL_WITHIN_FILE_AFTER and cancelled():
            raise ImportCancelled()
        out.extend(detect_ranked_many(texts[i:i + step]))
    return out


def asks_of(detections: list[Detection]) -> list[str]:
    """The texts these detections ask the detector about, in order."""
    return [text for d in detections for text in d.asks]


@dataclass
class StartedFile:
    """A file read and checked whose articles' languages are still to be detected: an import
    plans their detection (language.Detection) and detects the texts of many articles, of
    one file or of several, in one call (ingest/batch.py), then makes the documents the same
    as prepare_file makes them."""

    path: Path
    raw_hash: str
    articles: list[tuple[Article, str]]  # each checked, with its normalised text
    started: float  # time.monotonic() when its articles began (for Cancel, see rank)

    def plan(self, start: int = 0, stop: int | None = None) -> list[Detection]:
        """The detections of articles[start:stop]."""
        return [Detection(text) for _, text in self.articles[start:stop]]

    def documents(self, start: int, detections: list[Detection],
                  rankings: list[list[tuple[str, float]]]) -> list[Document]:
        """The documents of the articles from `start` whose `detections` these are, given
        the rankings of asks_of(detections)."""
        out, at = [], 0
        for (article, text), detection in zip(self.articles[start:], detections):
            n = len(detection.asks)
            guess = detection.finish(rankings[at:at + n])
            at += n
            out.append(_document(article, text, guess, self.path, self.raw_hash))
        return out


def start_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES,
               cancelled: Callable[[], bool] | None = None) -> StartedFile:
    """prepare_file up to language detection: the file read, every article checked (all that
    can fail has failed here), nothing written."""
    data, articles = read_file(path, max_bytes, cancelled)
    raw_hash = bytes_hash(data)
    started_articles = []
    started = time.monotonic()
    for number, article in enumerate(articles, start=1):
        if cancelled is not None and time.monotonic() - started > CANCEL_WITHIN_FILE_AFTER \
                and cancelled():
            raise ImportCancelled(str(path))
        try:
            started_articles.append(_start_article(article))
        except IngestError as exc:
            if len(articles) == 1:
                raise
            raise IngestError(said(messages.AT, said(messages.ARTICLE_N, str(number)),
                                   message_of(exc))) from None
    return StartedFile(path, raw_hash, started_articles, started)


def prepare_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES,
                 cancelled: Callable[[], bool] | None = None) -> PreparedFile:
    """Read and convert one file without touching any project (safe in any thread).

    The reader polls `cancelled` as it works (base.checkpoint), so Cancel stops a file being
    read. A file that is still being prepared after CANCEL_WITHIN_FILE_AFTER seconds (a dataset
    of thousands of articles) would keep the user waiting, so from then on `cancelled` is also
    polled between its articles and between its calls to the detector; ImportCancelled
    abandons the file."""
    file = start_file(path, max_bytes, cancelled)
    detections = file.plan()
    try:
        rankings = rank(asks_of(detections), cancelled, file.started)
        return PreparedFile(path, file.raw_hash, file.documents(0, detections, rankings))
    except ImportCancelled:
        raise ImportCancelled(str(path)) from None
