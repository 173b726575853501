"""The statistics window's conflicts page: counted off the GUI thread with a visible
"computing" state, bars and counts that carry the project's numbers, live recounts that reuse
the survey, and PNG / SVG / CSV like the other charts."""
from __future__ import annotations

import csv
import threading
import time
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTimer

from annotator.core.model import Verdict
from annotator.core.stats import CONFLICTING, SINGLE_SOURCE
from annotator.project.facade import Project
from tests.stats.conflicts_support import ARTICLES, CLAIMS, build

pytest.importorskip("pyqtgraph")


@pytest.fixture
def built(tmp_path):
    proj, ids = build(tmp_path / "c.annot")
    yield proj, ids
    proj.close()


def open_window(qtbot, proj):
    from annotator.ui.statistics.window import StatisticsWindow

    window = StatisticsWindow(proj)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def show_conflicts(qtbot, window):
    window.set_by("conflicts")
    view = window.conflicts
    qtbot.waitUntil(lambda: view.table is not None and not view.computing, timeout=30000)
    return view


def test_the_bars_and_counts_carry_each_outlets_numbers(qtbot, built):
    proj, _ids = built
    window = open_window(qtbot, proj)
    view = show_conflicts(qtbot, window)
    table = proj.conflict_stats()
    assert view.table.as_json() == table.as_json()
    assert view.counting == "claims"
    bars = view.chart.bars
    assert bars[CONFLICTING].values() == [g.claims[CONFLICTING] for g in table.groups]
    assert bars[SINGLE_SOURCE].values() == [g.claims[SINGLE_SOURCE] for g in table.groups]
    texts = [t.textItem.toPlainText() for t in view.chart.labels]
    assert texts[:4] == ["≠ 3 · figures 2 · planned vs done 2 · denial 2", "① 0",
                         "≠ 1 · figures 1", "① 1"]
    ticks = view.chart.plot.getPlotItem().getAxis("left")._tickLevels[0]
    assert [name for _, name in ticks] == ["Kompas", "Tempo", "Detik", "(no outlet)"]
    assert view.summary.text().startswith(
        f"Claims: 5 of {len(CLAIMS)} in a conflict with another outlet, 1 single source.")
    view.set_counting("sentences")
    assert bars[SINGLE_SOURCE].values() == [0, 1, 1, 1]
    assert view.chart.title() == "Sentences in conflicts, per outlet"


def test_counting_runs_off_the_gui_thread_and_says_so(qtbot, built, monkeypatch):
    proj, _ids = built
    window = open_window(qtbot, proj)
    threads, ticks = [], []
    real = Project.survey_conflicts

    def slow(self, previous=None, cancelled=None):
        threads.append(threading.current_thread())
        time.sleep(0.6)  # a big project's pass
        return real(self, previous, cancelled)
    monkeypatch.setattr(Project, "survey_conflicts", slow)
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    window.set_by("conflicts")
    view = window.conflicts
    assert view.computing and view.busy.isVisible() and view.busy_label.isVisible()
    assert view.busy_label.text().startswith("Computing")
    assert not window.csv_button.isEnabled()  # nothing to save yet
    qtbot.waitUntil(lambda: not view.computing, timeout=30000)
    timer.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert len(ticks) >= 10  # the event loop kept running while it counted
    assert not view.busy.isVisible() and window.csv_button.isEnabled()


def test_a_new_claim_is_recounted_against_the_same_survey(qtbot, built):
    proj, ids = built
    window = open_window(qtbot, proj)
    view = show_conflicts(qtbot, window)
    survey = view.survey
    tempo = next(g for g in view.table.groups if g.label == "Tempo").claims[CONFLICTING]
    text = ARTICLES["tempo_strikes"][0]
    start = text.index("Belasan")
    proj.add_claim(ids["tempo_strikes"], start, start + 7, Verdict.DISPUTED)
    window.schedule_refresh()
    qtbot.waitUntil(lambda: view.table.totals.claims["total"] == len(CLAIMS) + 1, timeout=30000)
    assert view.survey is survey  # no sentence changed: the pass did not run again
    assert next(g for g in view.table.groups if g.label == "Tempo").claims[CONFLICTING] == tempo + 1


def test_png_svg_and_csv_of_the_conflicts(qtbot, built, tmp_path):
    proj, _ids = built
    window = open_window(qtbot, proj)
    show_conflicts(qtbot, window)
    png = window.write("png", tmp_path / "c.png")
    svg = window.write("svg", tmp_path / "c.svg")
    out = window.write("csv", tmp_path / "c.csv")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    texts = "".join(ET.parse(svg).getroot().itertext())
    assert "Kompas" in texts and "Claims in conflicts, per outlet" in texts
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["outlet"] == "Kompas" and rows[0]["claims_conflicting"] == "3"
    assert rows[-1]["outlet"] == "total" and rows[-1]["sentences_single_source"] == "3"


def test_without_claims_the_page_shows_the_sentences(qtbot, tmp_path):
    from tests.conftest import make_document

    proj = Project.create(tmp_path / "n.annot")
    proj.add_documents([make_document(t, outlet=o, published=p, language="id")
                        for t, o, p in ARTICLES.values()])
    proj.ensure_sentences()
    window = open_window(qtbot, proj)
    view = show_conflicts(qtbot, window)
    assert view.counting == "sentences"
    assert view.chart.bars[CONFLICTING].values()[0] == 2  # Kompas's two sentences
    window.set_by("outlet")
    assert window.pages.currentIndex() == 0 and window.table.totals.total == 0
    proj.close()


def test_the_next_project_is_counted_afresh(qtbot, built, tmp_path):
    proj, _ids = built
    window = open_window(qtbot, proj)
    view = show_conflicts(qtbot, window)
    other = Project.create(tmp_path / "empty.annot")
    window.set_project(other)
    assert view.chart.labels == [] and view.table is None  # not the last project's bars
    qtbot.waitUntil(lambda: view.table is not None and not view.computing, timeout=30000)
    assert view.table.groups == [] and view.survey.conflicts == ()
    other.close()


def test_articles_waiting_for_analysis_are_left_out_then_counted(qtbot, tmp_path, monkeypatch):
    from annotator.ui.statistics import conflicts_view
    from tests.conftest import make_document

    monkeypatch.setattr(conflicts_view, "PENDING_POLL_MS", 50)
    path = tmp_path / "p.annot"
    proj = Project.create(path)
    proj.add_documents([make_document(t, outlet=o, published=p, language="id")
                        for t, o, p in ARTICLES.values()])  # too many to analyse inline
    window = open_window(qtbot, proj)
    view = show_conflicts(qtbot, window)
    assert view.table.unanalysed == len(ARTICLES)
    assert f"{len(ARTICLES)} articles are not analysed yet" in view.summary.text()
    with Project.open(path) as other:  # the window's background analysis, on its connection
        other.ensure_sentences()
    qtbot.waitUntil(lambda: view.table.unanalysed == 0, timeout=30000)
    assert view.table.totals.sentences[SINGLE_SOURCE] == 3
    assert "not analysed" not in view.summary.text()
    proj.close()
