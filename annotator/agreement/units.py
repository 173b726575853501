"""Units of agreement: the claims of different annotators on one document, matched by span.

Every rule here is the documented one (README "Agreement"):

- Offsets are code points of the stored text; a span is the half-open set [start, end).
- Overlap is the Jaccard index of the two code-point sets, |A ∩ B| / |A ∪ B|; two spans
  *match by overlap* when it is at least THRESHOLD (0.5). Identical spans have 1.
- *Exact* matching pairs identical spans one to one (two annotators who each tagged the same
  span twice match twice).
- *Overlap* matching is one to one and greedy by best overlap: the candidate pairs (spans of
  two different annotators with Jaccard ≥ THRESHOLD) are taken in order of decreasing
  Jaccard, ties by the position of the pair's first span, then of its second, in the order
  (start, end, annotator, claim id); a pair is kept when neither span is matched yet. Pairwise figures (span F1, Cohen's κ) match each pair of
  annotators on its own, so a third annotator never changes them.
- *Units* for the many-annotator measures (Fleiss' κ, Krippendorff's α) are built by the same
  greedy pass over the candidates of every pair of annotators: a pair joins the two units
  holding its spans when they have no annotator in common and every span of one overlaps every
  span of the other by at least THRESHOLD (complete linkage). A unit thus holds at most one
  span per annotator; a span no one else matched is a unit of one.
- Only documents that two or more annotators tagged count: an annotator with no claim on a
  document is taken not to have annotated it (nothing says they read it and found nothing).

Candidate pairs are found by one sweep over the spans sorted by start: Jaccard ≥ θ needs the
later span to start at most (1 − θ) × the earlier span's length after it, so each span looks
only at the few spans starting within that reach (O(n log n) for a document's n spans, plus
the candidates found).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

#: Jaccard overlap of the code-point spans at or above which two spans are the same unit.
THRESHOLD = 0.5


class Span(NamedTuple):
    """One claim as agreement sees it, in the field order of store.spans.annotated_spans.

    The code here reads spans by index only, so the facade hands over the rows SQLite
    returns as they are (plain tuples in this order): 150,000 NamedTuples cost 0.1 s."""

    doc_id: str
    annotator: str
    start: int
    end: int
    verdict: str
    claim_id: str


def jaccard(a: Span, b: Span) -> float:
    """|A ∩ B| / |A ∪ B| of two code-point spans (empty spans: 1 when equal, else 0)."""
    a_start, a_end, b_start, b_end = a[2], a[3], b[2], b[3]
    inter = min(a_end, b_end) - max(a_start, b_start)
    if inter <= 0:
        return 1.0 if (a_start, a_end) == (b_start, b_end) else 0.0
    return inter / (a_end - a_start + b_end - b_start - inter)


Pair = tuple[str, str]


@dataclass
class DocumentUnits:
    """One document's spans, their pairwise matches and its units."""

    doc_id: str
    annotators: list[str]
    #: claims per annotator
    counts: dict[str, int]
    #: per pair of annotators (names in sorted order): how many spans matched exactly
    exact: dict[Pair, int] = field(default_factory=dict)
    #: per pair: the spans matched by overlap, (span of pair[0], span of pair[1])
    overlap: dict[Pair, list[tuple[Span, Span]]] = field(default_factory=dict)
    #: every unit: its spans, at most one per annotator, by position (singletons included)
    units: list[tuple[Span, ...]] = field(default_factory=list)


def _candidates(spans: Sequence[Span], threshold: float) -> list[tuple[float, int, int]]:
    """(−Jaccard, i, j) for spans i < j of different annotators overlapping ≥ threshold,
    sorted best first (spans sorted by start, end, annotator, claim id)."""
    out = []
    n = len(spans)
    reach = 1.0 - threshold
    for i in range(n):
        a_doc, a_who, a_start, a_end, _v, _c = spans[i]
        limit = a_start + reach * (a_end - a_start)
        length_a = a_end - a_start
        j = i + 1
        while j < n:
            b = spans[j]
            b_start = b[2]
            if b_start > limit:
                break
            if b[1] != a_who:
                b_end = b[3]
                inter = (a_end if a_end < b_end else b_end) - b_start
                if inter > 0:
                    union = length_a + (b_end - b_start) - inter
                    if inter >= threshold * union:
                        out.append((-inter / union, i, j))
                elif a_start == a_end == b_start == b_end:  # two empty spans at one place
                    out.append((-1.0, i, j))
            j += 1
    out.sort()
    return out


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


_ORDER = itemgetter(2, 3, 1, 5)  # start, end, annotator, claim id


