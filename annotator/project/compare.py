"""The facade's comparing side: sentences and their analyses, matching and conflicts.

Sentences are derived data. Analysing an article costs about three times what importing it
does (tests/benchmarks/bench_compare.py), so a bulk import leaves them to `ensure_sentences`,
run afterwards in the background; an edit that adds a few short articles (a single file, a
paste) analyses them inside its own transaction, so they are ready to compare at once.
`ensure_sentences` also catches up after an upgrade, an undo or redo of a removal, a changed
publication date or a newer analyser: resumable (one transaction per few documents) and
cancellable, so the GUI can run it in a worker; the CLI calls it first. An analyser's failure
never fails an import: the document is left for `ensure_sentences`, which reports it.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..core.errors import AnnotatorError, ProjectFileError
from ..store import sentences as store
from ..store.transactions import yield_lock
from . import sentence_parts

if TYPE_CHECKING:  # the compare package loads on first use: `annotator docs` needs none of it
    from ..compare.model import SentenceAnalysis
    from ..compare.results import Conflict, Match

#: An import of at most this many articles, of at most INLINE_MAX_CHARS code points together,
#: analyses them inside its transaction; bigger ones leave it to `ensure_sentences`.
INLINE_MAX_DOCS = 5
INLINE_MAX_CHARS = 100_000
BATCH_DOCS = 20
#: A sentence scoring at least this (compare/checkworthy.py, 0..1) is check-worthy: the margin
#: marker shows it and J / K step through such sentences. The one place this number lives.
CHECKWORTHY_THRESHOLD = 0.5
#: Sentences embedded per transaction by `encode_pending` (a few seconds of the encoder's work).
ENCODE_CHUNK = 512
Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


class AnalysisError(AnnotatorError):
    """An analyser failed on a document (a defect to report: the text is stored as it was)."""


@dataclass(frozen=True)
class SentenceStatus:
    documents: int
    analysed: int
    sentences: int

    @property
    def pending(self) -> int:
        return self.documents - self.analysed


def _codec():
    from ..compare import codec

    return codec


def _analyze(doc_id: str, text: str, language: str, published: str) -> list[SentenceAnalysis]:
    from ..compare.analyze import analyze_document

    return analyze_document(doc_id, text, language=language, published=published)


def _rows(analyses: Sequence[SentenceAnalysis]) -> Iterator[tuple]:
    codec = _codec()
    for i, a in enumerate(analyses):
        s = a.sentence
        if s.end > s.start:
            yield (i, s.start, s.end, s.text, codec.sentence_hash(s.text), codec.dumps(a))


def _from_row(row: Sequence[Any]) -> SentenceAnalysis:
    from ..compare.index import analysis_of

    return analysis_of(row)


class ProjectCompare:
    conn: sqlite3.Connection
    readonly: bool
    _compare_cache: Any = None

    # ------------------------------------------------------------ sentences
    def sentence_status(self) -> SentenceStatus:
        return SentenceStatus(*store.counts(self._conn, _codec().analyser_version()))

    def _analyse_into_store(self, doc_id: str, *, inline: bool) -> int | None:
        """Analyse one document and store its sentences (inside the caller's transaction);
        None when it was left for later (too long to do inline, or the analysis failed)."""
        source = store.document_input(self._conn, doc_id)
        if source is None:
            return None
        rows = self._sentence_rows(doc_id, source, inline=inline)
        if rows is None:
            return None
        return store.replace_document(self._conn, doc_id, _codec().analyser_version(), rows)

    @staticmethod
    def _sentence_rows(doc_id: str, source: tuple[str, str, str], *,
                       inline: bool) -> list[tuple] | None:
        text, language, published = source
        try:
            return _rows(_analyze(doc_id, text, language, published))
        except Exception as exc:  # an analyser's defect must not lose an import: left for later
            if inline:
                return None
            raise AnalysisError(f"document {doc_id[:8]} could not be analysed "
                                f"({type(exc).__name__}: {exc})") from exc

    def _analyse_then_store(self, doc_ids: Sequence[str],
                            cancelled: Cancelled = None) -> int:
        """Analyse documents with no transaction open, then store what was found in short
        ones (project/sentence_parts.py): analysing a 1 MB article takes seconds, and a write
        transaction held meanwhile made the window's edits wait out SQLite's busy timeout and
        fail ("database is locked"); storing its sentences in one transaction still held the
        lock for half a second. The rows, their JSON and hashes, are made before any lock is
        taken. A document changed in between is left for the next run (its input is compared
        inside each transaction; the change's trigger dropped any part already stored).
        Returns how many were stored."""
        found = []
        for doc_id in doc_ids:
            if cancelled is not None and cancelled():
                break  # what is analysed is still stored
            source = store.document_input(self._conn, doc_id)
            if source is not None:
                rows = list(self._sentence_rows(doc_id, source, inline=False))
                found.append((doc_id, source, rows))
        version = _codec().analyser_version()
        stored = 0
        changed: set[str] = set()
        for k, part in enumerate(sentence_parts.parts(found)):
            if k:
                yield_lock()  # a tag waiting for the lock goes first
            with self._transaction():  # type: ignore[attr-defined]
                for piece in part:
                    if piece.doc_id in changed:
                        continue
                    if store.document_input(self._conn, piece.doc_id) != piece.source:
                        changed.add(piece.doc_id)
                        continue
                    store.store_part(self._conn, piece.doc_id, version, piece.rows,
                                     first=piece.first, last=piece.last, total=piece.total)
                    stored += piece.last
        return stored

    def _analyse_inline(self, docs: Sequence[Any]) -> None:
        """Analyse a small import's documents in its transaction (see the module docstring)."""
        if len(docs) > INLINE_MAX_DOCS or sum(len(d.text) for d in docs) > INLINE_MAX_CHARS:
            return
        for doc in docs:
            self._analyse_into_store(doc.id, inline=True)

    def ensure_sentences(self, progress: Progress = None, cancelled: Cancelled = None) -> int:
        """Compute the sentences of every document that lacks current ones; returns how many
        documents were analysed. Stops between batches when `cancelled()` is true; what is
        done stays done, so calling it again resumes."""
        version = _codec().analyser_version()
        if not store.any_pending(self._conn, version):
            return 0
        pending = store.pending_documents(self._conn, version)
        if self.readonly:
            raise ProjectFileError(
                f"{len(pending)} document(s) have not been analysed yet; open the project "
                "for writing once so their sentences can be computed")
        stored = 0
        for i in range(0, len(pending), BATCH_DOCS):
            if cancelled is not None and cancelled():
                break
            stored += self._analyse_then_store(pending[i:i + BATCH_DOCS], cancelled)
            if progress is not None:
                progress(min(i + BATCH_DOCS, len(pending)), len(pending))
        return stored

    def analyze(self, doc_id: str | None = None) -> list[SentenceAnalysis]:
        """The stored analysis of one document's sentences (or of all documents), in order.
        A read-only project's unanalysed document is analysed in memory."""
        if doc_id is None:
            return [_from_row(r) for r in store.all_sentences(self._conn)]
        doc_id = self.resolve_document(doc_id)  # type: ignore[attr-defined]
        if self.readonly and self._pending(doc_id):
            text, language, published = store.document_input(self._conn, doc_id)
            return _analyze(doc_id, text, language, published)
        self._ensure_document(doc_id)
        return [_from_row(r) for r in store.document_sentences(self._conn, doc_id)]

    def checkworthy_sentences(self, doc_id: str, threshold: float = CHECKWORTHY_THRESHOLD
                              ) -> list[tuple[int, int, float, tuple[str, ...]]] | None:
        """(start, end, score, reasons) of the stored sentences scoring at least `threshold`
        (0: every sentence), or None while the document has no analysis by the current
        analyser. Unlike `analyze` it never analyses (seconds for a 1 MB article) and decodes
        no analysis, so the window may ask from its GUI thread: the margin's marks, J/K/S."""
        doc_id = self.resolve_document(doc_id)  # type: ignore[attr-defined]
        if self._pending(doc_id):
            return None
        import json

        return [(start, end, float(score), tuple(json.loads(reasons or "[]")))
                for start, end, score, reasons in store.checkworthy(self._conn, doc_id, threshold)]

    def _pending(self, doc_id: str) -> bool:
        version = _codec().analyser_version()
        return store.any_pending(self._conn, version) and doc_id in store.pending_documents(
            self._conn, version)

    def _ensure_document(self, doc_id: str) -> None:
        """One document's sentences, analysed now if they are missing (a writable project)."""
        if not self.readonly and self._pending(doc_id) and not self._analyse_then_store([doc_id]):
            with self._transaction():  # type: ignore[attr-defined]  (it changed meanwhile)
                self._analyse_into_store(doc_id, inline=False)

    # ------------------------------------------------------------ matching
    def _cache(self):
        """The compare cache, kept while the file is unchanged — and, after a change, while
        what it is built from is (`store.compare_state`): tagging a claim, a note, a link
        (the window's edits between two selections) keep it warm; new embeddings (the
        encoder at work) make it read the embeddings again and nothing else."""
        from ..compare import encoder
        from ..compare.index import CompareCache

        key = (self._conn.execute("PRAGMA data_version").fetchone()[0], self._conn.total_changes)
        cache = self._compare_cache
        if cache is not None and cache.key == key:
            return cache
        state = store.compare_state(self._conn, encoder.MODEL)
        if cache is not None and cache.state[0] == state[0]:
            if cache.state[1] != state[1]:
                cache.forget_embeddings()
        else:
            cache = CompareCache(_StoreSource(self._conn), key)
        cache.key, cache.state = key, state
        self._compare_cache = cache
        return cache

    def match(self, claim_id: str, top: int = 5, *, analyse_all: bool = True) -> list[Match]:
        """The sentences of other documents that report what the claim says, best first.
        `analyse_all=False` (the window, whose background analysis does the rest): only the
        claim's own article is analysed if it has not been, and articles still waiting for
        their analysis are not searched yet."""
        claim = self.claim(self.resolve_claim(claim_id))  # type: ignore[attr-defined]
        if analyse_all:
            self.ensure_sentences()
        else:
            self._ensure_document(claim.doc_id)
        return self._cache().match_span(claim.doc_id, claim.start, claim.end, claim.quote, top)

    def match_sentence(self, doc_id: str, start: int, end: int, top: int = 5) -> list[Match]:
        """As `match`, for a span that is not a claim (a sentence the reader points at)."""
        doc_id = self.resolve_document(doc_id)  # type: ignore[attr-defined]
        self.ensure_sentences()
        text = self.document(doc_id).text  # type: ignore[attr-defined]
        start, end = max(0, start), min(len(text), end)
        return self._cache().match_span(doc_id, start, end, text[start:end], top)

    def prepare_matching(self) -> None:
        """Build what matching reads (the embedding matrix, the documents' dates) ahead of
        the first request: the window's match helper does it when the analysis is done."""
        cache = self._cache()
        cache._embedding_index()
        _ = cache.published

    def match_claims(self, claims: Sequence[Any], top: int = 5) -> Iterator[list[Match]]:
        """`match` for claims the caller has read already (the clusters: two hundred claims
        one after another), with the sentences brought up to date once, not per claim."""
        self.ensure_sentences()
        cache = self._cache()
        for claim in claims:
            yield cache.match_span(claim.doc_id, claim.start, claim.end, claim.quote, top)

    def span_analyses(self, doc_id: str, start: int, end: int) -> list[SentenceAnalysis]:
        """The stored analyses of the sentences a span touches, from the compare cache (read
        and decoded once while the project is unchanged; the matching reads the same)."""
        cache = self._cache()
        return [p.analysis for p in cache.profiles(cache.source.overlapping(doc_id, start, end))]

    def conflicts(self, cancelled: Cancelled = None) -> list[Conflict]:
        """Every disagreement between reports of the same thing in different documents."""
        self.ensure_sentences(cancelled=cancelled)
        return self._cache().conflicts(cancelled)

    def clusters(self, progress: Progress = None, cancelled: Cancelled = None) -> list[Any]:
        """Every claim with its linked claims and matched reports, one cluster per connected
        group (compare/clusters.py); matching costs one `match` per claim."""
        from ..compare.clusters import build_clusters

        self.ensure_sentences(cancelled=cancelled)
        return build_clusters(self, progress, cancelled)

    # ------------------------------------------------------------ embeddings
    def encode_pending(self, progress: Progress = None, cancelled: Cancelled = None,
                       batch: int = 64, chunk: int = ENCODE_CHUNK) -> int:
        """Embed the sentences that have no embedding yet (the encoder extra; 0 without it).
        Resumable and cancellable: `batch` sentences per encoder call (a cancel waits for one),
        one transaction per `chunk` sentences or fewer when cancelled (each commit makes the
        readers' compare caches start again, so not one per call)."""
        from ..compare import encoder

        if not encoder.available() or self.readonly:
            return 0
        total = store.unencoded_count(self._conn, encoder.MODEL)
        done = 0
        stop = False
        while not stop and not (cancelled is not None and cancelled()):
            todo = store.unencoded(self._conn, encoder.MODEL, max(batch, chunk))
            if not todo:
                break
            rows: list[tuple[str, bytes]] = []
            for i in range(0, len(todo), batch):
                if cancelled is not None and cancelled():
                    stop = True
                    break
                part = todo[i:i + batch]
                vectors = encoder.encode([t for _, t in part])
                if vectors is None:
                    stop = True
                    break
                rows += [(h, encoder.to_blob(v)) for (h, _), v in zip(part, vectors)]
                if progress is not None:
                    progress(done + len(rows), total)
            if rows:
                with self._transaction():  # type: ignore[attr-defined]
                    store.store_embeddings(self._conn, encoder.MODEL, rows)
                done += len(rows)
            if len(todo) < max(batch, chunk):
                break
        return done


class _StoreSource:
    """What the compare cache reads, from the store (compare/index.py's `Source`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def sentence_count(self) -> int:
        return store.sentence_count(self._conn)

    def lexical(self, words, exclude_doc, limit):
        return store.lexical_candidates(self._conn, words, exclude_doc, limit)

    def rows(self, ids):
        return store.by_ids(self._conn, ids)

    def all_rows(self):
        return list(store.all_sentences(self._conn))

    def overlapping(self, doc_id, start, end):
        return store.overlapping(self._conn, doc_id, start, end)

    def frequencies(self, words):
        return store.word_document_frequencies(self._conn, words)

    def published(self):
        return {k: v[0] for k, v in store.document_meta(self._conn).items()}

    def embeddings(self, model):
        return store.embeddings(self._conn, model)

    def hashes(self):
        return store.hashes(self._conn)
