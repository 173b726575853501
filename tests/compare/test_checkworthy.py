"""Check-worthiness: a transparent score with its reasons."""
from __future__ import annotations

from annotator.compare.analyze import analyze_document, guess_language
from annotator.compare.checkworthy import score
from annotator.compare.model import Sentence, SentenceAnalysis


def analysed(text: str, language: str = "id"):
    result = analyze_document("d", text, language, "2025-12-02")
    assert len(result) == 1, [a.sentence.text for a in result]
    return result[0]


def test_the_corpus_toll_sentence_scores_high_with_its_reasons():
    a = analysed("Menurut Axios, 21 serangan AS terhadap perahu narkoba di Karibia telah "
                 "menewaskan setidaknya 83 orang.")
    assert a.checkworthy >= 0.8
    assert "figure: 21 serangan" in a.reasons
    assert "figure: setidaknya 83 orang" in a.reasons
    assert "named source: Axios" in a.reasons
    assert "casualty verb: menewaskan" in a.reasons


def test_accusation_and_date_raise_the_score():
    plain = analysed("Kelompok itu dipimpin oleh banyak orang di negeri itu.")
    accused = analysed("AS menuduh kelompok itu dipimpin Maduro sejak 23 Oktober 2025.")
    assert "accusation verb: menuduh" in accused.reasons
    assert "date: 23 Oktober 2025" in accused.reasons
    assert accused.checkworthy > plain.checkworthy


def test_questions_opinions_and_modals_lower_the_score():
    base = analysed("Serangan itu menewaskan 10 orang di pelabuhan kota.")
    question = analysed("Apakah serangan itu menewaskan 10 orang di pelabuhan kota?")
    opinion = analysed("Menurut saya serangan itu menewaskan 10 orang di pelabuhan kota.")
    modal = analysed("Serangan itu mungkin menewaskan 10 orang di pelabuhan kota.")
    assert "question" in question.reasons and question.checkworthy < base.checkworthy
    assert "opinion: menurut saya" in opinion.reasons and opinion.checkworthy < base.checkworthy
    assert "modal: mungkin" in modal.reasons and modal.checkworthy < base.checkworthy


def test_english_reasons():
    a = analysed("According to Reuters, the strikes killed at least 83 people on November 21.",
                 "en")
    assert {"named source: Reuters", "casualty verb: killed", "date: November 21",
            "figure: at least 83 people"} <= set(a.reasons)
    q = analysed("Could the strikes have killed more people?", "en")
    assert "question" in q.reasons and "modal: could" in q.reasons


def test_score_stays_in_range_and_is_deterministic():
    empty = SentenceAnalysis(sentence=Sentence("d", 0, 0, 3, "Ya?"))
    value, reasons = score(empty)
    assert value == 0.0 and "question" in reasons and "short" in reasons
    loaded = analysed("Menurut Axios, 21 serangan AS pada 23 Oktober 2025 menewaskan setidaknya "
                      "83 orang, 12 pejabat dan 7 tentara, menuduh Maduro.")
    assert loaded.checkworthy == 1.0
    assert score(loaded) == (loaded.checkworthy, loaded.reasons)


def test_vague_few_is_not_a_figure():
    a = analysed("Beberapa analis melihat Venezuela sebagai pemasok minyak.")
    assert not any(r.startswith("figure") for r in a.reasons)


def test_analyze_document_offsets_and_fields():
    text = "😀 Menurut Axios, 21 serangan menewaskan 83 orang.\nDia tiba kemarin."
    result = analyze_document("doc1", text, "", "2025-12-02")
    assert [a.sentence.index for a in result] == [0, 1]
    for a in result:
        assert text[a.sentence.start:a.sentence.end] == a.sentence.text
        assert a.sentence.doc_id == "doc1"
        for q in a.quantities:
            assert text[q.start:q.end] == q.text
        for d in a.dates:
            assert text[d.start:d.end] == d.text
    assert result[1].dates[0].date == "2025-12-01"


def test_analyze_document_bad_input_gives_results_not_tracebacks():
    assert analyze_document("d", "") == []
    assert analyze_document("d", "   ") == []
    big = analyze_document("d", "x" * 50_000)
    assert big and all(a.sentence.end - a.sentence.start <= 4000 for a in big)
    rtl = analyze_document("d", "قال مسؤول إن 83 شخصا قتلوا؟ نعم۔", "ar")
    assert len(rtl) == 2


def test_language_guess():
    assert guess_language("Pemerintah mengatakan bahwa jalan itu akan diperbaiki dengan dana.") == "id"
    assert guess_language("The government said that the road will be repaired with the money.") == "en"
    assert guess_language("") == "id"


def test_corpus_analyses(corpus_dir):
    for path in sorted(corpus_dir.glob("*.txt")):
        result = analyze_document(path.stem, path.read_text(encoding="utf-8"), "id", "")
        assert result and all(0.0 <= a.checkworthy <= 1.0 for a in result)
