"""Importing from the GUI (files, and a colleague's Annotator export merged in) is one undo
step, although the import writes through the worker's own connection; the report says what a
merge added."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from annotator.core.model import Verdict
from annotator.export import get_exporter
from annotator.project import Project
from annotator.ui.operations import files
from annotator.ui.dialogs.import_dialog import ImportDialog
from tests.ui.workbench_support import TEXT_A, TEXT_B, add_docs, make_window, settle, wait_for_claims


def _import_through_the_menu(qtbot, window, paths) -> tuple[str, str]:
    """File ▸ Import with `paths` (as a drop does); closes the dialog with its Close button once
    it reports, and returns the summary and the result tooltips."""
    seen = []
    deadline = time.monotonic() + 60

    def close_when_done():
        shown = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
        dialog = shown[0] if shown else None
        if dialog is None or not dialog.close_button.isVisible():  # set after the report
            if time.monotonic() > deadline:  # fail, not hang, should it never report
                for d in shown:
                    d.reject()
                seen.append(("timed out", []))
                return
            QTimer.singleShot(20, close_when_done)
            return
        try:
            tips = [dialog.results.topLevelItem(i).toolTip(2)
                    for i in range(dialog.results.topLevelItemCount())]
            seen.append((dialog.summary_label.text(), tips))
        finally:  # closed whatever happened above, so a failure cannot hang the test
            dialog.close_button.click()

    QTimer.singleShot(0, close_when_done)
    files.import_articles(window, paths)
    settle()
    wait_for_claims(qtbot, window)
    return seen[0]


def _undo_key(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # the import dialog had the focus
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    wait_for_claims(qtbot, window)


def _redo_key(qtbot, window):
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    settle()
    wait_for_claims(qtbot, window)


def test_an_import_of_two_files_is_one_undo_step(qtbot, project, tmp_path):
    window = make_window(qtbot, project)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Banjir di Waru\n\n" + TEXT_A, encoding="utf-8")
    b.write_text("Rapat darurat\n\n" + TEXT_B, encoding="utf-8")
    summary, _tips = _import_through_the_menu(qtbot, window, [a, b])
    assert "2 articles imported" in summary and "Undo" in summary
    assert window.library.model.rowCount() == 2
    assert window.actions_["undo"].isEnabled() and "Import 2 files" in window.adapter.stack.undoText()
    _undo_key(qtbot, window)
    assert project.documents() == [] and window.library.model.rowCount() == 0
    _redo_key(qtbot, window)
    assert len(project.documents()) == 2 and window.library.model.rowCount() == 2
    _undo_key(qtbot, window)
    assert project.documents() == []


def test_a_merge_is_one_undo_step_and_its_report_says_what_it_added(qtbot, project, tmp_path):
    (mine,) = add_docs(project, TEXT_A)
    project.add_claim(mine.id, 0, 5, "verified")
    colleague = tmp_path / "budi.annot"
    with Project.create(colleague, annotator="budi") as other:
        (theirs,) = add_docs(other, TEXT_A)  # the same article, imported by a colleague
        c1 = other.add_claim(theirs.id, 0, 5, "disputed").created[0]
        c2 = other.add_claim(theirs.id, TEXT_A.index("Polisi"), TEXT_A.index(" sembilan"),
                             "unverified").created[0]
        other.add_link(c1, c2, "supports")
        export = tmp_path / "budi.jsonl"
        get_exporter("jsonl").write(other, export)
    window = make_window(qtbot, project)
    pane = window.open_document(mine.id)
    summary, tips = _import_through_the_menu(qtbot, window, [export])
    assert "2 claims added to 1 article, 1 link added" in summary
    assert "0 articles" not in summary
    assert project.claim_count() == 3 and pane.view.index.counts[Verdict.DISPUTED] == 1
    assert "Merge budi.jsonl" in window.adapter.stack.undoText()
    # the long Details tooltip is wrapped rich text, so it fits on the screen
    label = QLabel(tips[0])
    label.setWordWrap(True)
    assert tips[0].startswith("<p") and label.sizeHint().width() < 700
    _undo_key(qtbot, window)
    assert project.claim_count() == 1 and pane.view.index.counts[Verdict.DISPUTED] == 0
    _redo_key(qtbot, window)
    assert project.claim_count() == 3 and len(project.links(c1)) == 1
    assert pane.view.index.counts[Verdict.DISPUTED] == 1


def test_undoing_an_import_someone_else_changed_since_refuses_and_changes_nothing(qtbot, project,
                                                                                  tmp_path):
    window = make_window(qtbot, project)
    errors = []
    window.adapter._on_error = lambda title, exc: errors.append(str(exc))
    a = tmp_path / "a.txt"
    a.write_text("Banjir di Waru\n\n" + TEXT_A, encoding="utf-8")
    _import_through_the_menu(qtbot, window, [a])
    (doc,) = project.documents()
    with Project.open(project.path, annotator="other") as elsewhere:  # another window
        elsewhere.update_document(doc.id, title="Diubah di tempat lain")
    _undo_key(qtbot, window)
    assert errors and "changed since" in errors[0] and "nothing was changed" in errors[0]
    assert [d.title for d in project.documents()] == ["Diubah di tempat lain"]
