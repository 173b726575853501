"""Matching spans into units: the documented rules, case by case."""
from __future__ import annotations

import random

import pytest

from annotator.agreement.units import Span, jaccard, match_all, match_document


def s(who: str, start: int, end: int, verdict: str = "verified", doc: str = "d") -> Span:
    return Span(doc, who, start, end, verdict, f"{who}-{start}-{end}")


def test_jaccard_of_code_point_spans():
    assert jaccard(s("a", 0, 10), s("b", 0, 10)) == 1.0
    assert jaccard(s("a", 0, 10), s("b", 5, 15)) == pytest.approx(5 / 15)
    assert jaccard(s("a", 0, 10), s("b", 10, 20)) == 0.0  # half-open: touching is not overlap
    assert jaccard(s("a", 0, 10), s("b", 2, 8)) == 0.6


def test_threshold_is_inclusive_and_one_to_one_by_best_overlap():
    # b1 overlaps a1 by exactly 0.5 (kept: the threshold is "at least"); b2 overlaps a1 better
    doc = match_document("d", [s("a", 0, 10), s("b", 0, 5), s("b", 1, 10)])
    assert doc.overlap[("a", "b")] == [(s("a", 0, 10), s("b", 1, 10))]  # 0.9 beats 0.5
    assert doc.exact[("a", "b")] == 0
    assert len(match_document("d", [s("a", 0, 10), s("b", 0, 5)]).overlap[("a", "b")]) == 1
    assert match_document("d", [s("a", 0, 10), s("b", 0, 4)]).overlap[("a", "b")] == []


def test_exact_matches_are_counted_one_to_one():
    doc = match_document("d", [s("a", 0, 5), s("a", 0, 5, "disputed"), s("b", 0, 5), s("b", 7, 9)])
    assert doc.exact[("a", "b")] == 1 and doc.counts == {"a": 2, "b": 2}


def test_units_hold_one_span_per_annotator_and_need_every_pair_to_overlap():
    spans = [s("a", 0, 10), s("b", 1, 10), s("c", 0, 9), s("a", 1, 9)]
    units = match_document("d", spans).units
    assert sorted(sorted(x.annotator for x in u) for u in units) == [["a"], ["a", "b", "c"]]
    # a chain a~b, b~c where a and c overlap too little stays two units (complete linkage)
    chain = match_document("d", [s("a", 0, 10), s("b", 3, 13), s("c", 6, 16)], threshold=0.5)
    assert all(len(u) < 3 for u in chain.units)


def test_a_third_annotator_does_not_change_a_pair():
    two = [s("a", 0, 10), s("b", 2, 10), s("a", 20, 30), s("b", 21, 31)]
    three = two + [s("c", 0, 10), s("c", 20, 29)]
    assert (match_document("d", two).overlap[("a", "b")]
            == match_document("d", three).overlap[("a", "b")])


def test_documents_tagged_by_one_annotator_do_not_count():
    spans = sorted([s("a", 0, 5, doc="d1"), s("b", 0, 5, doc="d1"), s("a", 0, 5, doc="d2")])
    assert [d.doc_id for d in match_all(spans)] == ["d1"]


def test_per_verdict_matching_keeps_the_documents_and_the_misses():
    spans = sorted([s("a", 0, 5, "verified"), s("b", 0, 5, "disputed")])
    (doc,) = match_all(spans, verdict="verified")
    assert doc.counts == {"a": 1, "b": 0} and doc.exact[("a", "b")] == 0


def _brute_force_candidates(spans, threshold):
    return sorted((-jaccard(x, y), i, j) for i, x in enumerate(spans) for j, y in enumerate(spans)
                  if i < j and x.annotator != y.annotator and jaccard(x, y) >= threshold)


@pytest.mark.parametrize("seed", range(10))
def test_the_sweep_finds_every_candidate_pair(seed):
    from annotator.agreement.units import _candidates

    rng = random.Random(seed)
    spans = []
    for k in range(60):
        start = rng.randrange(0, 200)
        spans.append(Span("d", rng.choice("abc"), start, start + rng.randint(1, 40), "verified", f"c{k}"))
    spans.sort(key=lambda x: (x.start, x.end, x.annotator, x.claim_id))
    for threshold in (0.1, 0.5, 0.9, 1.0):
        got = [(round(n, 12), i, j) for n, i, j in _candidates(spans, threshold)]
        want = [(round(n, 12), i, j) for n, i, j in _brute_force_candidates(spans, threshold)]
        assert got == want


@pytest.mark.parametrize("seed", range(5))
def test_exact_matches_are_the_sum_of_the_smaller_counts(seed):
    from collections import Counter

    rng = random.Random(50 + seed)
    spans = [Span("d", rng.choice("abc"), st, st + rng.choice((3, 4)), "verified", f"c{k}")
             for k, st in enumerate(rng.randrange(0, 8) for _ in range(40))]
    doc = match_document("d", spans)
    by_span = Counter((x.start, x.end, x.annotator) for x in spans)
    for a, b in doc.exact:
        want = sum(min(n, by_span[(st, en, b)]) for (st, en, who), n in by_span.items() if who == a)
        assert doc.exact[(a, b)] == want
