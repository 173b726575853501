"""The compare layer's explanations in an Indonesian window: why a claim matched, where the
reports disagree, the suggested relation and the margin's check-worthiness reasons, all in
Bahasa Indonesia, with the figures and names quoted from the articles as they were."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from annotator.core import phrases
from annotator.core.phrases import COUNTS_CLASH, QUOTED, QUOTED_RANGE, SHARED_WORDS, Phrase
from annotator.ui import compare_texts, i18n
from annotator.ui.compare_texts import conflict_kind, reason, relation, said
from tests.ui.compare_support import analysed_window, select_strike_claim, strike_project

ENGLISH = ("shared words", "cannot both hold", "trace back to", "contradicts", "related ·",
           "same figure", "reported earlier")


def test_the_gui_lists_every_template_and_label_of_the_compare_layer():
    assert set(compare_texts.TEMPLATES) == set(phrases.TEMPLATES)
    assert compare_texts.CHECKWORTHY_LABELS == phrases.CHECKWORTHY_LABELS


def test_phrases_are_said_in_the_gui_language_with_their_quotes_untouched(qapp):
    app = qapp
    clash = Phrase(COUNTS_CLASH, Phrase(QUOTED, "21 serangan"),
                   Phrase(QUOTED_RANGE, "belasan", "11", "19"), "serangan")
    assert said(clash) == str(clash)  # no catalogue: English
    i18n.install(app, "id")
    try:
        assert said(clash) == ("“21 serangan” dan “belasan” (11–19) tidak mungkin sama-sama "
                               "benar untuk jumlah serangan")
        assert said("a sentence quoted as it is") == "a sentence quoted as it is"
        assert said(Phrase(SHARED_WORDS, "0.29", "banjir, 1.5")) == "kata yang sama (0,29): banjir, 1.5"
        assert reason("figure: 21 serangan") == "angka: 21 serangan"
        assert reason("question") == "pertanyaan"
        assert relation("contradicts") == "bertentangan" and relation("odd") == "odd"
        assert conflict_kind("quantity") == "angka"
    finally:
        i18n.uninstall(app)


def test_the_inspector_explains_matches_in_indonesian(qtbot, project):
    app = QApplication.instance()
    a, _b, _claim_id = strike_project(project)
    i18n.install(app, "id")
    try:
        window = analysed_window(qtbot, project)
        pane = select_strike_claim(qtbot, window, a.id)
        matches = window.inspector.matches
        items = [matches.list.item(i) for i in range(matches.list.count())]
        belasan = next(i for i in items if "Belasan" in i.text())
        shown = "\n".join([belasan.text(), belasan.toolTip(), matches.conflict_lines.text(),
                           matches.single_source.text()])
        assert "bertentangan ·" in belasan.text()
        assert "tidak mungkin sama-sama benar untuk jumlah" in shown
        assert "kata yang sama (" in shown
        assert "berasal dari Axios: bukan konfirmasi independen" in shown
        assert not [w for w in ENGLISH if w in shown], shown
        marks = pane.view.margin_marks
        assert any("tidak mungkin sama-sama benar" in line for m in marks.conflicts
                   for line in m.lines)
    finally:
        i18n.uninstall(app)
