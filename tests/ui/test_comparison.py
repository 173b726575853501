"""The Comparison dock: one row per claim cluster with the outlets side by side, its conflict,
the filters, a click that opens the report, and the model checked by qtmodeltester."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.ui.comparison_model import CONFLICTS, FIXED, ComparisonModel
from tests.compare.outlets import A, B, C, first_sentence
from tests.conftest import make_document
from tests.ui.workbench_support import make_window, settle


def _outlets(project):
    docs = [make_document(A, title="Laporan A", outlet="Kompas", published="2025-11-21"),
            make_document(B, title="Laporan B", outlet="Tempo", published="2025-10-30"),
            make_document(C, title="Laporan C", outlet="Detik")]
    project.add_documents(docs, undoable=False)
    return docs


def _shown(qtbot, window):
    QTest.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    panel = window.comparison
    qtbot.waitUntil(lambda: panel.isVisible() and panel.task is not None
                    and not panel.task.running and not panel.timer.isActive(), timeout=15000)
    return panel


def _cell(panel, row, outlet):
    column = FIXED + panel.model.outlets.index(outlet)
    return panel.proxy.index(row, column)


def test_two_conflicting_reports_are_one_row_with_a_conflict_and_a_click_opens_them(qtbot, project):
    a, b, c = _outlets(project)
    claim = project.add_claim(a.id, *first_sentence(A), "disputed").created[0]
    project.add_claim(c.id, 0, 20, "unverified")
    window = make_window(qtbot, project)
    panel = _shown(qtbot, window)
    assert window.comparison_dock.isVisible()
    assert panel.proxy.rowCount() == 2
    assert {"Kompas", "Tempo", "Detik"} == set(panel.model.outlets)
    kompas = _cell(panel, 0, "Kompas").data()
    tempo = _cell(panel, 0, "Tempo").data()
    assert "21 serangan" in kompas and "Source: Axios" in kompas and "Verdict: disputed" in kompas
    assert "Belasan kali serangan" in tempo and "Verdict: not tagged" in tempo
    assert "61 orang" in tempo and "Source: Reuters" in tempo
    assert "conflict" in panel.proxy.index(0, CONFLICTS).data()
    assert "unlinked" in panel.proxy.index(0, CONFLICTS).data()

    # the filters: conflicts only keeps the strikes, a text filter (any case) the other row
    panel.conflicts_box.click()
    assert panel.proxy.rowCount() == 1
    panel.conflicts_box.click()
    QTest.keyClicks(panel.filter_edit, "kedua NEGARA")
    assert panel.proxy.rowCount() == 1 and "Kedua negara" in panel.proxy.index(0, 1).data()
    panel.filter_edit.clear()
    panel.unlinked_box.click()
    assert panel.proxy.rowCount() == 1
    panel.unlinked_box.click()

    # a click on Tempo's cell opens that article with the sentence selected: 2 tags it
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    index = _cell(panel, 0, "Tempo")
    rect = panel.table.visualRect(index)
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    settle()
    pane = window.panes.pane_showing(b.id)
    assert pane is not None
    assert pane.view.selection_span() == first_sentence(B)
    QTest.keyClick(pane.view, Qt.Key.Key_2)
    settle()
    tagged = project.claims(b.id)
    assert [(t.start, t.end, t.verdict.value) for t in tagged] == [(*first_sentence(B), "disputed")]

    # the edit refreshes the table (debounced): Tempo's report is now a claim
    qtbot.waitUntil(lambda: "Verdict: disputed" in (_cell(panel, 0, "Tempo").data() or ""),
                    timeout=15000)
    # a click on Kompas's cell selects that claim
    rect = panel.table.visualRect(_cell(panel, 0, "Kompas"))
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    settle()
    assert window.current_claim == claim


def test_the_model_passes_qtmodeltester(qtmodeltester, project):
    a, _b, c = _outlets(project)
    project.add_claim(a.id, *first_sentence(A), "disputed")
    project.add_claim(c.id, 0, 20, "unverified")
    model = ComparisonModel()
    model.set_clusters(project.clusters())
    assert model.rowCount() == 2 and model.columnCount() == FIXED + 3
    qtmodeltester.check(model)
    model.set_clusters([])
    qtmodeltester.check(model)


def test_an_import_refreshes_the_shown_table(qtbot, project):
    """Claims added on another connection (as an import worker does) reach the table after
    the window's reload."""
    from annotator.project import Project

    a, _b, _c = _outlets(project)
    window = make_window(qtbot, project)
    panel = _shown(qtbot, window)
    assert panel.model.rowCount() == 0
    with Project.open(project.path) as other:
        other.add_claim(a.id, *first_sentence(A), "verified")
    window.reload_library()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=15000)
    assert "Kompas" in panel.model.outlets
