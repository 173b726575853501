"""Project.stats against counts computed independently from the claims, for every grouping."""
from __future__ import annotations

import csv
import io

import pytest

from annotator.core.errors import ValidationError
from annotator.core.stats import GroupBy
from tests.stats.stats_support import CLAIMS, as_counters, build, expected

GROUPINGS = [g.value for g in GroupBy]


@pytest.fixture
def proj(tmp_path, monkeypatch):
    p = build(tmp_path / "stats.annot", monkeypatch)
    yield p
    p.close()


@pytest.mark.parametrize("by", GROUPINGS)
def test_counts_match_the_claims(proj, by):
    table = proj.stats(by).as_json()
    assert as_counters(table) == expected(proj, by)
    for g in table["groups"]:
        assert g["total"] == g["verified"] + g["disputed"] + g["unverified"]
    assert table["totals"]["total"] == len(CLAIMS) == proj.claim_count()
    assert table["totals"]["disputed"] == sum(1 for c in CLAIMS if c[1] == "disputed")


def test_weeks_are_iso_weeks_across_the_year_end(proj):
    table = proj.stats("week")
    assert [g.key for g in table.groups] == ["2026-W45", "2026-W46", "2026-W47", "2026-W53",
                                             "2027-W01"]
    assert table.groups[1].total == 2  # Monday the 9th and Sunday the 15th
    assert table.groups[3].total == 2  # 31 December 2026 and 1 January 2027


def test_outlets_and_articles_are_ordered_by_total_with_named_blanks(proj):
    outlets = proj.stats("outlet")
    assert [g.label for g in outlets.groups] == ["Kompas", "Tempo", "(no outlet)", "Détik"]
    assert outlets.groups[2].key == ""
    articles = proj.stats(GroupBy.ARTICLE)
    assert len({g.key for g in articles.groups}) == len(articles.groups) == 5  # keyed by id


def test_publication_dates_that_are_not_dates_count_as_undated(proj):
    table = proj.stats("published")
    assert table.groups[-1].label == "(no date)" and table.groups[-1].total == 3
    assert [g.key for g in table.groups[:-1]] == ["2026-11-02", "2026-11-09", "2026-11-10"]


def test_counts_follow_edits_and_undo(proj):
    before = proj.stats("outlet").totals
    cid = next(c.id for c in proj.claims() if c.verdict.value != "unverified")
    proj.set_verdict(cid, "unverified")
    after = proj.stats("outlet").totals
    assert after["unverified"] == before["unverified"] + 1 and after.total == before.total
    proj.delete_claim(cid)
    assert proj.stats("outlet").totals.total == before.total - 1
    proj.undo()
    proj.undo()
    assert proj.stats("outlet").totals.counts == before.counts


def test_an_empty_project_has_no_groups_and_zero_totals(tmp_path):
    from annotator.project import Project

    with Project.create(tmp_path / "e.annot") as p:
        assert p.stats("week").as_json() == {
            "by": "week", "groups": [],
            "totals": {"verified": 0, "disputed": 0, "unverified": 0, "total": 0}}


def test_an_unknown_grouping_is_a_clear_error(proj):
    with pytest.raises(ValidationError, match="cannot group statistics by 'colour'"):
        proj.stats("colour")


def test_csv_reads_back_with_totals_and_neutralised_formulas(proj, tmp_path):
    from annotator.project.stats import write_csv

    dest = write_csv(proj.stats("article"), tmp_path / "out.csv")
    raw = dest.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[-1]["article"] == "total" and rows[-1]["total"] == str(len(CLAIMS))
    assert "'=SUM(A1) berita" in {r["article"] for r in rows}
    assert "Gempa kecil 🌋" in {r["article"] for r in rows}
    assert sum(int(r["disputed"]) for r in rows[:-1]) == int(rows[-1]["disputed"])
    assert list(tmp_path.glob(".out.csv.*")) == []  # no temporary left behind
