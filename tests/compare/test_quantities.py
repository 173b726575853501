"""Figures: separators, number words, vague counts, hedges, ranges, counted nouns, non-figures."""
from __future__ import annotations

import pytest

from annotator.compare.model import Bound
from annotator.compare.numbers_id import parse_digits, parse_en_words, parse_id_words
from annotator.compare.quantities import find_quantities


def one(text: str, language: str = "id"):
    found = find_quantities(text, 0, language)
    assert len(found) == 1, found
    return found[0]


def summary(text: str, language: str = "id"):
    return [(q.text, q.value, q.min, q.max, q.unit, q.bound) for q in
            find_quantities(text, 0, language)]


def test_corpus_phrase_21_strikes_killed_at_least_83():
    text = ("Menurut Axios, 21 serangan AS terhadap perahu narkoba di Karibia telah menewaskan "
            "setidaknya 83 orang.")
    assert summary(text) == [
        ("21", 21, 21, 21, "serangan", Bound.EXACT),
        ("setidaknya 83", None, 83, None, "orang", Bound.AT_LEAST),
    ]


def test_corpus_phrase_belasan_kali_serangan_sedikitnya_61():
    text = "Belasan kali serangan di Karibia menewaskan sedikitnya 61 orang."
    assert summary(text) == [
        ("Belasan", None, 11, 19, "serangan", Bound.RANGE),
        ("sedikitnya 61", None, 61, None, "orang", Bound.AT_LEAST),
    ]


@pytest.mark.parametrize("digits, language, value", [
    ("1.000", "id", 1000), ("1.000", "en", 1.0), ("1,000", "en", 1000), ("1,000", "id", 1.0),
    ("2,5", "id", 2.5), ("2.5", "en", 2.5), ("2,5", "en", 2.5), ("1.000.000", "id", 1_000_000),
    ("1,000,000", "en", 1_000_000), ("1.000,50", "id", 1000.5), ("1,000.50", "en", 1000.5),
    ("12", "id", 12), ("0,75", "id", 0.75),
])
def test_separators_by_language(digits, language, value):
    assert parse_digits(digits, language) == value


def test_separators_in_sentences():
    assert one("Sebanyak 1.000 warga mengungsi.").value == 1000
    assert one("Inflasi naik 2,5 persen.").value == 2.5
    assert one("About 1,000 people fled.", "en").min is None
    assert one("1,000 people fled the town.", "en").value == 1000
    q = one("Harga BBM menjadi Rp 1.000,50 per liter.")
    assert (q.text, q.value, q.unit) == ("Rp 1.000,50", 1000.5, "rupiah")


@pytest.mark.parametrize("phrase, value", [
    ("satu", 1), ("tujuh", 7), ("sepuluh", 10), ("sebelas", 11), ("dua belas", 12),
    ("sembilan belas", 19), ("dua puluh", 20), ("dua puluh satu", 21), ("seratus", 100),
    ("seratus lima", 105), ("dua ratus lima puluh", 250), ("seribu", 1000),
    ("seribu dua ratus", 1200), ("tiga ribu", 3000), ("dua ratus ribu", 200_000),
    ("satu juta dua ratus ribu", 1_200_000), ("selusin", 12), ("dua lusin", 24),
    ("lima puluh ribu", 50_000),
])
def test_indonesian_number_words(phrase, value):
    assert parse_id_words(phrase) == value


@pytest.mark.parametrize("phrase", ["dua tiga", "belas", "puluh", "ratus dua"])
def test_indonesian_word_runs_that_are_no_number(phrase):
    assert parse_id_words(phrase) is None


@pytest.mark.parametrize("phrase, value", [
    ("seven", 7), ("twenty-one", 21), ("a dozen", 12), ("two hundred and fifty", 250),
    ("a hundred", 100), ("three thousand", 3000), ("ninety nine", 99),
])
def test_english_number_words(phrase, value):
    assert parse_en_words(phrase) == value


