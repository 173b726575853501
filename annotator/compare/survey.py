"""Conflicts over a whole project: every pair of sentences of different documents that report
the same thing, checked as conflicts.py does, and single-source groups.

Comparing every sentence with every other is quadratic (25,000 sentences: 300 million pairs),
so pairs are found through an inverted index of rare stems: two sentences become a pair when
they share at least MIN_SHARED stems that occur in few sentences, and are kept when their
weighted word similarity reaches PAIR_SIMILARITY and, when both name someone or somewhere,
they share a name (two strikes in different seas are not one strike reported twice). Only sentences that carry something a
conflict can be about (a figure, a date, a planned/happened verb, a negation, a source) take
part. Same-thing groups (connected pairs) whose members all trace back to one origin give the
single-source warning.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from .conflicts import origin, pair_notes, single_source
from .lexical import idf as idf_of, stem, weighted_dice, words
from .matching import Profile
from .model import Modality
from .results import Conflict, Passage

MIN_SHARED = 3
PAIR_SIMILARITY = 0.35
#: Below this, two sentences that each name someone or somewhere the other does not mention
#: are taken for two events reported alike ("27 strikes by X on ship Y" vs "10 by Z on W").
CLEAR_SIMILARITY = 0.6
#: A stem in more than this share of the sentences says nothing about which event is meant.
COMMON_SHARE = 0.02


def _unmentioned(p: Profile, other: Profile, other_words: set[str]) -> bool:
    """Does `p` name someone (not a source it cites) whom `other` neither names nor mentions?"""
    att = p.analysis.attribution
    sources = {" ".join(words(x)) for x in (att.claimant, *att.chain) if x}
    for name in set(p.names.values()):
        folded = " ".join(words(name))
        if not folded or folded in sources or folded in other.names:
            continue
        if not set(folded.split()) & other_words:
            return True
    return False


def _other_actors(a: Profile, b: Profile) -> bool:
    return (_unmentioned(a, b, set(words(b.analysis.sentence.text)))
            and _unmentioned(b, a, set(words(a.analysis.sentence.text))))


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
        pi, pj = profiles[i], profiles[j]
        if pi.names and pj.names and not pi.names.keys() & pj.names.keys():
            continue  # the same kind of news about other people or places
        similarity = weighted_dice(w(i), w(j))
        if similarity < PAIR_SIMILARITY or (similarity < CLEAR_SIMILARITY
                                            and _other_actors(pi, pj)):
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

