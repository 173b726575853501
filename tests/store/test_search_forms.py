"""Search finds Indonesian word forms ("tolak" → "menolak", "ditolak", "penolakan"), keeps
English as it was, ranks the words as typed first, and shortens a pasted paragraph."""
from __future__ import annotations

import pytest

from annotator.store import search_terms
from tests.conftest import make_document

TEXTS = {
    "me": "DPR menolak usulan itu dalam rapat paripurna.",
    "di": "Usulan anggaran ditolak oleh komisi pada Senin.",
    "pe": "Penolakan warga terhadap tambang meluas ke tiga desa.",
    "root": "Warga tolak relokasi pasar, kata ketua RT.",
    "pukul": "Seorang pria memukul petugas parkir di Bekasi.",
    "sapu": "Petugas menyapu jalan setelah banjir surut.",
    "kirim": "Bantuan dikirim, lalu relawan mengirimkan obat ke Palu.",
    "en": "The minister rejected the proposal and said the ruling stands.",
    "other": "Harga cabai naik menjelang Lebaran.",
}


@pytest.fixture
def ids(project):
    project.add_documents([make_document(t, k) for k, t in TEXTS.items()])
    return {d.title: d.id for d in project.documents()}


def _titles(project, query):
    return [h.doc_title for h in project.search(query) if h.kind == "document"]


def test_a_root_finds_its_affixed_forms_and_the_typed_form_comes_first(project, ids):
    assert set(_titles(project, "tolak")) == {"me", "di", "pe", "root"}
    assert _titles(project, "tolak")[0] == "root"  # the word as typed ranks first
    assert _titles(project, "menolak")[0] == "me"
    assert set(_titles(project, "menolak")) == {"me", "di", "pe", "root"}
    assert _titles(project, "pukul") == ["pukul"]
    assert _titles(project, "sapu") == ["sapu"]
    assert set(_titles(project, "kirim")) == {"kirim"}


def test_claims_are_found_through_word_forms_too(project, ids):
    project.add_claim(ids["other"], 0, 5, "disputed", note="pemerintah membantah kenaikan")
    hits = [h for h in project.search("bantah") if h.kind == "claim"]
    assert len(hits) == 1 and "[membantah]" in hits[0].snippet


def test_english_and_prefix_search_work_as_before(project, ids):
    assert _titles(project, "rejected") == ["en"]
    assert _titles(project, "minist") == ["en"]  # prefixes still match
    assert set(_titles(project, "tolak usulan")) == {"me", "di"}


def test_nasal_assimilation_builds_the_spelled_forms():
    assert {"menolak", "penolakan"} & set(search_terms.word_forms("tolak")) == {"menolak"}
    assert "memukul" in search_terms.word_forms("pukul")
    assert "menyapu" in search_terms.word_forms("sapu")
    assert "mengirim" in search_terms.word_forms("kirim")
    assert "mengambil" in search_terms.word_forms("ambil")
    assert "membaca" in search_terms.word_forms("baca")
    assert "mendapat" in search_terms.word_forms("dapat")
    assert search_terms.word_forms("announced") == ("announced",)


def test_a_pasted_paragraph_is_shortened_and_still_finds_its_article(project, ids):
    paragraph = ("Penolakan warga terhadap tambang meluas ke tiga desa, dan menurut para "
                 "tokoh masyarakat yang hadir dalam pertemuan itu, mereka tidak akan pernah "
                 "menerima rencana perusahaan untuk membuka lahan baru di kawasan hutan "
                 "lindung yang selama ini menjadi sumber air bagi ribuan keluarga petani. ") * 4
    plan = search_terms.plan(paragraph)
    assert plan.shortened and len(plan.words) == search_terms.MAX_WORDS
    assert not set(plan.words) & search_terms.STOP_WORDS
    assert "words" in plan.note and str(plan.dropped) in plan.note
    assert search_terms.plan("tolak usulan").note == ""
    long_text = "Penolakan warga terhadap tambang meluas ke tiga desa. " * 30
    project.add_documents([make_document(long_text + "unik", "long")])
    assert set(_titles(project, long_text)) == {"pe", "long"}
    assert project.search_note(paragraph) == plan.note
    assert project.search_note("tolak") == ""
