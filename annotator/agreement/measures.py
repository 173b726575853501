"""The agreement coefficients, written out from their definitions (no GPL code is used:
the `krippendorff` and `agreement` packages may not ship with an MIT program).

Each function takes plain values and raises Undefined, with the reason in words, where the
coefficient has no value (no data, or a single category so that chance agreement is total).
Counts are kept as integers to the last step, so "undefined" is an exact test, not a
floating-point accident; they are tallied in plain dicts (a Counter costs more than the work
on units of two or three values, and there are 100,000 of them).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence

from ..core import messages
from ..core.errors import said


class Undefined(ValueError):
    """The coefficient has no value on these data; str() says why."""



def span_f1(matched: int, n_a: int, n_b: int) -> float:
    """2·matched / (n_a + n_b): precision and recall of one annotator's spans against the
    other's (symmetric, so it does not matter which one is taken as the reference)."""
    if n_a + n_b == 0:
        raise Undefined(said(messages.NO_SHARED_CLAIM))
    return 2 * matched / (n_a + n_b)


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float:
    """Cohen's κ (1960) of two coders over the units both coded: (p_o − p_e) / (1 − p_e),
    p_e from each coder's own category proportions."""
    n = len(pairs)
    if n == 0:
        raise Undefined(said(messages.NO_PAIR_UNIT))
    agree = sum(1 for x, y in pairs if x == y)
    left = Counter(x for x, _ in pairs)
    right = Counter(y for _, y in pairs)
    chance = sum(c * right[k] for k, c in left.items())  # n² · p_e
    if chance == n * n:
        raise Undefined(said(messages.ONE_VERDICT_PAIR))
    return (agree * n - chance) / (n * n - chance)


def fleiss_kappa(units: Sequence[Sequence[Hashable]]) -> float:
    """Fleiss' κ (1971) over units each rated by the same number of raters n ≥ 2:
    (P̄ − P_e) / (1 − P_e), P_e from the pooled category proportions."""
    if not units:
        raise Undefined(said(messages.NO_COMPLETE_UNIT))
    raters = len(units[0])
    if raters < 2 or any(len(u) != raters for u in units):
        raise ValueError("Fleiss' kappa needs the same number (two or more) of ratings per unit")
    total = len(units) * raters
    squares = 0  # Σ_i Σ_j n_ij²
    pooled: dict = {}
    for unit in units:
        counts: dict = {}
        for v in unit:
            counts[v] = counts.get(v, 0) + 1
            pooled[v] = pooled.get(v, 0) + 1
        for c in counts.values():
            squares += c * c
    pooled_squares = sum(c * c for c in pooled.values())  # (N·n)² · P_e
    if pooled_squares == total * total:
        raise Undefined(said(messages.ONE_VERDICT_ALL))
    p_bar = (squares - total) / (total * (raters - 1))
    p_e = pooled_squares / (total * total)
    return (p_bar - p_e) / (1 - p_e)


def coincidences(units: Iterable[Sequence[Hashable]]) -> dict[tuple[Hashable, Hashable], float]:
    """Krippendorff's coincidence matrix o_ck: each ordered pair of values (c, k) from two
    different coders of one unit adds 1/(m_u − 1), m_u the values the unit has; units with
    fewer than two values are not pairable and add nothing."""
    out: dict[tuple[Hashable, Hashable], float] = {}
    for unit in units:
        m = len(unit)
        if m < 2:
            continue
        counts = Counter(unit)
        for c, nc in counts.items():
            for k, nk in counts.items():
                pairs = nc * (nc - 1) if c == k else nc * nk
                if pairs:
                    out[(c, k)] = out.get((c, k), 0.0) + pairs / (m - 1)
    return out


def krippendorff_alpha(units: Iterable[Sequence[Hashable]]) -> float:
    """Krippendorff's α for nominal data: 1 − D_o / D_e from the coincidence matrix.

    Each unit lists the values it received (a coder who did not code it is simply absent:
    missing values are left out, not imputed); units with fewer than two values are not
    pairable and left out. With n pairable values, o_cc the matrix diagonal and n_c its
    margins: α = 1 − (n − 1)·(n − Σ o_cc) / (n² − Σ n_c²)."""
    n = 0
    diagonal = 0.0  # Σ_c o_cc
    margins: dict = {}  # n_c
    for unit in units:
        m = len(unit)
        if m < 2:
            continue
        n += m
        for v in unit:
            margins[v] = margins.get(v, 0) + 1
        if m == 2:
            if unit[0] == unit[1]:
                diagonal += 2
        else:
            counts: dict = {}
            for v in unit:
                counts[v] = counts.get(v, 0) + 1
            diagonal += sum(c * (c - 1) for c in counts.values()) / (m - 1)
    if n == 0:
        raise Undefined(said(messages.NO_TWO_UNIT))
    spread = n * n - sum(c * c for c in margins.values())  # n² − Σ n_c²
    if spread == 0:
        raise Undefined(said(messages.ONE_VERDICT_MATCHED))
    return 1.0 - (n - 1) * (n - diagonal) / spread
