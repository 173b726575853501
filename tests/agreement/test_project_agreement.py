"""Project.agreement on constructed projects whose right answers are known by hand."""
from __future__ import annotations

import json

import pytest

from annotator.agreement import UNTAGGED
from tests.conftest import make_document

TEXT = ("Banjir melanda tiga desa pada Senin pagi 👍🏽, menurut kepala dinas setempat. "
        "Jembatan sepanjang 120 meter runtuh; dua belas rumah terendam dan tiga warga "
        "mengungsi ke balai desa. Rapat darurat direncanakan pada hari Selasa. ") * 4

SPANS = [(0, 20), (30, 45), (60, 80), (95, 110), (130, 150), (170, 190), (210, 230), (250, 270)]
VERDICTS = ["verified", "disputed", "unverified", "verified", "disputed", "verified",
            "unverified", "disputed"]


def tag(project, who, spans, verdicts, doc_id):
    project.annotator = who
    for (start, end), verdict in zip(spans, verdicts):
        project.add_claim(doc_id, start, end, verdict)


@pytest.fixture
def doc_id(project):
    doc = make_document(TEXT, "Banjir")
    project.add_documents([doc])
    return doc.id


def test_perfect_agreement(project, doc_id):
    for who in ("ana", "budi", "citra"):
        tag(project, who, SPANS, VERDICTS, doc_id)
    a = project.agreement().overall
    assert a.annotators == ["ana", "budi", "citra"] and a.documents == 1 and a.units == 8
    assert a.fleiss_kappa == 1.0 and a.krippendorff_alpha == 1.0 and a.note == ""
    assert [(p.a, p.b, p.units, p.f1_exact, p.f1_overlap, p.cohen_kappa) for p in a.pairwise] == [
        ("ana", "budi", 8, 1.0, 1.0, 1.0), ("ana", "citra", 8, 1.0, 1.0, 1.0),
        ("budi", "citra", 8, 1.0, 1.0, 1.0)]


def test_chance_agreement_on_verdicts(project, doc_id):
    # same spans; ana: v v d d, budi: v d v d -> p_o = 0.5 = p_e, kappa 0
    tag(project, "ana", SPANS[:4], ["verified", "verified", "disputed", "disputed"], doc_id)
    tag(project, "budi", SPANS[:4], ["verified", "disputed", "verified", "disputed"], doc_id)
    a = project.agreement().overall
    (pair,) = a.pairwise
    assert pair.f1_exact == 1.0 and pair.cohen_kappa == 0.0
    # alpha = 1 - (n-1)·(n - Σo_cc)/(n² - Σn_c²) = 1 - 7·4/(64-32) = 1/8 (small-sample correction)
    assert a.krippendorff_alpha == pytest.approx(0.125)


def test_missing_spans_lower_f1_but_not_kappa_on_matched_units(project, doc_id):
    tag(project, "ana", SPANS, VERDICTS, doc_id)
    tag(project, "budi", SPANS[:4], VERDICTS[:4], doc_id)  # budi left out four claims
    a = project.agreement().overall
    (pair,) = a.pairwise
    assert pair.f1_exact == pytest.approx(2 * 4 / 12) and pair.f1_overlap == pair.f1_exact
    assert pair.units == 4 and pair.cohen_kappa == 1.0 and a.krippendorff_alpha == 1.0
    assert a.units == 4
    # the documented variant: budi's silence on ana's other four claims is a category
    variant = project.agreement(untagged=True).overall
    assert variant.krippendorff_alpha < 1.0 and UNTAGGED == "(untagged)"


def test_shifted_boundaries_match_by_overlap_not_exactly(project, doc_id):
    tag(project, "ana", SPANS[:2], VERDICTS[:2], doc_id)
    tag(project, "budi", [(1, 20), (30, 44)], VERDICTS[:2], doc_id)
    (pair,) = project.agreement().overall.pairwise
    assert pair.f1_exact == 0.0 and pair.f1_overlap == 1.0 and pair.units == 2
    (pair,) = project.agreement(threshold=0.99).overall.pairwise
    assert pair.f1_overlap == 0.0 and pair.cohen_kappa is None


def test_by_document_and_by_verdict(project, doc_id):
    other = make_document(TEXT.replace("Banjir", "Banjir bandang"), "Lain")
    project.add_documents([other])
    tag(project, "ana", SPANS, VERDICTS, doc_id)
    tag(project, "budi", SPANS, VERDICTS, doc_id)
    tag(project, "ana", SPANS[:2], VERDICTS[:2], other.id)  # only ana: not a shared document
    report = project.agreement(by="document")
    assert [g.key for g in report.groups] == [doc_id] and report.overall.documents == 1
    data = report.as_json()
    assert list(data) == ["groups"] and data["groups"][0]["document"] == doc_id
    by_verdict = project.agreement(by="verdict")
    assert [g.key for g in by_verdict.groups] == ["verified", "disputed", "unverified"]
    assert all(g.agreement.pairwise[0].f1_exact == 1.0 for g in by_verdict.groups)
    json.dumps(by_verdict.as_json())


def test_undefined_measures_are_null_with_a_note(project, doc_id):
    tag(project, "ana", SPANS[:3], ["verified"] * 3, doc_id)
    tag(project, "budi", SPANS[:3], ["verified"] * 3, doc_id)
    data = project.agreement().as_json()
    assert data["fleiss_kappa"] is None and data["krippendorff_alpha"] is None
    assert data["pairwise"][0]["cohen_kappa"] is None and data["pairwise"][0]["f1_exact"] == 1.0
    assert "fleiss_kappa:" in data["note"] and "krippendorff_alpha:" in data["note"]
    assert "cohen_kappa ana–budi:" in data["note"]


def test_fewer_than_two_annotators_is_unmeasurable(project, doc_id):
    assert "no one" in project.agreement().overall.unmeasurable
    tag(project, "ana", SPANS, VERDICTS, doc_id)
    assert "only 'ana'" in project.agreement().overall.unmeasurable
    other = make_document(TEXT + " Tambahan.", "Lain")
    project.add_documents([other])
    tag(project, "budi", SPANS, VERDICTS, other.id)
    assert "no annotator tagged a document another one tagged" in \
        project.agreement().overall.unmeasurable


def test_disagreements_of_a_document(project, doc_id):
    from annotator.agreement import Kind

    tag(project, "ana", SPANS[:4], VERDICTS[:4], doc_id)
    # budi: same first claim; second shifted; third with another verdict; fourth left out;
    # and one of his own that ana did not tag
    tag(project, "budi", [SPANS[0], (31, 45), SPANS[2], (300, 320)],
        [VERDICTS[0], VERDICTS[1], "verified", "disputed"], doc_id)
    found = project.disagreements(doc_id)
    assert [(d.start, d.kinds, d.missing) for d in found] == [
        (30, (Kind.SPAN,), ()),
        (60, (Kind.VERDICT,), ()),
        (95, (Kind.UNTAGGED,), ("budi",)),
        (300, (Kind.UNTAGGED,), ("ana",)),
    ]
    assert found[0].spans["budi"].start == 31 and found[1].spans["ana"].verdict == "unverified"
    assert Kind.UNTAGGED.label == "not every annotator tagged it"
    tag(project, "citra", [], [], doc_id)
    lone = make_document(TEXT + " Lain.", "Lain")
    project.add_documents([lone])
    tag(project, "ana", SPANS[:1], VERDICTS[:1], lone.id)
    assert project.disagreements(lone.id) == []  # no one to disagree with
