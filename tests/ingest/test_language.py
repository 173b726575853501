"""Language detection: seeded and stable, honest about short and mixed texts, RTL marked,
and the fast backend (langdetect-rs) equal to langdetect on our own samples."""
from __future__ import annotations

import pytest

from annotator.core.model import Direction
from annotator.ingest import language
from annotator.ingest.language import ParagraphCheck, detect_language, detect_ranked
from annotator.ingest.runner import import_paths

from .builders import ARTICLE_AR, ARTICLE_EN, ARTICLE_ID

SAMPLES = {
    "id": ARTICLE_ID,
    "en": ARTICLE_EN,
    "ar": ARTICLE_AR,
    "fr": "Le conseil municipal a annoncé mardi que le nouveau pont sur la rivière ouvrira au "
          "public à la fin du mois prochain, après deux ans de retard dus aux inondations.",
    "de": "Der Stadtrat hat am Dienstag angekündigt, dass die neue Brücke über den Fluss Ende "
          "des nächsten Monats für die Öffentlichkeit geöffnet wird, nach fast zwei Jahren Verzögerung.",
    "es": "El ayuntamiento anunció el martes que el nuevo puente sobre el río se abrirá al público "
          "a finales del mes que viene, tras casi dos años de retraso por las inundaciones.",
    "ru": "Городской совет объявил во вторник, что новый мост через реку откроется для публики в "
          "конце следующего месяца после почти двухлетней задержки из-за наводнений.",
}
MIXED = "\n".join(ARTICLE_ID.split("\n")[:2] + ARTICLE_EN.split("\n")[:1])  # about a third English
ALL_BACKENDS = ["langdetect", "langdetect_rs"]


@pytest.fixture(params=ALL_BACKENDS)
def backend(request):
    if request.param not in language.available_backends():
        pytest.skip(f"{request.param} is not installed")
    language.use_backend(request.param)
    yield request.param
    language.use_backend(None)


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_each_sample_is_recognised(backend, code):
    guess = detect_language(SAMPLES[code], ParagraphCheck.ALWAYS)
    assert guess.code == code and guess.probability > 0.9


def test_results_are_stable_and_leave_langdetect_global_alone(backend):
    import langdetect

    before = langdetect.DetectorFactory.seed
    runs = {detect_ranked(SAMPLES["fr"][:60])[0] for _ in range(5)}
    assert len(runs) == 1
    assert langdetect.DetectorFactory.seed == before


@pytest.mark.parametrize("text", ["Oke.", "Ya, benar sekali.", "12:30 — 45 %", ""])
def test_too_short_is_unknown_not_a_guess(backend, text):
    guess = detect_language(text)
    assert guess.code == "" and guess.reason == "too short to tell"


def test_a_third_in_another_language_is_mixed(backend):
    guess = detect_language(MIXED, ParagraphCheck.ALWAYS)
    assert guess.code == "" and guess.reason == "mixed languages"
    half = ARTICLE_ID + "\n" + ARTICLE_EN
    assert detect_language(half, ParagraphCheck.BORDERLINE).code == ""


def test_borderline_check_still_catches_mixed_scripts(backend):
    text = ARTICLE_AR.split("\n")[0] + "\n" + ARTICLE_EN.split("\n")[0] + "\n" + ARTICLE_EN.split("\n")[1]
    assert detect_language(text, ParagraphCheck.BORDERLINE).code == ""


def test_one_short_foreign_quote_does_not_make_a_text_mixed(backend):
    text = ARTICLE_ID + '\n"No comment," he said.'
    assert detect_language(text, ParagraphCheck.ALWAYS).code == "id"


@pytest.mark.skipif("langdetect_rs" not in language.available_backends(),
                    reason="the fast backend (langdetect-rs) is not installed")
def test_fast_backend_equals_langdetect_on_our_samples():
    texts = list(SAMPLES.values()) + [MIXED, "Oke sip", "x" * 50, "12345 67890"]
    texts += [p for t in SAMPLES.values() for p in t.split("\n")]
    results = {}
    try:
        for name in ALL_BACKENDS:
            language.use_backend(name)
            results[name] = ([detect_ranked(t) for t in texts],
                             [detect_language(t, ParagraphCheck.ALWAYS) for t in texts])
    finally:
        language.use_backend(None)
    assert results["langdetect_rs"] == results["langdetect"]  # every probability, bit for bit


def test_fast_backend_is_preferred_and_langdetect_is_the_fallback(monkeypatch):
    available = language.available_backends()
    assert "langdetect" in available
    expected = "langdetect_rs" if "langdetect_rs" in available else "langdetect"
    assert language.backend_name() == expected
    monkeypatch.setattr(language, "_BACKENDS", ("not_installed_backend", "langdetect"))
    monkeypatch.setattr(language, "_detectors", {})
    assert language.backend_name() == "langdetect"
    assert language.default_paragraph_check() is ParagraphCheck.BORDERLINE