def test_number_words_in_sentences_with_their_nouns():
    assert summary("Tujuh kapal ditenggelamkan dan dua belas pejabat ditangkap.") == [
        ("Tujuh", 7, 7, 7, "kapal", Bound.EXACT), ("dua belas", 12, 12, 12, "pejabat", Bound.EXACT)]
    assert summary("Seven boats sank and a dozen officials were arrested.", "en") == [
        ("Seven", 7, 7, 7, "boats", Bound.EXACT), ("a dozen", 12, 12, 12, "officials", Bound.EXACT)]
    q = one("Polisi menangkap selusin orang lain.")
    assert (q.value, q.unit) == (12, "orang")


def test_kedua_ketiga_salah_satu_are_not_counts():
    assert find_quantities("Kedua negara memutuskan hubungan, salah satu alasannya ketiga kali.",
                           0, "id") == []
    assert find_quantities("Satu-satunya jalan ditutup.", 0, "id") == []
    assert find_quantities("One of them said no one came.", 0, "en") == []


@pytest.mark.parametrize("text, lo, hi, unit", [
    ("belasan tentara terluka", 11, 19, "tentara"),
    ("puluhan warga mengungsi", 20, 99, "warga"),
    ("ratusan tahanan politik dipenjara", 100, 999, "tahanan"),
    ("ribuan warga sipil terluka", 1000, 9999, "warga"),
    ("puluhan ribu pengungsi tiba", 10_000, 99_999, "pengungsi"),
    ("lusinan negara lain menolak", 24, 144, "negara"),
    ("jutaan orang terdampak", 1e6, 999_999_999, "orang"),
])
def test_vague_counts_are_ranges_indonesian(text, lo, hi, unit):
    q = one(text)
    assert (q.min, q.max, q.unit, q.bound, q.value) == (lo, hi, unit, Bound.RANGE, None)


@pytest.mark.parametrize("text, lo, hi, unit", [
    ("dozens of people were hurt", 24, 144, "people"),
    ("hundreds of protesters gathered", 100, 999, "protesters"),
    ("thousands of refugees crossed", 1000, 9999, "refugees"),
    ("hundreds of thousands of refugees crossed", 1e5, 999_999, "refugees"),
    ("a few ships returned", 2, 5, "ships"),
])
def test_vague_counts_are_ranges_english(text, lo, hi, unit):
    q = one(text, "en")
    assert (q.min, q.max, q.unit, q.bound) == (lo, hi, unit, Bound.RANGE)


@pytest.mark.parametrize("text, bound, value, lo, hi", [
    ("setidaknya 83 orang tewas", Bound.AT_LEAST, None, 83, None),
    ("sedikitnya 61 orang tewas", Bound.AT_LEAST, None, 61, None),
    ("paling sedikit 5 orang tewas", Bound.AT_LEAST, None, 5, None),
    ("minimal 10 orang tewas", Bound.AT_LEAST, None, 10, None),
    ("lebih dari 100 orang tewas", Bound.MORE_THAN, None, 100, None),
    ("100 orang lebih tewas", Bound.MORE_THAN, None, 100, None),
    ("hampir 50 orang tewas", Bound.LESS_THAN, None, None, 50),
    ("nyaris 50 orang tewas", Bound.LESS_THAN, None, None, 50),
    ("kurang dari 50 orang tewas", Bound.LESS_THAN, None, None, 50),
    ("sekitar 80 orang tewas", Bound.ABOUT, 80, None, None),
    ("sekira 80 orang tewas", Bound.ABOUT, 80, None, None),
    ("kurang lebih 80 orang tewas", Bound.ABOUT, 80, None, None),
    ("kira-kira 80 orang tewas", Bound.ABOUT, 80, None, None),
    ("hingga 30 orang tewas", Bound.AT_MOST, None, None, 30),
    ("maksimal 30 orang tewas", Bound.AT_MOST, None, None, 30),
    ("paling banyak 30 orang tewas", Bound.AT_MOST, None, None, 30),
    ("setidaknya tujuh orang tewas", Bound.AT_LEAST, None, 7, None),
])
def test_indonesian_hedges_are_bounds(text, bound, value, lo, hi):
    q = one(text)
    assert (q.bound, q.value, q.min, q.max, q.unit) == (bound, value, lo, hi, "orang")
    assert q.text.startswith(text.split()[0])


