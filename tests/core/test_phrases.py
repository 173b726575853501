"""The compare layer's explanations: English text that remembers its template, so the GUI can
say it in its own language while the CLI and JSON keep the one English wording."""
from __future__ import annotations

import ast
import json
import pickle
from pathlib import Path

import pytest

from annotator.compare.analyze import analyze_document
from annotator.compare.checkworthy import score
from annotator.compare.model import Sentence, SentenceAnalysis
from annotator.core import phrases
from annotator.core.phrases import (
    COUNTS_CLASH, QUOTED, QUOTED_RANGE, SHARED_WORDS, Phrase, data_of, fill, from_data,
    reason_parts,
)

COMPARE = Path(__file__).resolve().parents[2] / "annotator" / "compare"


def test_a_phrase_is_its_english_text_and_keeps_its_parts():
    p = Phrase(SHARED_WORDS, "0.29", "banjir, warga")
    assert p == "shared words (0.29): banjir, warga"
    assert isinstance(p, str) and hash(p) == hash(str(p))
    assert p.template == SHARED_WORDS and p.args == ("0.29", "banjir, warga")
    assert json.dumps({"why": [p]}) == '{"why": ["shared words (0.29): banjir, warga"]}'


def test_nested_phrases_cross_pickle_and_json_whole():
    clash = Phrase(COUNTS_CLASH, Phrase(QUOTED, "21 serangan"),
                   Phrase(QUOTED_RANGE, "belasan", "11", "19"), "serangan")
    assert clash == "“21 serangan” and “belasan” (11–19) cannot both hold for the number of serangan"
    for back in (pickle.loads(pickle.dumps(clash)),
                 from_data(json.loads(json.dumps(data_of(clash))))):
        assert back == clash and back.template == COUNTS_CLASH
        assert back.args[1].template == QUOTED_RANGE and back.args[1].args == ("belasan", "11", "19")
    assert from_data("plain text") == "plain text" and data_of("plain text") == "plain text"


def test_fill_is_one_pass_so_quoted_text_keeps_its_percent_signs():
    assert fill("%1 vs %2", ["naik %2 persen", "10%"]) == "naik %2 persen vs 10%"
    assert fill("%1 and %3", ["a"]) == "a and %3"  # a missing argument stays visible


def test_an_unknown_template_is_refused():
    with pytest.raises(ValueError):
        Phrase("made up: %1", "x")


def test_every_template_the_compare_layer_uses_is_listed():
    """Each name of core.phrases the compare modules import is a template (or the machinery),
    and every template is used: a new explanation must be added to TEMPLATES (and so to the
    GUI's list) to be made at all."""
    machinery = {"Phrase", "fill", "from_data", "data_of"}
    used = set()
    for path in COMPARE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("core.phrases"):
                used |= {a.name for a in node.names}
    templates = {getattr(phrases, name) for name in used - machinery}
    assert templates == set(phrases.TEMPLATES)


SENTENCES = [
    ("Menurut Axios, 21 serangan AS terhadap perahu narkoba di Karibia telah menewaskan "
     "setidaknya 83 orang pada 23 Oktober 2025.", "id"),
    ("AS menuduh kelompok yang dipimpin Nicolas Maduro dan Diosdado Cabello.", "id"),
    ("Seorang pejabat mengatakan kapal itu mungkin tenggelam.", "id"),
    ("Apakah serangan itu menewaskan 10 orang di pelabuhan kota?", "id"),
    ("Menurut saya serangan itu berlebihan bagi warga pelabuhan kota.", "id"),
    ("US officials said the strikes killed at least 83 people.", "en"),
]


def test_every_check_worthiness_reason_has_a_known_label():
    reasons = [r for text, lang in SENTENCES
               for a in analyze_document("d", text, lang, "2025-12-02") for r in a.reasons]
    reasons += score(SentenceAnalysis(sentence=Sentence("d", 0, 0, 3, "Ya?")))[1]
    labels = {reason_parts(r)[0] for r in reasons}
    assert "" not in labels, [r for r in reasons if not reason_parts(r)[0]]
    assert labels == set(phrases.CHECKWORTHY_LABELS)
    assert reason_parts("figure: 21 serangan") == ("figure", "21 serangan")
    assert reason_parts("question") == ("question", "")
    assert reason_parts("something else: x") == ("", "something else: x")


def test_fill_numbers_placeholders_as_qt_does():
    ten = [str(n) for n in range(1, 11)]
    assert fill("%1 … %10 (%2)", ten) == "1 … 10 (2)"
    assert fill("100% of %1, %0 and %n stay; so does a last %", ["x"]) == \
        "100% of x, %0 and %n stay; so does a last %"