def test_import_stores_language_probability_and_direction(project, tmp_path):
    files = {"ar.txt": ARTICLE_AR, "id.txt": ARTICLE_ID, "short.txt": "Oke, sampai besok."}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = import_paths(project, [tmp_path / n for n in files])
    docs = {r.path.name: project.document(r.doc_ids[0]) for r in report.results}
    assert (docs["ar.txt"].language, docs["ar.txt"].direction) == ("ar", Direction.RTL)
    assert docs["id.txt"].direction is Direction.LTR and docs["id.txt"].language_prob > 0.99
    assert (docs["short.txt"].language, docs["short.txt"].language_prob) == ("", 0.0)
    assert report.results[2].languages == [""]


def test_user_override_survives_and_can_be_undone(project, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE_ID, encoding="utf-8")
    (result,) = import_paths(project, [tmp_path / "a.txt"]).results
    doc_id = result.doc_ids[0]
    project.set_language(doc_id, "ms")
    assert project.document(doc_id).effective_language == "ms"
    project.undo()
    assert project.document(doc_id).effective_language == "id"


@pytest.mark.skipif("langdetect_rs" not in language.available_backends(),
                    reason="the fast backend (langdetect-rs) is not installed")
def test_fast_backend_equals_langdetect_on_the_corpus(corpus_dir):
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))]
    texts += [para for t in texts for para in t.split("\n") if para.strip()]
    results = {}
    try:
        for name in ALL_BACKENDS:
            language.use_backend(name)
            results[name] = [detect_ranked(t) for t in texts]
    finally:
        language.use_backend(None)
    assert results["langdetect_rs"] == results["langdetect"]


def test_langdetect_profiles_do_not_burden_the_garbage_collector(monkeypatch):
    """Full collections freeze every thread, the GUI's too: langdetect's 90,000 profile lists
    made each one take ~70 ms; as tuples the collector stops tracking them."""
    import gc

    monkeypatch.setattr(language, "_detectors", {})
    language.use_backend("langdetect")
    try:
        assert detect_language(ARTICLE_EN).code == "en"
        table = language._detectors["langdetect"]._factory.word_lang_prob_map
        gc.collect()
        assert len(table) > 10_000
        assert not any(gc.is_tracked(v) for v in list(table.values())[:1000])
    finally:
        language.use_backend(None)


def _agree_counting_every_paragraph(text: str, code: str) -> bool:
    """The paragraph check as it was before it stopped early: every paragraph detected."""
    paras = language.paragraphs(text)
    if len(paras) < 2:
        return True
    agree = total = 0
    for para in paras:
        total += len(para)
        ranked = detect_ranked(para)
        if ranked and ranked[0][0] == code:
            agree += len(para)
    return agree / total >= language.MIN_AGREEMENT


def test_paragraph_check_that_stops_early_answers_as_the_full_count(backend, monkeypatch):
    """Around the threshold too: texts with 0 to 5 English paragraphs among Indonesian ones,
    of unequal lengths, judged against both languages; and fewer detections when it is clear."""
    ind, eng = ARTICLE_ID.split("\n"), ARTICLE_EN.split("\n")
    texts = []
    for foreign in range(6):
        paras = [ind[i % len(ind)] * (1 + i % 3) for i in range(8 - foreign)] + eng[:foreign]
        texts.append("\n".join(paras))
    texts += ["\n".join([eng[0]] * 3 + [ind[0]] * 9), "\n".join([eng[0]] * 3 + [ind[0]] * 8)]
    for text in texts:
        for code in ("id", "en"):
            assert language._ParagraphPlan(text).agree(code) == \
                _agree_counting_every_paragraph(text, code), (text[:60], code)
    calls = []
    real = language.detect_ranked_many
    monkeypatch.setattr(language, "detect_ranked_many", lambda ts: calls.extend(ts) or real(ts))
    assert language._ParagraphPlan(texts[0]).agree("id")
    assert 0 < len(calls) < len(language.paragraphs(texts[0]))


def test_batch_detection_equals_one_text_at_a_time(backend):
    """langdetect-rs's parallel batch, on our own seeded factory, against its Detector path;
    a text without features is [] in both."""
    texts = [p for sample in SAMPLES.values() for p in sample.split("\n")] + [MIXED, "12345 !!"]
    assert language.detect_ranked_many(texts) == [detect_ranked(t) for t in texts]
    if backend == "langdetect_rs":
        assert language._detector()._batch is not None  # the batch path is the one tested
