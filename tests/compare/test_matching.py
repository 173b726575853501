"""Ranking the sentences of other documents for a query (annotator.compare.matching) and the
words it compares (annotator.compare.lexical)."""
from annotator.compare.lexical import fold, name_keys, stem, weighted_dice
from annotator.compare.matching import profile, rank
from annotator.compare.model import Modality

from .analyses import analysis, axios_strikes, belasan_strikes

UNRELATED = "Kedua negara memutuskan hubungan diplomatik pada 2019 di tengah kampanye sanksi."
CLOSE = ("Serangan AS terhadap perahu-perahu narkoba di Karibia telah menewaskan setidaknya "
         "83 orang, menurut Axios.")


def test_indonesian_affixes_meet_at_one_stem():
    assert stem("menewaskan") == stem("tewas")
    assert stem("menyerang") == stem("serangan")
    assert stem("dilaporkan") == stem("melaporkan") == stem("laporan")
    assert stem("pembicaraan") == stem("berbicara")
    assert stem("perahu") == "perahu" and stem("pejabat") == "pejabat"
    assert fold("Nicolás") == "nicolas"
    assert "maduro" in name_keys(["Nicolás Maduro"]) and "nicolas maduro" in name_keys(["Nicolás Maduro"])
    assert weighted_dice({"a": 1.0}, {"a": 1.0}) == 1.0 and weighted_dice({"a": 1.0}, {}) == 0.0


def _ranked(query, candidates, **kw):
    return rank(profile(query), [profile(c) for c in candidates], {}, 2.0, **kw)


def test_the_report_of_the_same_strikes_ranks_first_with_its_reasons():
    query = axios_strikes("q")
    close = analysis("c", CLOSE, names=["AS", "Karibia", "Axios"], chain=["Axios"],
                     quantities=[axios_strikes().quantities[1]])  # "setidaknya 83 orang"
    other = analysis("u", UNRELATED)
    out = _ranked(query, [other, belasan_strikes("b"), close], top=3)
    assert [m.doc for m in out][:2] == ["c", "b"]
    best = out[0]
    assert best.relation in ("same", "supports")
    assert any(w.startswith("shared names") and "Karibia" in w for w in best.why)
    assert any(w.startswith("same figure") for w in best.why)
    assert [c.kind for c in best.conflicts] == ["single_source"]  # Axios on both sides
    second = out[1]
    assert second.relation == "contradicts"  # 21 serangan vs belasan
    assert any(c.kind == "quantity" and "cannot both hold" in c.why for c in second.conflicts)
    assert all(m.relation == "related" for m in out if m.doc == "u")


def test_scores_are_ordered_and_bounded_and_top_is_kept():
    query = axios_strikes("q")
    out = _ranked(query, [belasan_strikes("b"), analysis("u", UNRELATED)], top=1)
    assert len(out) == 1 and 0.0 < out[0].score <= 1.0
    assert _ranked(query, [], top=5) == []


def test_the_encoder_cosine_is_fused_when_given():
    query = axios_strikes("q")
    other = analysis("u", "US strikes on drug boats in the Caribbean killed at least 83 people.",
                     modality=Modality.HAPPENED)
    p = profile(other, rowid=7, hash_="h7")
    without = rank(profile(query), [p], {}, 2.0)
    with_cos = rank(profile(query), [p], {}, 2.0, cosines={"h7": 0.85})
    assert with_cos and (not without or with_cos[0].score > without[0].score)
    assert any("encoder" in w for w in with_cos[0].why)
