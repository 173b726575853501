"""The facade's doors for comparing in the workbench (project/passages.py), without Qt."""
from __future__ import annotations

import pytest

from annotator.core.errors import ValidationError
from annotator.core.model import LinkKind, Verdict
from annotator.project.passages import chain_text, is_single_source
from tests.compare.analyses import BELASAN
from tests.ui.compare_support import TEXT_B, strike_project


def test_link_to_passage_makes_an_unverified_claim_and_the_link_in_one_step(project):
    a, b, claim_id = strike_project(project)
    start = TEXT_B.index(BELASAN)
    cs = project.link_to_passage(claim_id, b.id, start, start + len(BELASAN), "contradicts")
    new_id, link_id = cs.created
    assert project.claim(new_id).verdict == Verdict.UNVERIFIED
    (link,) = project.links(claim_id)
    assert (link.id, link.target_id, link.kind) == (link_id, new_id, LinkKind.CONTRADICTS)
    project.undo()
    assert project.links() == [] and project.claims(b.id) == []
    project.redo()
    assert len(project.links(claim_id)) == 1


def test_a_claim_already_on_the_passage_is_reused_and_a_second_link_refused(project):
    a, b, claim_id = strike_project(project)
    start = TEXT_B.index(BELASAN)
    end = start + len(BELASAN)
    there = project.add_claim(b.id, start, end, "disputed").created[0]
    cs = project.link_to_passage(claim_id, b.id, start, end, LinkKind.SUPPORTS)
    assert cs.created == [project.links(claim_id)[0].id]
    assert project.links(claim_id)[0].target_id == there
    assert project.claim(there).verdict == Verdict.DISPUTED
    with pytest.raises(ValidationError):
        project.link_to_passage(claim_id, b.id, start, end, LinkKind.SUPPORTS)
    a_claim = project.claim(claim_id)
    with pytest.raises(ValidationError):
        project.link_to_passage(claim_id, a.id, a_claim.start, a_claim.end, "same")


def test_suggested_sources_come_from_the_claims_sentence(project):
    a, b, claim_id = strike_project(project)
    found = project.suggested_sources(claim_id)
    assert (found.claimant, found.reported_by) == ("Axios", "")  # the claimant is no relay
    assert chain_text(("Axios", "The Daily Wire")) == "Axios → The Daily Wire"


def test_suggested_relays_leave_out_the_claimant_and_keep_the_chain(project):
    from tests.conftest import make_document

    text = ("Pejabat yang dikutip oleh Axios, dan dilaporkan oleh The Daily Wire, menekankan "
            "bahwa tidak ada rencana saat ini untuk menyerang.")
    doc = make_document(text)
    project.add_documents([doc])
    claim_id = project.add_claim(doc.id, 0, len(text) - 1, "unverified").created[0]
    found = project.suggested_sources(claim_id)
    assert found.reported_by == "Axios → The Daily Wire"
    assert "Axios" not in found.claimant


def test_single_source_is_read_from_the_matches(project):
    a, b, claim_id = strike_project(project)
    note = is_single_source(project.match(claim_id))
    assert note is not None and "Axios" in note.why