def match_document(doc_id: str, spans: Iterable[Span],
                   threshold: float = THRESHOLD) -> DocumentUnits:
    """Match one document's spans (any order) between its annotators."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError("the overlap threshold must be above 0 and at most 1")
    ordered = sorted(spans, key=_ORDER)
    counts = Counter(s[1] for s in ordered)
    annotators = sorted(counts)
    pairs = [(a, b) for k, a in enumerate(annotators) for b in annotators[k + 1:]]
    result = DocumentUnits(doc_id, annotators, dict(counts), dict.fromkeys(pairs, 0),
                           {p: [] for p in pairs})
    candidates = _candidates(ordered, threshold) if pairs else []
    if not candidates:
        result.units = [(x,) for x in ordered]
        return result
    index = {name: k for k, name in enumerate(annotators)}
    who = [index[x[1]] for x in ordered]  # each span's annotator as a small number
    n = len(ordered)

    # exact: the candidates with Jaccard 1 (identical spans) come first; matched one to one
    # per pair, which makes Σ over identical spans of min(count_a, count_b)
    exact = [0] * n
    names = {(index[p[0]], index[p[1]]): p for p in pairs}
    for neg, i, j in candidates:
        if neg != -1.0:
            break
        wi, wj = who[i], who[j]
        if not (exact[i] >> wj & 1 or exact[j] >> wi & 1):
            exact[i] |= 1 << wj
            exact[j] |= 1 << wi
            result.exact[names[(wi, wj) if wi < wj else (wj, wi)]] += 1


    # One pass over the candidates, best first, doing both greedy matchings:
    # - pairwise, each pair of annotators on its own: a span may be matched once per other
    #   annotator (bit k of used[i]: span i is matched with a span of annotator k);
    # - units, complete linkage: two units join when they share no annotator (bit masks)
    #   and every two of their spans are a candidate pair (overlap ≥ threshold).
    used = [0] * n
    into = {w: result.overlap[p] for w, p in names.items()}
    linked = {i * n + j for _neg, i, j in candidates}
    unit_of = list(range(n))
    members: dict[int, list[int]] = {}
    mask = [1 << w for w in who]  # the annotators of each unit, kept at its first span
    for _neg, i, j in candidates:
        wi, wj = who[i], who[j]
        if not (used[i] >> wj & 1 or used[j] >> wi & 1):
            used[i] |= 1 << wj
            used[j] |= 1 << wi
            if wi < wj:
                into[(wi, wj)].append((ordered[i], ordered[j]))
            else:
                into[(wj, wi)].append((ordered[j], ordered[i]))
        ui, uj = unit_of[i], unit_of[j]
        if ui == uj or mask[ui] & mask[uj]:
            continue
        left = members.get(ui)
        right = members.get(uj)
        if left is None and right is None:
            members[ui] = [ui, uj]
        else:
            left = left or [ui]
            right = right or [uj]
            if any((x * n + y if x < y else y * n + x) not in linked
                   for x in left for y in right):
                continue  # some two of the spans overlap less than the threshold
            left.extend(right)
            members[ui] = left
            members.pop(uj, None)
            for k in right:
                unit_of[k] = ui
            mask[ui] |= mask[uj]
            continue
        unit_of[uj] = ui
        mask[ui] |= mask[uj]
    units = []
    for k, u in enumerate(unit_of):
        if u == k:
            ks = members.get(k)
            units.append((ordered[k],) if ks is None else tuple([ordered[m] for m in ks]))
    result.units = units
    return result


def by_document(spans: Iterable[Span]) -> Iterator[tuple[str, list[Span]]]:
    """Spans grouped by document, documents in id order (the input in any order)."""
    groups: dict[str, list[Span]] = {}
    for s in spans:
        group = groups.get(s[0])
        if group is None:
            groups[s[0]] = [s]
        else:
            group.append(s)
    for doc_id in sorted(groups):
        yield doc_id, groups[doc_id]


def match_all(spans: Iterable[Span], threshold: float = THRESHOLD,
              verdict: str | None = None) -> list[DocumentUnits]:
    """Every document that two or more annotators tagged, matched (spans in any order).
    With `verdict`, only the claims with that verdict are matched (per-verdict span F1), on
    the same documents and annotators as without it."""
    out = []
    for doc_id, group in by_document(spans):
        annotators = {s[1] for s in group}
        if len(annotators) < 2:
            continue
        if verdict is not None:  # shared or not by all its claims: a miss stays a miss
            group = [s for s in group if s[4] == verdict]
        doc = match_document(doc_id, group, threshold)
        for name in annotators - set(doc.annotators):  # tagged the document, not this verdict
            doc.annotators.append(name)
            doc.counts[name] = 0
        doc.annotators.sort()
        for p in ((a, b) for k, a in enumerate(doc.annotators) for b in doc.annotators[k + 1:]):
            doc.exact.setdefault(p, 0)
            doc.overlap.setdefault(p, [])
        out.append(doc)
    return out
