"""Conflicts over a whole project: every pair of sentences of different documents that report
the same thing, checked as conflicts.py does, and single-source groups.

Comparing every sentence with every other is quadratic (25,000 sentences: 300 million pairs),
so pairs are found through an inverted index of rare stems: two sentences become a pair when
they share at least MIN_SHARED stems that occur in few sentences, and are kept when their
weighted word similarity reaches PAIR_SIMILARITY (or PAIR_FLOOR with the fused score of a
close report, as `match` scores it) and, when both name someone or somewhere,
they share a name (two strikes in different seas are not one strike reported twice). Only sentences that carry something a
conflict can be about (a figure, a date, a planned/happened verb, a negation, a source) take
part. Same-thing groups (connected pairs) whose members all trace back to one origin give the
single-source warning.
"""
from __future__ import annotations

import functools
from bisect import bisect_right
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from .conflicts import origin, pair_notes, single_source
from .lexical import idf as idf_of, stem, words
from .matching import CLOSE, Profile, fused
from .model import Modality
from .results import Conflict, Passage

MIN_SHARED = 3
PAIR_SIMILARITY = 0.35
#: Between this and PAIR_SIMILARITY, a pair is kept when names, figures and dates bring its
#: fused score to what `match` calls a close report (matching.CLOSE): so a pair that `match`
#: shows as contradicting is a conflict here too ("21 serangan … 83 orang" against "belasan
#: kali serangan … 61 orang" share few words, but a count of the same noun and names).
PAIR_FLOOR = 0.2
#: Below this, two sentences that each name someone or somewhere the other does not mention
#: are taken for two events reported alike ("27 strikes by X on ship Y" vs "10 by Z on W").
CLEAR_SIMILARITY = 0.6
#: A stem in more than this share of the sentences says nothing about which event is meant.
COMMON_SHARE = 0.01


@functools.lru_cache(maxsize=1 << 14)
def _folded(name: str) -> str:
    return " ".join(words(name))


#: A dateline opening a sentence ("Jakarta -", "DEMOCRAZY.ID –", "WASHINGTON DC, AS –"):
#: where the report was filed or who filed it, not who or what it is about.
_DATELINE = re.compile(r"^\s*[^\n–—-]{2,60}?\s+[–—-]\s")


def _unmentioned(p: Profile, other: Profile, other_words: frozenset[str]) -> bool:
    """Does `p` name someone (not a source it cites, nor its dateline) whom `other` neither
    names nor mentions?"""
    att = p.analysis.attribution
    sources = {_folded(x) for x in (att.claimant, *att.chain) if x}
    dateline = _DATELINE.match(p.analysis.sentence.text)
    if dateline:
        sources.update(_folded(n) for n in p.names.values() if n in dateline.group(0))
    for name in set(p.names.values()):
        folded = _folded(name)
        if not folded or folded in sources or folded in other.names:
            continue
        if not set(folded.split()) & other_words:
            return True
    return False


def _other_actors(a: Profile, b: Profile) -> bool:
    return _unmentioned(a, b, b.vocabulary) and _unmentioned(b, a, a.vocabulary)


def _relevant(p: Profile) -> bool:
    a = p.analysis
    return bool(a.quantities or a.dates or a.negated or a.modality is not Modality.UNKNOWN
                or origin(a))


def find_conflicts(profiles: Sequence[Profile], published: dict[str, str] | None = None,
                   cancelled=None, copies: Sequence[Sequence[Passage]] | None = None
                   ) -> list[Conflict]:
    """`copies[i]`, when given, lists where profile i's sentence occurs word for word (wire
    copies, boilerplate) with the same publication date, itself included: copies cannot
    disagree with each other, so each is compared once (and parsed once, by the caller)."""
    published = published or {}
    if copies is None:
        copies = [[_passage(p)] for p in profiles]
    reps = range(len(profiles))
    docs = [{c.doc for c in copies[r]} for r in reps]
    stems = [frozenset(map(stem, p.words)) for p in profiles]
    df = Counter(s for ss in stems for s in ss)
    idf = {s: idf_of(n, len(profiles)) for s, n in df.items()}
    weight = [sum(idf[s] for s in ss) for ss in stems]  # a stem weighs alike on both sides,
    cap = max(30, int(len(profiles) * COMMON_SHARE))   # so weighted Dice is a set intersection
    chosen = [r for r in reps if _relevant(profiles[r])]
    postings: dict[str, list[int]] = defaultdict(list)
    for r in chosen:
        for s in stems[r]:
            if df[s] <= cap:
                postings[s].append(r)
    parent = list(reps)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    out: list[Conflict] = []
    for n, i in enumerate(chosen):
        if cancelled is not None and n % 500 == 0 and cancelled():
            return []
        shared: Counter[int] = Counter()
        for s in stems[i]:
            posting = postings.get(s)
            if posting:  # ascending: the sentences after i are a slice, counted in C
                shared.update(posting[bisect_right(posting, i):])
        alone = docs[i] if len(docs[i]) == 1 else None
        for j in [j for j, k in shared.items() if k >= MIN_SHARED]:
            if alone is not None and alone == docs[j]:
                continue
            pi, pj = profiles[i], profiles[j]
            similarity = 2.0 * sum(idf[s] for s in stems[i] & stems[j]) / (
                (weight[i] + weight[j]) or 1.0)
            if not _same_thing(pi, pj, similarity):
                continue
            parent[find(i)] = find(j)
            a, b = _apart(copies[i], copies[j])
            for note in pair_notes(pi.analysis, pj.analysis, published.get(a.doc, ""),
                                   published.get(b.doc, "")):
                if note.kind != "single_source":  # reported once per group, below
                    out.append(Conflict(note.kind, note.why, a, b))
    groups: dict[int, list[int]] = defaultdict(list)
    for r in chosen:
        groups[find(r)].append(r)
    for group in groups.values():
        places = [c for r in group for c in copies[r]]
        note = single_source([profiles[r].analysis for r in group],
                             documents={c.doc for c in places}, reports=len(places))
        if note is not None:
            a, b = _apart(places[:1], places[1:])
            out.append(Conflict(note.kind, note.why, a, b, tuple(places)))
    out.sort(key=lambda c: (c.a.doc, c.a.start, c.b.doc, c.b.start, c.kind))
    return out


def _same_thing(pi: Profile, pj: Profile, similarity: float) -> bool:
    """Do two sentences with this weighted word similarity report one thing?"""
    if similarity < PAIR_FLOOR:
        return False
    if pi.names and pj.names and not pi.names.keys() & pj.names.keys():
        return False  # the same kind of news about other people or places
    if similarity < PAIR_SIMILARITY and fused(pi, pj, similarity) < CLOSE:
        return False
    return similarity >= CLEAR_SIMILARITY or not _other_actors(pi, pj)


def _apart(xs: Sequence[Passage], ys: Sequence[Passage]) -> tuple[Passage, Passage]:
    """A passage of each list from different documents (the lists' first ones if none)."""
    for x in xs:
        for y in ys:
            if x.doc != y.doc:
                return x, y
    return xs[0], (ys[0] if ys else xs[0])


def _passage(p: Profile) -> Passage:
    s = p.analysis.sentence
    return Passage(s.doc_id, s.start, s.end, s.text)

