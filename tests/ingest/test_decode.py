"""Decoding: BOMs, legacy encodings, NFC and \\n; original name and byte hash; duplicates."""
from __future__ import annotations

import codecs
import hashlib
import unicodedata

import pytest

from annotator.ingest.decode import decode_text
from annotator.ingest.runner import Outcome, import_paths

from .builders import ARTICLE_EN, ARTICLE_ID

FRENCH = ("Le maire a déclaré mardi que le coût du pont a augmenté d’environ dix pour cent, "
          "mais que la région paiera la majeure partie de la hausse — « une bonne nouvelle ».")
GERMAN = "Die Straße über die Brücke wird im März geöffnet; die Größe der Kosten überrascht."


@pytest.mark.parametrize("encoded", [
    ARTICLE_ID.encode("utf-8"),
    codecs.BOM_UTF8 + ARTICLE_ID.encode("utf-8"),
    ARTICLE_ID.encode("utf-16"),  # with BOM, native order
    codecs.BOM_UTF16_BE + ARTICLE_ID.encode("utf-16-be"),
    codecs.BOM_UTF16_LE + ARTICLE_ID.encode("utf-16-le"),
], ids=["utf8", "utf8-bom", "utf16", "utf16-be", "utf16-le"])
def test_unicode_encodings(encoded):
    assert decode_text(encoded) == ARTICLE_ID


LATIN1_FRENCH = "Le maire a déclaré mardi que le coût du pont a augmenté, « une bonne nouvelle »."


@pytest.mark.parametrize("text,encoding", [
    (FRENCH, "cp1252"), (GERMAN, "cp1252"), ("Café, naïve façade: déjà vu à Paris.", "cp1252"),
    (LATIN1_FRENCH, "latin-1"), (GERMAN, "latin-1"), ("Café, naïve façade: déjà vu à Paris.", "latin-1"),
])
def test_legacy_western_encodings_are_detected(text, encoding):
    data = text.encode(encoding)
    assert data != text.encode("utf-8"), "the sample must not be plain ASCII"
    assert decode_text(data) == text


def test_nfc_and_line_ends():
    decomposed = unicodedata.normalize("NFD", "Kafé di Médan\r\nbaris dua\rbaris tiga")
    assert decode_text(decomposed.encode("utf-8")) == "Kafé di Médan\nbaris dua\nbaris tiga"


def test_import_keeps_source_name_and_hash_of_the_original_bytes(project, tmp_path):
    raw = codecs.BOM_UTF16_LE + ("Judul\r\n\r\n" + ARTICLE_ID.replace("\n", "\r\n")).encode("utf-16-le")
    f = tmp_path / "Berita Jembatan.txt"
    f.write_bytes(raw)
    (result,) = import_paths(project, [f]).results
    doc = project.document(result.doc_ids[0])
    assert doc.source_name == "Berita Jembatan.txt"
    assert doc.source_hash == hashlib.sha256(raw).hexdigest()
    assert "\r" not in doc.text and doc.text.startswith("Judul\n\nPemerintah")
    assert doc.title == "Judul"


def test_same_article_again_is_a_duplicate_even_in_another_encoding(project, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(FRENCH + "\n" + ARTICLE_EN, encoding="utf-8")
    b = tmp_path / "copy.txt"
    b.write_bytes((FRENCH + "\r\n" + ARTICLE_EN.replace("\n", "\r\n")).encode("cp1252"))
    first = import_paths(project, [a]).results[0]
    again = import_paths(project, [a, b])
    assert [r.outcome for r in again.results] == [Outcome.DUPLICATE, Outcome.DUPLICATE]
    assert again.results[1].message.startswith("already in the project as “")
    assert again.results[1].doc_ids == first.doc_ids
    assert project.document_count() == 1 and again.ok


def test_duplicates_inside_one_file_and_against_the_project(project, tmp_path):
    import json

    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(json.dumps({"text": t}) for t in (ARTICLE_ID, ARTICLE_ID, ARTICLE_EN)),
                 encoding="utf-8")
    (result,) = import_paths(project, [f]).results
    assert result.outcome is Outcome.IMPORTED and result.message == "2 article(s), 1 duplicate(s) skipped"
    (again,) = import_paths(project, [f]).results
    assert again.outcome is Outcome.DUPLICATE and "all 3 articles" in again.message


@pytest.mark.parametrize("declared", ["rot13", "base64", "utf-7", "no-such-charset", "utf-16"])
def test_a_false_or_odd_html_charset_falls_back_to_detection(declared):
    from annotator.ingest.decode import decode_markup

    page = f'<html><head><meta charset="{declared}"></head><body>{FRENCH}</body></html>'
    assert FRENCH in decode_markup(page.encode("utf-8"))


def test_html_charset_declaration_wins_over_detection():
    from annotator.ingest.decode import decode_markup

    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">' \
           f'</head><body>{GERMAN}</body></html>'
    assert GERMAN in decode_markup(page.encode("cp1252"))


@pytest.mark.parametrize("text,encoding", [
    ("Příliš žluťoučký kůň úpěl ďábelské ódy. Čeština je krásná řeč a Praha je krásné město.", "cp1250"),
    ("Zażółć gęślą jaźń, powiedział burmistrz w środę przed ratuszem w Krakowie.", "cp1250"),
    ("Москва объявила во вторник о новом мосте через реку.", "cp1251"),
    ("Η κυβέρνηση ανακοίνωσε την Τρίτη ότι η νέα γέφυρα θα ανοίξει.", "cp1253"),
])
def test_preferring_cp1252_does_not_swallow_other_code_pages(text, encoding):
    assert decode_text(text.encode(encoding)) == text
