"""The fast paths of the project-wide pass give what the plain code gives."""
from __future__ import annotations

import gc
import random
import unicodedata

from annotator.compare.bulk import collection_paused
from annotator.compare.lexical import fold, words


def _plain_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def test_fold_drops_accents_and_combining_marks_as_the_plain_loop_does():
    samples = ["Nicolás Maduro", "Ḥalab – “kata” Presiden", "q\u0301x e\u0301 A\u030a",
               "Straße", "ﬁre 𝐀 ①", "عَرَبِيّ", "देवनागरी", "Đà Nẵng 🇮🇩 👍🏽", "ΣΟΦΙΑ"]
    rng = random.Random(7)
    alphabet = "aéÅ\u0301\u0308\u064e\u093f–“ß𝐀ﬁ Ω1"
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
                for _ in range(300)]
    for text in samples:
        assert fold(text) == _plain_fold(text), text
    assert words("Nicolás – kata") == ["nicolas", "kata"]


def test_collection_paused_restores_the_collector_and_respects_one_turned_off():
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block found it off and leaves it off
    assert gc.isenabled()
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()  # someone else's choice is kept
    finally:
        gc.enable()


def test_what_the_block_leaves_alive_is_frozen_and_still_freed_when_dropped():
    import weakref

    class Kept:
        pass

    before = gc.get_freeze_count()
    with collection_paused():
        kept = [Kept() for _ in range(100)]
    assert gc.get_freeze_count() >= before + 100  # not walked by later collections
    probe = weakref.ref(kept[0])
    del kept
    assert probe() is None  # reference counting still frees them
