"""A project's comparing state kept warm between calls: sentence profiles, word rarities, the
embedding matrix. The facade builds one per state of the file (it keys the cache on SQLite's
data_version and the connection's change count) and passes a `Source` that reads the store,
so this package holds no SQL."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from . import codec, encoder
from .bulk import collection_paused
from .conflicts import single_source
from .lexical import content_words, idf as idf_of, words as all_words
from .matching import Profile, merge, profile, rank
from .model import Sentence, SentenceAnalysis
from .results import Conflict, ConflictKind, Match, Passage
from .survey import find_conflicts

#: How many candidates BM25 (and, with the encoder, cosine) hands to the fused ranking.
LEXICAL_CANDIDATES = 60
ENCODER_CANDIDATES = 30
#: The query's rarest words that go to FTS5 (common ones only slow BM25 down, not change it much).
QUERY_WORDS = 12
SHORT_CLAIM = 40  # a shorter claim is matched by its whole sentence(s)


class Source(Protocol):
    def sentence_count(self) -> int: ...
    def lexical(self, words: Sequence[str], exclude_doc: str, limit: int) -> list[tuple[int, float]]: ...
    def rows(self, ids: Sequence[int]) -> list[tuple]: ...
    def all_rows(self) -> list[tuple]: ...
    def overlapping(self, doc_id: str, start: int, end: int) -> list[tuple]: ...
    def frequencies(self, words: Sequence[str]) -> dict[str, int]: ...
    def published(self) -> dict[str, str]: ...
    def embeddings(self, model: str) -> list[tuple[str, bytes]]: ...
    def hashes(self) -> list[tuple[int, str, str]]: ...


def analysis_of(row: Sequence[Any]) -> SentenceAnalysis:
    _rowid, doc_id, idx, start, end, text, _hash, raw = row
    return codec.loads(Sentence(doc_id, idx, start, end, text), raw)


def _profile(row: Sequence[Any]) -> Profile:
    return profile(analysis_of(row), rowid=row[0], hash_=row[6])


class CompareCache:
    def __init__(self, source: Source, key: object) -> None:
        self.source = source
        self.key = key
        self._profiles: dict[int, Profile] = {}
        self._df: dict[str, int] = {}
        self._total: int | None = None
        self._published: dict[str, str] | None = None
        self._vectors: Any = None  # (matrix, [(rowid, doc_id)] per row, {hash: row}) or False
        self.state: tuple = ()  # what the owner compares to know the cache is current

    def forget_embeddings(self) -> None:
        """Sentences encoded since: the embedding matrix is read again at the next match."""
        self._vectors = None

    @property
    def total(self) -> int:
        if self._total is None:
            self._total = self.source.sentence_count()
        return self._total

    @property
    def published(self) -> dict[str, str]:
        if self._published is None:
            self._published = self.source.published()
        return self._published

    def profiles(self, rows: Sequence[tuple]) -> list[Profile]:
        out = []
        for row in rows:
            p = self._profiles.get(row[0])
            if p is None:
                p = self._profiles[row[0]] = _profile(row)
            out.append(p)
        return out

    def frequencies(self, words) -> dict[str, int]:
        """In how many sentences each word occurs, remembered while the project is unchanged."""
        missing = [w for w in words if w not in self._df]
        if missing:
            found = self.source.frequencies(sorted(missing))
            for w in missing:
                self._df[w] = found.get(w, 0)
        return self._df

    def _embedding_index(self):
        if self._vectors is None:
            self._vectors = False
            if encoder.available():
                stored = self.source.embeddings(encoder.MODEL)
                if stored:
                    position = {h: i for i, (h, _) in enumerate(stored)}
                    matrix = encoder.from_blobs([b for _, b in stored])
                    owners: dict[str, list[tuple[int, str]]] = {}
                    for rowid, doc_id, h in self.source.hashes():
                        if h in position:
                            owners.setdefault(h, []).append((rowid, doc_id))
                    self._vectors = (matrix, [h for h, _ in stored], position, owners)
        return self._vectors or None

    def match_span(self, doc_id: str, start: int, end: int, quote: str, top: int) -> list[Match]:
        rows = self.source.overlapping(doc_id, start, end)
        if not rows:
            return []
        query_rows = self.profiles(rows)
        merged = merge([p.analysis for p in query_rows])
        text = quote if len(quote.strip()) >= SHORT_CLAIM else " ".join(p.analysis.sentence.text
                                                                         for p in query_rows)
        query = profile(merged, text)
        words = set(content_words(text))
        df = self.frequencies(words)
        rarest = sorted((w for w in words if df.get(w)), key=lambda w: (df[w], w))[:QUERY_WORDS]
        rarest += [w for w in words if w.isdigit() and w not in rarest]  # figures cross languages
        ids = {rowid for rowid, _ in self.source.lexical(rarest, doc_id, LEXICAL_CANDIDATES)}
        cosines = None
        index = self._embedding_index()
        if index is not None:
            matrix, order, position, owners = index
            mine = [position[p.hash] for p in query_rows if p.hash in position]
            if mine:
                import numpy as np

                vector = matrix[mine].mean(axis=0)
                sims = matrix @ vector / max(float(np.linalg.norm(vector)), 1e-9)
                best = np.argsort(-sims)[:ENCODER_CANDIDATES * 2]
                cosines = {order[i]: float(sims[i]) for i in best}
                for i in best:
                    for rowid, owner in owners.get(order[i], []):
                        if owner != doc_id and len(ids) < LEXICAL_CANDIDATES + ENCODER_CANDIDATES:
                            ids.add(rowid)
        known = [i for i in ids if i in self._profiles]
        candidates = [self._profiles[i] for i in known]
        candidates += self.profiles(self.source.rows([i for i in ids if i not in self._profiles]))
        vocabulary = set(all_words(text))
        for c in candidates:
            vocabulary.update(c.words)
        df = self.frequencies(vocabulary)
        total = max(self.total, 1)
        idf = {w: idf_of(df[w], total) for w in vocabulary}
        matches = rank(query, candidates, idf, idf_of(0, total), published=self.published,
                       cosines=cosines, top=top)
        group = [merged] + [c.analysis for c in candidates
                            if any(m.doc == c.analysis.sentence.doc_id
                                   and m.start == c.analysis.sentence.start for m in matches)]
        note = single_source(group)
        if note is not None:  # all the reports found start from one origin
            for m in matches:
                if not any(c.kind == ConflictKind.SINGLE_SOURCE for c in m.conflicts):
                    m.conflicts.append(note)
        return matches

    def conflicts(self, cancelled=None) -> list[Conflict]:
        with collection_paused():
            return self._conflicts(cancelled)

    def _conflicts(self, cancelled=None) -> list[Conflict]:
        published = self.published
        copies: dict[tuple[str, str], list[tuple]] = {}
        for row in self.source.all_rows():  # word-for-word copies are parsed and compared once
            if not codec.may_conflict(row[7]):
                continue
            copies.setdefault((row[6], published.get(row[1], "")), []).append(row)
        groups = list(copies.values())
        profiles = self.profiles([g[0] for g in groups])
        places = [[Passage(r[1], r[3], r[4], r[5]) for r in g] for g in groups]
        return find_conflicts(profiles, published, cancelled, places)