@pytest.mark.parametrize("text, bound", [
    ("at least 83 people died", Bound.AT_LEAST), ("more than 83 people died", Bound.MORE_THAN),
    ("over 83 people died", Bound.MORE_THAN), ("nearly 83 people died", Bound.LESS_THAN),
    ("almost 83 people died", Bound.LESS_THAN), ("about 83 people died", Bound.ABOUT),
    ("around 83 people died", Bound.ABOUT), ("up to 83 people died", Bound.AT_MOST),
])
def test_english_hedges_are_bounds(text, bound):
    q = one(text, "en")
    assert (q.bound, q.unit) == (bound, "people")


def test_hedge_inside_a_word_is_no_hedge():
    assert one("Moreover 83 people died.", "en").bound is Bound.EXACT


def test_ranges():
    assert summary("10-20 orang hilang") == [("10-20", None, 10, 20, "orang", Bound.RANGE)]
    assert summary("10 hingga 20 orang hilang") == [
        ("10 hingga 20", None, 10, 20, "orang", Bound.RANGE)]
    assert summary("10–20 ribu orang hilang")[0][2:4] == (10_000, 20_000)
    assert summary("between 10 and 20 officials resigned", "en") == [
        ("10 and 20", None, 10, 20, "officials", Bound.RANGE)]
    assert len(find_quantities("10 dan 20 orang", 0, "id")) == 2


@pytest.mark.parametrize("text, unit", [
    ("83 orang", "orang"), ("21 serangan", "serangan"), ("belasan kali serangan", "serangan"),
    ("tujuh kapal", "kapal"), ("12 pejabat", "pejabat"), ("5 kilometer", "kilometer"),
    ("3 persen", "persen"), ("3%", "persen"), ("3,5 %", "persen"), ("tujuh buah kapal", "kapal"),
    ("21 kali", "kali"), ("tiga kapal-kapal", "kapal"), ("83 orang yang tewas", "orang"),
])
def test_each_figure_is_tied_to_its_noun(text, unit):
    assert one(text).unit == unit


def test_function_word_after_a_figure_is_no_unit():
    assert one("jumlahnya 83 dan terus naik").unit == ""


def test_scale_words():
    assert one("1,5 juta jiwa mengungsi").value == 1_500_000
    assert one("Rp 5 triliun dianggarkan").value == 5e12
    assert one("2.5 million people fled", "en").value == 2_500_000
    assert one("83 ribu orang").value == 83_000


@pytest.mark.parametrize("text", [
    "Pertemuan terjadi pada 2025.", "Kedua negara berpisah pada 2019 dan sejak 2010.",
    "Acara pada 21 November dan 4 Agustus.", "Rapat Sabtu (29/11) dan (29/11/2025).",
    "Dimulai pukul 10.30 WIB dan pukul 14.00.", "Dimulai 09:30 pagi.", "Ini yang ke-3 kalinya.",
    "Hubungi 0812-3456-7890 atau +62 21 5551234.", "Pandemi COVID-19 dan jet F-16.",
    "The meeting on November 21 was at 9 a.m.", "It was the 3rd attempt.",
])
def test_dates_times_years_ordinals_phones_are_not_figures(text):
    assert find_quantities(text, 0, "id") == []


def test_a_year_counting_a_noun_is_a_figure():
    assert one("Sebanyak 2000 orang mengungsi.").value == 2000


def test_offsets_are_document_relative_code_points():
    sentence = "😀 Menurut Axios, 21 serangan menewaskan setidaknya 83 orang."
    found = find_quantities(sentence, 100, "id")
    assert [(q.start, q.end) for q in found] == [
        (100 + sentence.index("21"), 100 + sentence.index("21") + 2),
        (100 + sentence.index("setidaknya"), 100 + sentence.index("83") + 2)]
    doc = "x" * 100 + sentence
    assert [doc[q.start:q.end] for q in found] == [q.text for q in found]


def test_empty_and_figure_free_text():
    assert find_quantities("", 0, "id") == []
    assert find_quantities("Tidak ada angka di sini.", 0, "id") == []
    assert find_quantities("لا أرقام هنا ٣", 0, "") is not None


def test_lainnya_counts_the_noun_before_it():
    found = find_quantities("Kecelakaan menewaskan 21 penumpang dan melukai sebelas lainnya.", 0, "id")
    assert [(q.value, q.unit) for q in found] == [(21, "penumpang"), (11, "penumpang")]
