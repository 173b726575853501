"""The coefficients against published worked examples and against nltk's AnnotationTask."""
from __future__ import annotations

import random

import pytest

from annotator.agreement.measures import (
    Undefined, coincidences, cohen_kappa, fleiss_kappa, krippendorff_alpha, span_f1,
)

nltk_agreement = pytest.importorskip("nltk.metrics.agreement")

# Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), the example with
# missing data: 4 observers, 12 units, values 1-5; nominal alpha = 0.743.
_ = None
KRIPPENDORFF = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    "C": [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
}

# Fleiss (1971) as worked on Wikipedia's "Fleiss' kappa" page: 10 subjects, 14 raters,
# 5 categories (counts of raters per category); kappa = 0.210.
FLEISS = [[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
          [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7]]


def _units(matrix: dict[str, list]) -> list[list]:
    return [[v for v in column if v is not None] for column in zip(*matrix.values())]


def test_krippendorff_published_example():
    units = _units(KRIPPENDORFF)
    assert round(krippendorff_alpha(units), 3) == 0.743
    matrix = coincidences(units)
    assert sum(matrix.values()) == pytest.approx(40)  # n = 40 pairable values in his table
    # by hand: o_11 = units 1 (3·2/2), 8 (3·2/3) and 11 (2·1/1); o_23 = units 2 (3/3), 6 (1/3)
    assert matrix[(1, 1)] == pytest.approx(7) and matrix[(2, 3)] == pytest.approx(4 / 3)


def test_fleiss_published_example():
    units = [[cat for cat, n in enumerate(row) for _ in range(n)] for row in FLEISS]
    assert round(fleiss_kappa(units), 3) == 0.210


def test_cohen_textbook_example():
    # Wikipedia "Cohen's kappa": 50 proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15:
    # p_o = 0.7, p_e = 0.5, kappa = 0.4
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert round(cohen_kappa(pairs), 3) == 0.400


def test_perfect_and_chance_agreement():
    same = [("a", "a"), ("b", "b"), ("c", "c"), ("a", "a")]
    assert cohen_kappa(same) == 1.0
    assert fleiss_kappa([[x, x, x] for x, _ in same]) == 1.0
    assert krippendorff_alpha([[x, x] for x, _ in same]) == 1.0
    # chance: each coder half a / half b, independently -> p_o = p_e = 0.5
    chance = [("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")]
    assert cohen_kappa(chance) == 0.0
    # a coder whose labels do not depend on the other's at all, over a full cross
    assert fleiss_kappa([list(p) for p in chance]) == pytest.approx(0.0)


def test_undefined_measures_say_why():
    with pytest.raises(Undefined, match="no unit"):
        cohen_kappa([])
    with pytest.raises(Undefined, match="same verdict"):
        cohen_kappa([("a", "a"), ("a", "a")])
    with pytest.raises(Undefined, match="single verdict"):
        fleiss_kappa([["a", "a", "a"]])
    with pytest.raises(Undefined, match="no unit"):
        krippendorff_alpha([["a"], ["b"]])  # nothing pairable
    with pytest.raises(Undefined, match="single verdict"):
        krippendorff_alpha([["a", "a"], ["a", "a", "a"]])
    with pytest.raises(Undefined):
        span_f1(0, 0, 0)
    assert span_f1(3, 4, 4) == 0.75


def _task(rows):
    return nltk_agreement.AnnotationTask(data=rows)


@pytest.mark.parametrize("seed", range(8))
def test_against_nltk_on_random_data(seed):
    rng = random.Random(seed)
    labels = ["verified", "disputed", "unverified"][:rng.randint(2, 3)]
    coders = ["ana", "budi", "citra"][:rng.randint(2, 3)]
    items = rng.randint(5, 60)
    # coders agree with a hidden truth most of the time, so the figures are not all near 0
    truth = [rng.choice(labels) for _ in range(items)]
    full = {c: [t if rng.random() < 0.7 else rng.choice(labels) for t in truth] for c in coders}
    rows = [(c, str(i), full[c][i]) for c in coders for i in range(items)]
    task = _task(rows)
    units = [[full[c][i] for c in coders] for i in range(items)]
    assert krippendorff_alpha(units) == pytest.approx(task.alpha(), abs=1e-9)
    assert fleiss_kappa(units) == pytest.approx(task.pi(), abs=1e-9)  # multi-pi = Fleiss
    for k, a in enumerate(coders):
        for b in coders[k + 1:]:
            pairs = list(zip(full[a], full[b]))
            assert cohen_kappa(pairs) == pytest.approx(task.kappa_pairwise(a, b), abs=1e-9)


@pytest.mark.parametrize("seed", range(5))
def test_alpha_with_missing_values_against_nltk(seed):
    rng = random.Random(100 + seed)
    coders = ["a", "b", "c", "d"]
    rows, units = [], []
    for i in range(rng.randint(10, 40)):
        unit = []
        for c in coders:
            if rng.random() < 0.7:
                value = rng.choice("xyz")
                rows.append((c, str(i), value))
                unit.append(value)
        units.append(unit)
    if len({v for u in units if len(u) > 1 for v in u}) < 2:
        pytest.skip("degenerate draw")
    assert krippendorff_alpha(units) == pytest.approx(_task(rows).alpha(), abs=1e-9)


def test_nltk_agrees_on_the_published_example_too():
    rows = [(c, str(i), v) for c, values in KRIPPENDORFF.items()
            for i, v in enumerate(values) if v is not None]
    assert round(_task(rows).alpha(), 3) == 0.743
