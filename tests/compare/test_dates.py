"""Dates: Indonesian and English forms, resolution against the publication date, no false dates."""
from __future__ import annotations

import pytest

from annotator.compare.dates import find_dates

PUBLISHED = "2025-12-02"  # a Tuesday


def dates(text: str, published: str = PUBLISHED):
    return [(d.text, d.date) for d in find_dates(text, 0, published)]


@pytest.mark.parametrize("text, expected", [
    ("Pertemuan digelar Sabtu (29/11).", [("Sabtu (29/11)", "2025-11-29")]),
    ("Pertemuan digelar (29/11/2025).", [("(29/11/2025)", "2025-11-29")]),
    ("Pertemuan digelar 29/11/25.", [("29/11/25", "2025-11-29")]),
    ("Serangan terjadi 21 November.", [("21 November", "2025-11-21")]),
    ("Postingan pada 23 Oktober 2025 itu dihapus.", [("23 Oktober 2025", "2025-10-23")]),
    ("Mereka datang pada Sabtu, 5 Maret 2022.", [("Sabtu, 5 Maret 2022", "2022-03-05")]),
    ("Ledakan terjadi pada 4 Agustus.", [("4 Agustus", "2025-08-04")]),
    ("Venezuela pada 25 Februari menyalahkan AS.", [("25 Februari", "2026-02-25")]),
    ("Dibuka 1 Jan 2026.", [("1 Jan 2026", "2026-01-01")]),
    ("Rapat 17 Agt 2025 ditunda.", [("17 Agt 2025", "2025-08-17")]),
    ("Pada Maret 2022 harga naik.", [("Maret 2022", "2022-03")]),
    ("Hubungan putus pada 2019.", [("pada 2019", "2019")]),
    ("Tidak ada pertukaran sejak 2010.", [("sejak 2010", "2010")]),
])
def test_indonesian_calendar_forms(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The strike came on November 21.", [("November 21", "2025-11-21")]),
    ("The strike came on November 21, 2024.", [("November 21, 2024", "2024-11-21")]),
    ("It opened 21 Nov 2025.", [("21 Nov 2025", "2025-11-21")]),
    ("It opened on Dec. 1st.", [("Dec. 1st", "2025-12-01")]),
    ("They met in 2019.", [("in 2019", "2019")]),
])
def test_english_calendar_forms(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dia tiba kemarin.", "2025-12-01"),
    ("Dia tiba hari ini.", "2025-12-02"),
    ("Dia tiba besok.", "2025-12-03"),
    ("Rapat digelar pekan lalu.", "2025-W48"),
    ("Rapat digelar minggu lalu.", "2025-W48"),
    ("Rapat digelar pekan depan.", "2025-W50"),
    ("Trump mengatakan tahun lalu bahwa ia menolak.", "2024"),
    ("Pemilu digelar tahun depan.", "2026"),
    ("Upaya itu gagal bulan lalu.", "2025-11"),
    ("Pajak naik bulan depan.", "2026-01"),
    ("Dia tiba Senin lalu.", "2025-12-01"),
    ("Dia tiba Selasa lalu.", "2025-11-25"),
    ("Dia tiba Jumat depan.", "2025-12-05"),
    ("Mereka bertemu pada hari Sabtu.", "2025-11-29"),
    ("Mereka bertemu pada hari Minggu.", "2025-11-30"),
    ("Gempa terjadi tiga hari lalu.", "2025-11-29"),
    ("Gempa terjadi 3 hari yang lalu.", "2025-11-29"),
    ("Gempa terjadi dua tahun lalu.", "2023"),
    ("He arrived yesterday.", "2025-12-01"),
    ("They met last week.", "2025-W48"),
    ("They will meet next month.", "2026-01"),
    ("They met last Monday.", "2025-12-01"),
    ("They met on Saturday.", "2025-11-29"),
    ("It happened two days ago.", "2025-11-30"),
    ("It happened last year.", "2024"),
])
def test_relative_forms_resolve_against_publication(text, expected):
    found = dates(text)
    assert len(found) == 1, found
    assert found[0][1] == expected


def test_without_a_publication_date():
    assert dates("Pertemuan Sabtu (29/11).", "") == [("Sabtu (29/11)", "--11-29")]
    assert dates("Serangan 21 November.", "") == [("21 November", "--11-21")]
    assert dates("Postingan 23 Oktober 2025.", "") == [("23 Oktober 2025", "2025-10-23")]
    assert dates("Dia tiba kemarin dan pekan lalu.", "") == [("kemarin", ""), ("pekan lalu", "")]
    assert dates("Dia tiba kemarin.", "not a date") == [("kemarin", "")]


def test_day_month_takes_the_year_nearest_publication():
    assert dates("Rapat (3/1).", "2025-12-30") == [("(3/1)", "2026-01-03")]
    assert dates("Rapat (30/12).", "2026-01-02") == [("(30/12)", "2025-12-30")]
    assert dates("Rapat (29/2).", "2025-03-01") == [("(29/2)", "2024-02-29")]


def test_a_timestamp_as_publication_date():
    assert dates("Dia tiba kemarin.", "2025-12-02T08:30:00+07:00") == [("kemarin", "2025-12-01")]


@pytest.mark.parametrize("text", [
    "21 serangan AS menewaskan setidaknya 83 orang.",
    "Sebanyak 2025 orang hadir.",  # a figure, no cue word before it
    "Dia may come and march with 5 others.",
    "Skor akhir 3-1 untuk tuan rumah.",
    "Rasio 32/45 tidak valid.",
    "Minggu ini cuaca cerah.".lower(),
    "Harga naik 2,5 persen dalam beberapa bulan terakhir.",
])
def test_no_false_dates(text):
    assert dates(text) == [] or dates(text)[0][0] == "minggu ini"


def test_a_weekday_before_a_written_date_is_one_mention():
    found = dates("Para pejabat datang pada Sabtu, 5 Maret, untuk berunding.", "2022-03-07")
    assert found == [("Sabtu, 5 Maret", "2022-03-05")]


def test_offsets_are_document_relative():
    sentence = "🇮🇩 Rapat digelar 23 Oktober 2025 di Jakarta."
    found = find_dates(sentence, 50, PUBLISHED)
    doc = "y" * 50 + sentence
    assert [doc[d.start:d.end] for d in found] == ["23 Oktober 2025"]


def test_empty_text():
    assert find_dates("", 0, PUBLISHED) == []


def test_corpus_dates(corpus_dir):
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt")))
    found = {d.text for d in find_dates(text, 0, "")}
    assert {"23 Oktober 2025", "4 Agustus", "25 Februari", "1 Maret"} <= found
