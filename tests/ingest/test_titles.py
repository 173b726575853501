"""Titles for text that does not declare one."""
from __future__ import annotations

import pytest

from annotator.ingest.titles import guess_title, is_caption, markdown_heading, shorten


@pytest.mark.parametrize("line", [
    "Presiden Venezuela, Nicolas Maduro (foto: UPI)",
    "Petugas memeriksa lokasi banjir (Foto: Antara/Budi)",
    "Warga mengantre bantuan. (Dok. Istimewa)",
    "Foto: Reuters/Leah Millis",
    "The mayor at the bridge (Photo: AP)",
    "Suasana sidang kabinet [foto: Setkab]",
])
def test_captions(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    "Presiden Venezuela bertemu utusan AS di Caracas",
    "Foto-foto banjir beredar, BNPB: sebagian hoaks",
    "Harga (eceran) beras naik lagi",
])
def test_headlines_are_not_captions(line):
    assert not is_caption(line)


def test_caption_then_headline():
    assert guess_title("Petugas di lokasi (foto: Antara)\nBanjir rendam 12 rumah\nIsi berita.") \
        == "Banjir rendam 12 rumah"


def test_only_a_caption_is_still_a_title():
    assert guess_title("Petugas di lokasi (foto: Antara)") == "Petugas di lokasi (foto: Antara)"


def test_long_lead_first_sentence_without_dateline():
    lead = ("WASHINGTON DC, AS – Para pejabat senior AS melakukan perjalanan ke Venezuela pada Sabtu. "
            + "Kalimat kedua yang panjang sekali. " * 10)
    title = guess_title(lead)
    assert title == "Para pejabat senior AS melakukan perjalanan ke Venezuela pada Sabtu."


def test_shorten_cuts_at_a_word():
    text = "kata " * 50
    out = shorten(text, 30)
    assert out.endswith("…") and len(out) <= 31 and not out[:-1].endswith(" ")


def test_markdown_headings():
    assert markdown_heading("Intro\n\n## Judul\n\nIsi") == "Judul"
    assert markdown_heading("Judul Setext\n======\n\nIsi") == "Judul Setext"
    assert markdown_heading("Tanpa judul sama sekali.") == ""


def test_empty_text_gives_the_fallback():
    assert guess_title("\n \n", "file-name") == "file-name"
