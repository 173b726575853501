"""Conflicts over a whole project: every pair of sentences of different documents that report
the same thing, checked as conflicts.py does, and single-source groups.

Comparing every sentence with every other is quadratic (25,000 sentences: 300 million pairs),
so pairs are found through an inverted index of rare stems: two sentences become a pair when
they share at least MIN_SHARED stems that occur in few sentences, and are kept when their
weighted word similarity reaches PAIR_SIMILARITY. Only sentences that carry something a
conflict can be about (a figure, a date, a planned/happened verb, a negation, a source) take
part. Same-thing groups (connected pairs) whose members all trace back to one origin give the
single-source warning.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from .conflicts import origin, pair_notes, single_source
from .lexical import idf as idf_of, stem, weighted_dice
from .matching import Profile
from .model import Modality
from .results import Conflict, Passage

MIN_SHARED = 3
PAIR_SIMILARITY = 0.35
#: A stem in more than this share of the sentences says nothing about which event is meant.
COMMON_SHARE = 0.02


def _relevant(p: Profile) -> bool:
    a = p.analysis
    return bool(a.quantities or a.dates or a.negated or a.modality is not Modality.UNKNOWN
                or origin(a))


def find_conflicts(profiles: Sequence[Profile], published: dict[str, str] | None = None,
                   cancelled=None) -> list[Conflict]:
    published = published or {}
    total = len(profiles)
    if total < 2:
        return []
    stems = [frozenset(stem(w) for w in p.words) for p in profiles]
    df = Counter(s for ss in stems for s in ss)
    idf = {s: idf_of(n, total) for s, n in df.items()}
    cap = max(30, int(total * COMMON_SHARE))
    chosen = [i for i, p in enumerate(profiles) if _relevant(p)]
    postings: dict[str, list[int]] = defaultdict(list)
    for i in chosen:
        for s in stems[i]:
            if df[s] <= cap:
                postings[s].append(i)
    pairs: list[tuple[int, int]] = []
    for n, i in enumerate(chosen):
        if cancelled is not None and n % 500 == 0 and cancelled():
            return []
        doc = profiles[i].analysis.sentence.doc_id
        shared: Counter[int] = Counter()
        for s in stems[i]:
            plist = postings.get(s)
            if plist is None:
                continue
            for j in plist:
                if j > i:
                    shared[j] += 1
        for j, k in shared.items():
            if k >= MIN_SHARED and profiles[j].analysis.sentence.doc_id != doc:
                pairs.append((i, j))
    weighted: dict[int, dict[str, float]] = {}

    def w(i: int) -> dict[str, float]:
        if i not in weighted:
            weighted[i] = {s: idf[s] for s in stems[i]}
        return weighted[i]

    out: list[Conflict] = []
    parent = list(range(total))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pairs:
        if weighted_dice(w(i), w(j)) < PAIR_SIMILARITY:
            continue
        parent[find(i)] = find(j)
        a, b = profiles[i].analysis, profiles[j].analysis
        for note in pair_notes(a, b, published.get(a.sentence.doc_id, ""),
                               published.get(b.sentence.doc_id, "")):
            if note.kind != "single_source":  # reported once per group, below
                out.append(Conflict(note.kind, note.why, _passage(profiles[i]),
                                    _passage(profiles[j])))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in chosen:
        groups[find(i)].append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        note = single_source([profiles[m].analysis for m in members])
        if note is not None:
            first = profiles[members[0]]
            other = next(profiles[m] for m in members[1:] if profiles[m].analysis.sentence.doc_id
                         != first.analysis.sentence.doc_id)
            out.append(Conflict(note.kind, note.why, _passage(first), _passage(other)))
    out.sort(key=lambda c: (c.a.doc, c.a.start, c.b.doc, c.b.start, c.kind))
    return out


def _passage(p: Profile) -> Passage:
    s = p.analysis.sentence
    return Passage(s.doc_id, s.start, s.end, s.text)

