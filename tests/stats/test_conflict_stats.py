"""Conflicts and single-source claims per outlet (Project.conflict_stats): against counts
computed independently from the engine's conflicts, the sentences and the claims, and the
known figures of a small project (21 serangan … setidaknya 83 orang vs belasan serangan …
sedikitnya 61 orang; a wire copy; one outlet disagreeing with itself; three outlets quoting
BNPB)."""
from __future__ import annotations

import csv
import io
from collections import Counter

import pytest

from annotator.compare.results import ConflictKind
from annotator.core.stats import (
    CONFLICT_COLUMNS, DISAGREEMENTS, SINGLE_SOURCE, tabulate_conflicts,
)
from annotator.project import Project
from tests.stats.conflicts_support import CLAIMS, as_counters, build, expected


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    proj, ids = build(tmp_path_factory.mktemp("conflicts") / "c.annot")
    yield proj, ids
    proj.close()


@pytest.fixture
def proj(built):
    return built[0]


def test_counts_match_an_independent_count(proj):
    table = proj.conflict_stats().as_json()
    assert as_counters(table) == {
        outlet: {what: Counter({k: n for k, n in c.items() if n}) for what, c in sides.items()}
        for outlet, sides in expected(proj).items()}
    assert table["totals"]["claims"]["total"] == len(CLAIMS) == proj.claim_count()
    assert table["totals"]["sentences"]["total"] == len(proj.analyze())


def test_the_known_figures_of_each_outlet(proj):
    groups = {g.label: g for g in proj.conflict_stats().groups}
    kompas, tempo, detik = groups["Kompas"].claims, groups["Tempo"].claims, groups["Detik"].claims
    # Kompas: the strike sentence (21 vs belasan, 83 vs 61), the planned call (planned vs
    # held; the denial), and a claim across both counted once; its fire claim disagrees with
    # another Kompas article only, so it is not counted
    assert kompas == {"total": 4, "conflicting": 3, "quantity": 2, "date": 0, "modality": 2,
                      "negation": 2, "single_source": 0}
    # Tempo: its toll; its flood claim traces back to BNPB as the other outlets' reports do
    assert tempo == {"total": 2, "conflicting": 1, "quantity": 1, "date": 0, "modality": 0,
                     "negation": 0, "single_source": 1}
    # Detik: the word-for-word copy of Tempo's sentence is in Tempo's conflict with Kompas
    assert detik["conflicting"] == detik["quantity"] == 1 and detik["total"] == 2
    # every report of the BNPB group counts, in three outlets, one of them unnamed
    single = {label: g.sentences[SINGLE_SOURCE] for label, g in groups.items()}
    assert single == {"Kompas": 0, "Tempo": 1, "Detik": 1, "(no outlet)": 1}
    assert [g.label for g in proj.conflict_stats().groups][:1] == ["Kompas"]  # most first


def test_the_kinds_are_the_engines(proj):
    assert {*DISAGREEMENTS, SINGLE_SOURCE} == {
        ConflictKind.QUANTITY, ConflictKind.DATE, ConflictKind.MODALITY, ConflictKind.NEGATION,
        ConflictKind.SINGLE_SOURCE}
    assert {c.kind for c in proj.conflicts()} <= {*DISAGREEMENTS, SINGLE_SOURCE}


def test_a_survey_is_reused_until_a_sentence_changes(tmp_path):
    proj, ids = build(tmp_path / "s.annot")
    with proj:
        first = proj.survey_conflicts()
        proj.add_claim(ids["tempo_strikes"], 0, 8, "verified")
        proj.update_document(ids["tempo_flood"], outlet="Kompas")
        assert proj.survey_conflicts(first) is first  # claims and outlets: only a recount
        after = proj.conflict_stats(first)
        assert after.totals.claims["total"] == len(CLAIMS) + 1
        assert {g.label for g in after.groups} == {"Kompas", "Tempo", "Detik", "(no outlet)"}
        proj.update_document(ids["kompas_fire_2"], published="2025-09-04")
        changed = proj.survey_conflicts(first)
        assert changed is not first and changed.state != first.state
        proj.remove_document(ids["detik_copy"])
        assert proj.survey_conflicts(changed) is not changed


def test_a_cancelled_survey_returns_nothing(proj):
    assert proj.survey_conflicts(cancelled=lambda: True) is None
    assert proj.conflict_stats(cancelled=lambda: True) is None


def test_a_read_only_project_leaves_unanalysed_articles_out_and_says_so(tmp_path):
    from tests.conftest import make_document
    from tests.stats.conflicts_support import ARTICLES

    path = tmp_path / "r.annot"
    with Project.create(path) as proj:  # more than an inline import analyses: left pending
        proj.add_documents([make_document(t, outlet=o, published=p, language="id")
                            for t, o, p in ARTICLES.values()])
        assert proj.sentence_status().pending == len(ARTICLES)
    with Project.open(path, readonly=True) as proj:
        table = proj.conflict_stats()
        assert table.unanalysed == len(ARTICLES) and table.totals.sentences["total"] == 0
        assert table.as_json()["unanalysed_documents"] == len(ARTICLES)
    with Project.open(path) as proj:  # writable: analysed first, as `conflicts` does
        table = proj.conflict_stats()
        assert table.unanalysed == 0 and table.totals.sentences[SINGLE_SOURCE] == 3


