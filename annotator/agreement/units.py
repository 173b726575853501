"""Units of agreement: the claims of different annotators on one document, matched by span.

Every rule here is the documented one (README "Agreement"):

- Offsets are code points of the stored text; a span is the half-open set [start, end).
- Overlap is the Jaccard index of the two code-point sets, |A ∩ B| / |A ∪ B|; two spans
  *match by overlap* when it is at least THRESHOLD (0.5). Identical spans have 1.
- *Exact* matching pairs identical spans one to one (two annotators who each tagged the same
  span twice match twice).
- *Overlap* matching is one to one and greedy by best overlap: the candidate pairs (spans of
  two different annotators with Jaccard ≥ THRESHOLD) are taken in order of decreasing
  Jaccard, ties by the earlier span (start, end, annotator, claim id); a pair is kept when
  neither span is matched yet. Pairwise figures (span F1, Cohen's κ) match each pair of
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
from itertools import groupby
from typing import NamedTuple

#: Jaccard overlap of the code-point spans at or above which two spans are the same unit.
THRESHOLD = 0.5


class Span(NamedTuple):
    """One claim as agreement sees it (the field order of store.spans.annotated_spans)."""

    doc_id: str
    annotator: str
    start: int
    end: int
    verdict: str
    claim_id: str


def jaccard(a: Span, b: Span) -> float:
    """|A ∩ B| / |A ∪ B| of two code-point spans (empty spans: 1 when equal, else 0)."""
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 1.0 if (a.start, a.end) == (b.start, b.end) else 0.0
    return inter / (a.end - a.start + b.end - b.start - inter)


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
    #: every unit: its spans, one per annotator, by annotator name (singletons included)
    units: list[dict[str, Span]] = field(default_factory=list)


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


def match_document(doc_id: str, spans: Iterable[Span],
                   threshold: float = THRESHOLD) -> DocumentUnits:
    """Match one document's spans (any order) between its annotators."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError("the overlap threshold must be above 0 and at most 1")
    ordered = sorted(spans, key=lambda s: (s.start, s.end, s.annotator, s.claim_id))
    counts = Counter(s.annotator for s in ordered)
    annotators = sorted(counts)
    result = DocumentUnits(doc_id, annotators, dict(counts))
    pairs = [(a, b) for k, a in enumerate(annotators) for b in annotators[k + 1:]]
    by_span: dict[tuple[int, int], Counter] = {}
    for s in ordered:
        by_span.setdefault((s.start, s.end), Counter())[s.annotator] += 1
    for p in pairs:
        result.exact[p] = sum(min(c[p[0]], c[p[1]]) for c in by_span.values())
        result.overlap[p] = []
    candidates = _candidates(ordered, threshold) if len(annotators) > 1 else []

    # pairwise: one greedy pass per pair of annotators, over that pair's candidates
    used: dict[Pair, set[int]] = {p: set() for p in pairs}
    for _neg, i, j in candidates:
        a, b = ordered[i], ordered[j]
        p = _pair(a.annotator, b.annotator)
        taken = used[p]
        if i in taken or j in taken:
            continue
        taken.add(i)
        taken.add(j)
        result.overlap[p].append((a, b) if a.annotator == p[0] else (b, a))

    # units: complete-linkage greedy over all candidates, at most one span per annotator
    unit_of = list(range(len(ordered)))
    members: dict[int, list[int]] = {k: [k] for k in range(len(ordered))}
    for _neg, i, j in candidates:
        ui, uj = unit_of[i], unit_of[j]
        if ui == uj:
            continue
        left, right = members[ui], members[uj]
        if {ordered[k].annotator for k in left} & {ordered[k].annotator for k in right}:
            continue
        if (len(left) > 1 or len(right) > 1) and any(
                jaccard(ordered[x], ordered[y]) < threshold for x in left for y in right):
            continue
        if len(left) < len(right):
            ui, uj, left, right = uj, ui, right, left
        left.extend(right)
        for k in right:
            unit_of[k] = ui
        del members[uj]
    result.units = [{ordered[k].annotator: ordered[k] for k in sorted(ks)}
                    for _u, ks in sorted(members.items())]
    return result


def by_document(spans: Iterable[Span]) -> Iterator[tuple[str, list[Span]]]:
    """Spans grouped by document (the input sorted by document id)."""
    for doc_id, group in groupby(spans, key=lambda s: s.doc_id):
        yield doc_id, list(group)


def match_all(spans: Iterable[Span], threshold: float = THRESHOLD,
              verdict: str | None = None) -> list[DocumentUnits]:
    """Every document that two or more annotators tagged, matched (spans sorted by document).
    With `verdict`, only the claims with that verdict are matched (per-verdict span F1), on
    the same documents and annotators as without it."""
    out = []
    for doc_id, group in by_document(spans):
        annotators = {s.annotator for s in group}
        if len(annotators) < 2:
            continue
        if verdict is not None:  # shared or not by all its claims: a miss stays a miss
            group = [s for s in group if s.verdict == verdict]
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
