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


def _reference_title(text: str, fallback: str = "") -> str:
    """guess_title as it was written before it read only the top lines: over every line."""
    from annotator.ingest.titles import (
        _DATELINE, _HEADING, MAX_HEADLINE, MAX_SKIPPED, first_sentence, is_caption, shorten,
    )

    lines = [line.strip() for line in text.split("\n") if line.strip()]
    skipped = 0
    for line in lines:
        if is_caption(line) and skipped < MAX_SKIPPED and len(lines) > skipped + 1:
            skipped += 1
            continue
        m = _HEADING.match(line)
        if m:
            return shorten(m.group(1), MAX_HEADLINE)
        if len(line) <= MAX_HEADLINE:
            return " ".join(line.split())
        return shorten(_DATELINE.sub("", first_sentence(line), count=1))
    return fallback


def _reference_heading(text: str, max_lines: int = 8) -> str:
    from annotator.ingest.titles import _HEADING, _SETEXT_RULE

    lines = text.split("\n")
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        m = _HEADING.match(line)
        if m:
            return m.group(1).strip()
        if i + 1 < len(lines) and _SETEXT_RULE.match(lines[i + 1]) and line.strip():
            return line.strip()
        seen += 1
        if seen >= max_lines:
            break
    return ""


def test_titles_read_from_the_top_lines_are_those_of_the_whole_text():
    """Only the first lines are read (a 10 MB dump was split whole, holding the window 50 ms):
    the same titles as reading every line, over thousands of random arrangements of captions,
    headings, setext rules, blank lines, long paragraphs and text ending without a line end."""
    import random

    from annotator.ingest.titles import guess_title, markdown_heading

    pieces = ["", "   ", "Foto: ANTARA", "Presiden Maduro (foto: UPI)", "[photo: AP]",
              "# Judul Utama", "## Sub", "=====", "-----", "Judul pendek",
              "JAKARTA - " + "Kalimat pertama yang panjang sekali. " * 8, "x" * 200,
              "Baris biasa.", "  \t  "]
    rng = random.Random(3)
    for _ in range(4000):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        if rng.random() < 0.3:
            text += "\n"
        assert guess_title(text, "cadangan") == _reference_title(text, "cadangan"), text
        assert markdown_heading(text) == _reference_heading(text), text