def test_csv_has_both_sides_and_the_totals(proj, tmp_path):
    from annotator.project.stats import write_csv

    dest = write_csv(proj.conflict_stats(), tmp_path / "c.csv")
    rows = list(csv.DictReader(io.StringIO(dest.read_text(encoding="utf-8-sig"))))
    assert list(rows[0])[:4] == ["outlet", "key", "claims", "claims_conflicting"]
    assert "sentences_single_source" in rows[0]
    assert rows[-1]["outlet"] == "total" and rows[-1]["claims"] == str(len(CLAIMS))
    assert sum(int(r["sentences_quantity"]) for r in rows[:-1]) == int(rows[-1]["sentences_quantity"])


# ------------------------------------------------------------- the counting rules, by hand
OUTLETS = {"k1": "Kompas", "k2": "Kompas", "t": "Tempo", "x": "", "y": ""}


def _table(conflicts, claims=(), sentences=None):
    """Each side of each conflict given as its places: keyed by the places themselves."""
    reports = {tuple(p): [p] for _k, a, b in conflicts for p in (*a, *b)}
    keyed = [(k, [tuple(p) for p in a], [tuple(p) for p in b]) for k, a, b in conflicts]
    return {g.label: g for g in tabulate_conflicts(
        OUTLETS, sentences or {d: 3 for d in OUTLETS}, claims, reports, keyed).groups}


def test_one_outlet_disagreeing_with_itself_is_not_counted_but_two_unnamed_ones_are():
    groups = _table([("quantity", [("k1", 0, 10)], [("k2", 0, 10)]),
                     ("date", [("x", 0, 10)], [("y", 0, 10)])])
    assert groups["Kompas"].sentences["conflicting"] == 0
    assert groups["(no outlet)"].sentences["date"] == 2


def test_a_claim_is_counted_once_across_sentences_and_kinds():
    conflicts = [("quantity", [("k1", 0, 10)], [("t", 0, 9)]),
                 ("negation", [("k1", 10, 20)], [("t", 9, 20)]),
                 ("single_source", [("k1", 30, 40), ("t", 30, 40)], [])]
    claims = [("k1", 5, 15), ("k1", 20, 30), ("k1", 29, 31), ("k1", 10, 10), ("t", 50, 60)]
    groups = _table(conflicts, claims)
    kompas = groups["Kompas"].claims
    assert kompas == {"total": 4, "conflicting": 2, "quantity": 1, "date": 0, "modality": 0,
                      "negation": 2, "single_source": 1}  # [20, 30) touches neither
    assert groups["Tempo"].claims["total"] == 1 and groups["Tempo"].claims["conflicting"] == 0
    assert groups["Tempo"].sentences[SINGLE_SOURCE] == 1
    assert set(kompas) == set(CONFLICT_COLUMNS)


def test_copies_on_a_side_count_for_their_own_outlets():
    """A sentence copied word for word into articles of Kompas and of an unnamed outlet,
    against a Kompas report: the unnamed copy counts, the Kompas copy does not; the same
    copies against Tempo both count."""
    reports = {"copied": [("k1", 0, 10), ("x", 0, 10)], "kompas": [("k2", 0, 10)],
               "tempo": [("t", 0, 10)]}
    groups = {g.label: g for g in tabulate_conflicts(
        OUTLETS, {}, [], reports, [("date", ["copied"], ["kompas"])]).groups}
    assert groups["Kompas"].sentences["date"] == 1  # k2 against the unnamed copy
    assert groups["(no outlet)"].sentences["date"] == 1
    groups = {g.label: g for g in tabulate_conflicts(
        OUTLETS, {}, [], reports, [("date", ["copied"], ["tempo"])]).groups}
    assert groups["Kompas"].sentences["date"] == groups["Tempo"].sentences["date"] == 1
    assert groups["(no outlet)"].sentences["date"] == 1


def test_outlets_without_conflicts_are_listed_with_zeros_and_totals_add_up():
    groups = _table([])
    assert set(groups) == {"Kompas", "Tempo", "(no outlet)"}
    assert groups["Kompas"].sentences["total"] == 6 and groups["Kompas"].claims["conflicting"] == 0


def test_totals_from_the_store_and_the_named_articles_claims_give_the_same_table():
    """conflict_stats reads only the claims of the articles a conflict names, and counts the
    rest per outlet in SQL: the table is the one every claim's place gives."""
    conflicts = [("quantity", ["s1"], ["s2"]), ("single_source", ["s3"], [])]
    reports = {"s1": [("k1", 0, 10)], "s2": [("t", 0, 9)], "s3": [("x", 30, 40)]}
    claims = [("k1", 5, 15), ("k1", 20, 30), ("k2", 0, 4), ("k2", 8, 9), ("t", 1, 2),
              ("t", 50, 60), ("x", 31, 33), ("y", 0, 3)]
    every = tabulate_conflicts(OUTLETS, {d: 3 for d in OUTLETS}, claims, reports, conflicts)
    named = {d for places in reports.values() for d, _s, _e in places}
    totals = Counter(OUTLETS[d] for d, _s, _e in claims)
    lean = tabulate_conflicts(OUTLETS, {d: 3 for d in OUTLETS},
                              [c for c in claims if c[0] in named], reports, conflicts, 0,
                              dict(totals))
    assert lean.as_json() == every.as_json()
    assert lean.totals.claims["total"] == len(claims)
    assert {g.key: g.claims["conflicting"] for g in lean.groups}["Kompas"] == 1


def test_project_counts_claims_of_unnamed_articles_in_the_totals(proj):
    table = proj.conflict_stats()
    assert table.totals.claims["total"] == proj.claim_count()
