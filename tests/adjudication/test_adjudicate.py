"""Project.adjudicate: decisions into the gold layer, one undo step each, in the history."""
from __future__ import annotations

import pytest

from annotator.core.errors import ValidationError
from tests.conftest import make_document

TEXT = "Banjir melanda tiga desa 👍🏽 pada Senin pagi, menurut kepala dinas setempat. " * 3


@pytest.fixture
def unit(project):
    doc = make_document(TEXT, "Banjir")
    project.add_documents([doc])
    project.annotator = "ana"
    a = project.add_claim(doc.id, 0, 24, "verified").created[0]
    project.annotator = "budi"
    b = project.add_claim(doc.id, 0, 24, "disputed").created[0]
    project.annotator = "tester"
    return doc.id, a, b


def gold(project, doc_id):
    return [c for c in project.claims(doc_id) if c.annotator == "gold"]


def test_accept_one_version_writes_a_gold_claim_and_undo_removes_it(project, unit):
    doc_id, a, b = unit
    assert len(project.disagreements(doc_id)) == 1
    cs = project.adjudicate(doc_id, [a], [b], "gold")
    (g,) = gold(project, doc_id)
    assert (g.start, g.end, g.verdict.value, g.annotator) == (0, 24, "verified", "gold")
    assert project.decisions([a, b]) == {a: "accepted", b: "rejected"}
    assert [h.cause for h in project.history(g.id)] == ["adjudication"]
    assert project.history(g.id)[0].annotator == "gold"
    assert [h.cause for h in project.history(b)][-1] == "adjudication: rejected"
    assert project.undo_label == cs.label == "Adjudicate: accept ana"
    project.undo()
    assert gold(project, doc_id) == [] and project.decisions([a, b]) == {}
    assert [h.cause for h in project.history(b)][-1] == "undo: adjudication: rejected"
    project.redo()
    assert len(gold(project, doc_id)) == 1 and project.decisions([a]) == {a: "accepted"}
    # the gold layer is not an annotator of the adjudication's own disagreements
    q = project.adjudication_queue("gold")
    assert len(q.items) == 1 and q.agreement.overall.annotators == ["ana", "budi"]


def test_both_neither_and_deciding_again(project, unit):
    doc_id, a, b = unit
    project.adjudicate(doc_id, [a, b], [], "gold")
    assert sorted(c.verdict.value for c in gold(project, doc_id)) == ["disputed", "verified"]
    cs = project.adjudicate(doc_id, [], [a, b], "gold")  # neither: replaces both gold claims
    assert cs.label == "Adjudicate: accept neither"
    assert gold(project, doc_id) == []
    assert project.decisions([a, b]) == {a: "rejected", b: "rejected"}
    project.undo()
    assert len(gold(project, doc_id)) == 2
    assert project.decisions([a, b]) == {a: "accepted", b: "accepted"}


def test_neither_alone_is_an_undoable_step(project, unit):
    doc_id, a, b = unit
    project.adjudicate(doc_id, [], [a, b], "gold")
    assert project.can_undo and project.decisions([a]) == {a: "rejected"}
    project.undo()
    assert project.decisions([a, b]) == {}


def test_bad_adjudications_are_refused(project, unit):
    doc_id, a, b = unit
    with pytest.raises(ValidationError):
        project.adjudicate(doc_id, [a], [b], "  ")
    project.adjudicate(doc_id, [a], [b], "gold")
    (g,) = gold(project, doc_id)
    with pytest.raises(ValidationError):
        project.adjudicate(doc_id, [g.id], [], "gold")


def test_agreed_claims_are_copied_once_in_one_undo_step(project, unit):
    doc_id, a, b = unit
    project.annotator = "ana"
    a2 = project.add_claim(doc_id, 30, 50, "unverified").created[0]
    project.annotator = "budi"
    b2 = project.add_claim(doc_id, 30, 50, "unverified").created[0]
    project.add_claim(doc_id, 60, 70, "verified")  # only budi: not agreed
    project.adjudicate_agreed("gold")
    (g,) = gold(project, doc_id)
    assert (g.start, g.end, g.verdict.value) == (30, 50, "unverified")
    assert project.decisions([a, b, a2, b2]) == {a2: "accepted", b2: "accepted"}
    assert not project.adjudicate_agreed("gold")  # already there: nothing to do
    project.undo()
    assert gold(project, doc_id) == [] and project.decisions([a2]) == {}


def test_a_version_identical_to_the_accepted_one_is_accepted_with_it(project, unit):
    doc_id, a, b = unit
    project.annotator = "citra"
    c = project.add_claim(doc_id, 0, 24, "verified").created[0]  # the same as ana's
    project.adjudicate(doc_id, [c], [a, b], "gold")
    assert project.decisions([a, b, c]) == {a: "accepted", b: "rejected", c: "accepted"}
    assert len(gold(project, doc_id)) == 1
