"""The facade's edits, undo/redo and verdict history, without any GUI."""
import sqlite3

import pytest

from annotator.core.errors import NotFoundError, ValidationError
from annotator.core.model import Evidence, LinkKind, Verdict
from annotator.core.text import normalize_text

from ..conftest import make_document

TEXT = normalize_text("Polisi menyebut sembilan orang tewas. 😀 Emoji dan e\u0301 gabungan. Selesai.")


@pytest.fixture
def doc_id(project):
    return project.add_documents([make_document(TEXT, title="Berita")]).created[0]


def test_add_claim_stores_quote_and_context(project, doc_id):
    cs = project.add_claim(doc_id, 16, 36, "disputed", note="angka berbeda")
    c = project.claim(cs.created[0])
    assert c.quote == TEXT[16:36] == "sembilan orang tewas"
    assert c.prefix == TEXT[:16] and c.suffix == TEXT[36:68]
    assert c.verdict is Verdict.DISPUTED and c.annotator == "tester"
    assert c.created_at == c.updated_at


def test_span_with_emoji_counts_code_points(project, doc_id):
    start = TEXT.index("😀")
    c = project.claim(project.add_claim(doc_id, start, start + 7, "verified").created[0])
    assert c.quote == "😀 Emoji"


def test_invalid_edits_are_refused_and_leave_nothing(project, doc_id):
    with pytest.raises(ValidationError):
        project.add_claim(doc_id, 5, 500, "verified")
    with pytest.raises(ValidationError):
        project.add_claim(doc_id, 5, 5, "verified")
    with pytest.raises(ValidationError):
        project.add_claim(doc_id, 0, 5, "maybe")
    with pytest.raises(NotFoundError):
        project.add_claim("no-such-doc", 0, 5, "verified")
    assert project.claim_count() == 0
    assert not project.can_undo or project.undo_label.startswith("Import")


def test_overlapping_claims_are_allowed(project, doc_id):
    a = project.add_claim(doc_id, 0, 20, "verified").created[0]
    b = project.add_claim(doc_id, 10, 30, "disputed").created[0]
    assert {c.id for c in project.claims(doc_id)} == {a, b}


def test_undo_redo_every_kind_of_edit(project, doc_id):
    cid = project.add_claim(doc_id, 0, 6, "unverified").created[0]
    other = project.add_claim(doc_id, 16, 36, "disputed").created[0]
    project.set_verdict(cid, "verified")
    project.update_claim(cid, note="cek", confidence=0.4, claimant="Polres", reported_by="Kabar")
    ev = project.add_evidence(cid, Evidence(url="https://example.org/a", title="A")).created[0]
    link = project.add_link(cid, other, LinkKind.CONTRADICTS).created[0]
    full = project.claim(cid)
    assert full.note == "cek" and full.evidence[0].id == ev and len(project.links(cid)) == 1

    project.delete_claim(cid)
    assert project.claim_count() == 1 and project.links() == []
    project.undo()  # delete undone: claim, evidence and link are back
    again = project.claim(cid)
    assert again == full
    assert project.links(cid)[0].id == link

    for _ in range(4):  # link, evidence, edit, retag
        project.undo()
    c = project.claim(cid)
    assert (c.verdict, c.note, c.evidence, project.links(cid)) == (Verdict.UNVERIFIED, "", [], [])
    for _ in range(4):
        project.redo()
    assert project.claim(cid) == full
    assert project.redo_label == "Delete claim"


def test_new_edit_clears_redo(project, doc_id):
    cid = project.add_claim(doc_id, 0, 6, "unverified").created[0]
    project.set_verdict(cid, "verified")
    project.undo()
    assert project.can_redo and project.redo_label == "Retag claim as verified"
    project.set_verdict(cid, "disputed")
    assert not project.can_redo


def test_history_is_append_only_and_records_undo(project, doc_id):
    cid = project.add_claim(doc_id, 0, 6, "unverified").created[0]
    project.set_verdict(cid, "disputed")
    project.undo()
    project.redo()
    project.delete_claim(cid)
    steps = [(h.old, h.new, h.cause) for h in project.history(cid)]
    assert steps == [
        (None, Verdict.UNVERIFIED, "edit"),
        (Verdict.UNVERIFIED, Verdict.DISPUTED, "edit"),
        (Verdict.DISPUTED, Verdict.UNVERIFIED, "undo"),
        (Verdict.UNVERIFIED, Verdict.DISPUTED, "redo"),
        (Verdict.DISPUTED, None, "edit"),
    ]
    assert all(h.annotator == "tester" for h in project.history(cid))
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        project._conn.execute("DELETE FROM verdict_history")


