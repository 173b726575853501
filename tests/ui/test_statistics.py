"""The statistics window: opened from View ▸ Statistics (and its shortcut) only when asked for,
its bars and labels carry the project's counts, it follows edits, and it saves PNG, SVG, CSV."""
from __future__ import annotations

import csv
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.model import Verdict
from annotator.project.stats import ExportError
from annotator.ui import file_dialogs
from annotator.ui.menus import STATISTICS_KEY
from tests.stats.stats_support import build
from tests.ui.workbench_support import TEXT_A, TEXT_B, add_docs, key_select, make_window

pytest.importorskip("pyqtgraph")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def stats_window(qtbot, tmp_path, monkeypatch):
    from annotator.ui.statistics.window import StatisticsWindow

    proj = build(tmp_path / "s.annot", monkeypatch)
    window = StatisticsWindow(proj)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    proj.close()


def bar_values(window) -> dict[Verdict, list[float]]:
    return {v: bar.values() for v, bar in window.chart.bars.items()}


def test_outlet_bars_and_labels_carry_the_counts(stats_window):
    table = stats_window.project.stats("outlet")
    assert stats_window.chart.table.as_json() == table.as_json()
    values = bar_values(stats_window)
    for verdict in Verdict:
        assert values[verdict] == [g[verdict] for g in table.groups]
    ticks = stats_window.chart.plot.getPlotItem().getAxis("left")._tickLevels[0]
    assert [name for _, name in ticks] == ["Kompas", "Tempo", "(no outlet)", "Détik"]
    labels = [t.textItem.toPlainText() for t in stats_window.chart.labels]
    assert labels == ["5 · ✓2 ✗2 ?1", "3 · ✓1 ✗2", "2 · ✗1 ?1", "1 · ✓1"]
    assert stats_window.summary.text().startswith("11 claims: ✓ 4 verified · ✗ 5 disputed")


def test_week_chart_fills_the_empty_weeks_and_labels_each_bar(stats_window):
    stats_window.set_by("week")
    shown = [g.key for g in stats_window.chart.shown]
    assert shown[0] == "2026-W45" and shown[-1] == "2027-W01" and "2026-W50" in shown
    assert len(shown) == 10  # W45..W53 and 2027-W01
    totals = [sum(vals) for vals in zip(*bar_values(stats_window).values())]
    assert totals == [3, 2, 2, 0, 0, 0, 0, 0, 2, 2]
    assert [t.textItem.toPlainText() for t in stats_window.chart.labels] == ["3", "2", "2", "2", "2"]


def test_the_legend_names_each_verdict_with_its_symbol(stats_window):
    legend = stats_window.chart.legend
    names = [label.text for _sample, label in legend.items]
    assert names == ["✓ verified", "✗ disputed", "? unverified"]


def test_png_svg_and_csv_are_written_and_valid(stats_window, tmp_path):
    png = stats_window.write("png", tmp_path / "chart.png")
    svg = stats_window.write("svg", tmp_path / "chart.svg")
    out = stats_window.write("csv", tmp_path / "chart.csv")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    texts = "".join(root.itertext())
    assert "Kompas" in texts and "Claims per outlet" in texts
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["outlet", "key", "verified", "disputed", "unverified", "total"]
    assert rows[1] == ["Kompas", "Kompas", "2", "2", "1", "5"]
    assert rows[-1][0] == "total" and rows[-1][-1] == "11"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("chart")) == [
        "chart.csv", "chart.png", "chart.svg"]  # no temporaries left


def test_save_goes_through_our_file_dialog_and_adds_the_suffix(stats_window, tmp_path, monkeypatch):
    asked = []

    def fake_save(parent, caption, path, name_filter):
        asked.append(name_filter)
        return str(tmp_path / "numbers")
    monkeypatch.setattr(file_dialogs, "save_file", fake_save)
    QTest.mouseClick(stats_window.csv_button, Qt.MouseButton.LeftButton)
    assert asked == ["CSV table (*.csv)"]
    assert (tmp_path / "numbers.csv").read_text(encoding="utf-8-sig").startswith("outlet,")


def test_a_failed_write_leaves_the_old_file(stats_window, tmp_path, monkeypatch):
    dest = tmp_path / "chart.png"
    dest.write_bytes(b"old")

    def broken(path, scale=2.0):
        open(path, "wb").write(b"half")
        raise OSError("disk full")
    monkeypatch.setattr(stats_window.chart, "save_png", broken)
    with pytest.raises(ExportError, match="disk full|nothing was written"):
        stats_window.write("png", dest)
    assert dest.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("s.annot")] == ["chart.png"]


