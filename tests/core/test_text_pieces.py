"""Long texts are normalised in pieces cut after line breaks (the window keeps running while
an import's worker thread normalises a 10 MB dump): the result is NFC of the whole text."""
from __future__ import annotations

import random
import unicodedata

from annotator.core import text as text_module
from annotator.core.text import is_normalized_text, normalize_text


def test_pieces_give_what_one_call_gives(monkeypatch):
    monkeypatch.setattr(text_module, "PIECE_CHARS", 16)
    rng = random.Random(7)
    alphabet = ["a", "e", "\u0301", "\u0323", "\u0302", "\n", "\r\n", "😀", "\u1100", "\u1161",
                "\u11a8", " ", "\u2029", "Å", "A\u030a", "\ufb01"]
    for _ in range(3000):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        expected = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n")
                                         .replace("\u2029", "\n"))
        got = normalize_text(raw)
        assert got == expected, repr(raw)
        assert is_normalized_text(got)
        assert is_normalized_text(raw) == (raw == got and not raw.startswith("\ufeff")), repr(raw)


def test_a_text_without_line_breaks_is_one_piece(monkeypatch):
    monkeypatch.setattr(text_module, "PIECE_CHARS", 4)
    raw = "e\u0301" * 50
    assert list(text_module._pieces(raw)) == [raw]
    assert normalize_text(raw) == "é" * 50


def test_the_content_hash_of_a_long_text_is_that_of_its_utf8_bytes(monkeypatch):
    import hashlib

    from annotator.core.text import content_hash

    monkeypatch.setattr(text_module, "PIECE_CHARS", 5)
    for raw in ("", "abc", "😀é\u0301" * 7, "kata " * 11 + "😀"):
        assert content_hash(raw) == hashlib.sha256(raw.encode("utf-8")).hexdigest()