def test_links_refuse_self_and_duplicates(project, doc_id):
    a = project.add_claim(doc_id, 0, 6, "verified").created[0]
    b = project.add_claim(doc_id, 16, 36, "verified").created[0]
    with pytest.raises(ValidationError, match="itself"):
        project.add_link(a, a, "supports")
    project.add_link(a, b, "supports")
    with pytest.raises(ValidationError, match="already linked"):
        project.add_link(b, a, "supports")
    project.add_link(a, b, "same claim")
    assert len(project.links(a)) == 2


def test_links_across_documents(project, doc_id):
    other_doc = project.add_documents([make_document("Nine people were killed, police said.", "News")]).created[0]
    a = project.add_claim(doc_id, 16, 36, "disputed").created[0]
    b = project.add_claim(other_doc, 0, 23, "disputed").created[0]
    link = project.add_link(a, b, "contradicts").created[0]
    assert project.links(doc_ids=[other_doc])[0].id == link


def test_changeset_names_what_changed(project, doc_id):
    seen = []
    project.subscribe(seen.append)
    cid = project.add_claim(doc_id, 0, 6, "verified").created[0]
    assert seen[-1].claim_ids == {cid} and seen[-1].doc_ids == {doc_id}
    project.undo()
    assert seen[-1].claim_ids == {cid}
    assert len(seen) == 2


def test_remove_document_is_undoable(project, doc_id):
    cid = project.add_claim(doc_id, 0, 6, "verified").created[0]
    project.remove_document(doc_id)
    assert project.document_count() == 0 and project.claim_count() == 0
    project.undo()
    assert project.claim(cid).quote == "Polisi"


def test_language_override_and_metadata(project, doc_id):
    project.set_language(doc_id, "ID")
    assert project.document(doc_id).effective_language == "id"
    project.set_language(doc_id, "pt_BR")
    assert project.document(doc_id).language_override == "pt-br"
    for bad in ("Indonesian", "??", "e n"):
        with pytest.raises(ValidationError, match="is not a language code"):
            project.set_language(doc_id, bad)
    assert project.document(doc_id).language_override == "pt-br"
    with pytest.raises(ValidationError):
        project.update_document(doc_id, text="new text")


def test_id_prefixes_resolve(project, doc_id):
    assert project.resolve_document(doc_id[:8]) == doc_id
    with pytest.raises(NotFoundError):
        project.resolve_document("zzzz")
    with pytest.raises(NotFoundError):
        project.resolve_document("%")


def test_search_finds_text_and_notes_safely(project, doc_id):
    project.add_claim(doc_id, 0, 6, "verified", note="Sumber: Polres Waru")
    hits = project.search("polres")
    assert [h.kind for h in hits] == ["claim"]
    assert project.search("sembilan")[0].kind == "document"
    # FTS syntax in user text is never passed through
    assert project.search('" OR NEAR( * -- ') == []
    assert project.search("") == []


def test_user_strings_are_stored_literally(project, doc_id):
    note = "Robert'); DROP TABLE claims;-- [x] \"q\" " + "z" * 10000
    cid = project.add_claim(doc_id, 0, 6, "verified", note=note).created[0]
    assert project.claim(cid).note == note


def test_integrity_problems_empty_for_sound_project(project, doc_id):
    project.add_claim(doc_id, 0, 6, "verified")
    assert project.integrity_problems() == []


def test_document_summaries_are_read_in_field_order(project):
    """document_summaries builds each summary positionally from _SUMMARY_COLS."""
    from dataclasses import fields

    from annotator.store.queries import _SUMMARY_COLS, DocumentSummary

    names = [f.name for f in fields(DocumentSummary)]
    assert names == [*_SUMMARY_COLS, "length", "counts"]
    doc = make_document("Teks pendek tentang banjir.", title="Banjir", outlet="Kabar", language="id")
    project.add_documents([doc])
    project.add_claim(doc.id, 0, 4, "disputed")
    (summary,) = project.documents()
    assert (summary.title, summary.outlet, summary.language, summary.length) == \
        ("Banjir", "Kabar", "id", len(doc.text))
    assert summary.direction.value == "ltr" and summary.claim_count == 1
