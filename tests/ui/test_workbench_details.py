"""Smaller things people met: the inspector's scroll and history, the table's selection, the
name question, export names and where file dialogs open."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.ui import file_dialogs
from annotator.ui.dialogs import settings_dialog
from tests.ui.workbench_support import (
    TEXT_A, TEXT_B, add_docs, click_at, key_select, make_window, settle,
)


def _tag(pane, start: int, chars: int, key=Qt.Key.Key_1) -> None:
    key_select(pane, start, chars)
    QTest.keyClick(pane.view, key)
    settle()


def test_a_new_claim_shows_its_quote_and_verdict_at_the_top_of_the_inspector(qtbot, project):
    add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    window.inspector_dock.widget().setFixedHeight(260)  # a small screen's Claim panel
    pane = window.panes.panes[0]
    _tag(pane, 0, 6)
    settle()
    bar = window.inspector.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # the user read the history of the first claim
    _tag(pane, TEXT_A.index("Polisi"), 6, Qt.Key.Key_2)
    assert window.inspector.claim.quote == "Polisi"
    assert bar.value() == 0
    assert not window.inspector.verdict_buttons[next(iter(window.inspector.verdict_buttons))] \
        .visibleRegion().isEmpty()


def test_the_claims_table_selects_the_claim_the_inspector_shows(qtbot, project):
    add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    left, right = window.panes.panes
    _tag(left, 0, 6)
    _tag(right, 0, 5, Qt.Key.Key_3)
    first, second = project.claims(left.doc_id)[0].id, project.claims(right.doc_id)[0].id
    assert window.claims_panel.selected_claim() == second
    click_at(left, 2)  # the first claim's highlight
    settle()
    assert window.inspector.claim.id == first
    assert window.claims_panel.selected_claim() == first
    from annotator.ui.claims_table import COL_VERDICT

    window.claims_panel.table.sortByColumn(COL_VERDICT, Qt.SortOrder.AscendingOrder)
    for key in (Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_1):  # retag: the row moves, stays selected
        QTest.keyClick(left.view, key)
        settle()
        assert window.claims_panel.selected_claim() == first
    window.actions_["undo"].trigger()
    settle()
    assert window.inspector.claim.id == first and window.claims_panel.selected_claim() == first
    window.select_claim(second, right)  # from a link, a search hit …
    settle()
    assert window.claims_panel.selected_claim() == second
    click_at(left, 2)
    settle()
    QTest.keyClick(left.view, Qt.Key.Key_Escape)
    settle()
    assert window.inspector.claim is None and window.claims_panel.selected_claim() is None
    # arrows in the table: the inspector shows the row's claim
    table = window.claims_panel.table
    table.setFocus()
    table.selectRow(0)
    settle()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        QTest.keyClick(table, key)
        settle()
        assert window.inspector.claim is not None
        assert window.inspector.claim.id == window.claims_panel.selected_claim()


def test_history_lines_wrap_instead_of_being_cut(qtbot, project):
    add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    pane = window.panes.panes[0]
    _tag(pane, 0, 6)
    for key in (Qt.Key.Key_2, Qt.Key.Key_3):
        QTest.keyClick(pane.view, key)
        settle()
    history = window.inspector.history
    history.setFixedWidth(160)
    settle()
    item = history.item(history.count() - 1)
    line = history.fontMetrics().height()
    assert history.visualItemRect(item).height() >= 2 * line
    assert history.textElideMode() != Qt.TextElideMode.ElideMiddle or history.wordWrap()


def test_cancelling_the_name_question_says_whose_name_claims_get(qtbot, monkeypatch):
    monkeypatch.delenv("ANNOTATOR_NAME", raising=False)
    monkeypatch.setattr(settings_dialog, "_login_name", lambda: "rina")
    monkeypatch.setattr(settings_dialog, "default_annotator", lambda: "rina")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, settings_dialog.AnnotatorNameDialog):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.cancel_note.text())
        QTest.keyClick(box.name_edit, Qt.Key.Key_Escape)
    QTimer.singleShot(0, answer)
    told: list[str] = []
    assert settings_dialog.ensure_annotator_name(None, told.append) == "rina"
    assert "“rina”, the system user" in seen[0]
    assert told == ["rina"]


def test_the_default_export_name_does_not_repeat_the_format(tmp_path):
    from annotator.ui.dialogs import export_destination
    from annotator.ui.dialogs.export_filters import load_formats

    by_name = {f.name: f for f in load_formats()}
    project = tmp_path / "venezuela.annot"
    assert export_destination.default(project, by_name["csv"]).name == "venezuela.csv"
    assert export_destination.default(project, by_name["jsonl"]).name == "venezuela.jsonl"
    assert export_destination.default(project, by_name["doccano"]).name == \
        "venezuela-doccano.jsonl"
    assert export_destination.default(project, by_name["brat"]).name == "venezuela-brat"


def test_file_dialogs_open_in_the_project_folder(qtbot, project, monkeypatch):
    from annotator.ui.dialogs.import_dialog import ImportDialog
    from annotator.ui.operations import files

    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "_run", lambda d: asked.append(d.directory().path()) or [])
    window = make_window(qtbot, project)
    folder = str(Path(project.path).parent)
    files.new_project(window)
    files.open_project_dialog(window)
    dialog = ImportDialog(project.path, None, window)
    qtbot.addWidget(dialog)
    dialog.choose_files()
    dialog.choose_folder()
    assert asked == [folder] * 4
