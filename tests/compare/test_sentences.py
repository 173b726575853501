"""Sentence splitting: Indonesian and English news shapes, offsets in code points."""
from __future__ import annotations

import pytest

from annotator.compare.sentences import MAX_SENTENCE, split_sentences


def texts(text: str, language: str = "") -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, language)]


@pytest.mark.parametrize("text, expected", [
    ("Ia tinggal di Jl. Sudirman No. 5. Prof. Budi datang.",
     ["Ia tinggal di Jl. Sudirman No. 5.", "Prof. Budi datang."]),
    ("Pasien dirawat dr. Ani di sana. Ia pulang.", ["Pasien dirawat dr. Ani di sana.", "Ia pulang."]),
    ("Mr. Smith met Mrs. Jones. They talked.", ["Mr. Smith met Mrs. Jones.", "They talked."]),
    ("Harga naik menjadi Rp 1.000,50 per liter. Inflasi 2,5 persen.",
     ["Harga naik menjadi Rp 1.000,50 per liter.", "Inflasi 2,5 persen."]),
    ("Growth was 2.5 percent. Prices fell.", ["Growth was 2.5 percent.", "Prices fell."]),
    ("Warga berkumpul pada Sabtu (29/11). Polisi datang.",
     ["Warga berkumpul pada Sabtu (29/11).", "Polisi datang."]),
])
def test_abbreviations_figures_and_dates_do_not_end_sentences(text, expected):
    assert texts(text) == expected


def test_as_is_a_word_that_ends_a_sentence():
    text = "Kapal itu ditembak oleh militer AS. Venezuela memprotes."
    assert texts(text) == ["Kapal itu ditembak oleh militer AS.", "Venezuela memprotes."]


def test_dotted_initials_end_a_sentence_only_before_an_opener():
    assert texts("U.S. officials met. They left.") == ["U.S. officials met.", "They left."]
    assert texts("He lives in the U.S. The talks ended.") == [
        "He lives in the U.S.", "The talks ended."]
    assert texts("At 9 a.m. Monday he left.") == ["At 9 a.m. Monday he left."]


def test_closing_quote_after_the_stop_belongs_to_the_sentence():
    text = "“Kami akan meledakkan perahu itu.” Pejabat itu pergi. He said: \"No.\" Then left."
    assert texts(text) == ["“Kami akan meledakkan perahu itu.”", "Pejabat itu pergi.",
                           "He said: \"No.\"", "Then left."]


def test_quote_then_speech_verb_stays_one_sentence():
    text = "“Tidak ada rencana,” kata seorang pejabat. “Kapan?” tanya dia. Lalu hening."
    assert texts(text) == ["“Tidak ada rencana,” kata seorang pejabat.", "“Kapan?” tanya dia.",
                           "Lalu hening."]


def test_dash_dateline_stays_with_its_first_sentence():
    text = ("JAKARTA, KOMPAS.com – Presiden bertemu menteri pada Senin. Rapat berlangsung lama.\n"
            "WASHINGTON DC, AS – Para pejabat senior AS datang. Mereka pulang.")
    assert texts(text) == [
        "JAKARTA, KOMPAS.com – Presiden bertemu menteri pada Senin.", "Rapat berlangsung lama.",
        "WASHINGTON DC, AS – Para pejabat senior AS datang.", "Mereka pulang."]


def test_paragraph_breaks_always_end_a_sentence():
    text = "Presiden Venezuela, Nicolas Maduro (foto: UPI)\nJakarta - Para pejabat bertemu.\n\nIni"
    assert texts(text) == ["Presiden Venezuela, Nicolas Maduro (foto: UPI)",
                           "Jakarta - Para pejabat bertemu.", "Ini"]


def test_a_hard_wrapped_line_is_not_a_paragraph():
    text = "Para pejabat AS bertemu secara rahasia\ndengan anggota militer. Lalu pulang."
    assert texts(text) == ["Para pejabat AS bertemu secara rahasia\ndengan anggota militer.",
                           "Lalu pulang."]


def test_ellipsis_ends_a_sentence_only_before_a_capital():
    assert texts("Dia menunggu... lalu pergi. Besok lagi.") == [
        "Dia menunggu... lalu pergi.", "Besok lagi."]
    assert texts("Dia menunggu… Besok lagi.") == ["Dia menunggu…", "Besok lagi."]


def test_lowercase_after_a_stop_is_a_typo_not_a_boundary():
    text = "menurut seseorang yang akrab. dengan masalah ini. Perjalanan itu penting."
    assert texts(text) == ["menurut seseorang yang akrab. dengan masalah ini.",
                           "Perjalanan itu penting."]


def test_numbered_list_items():
    text = "Tuntutan warga:\n1. Air bersih.\n2. Jalan baru.\n3. Sekolah."
    assert texts(text) == ["Tuntutan warga:", "1. Air bersih.", "2. Jalan baru.", "3. Sekolah."]


def test_joined_paragraphs_without_a_space():
    assert texts("janji tersebut begitu saja.Presiden Venezuela datang.") == [
        "janji tersebut begitu saja.", "Presiden Venezuela datang."]
    assert texts("Baca di Paypza.com sekarang.") == ["Baca di Paypza.com sekarang."]


def test_question_and_exclamation_marks():
    assert texts("Siapa yang menembak? Polisi belum tahu! Penyelidikan berlanjut.") == [
        "Siapa yang menembak?", "Polisi belum tahu!", "Penyelidikan berlanjut."]


def test_right_to_left_and_cjk_stops():
    text = "هل وصل الوفد؟ نعم وصل۔ 代表团到了。 Lalu pergi."
    assert texts(text) == ["هل وصل الوفد؟", "نعم وصل۔", "代表团到了。", "Lalu pergi."]


def test_offsets_are_code_points_and_spans_are_trimmed():
    text = "  😀 Satu kalimat e\u0301. 🇮🇩 Dua kalimat.  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["😀 Satu kalimat e\u0301.", "🇮🇩 Dua kalimat."]
    assert spans[0][0] == 2


def test_empty_and_blank_texts():
    assert split_sentences("") == []
    assert split_sentences("   \n\n  ") == []


def test_a_long_text_without_punctuation_is_cut_into_bounded_pieces():
    text = "kata " * 400_000  # 2 MB, one line, no stop
    spans = split_sentences(text)
    assert all(b - a <= MAX_SENTENCE for a, b in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text.rstrip())
    assert all(text[a] != " " and text[b - 1] != " " for a, b in spans)


def test_ten_megabytes_on_one_line():
    text = "Serangan itu menewaskan 83 orang. " * 300_000
    spans = split_sentences(text)
    assert len(spans) == 300_000


def test_corpus_sentences_are_contiguous_and_trimmed(corpus_dir):
    joined = []
    for path in sorted(corpus_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = split_sentences(text)
        assert spans, path.name
        for (a, b), (c, _d) in zip(spans, spans[1:]):
            assert b <= c and text[b:c].strip() == ""
        for a, b in spans:
            assert text[a:b] == text[a:b].strip()
        joined += [text[a:b] for a, b in spans]
    assert any(s.startswith("Menurut Axios, 21 serangan AS") for s in joined)