def test_neither_the_window_nor_pyqtgraph_is_imported_until_statistics_is_opened(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from annotator.project import Project\n"
        "from annotator.ui.main_window import MainWindow\n"
        "w = MainWindow(Project.create(sys.argv[1]))\n"
        "w.show(); app.processEvents()\n"
        "print('pyqtgraph' in sys.modules, 'annotator.ui.statistics.window' in sys.modules)\n"
        "w.show_statistics(); app.processEvents()\n"
        "print('pyqtgraph' in sys.modules, w.statistics.isVisible())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "p.annot")], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False", "True", "True"]


def test_statistics_is_built_on_first_use_and_follows_edits(qtbot, project):
    a, _b = add_docs(project, TEXT_A, TEXT_B, outlet="Kabar")
    window = make_window(qtbot, project)
    assert window.statistics is None
    QTest.keySequence(window, STATISTICS_KEY)
    qtbot.waitUntil(lambda: window.statistics is not None and window.statistics.isVisible())
    stats = window.statistics
    assert stats.table.totals.total == 0
    assert all(values == [] for values in bar_values(stats).values())
    pane = window.panes.panes[0]
    pane.view.setFocus()
    key_select(pane, 0, 6)
    QTest.keyClick(pane.view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: stats.table.totals.total == 1, timeout=3000)
    assert bar_values(stats)[Verdict.DISPUTED] == [1]
    assert stats.chart.shown[0].label == "Kabar"
    window.adapter.stack.undo()
    qtbot.waitUntil(lambda: stats.table.totals.total == 0, timeout=3000)


def test_an_open_statistics_window_follows_the_next_project(qtbot, project, tmp_path, monkeypatch):
    add_docs(project, TEXT_A, outlet="Kabar")
    window = make_window(qtbot, project)
    stats = window.show_statistics()
    qtbot.waitUntil(lambda: stats.table is not None)
    assert stats.table.groups == []
    other = build(tmp_path / "other.annot", monkeypatch)
    window.set_project(other)
    qtbot.waitUntil(lambda: stats.table is not None and stats.table.totals.total == 11,
                    timeout=3000)
    assert stats.project is other and "other" in stats.windowTitle()


def test_many_groups_chart_the_largest_and_say_so(qtbot, project):
    from annotator.ui.statistics.chart import MAX_BARS
    from annotator.ui.statistics.window import StatisticsWindow

    n = MAX_BARS + 5
    docs = add_docs(project, *[f"{TEXT_A} {i}" for i in range(n)])
    for i, d in enumerate(docs):
        project.update_document(d.id, outlet=f"Outlet {i:02d}")
        for k in range(1 + i % 3):
            project.add_claim(d.id, k, k + 4, "disputed")
    window = StatisticsWindow(project)
    qtbot.addWidget(window)
    window.show()
    assert len(window.chart.shown) == MAX_BARS and window.chart.hidden_groups == 5
    assert len(window.chart.labels) == MAX_BARS
    everything = sorted((1 + i % 3 for i in range(n)), reverse=True)
    assert [g.total for g in window.chart.shown] == everything[:MAX_BARS]
    assert f"the {MAX_BARS} largest of {n} groups" in window.summary.text()


def test_a_large_project_is_counted_in_the_background_and_follows_edits(qtbot, tmp_path,
                                                                        monkeypatch):
    """From BACKGROUND_CLAIMS on the count runs in a worker: the window says so, nothing can be
    saved meanwhile, and the chart then holds the same numbers as Project.stats."""
    from annotator.core.stats import GroupBy
    from annotator.ui.statistics import window as window_module

    proj = build(tmp_path / "s.annot", monkeypatch)  # (undoes its monkeypatching)
    monkeypatch.setattr(window_module, "BACKGROUND_CLAIMS", 1)
    window = window_module.StatisticsWindow(proj)
    qtbot.addWidget(window)
    window.show()
    assert window.counting and window.table is None
    assert window.summary.text() == "Counting the claims…"
    assert not window.csv_button.isEnabled()
    qtbot.waitUntil(lambda: window.table is not None and not window.counting, timeout=10000)
    assert window.table.as_json() == proj.stats(GroupBy.OUTLET).as_json()
    assert window.csv_button.isEnabled() and window.summary.text().startswith("11 claims")
    window.set_by(GroupBy.ANNOTATOR)  # a second grouping asked while the first counts
    window.set_by(GroupBy.DAY)
    qtbot.waitUntil(lambda: not window.counting and window.table.by is GroupBy.DAY,
                    timeout=10000)
    assert window.table.as_json() == proj.stats(GroupBy.DAY).as_json()
    doc = proj.documents()[0]
    proj.add_claim(doc.id, 0, 5, "verified")
    window.schedule_refresh()
    qtbot.waitUntil(lambda: window.table.totals.total == 12, timeout=10000)
    proj.close()
