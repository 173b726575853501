"""Tagging in an article the window has read takes the span's quote and context from the text
kept then (project/text_cache.py): the same claim as from the stored text, never a text the
file no longer holds."""
from __future__ import annotations

import sqlite3

import pytest

from annotator.core.errors import ValidationError
from annotator.core.text import normalize_text
from annotator.project import Project
from annotator.project.text_cache import TextCache
from annotator.store import queries

from ..conftest import make_document

TEXT = normalize_text("Awal. " * 30 + "Polisi: 😀 sembilan q\u0301 orang tewas 👩‍👩‍👧. " + "Akhir. " * 30)


def _spans(text: str) -> list[tuple[int, int]]:
    n = len(text)
    return [(0, 1), (0, n), (n - 1, n), (text.index("😀"), text.index("😀") + 1),
            (text.index("q\u0301"), text.index("q\u0301") + 2), (150, 200), (3, 70)]


def test_claims_from_the_kept_text_equal_those_from_the_stored_one(tmp_path):
    path = tmp_path / "p.annot"
    doc = make_document(TEXT)
    with Project.create(path, annotator="a") as kept, Project.open(path, annotator="a") as plain:
        kept.add_documents([doc], undoable=False)
        assert kept.document(doc.id).text == TEXT  # read whole: kept
        assert kept._texts.get(doc.id, doc.content_hash) == TEXT
        assert plain._texts.get(doc.id, doc.content_hash) is None  # reads through SQLite
        for start, end in _spans(TEXT):
            for width in (0, 5, 64):
                assert kept._span_window(doc.id, start, end, width) == \
                    queries.text_window(kept._conn, doc.id, start, end, width)
            a = kept.claim(kept.add_claim(doc.id, start, end, "verified").created[0])
            b = plain.claim(plain.add_claim(doc.id, start, end, "verified").created[0])
            assert (a.prefix, a.quote, a.suffix) == (b.prefix, b.quote, b.suffix)
            assert a.quote == TEXT[start:end]
        with pytest.raises(ValidationError):  # the span check reads the kept text's length
            kept.add_claim(doc.id, 0, len(TEXT) + 1, "verified")


def test_a_text_replaced_under_the_same_id_is_not_used(tmp_path):
    path = tmp_path / "p.annot"
    with Project.create(path, annotator="a") as project:
        doc = make_document(TEXT)
        project.add_documents([doc], undoable=False)
        project.document(doc.id)  # kept
        other = normalize_text("Teks lain sama sekali, lebih pendek.")
        with sqlite3.connect(path) as outside:  # another program rewrites the article
            outside.execute("PRAGMA foreign_keys = OFF")
            outside.execute("UPDATE documents SET text = ?, content_hash = ? WHERE id = ?",
                            (other, make_document(other).content_hash, doc.id))
        claim = project.claim(project.add_claim(doc.id, 0, 4, "verified").created[0])
        assert claim.quote == "Teks"
        with pytest.raises(ValidationError):
            project.add_claim(doc.id, 0, len(TEXT), "verified")


def test_the_cache_keeps_the_latest_texts_within_its_limits():
    cache = TextCache(limit_chars=10, limit_texts=2)
    cache.put("a", "ha", "aaaa")
    cache.put("b", "hb", "bbbb")
    assert cache.get("a", "ha") == "aaaa"  # a is now the latest
    cache.put("c", "hc", "cccc")  # three texts: b, the oldest used, goes
    assert cache.get("b", "hb") is None and cache.get("a", "ha") == "aaaa"
    cache.put("d", "hd", "dddddddd")  # 16 chars: only d fits
    assert cache.get("a", "ha") is None and cache.get("c", "hc") is None
    assert cache.get("d", "hd") == "dddddddd" and cache.get("d", "other") is None
    cache.put("e", "he", "e" * 11)  # longer than the whole cache: not kept
    assert cache.get("e", "he") is None
