"""Search panel, settings, about, error dialogs and the Task worker, driven through the widgets."""
from __future__ import annotations

import os
import sys
import threading

import PySide6
import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from annotator import __version__
from annotator.core.errors import IngestError, ProjectFileError
from annotator.core.summaries import SearchHit
from annotator.project import Project
from annotator.settings import Settings
from annotator.store.schema import SCHEMA_VERSION
from annotator.ui.dialogs import about_dialog, errors, settings_dialog
from annotator.ui.dialogs.search_panel import SearchPanel, snippet_html
from annotator.ui.workers import Task
from tests.conftest import make_document

TEXT_ID = ("Menteri Kesehatan mengatakan stok vaksin cukup untuk enam bulan ke depan.\n\n"
           "Namun beberapa puskesmas melaporkan kekurangan vaksin campak sejak Juli.")
TEXT_EN = "The harbour authority denied that the ferry was overloaded when it left port."


# ---------------------------------------------------------------------------- search
def _searchable(project):
    doc = make_document(TEXT_ID, title="Stok vaksin")
    other = make_document(TEXT_EN, title="Ferry")
    project.add_documents([doc, other])
    start = TEXT_ID.index("beberapa puskesmas")
    end = TEXT_ID.index(" sejak Juli")
    project.add_claim(doc.id, start, end, "disputed")
    return doc, start, end


def _wait_results(qtbot, panel):
    qtbot.waitUntil(lambda: not panel.busy and panel.model.rowCount() > 0, timeout=30000)


def test_search_finds_documents_and_claims_and_enter_opens_the_hit(qtbot, project):
    doc, start, end = _searchable(project)
    panel = SearchPanel(project.path)
    qtbot.addWidget(panel)
    panel.show()
    panel.focus_query()
    qtbot.keyClicks(panel.query_edit, "puskesm")  # prefixes match
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    _wait_results(qtbot, panel)
    kinds = {h.kind for h in panel.hits()}
    assert kinds == {"document", "claim"}
    assert all(h.doc_id == doc.id for h in panel.hits())
    assert "1 article, 1 claim" in panel.status_label.text()
    assert "<b>puskesmas</b>" in panel.model.item(0).text()
    assert any("claim (disputed)" in panel.model.item(r).text() for r in range(panel.model.rowCount()))

    # Down moves from the box into the list; Enter on the claim hit opens its span
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Down)
    assert panel.view.hasFocus() or panel.view.currentIndex().isValid()
    claim_row = next(r for r, h in enumerate(panel.hits()) if h.kind == "claim")
    panel.view.setCurrentIndex(panel.model.index(claim_row, 0))
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened.args == [doc.id, start, end]
    panel.shutdown()


def test_double_click_on_a_document_hit_opens_the_document(qtbot, project):
    _searchable(project)
    panel = SearchPanel(project.path)
    qtbot.addWidget(panel)
    panel.resize(400, 500)
    panel.show()
    qtbot.keyClicks(panel.query_edit, "ferry")
    _wait_results(qtbot, panel)  # debounced search, no Enter needed
    hits = panel.hits()
    assert len(hits) == 1 and hits[0].kind == "document"
    rect = panel.view.visualRect(panel.model.index(0, 0))
    with qtbot.waitSignal(panel.open_requested) as opened:
        # a real double-click is press, release, then the double-click event
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [hits[0].doc_id, -1, -1]


def test_typed_root_finds_affixed_forms_and_a_pasted_paragraph_is_shortened(qtbot, project):
    _searchable(project)
    panel = SearchPanel(project.path)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.keyClicks(panel.query_edit, "lapor")  # the text says "melaporkan"
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    _wait_results(qtbot, panel)
    assert "<b>melaporkan</b>" in panel.model.item(0).text()
    panel.query_edit.clear()
    paste = " ".join([TEXT_ID] * 3)  # ~60 words pasted
    panel.query_edit.setFocus()
    QApplication.clipboard().setText(paste)
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    _wait_results(qtbot, panel)
    assert panel.hits()[0].doc_title == "Stok vaksin"
    assert "Long query shortened" in panel.status_label.text()
    panel.shutdown()


def test_search_sees_new_documents_on_refresh_and_says_no_matches(qtbot, project):
    panel = SearchPanel(project.path)
    qtbot.addWidget(panel)
    panel.search("harbour")
    qtbot.waitUntil(lambda: not panel.busy, timeout=30000)
    assert panel.model.rowCount() == 0 and panel.status_label.text() == "No matches."
    project.add_documents([make_document(TEXT_EN, title="Ferry")])
    panel.refresh()
    _wait_results(qtbot, panel)
    assert panel.hits()[0].doc_title == "Ferry"
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Escape)  # Esc clears the box
    assert panel.query_edit.text() == ""


def test_search_on_a_bad_project_says_so(qtbot, tmp_path):
    bad = tmp_path / "x.annot"
    bad.write_text("hello")
    panel = SearchPanel(bad)
    qtbot.addWidget(panel)
    panel.search("anything")
    qtbot.waitUntil(lambda: not panel.busy, timeout=30000)
    assert panel.status_label.text().startswith("Search failed:")
    assert "not an Annotator project" in panel.status_label.text()


def test_snippet_markup_is_escaped():
    assert snippet_html("a <script> [vaksin] & b") == "a &lt;script&gt; <b>vaksin</b> &amp; b"


def test_claim_hits_get_their_verdicts_in_one_query(qtbot, project, monkeypatch):
    _searchable(project)

    def one_by_one(self, claim_id):
        raise AssertionError("the search worker read a claim by itself")

    monkeypatch.setattr(Project, "claim", one_by_one)
    panel = SearchPanel(project.path)
    qtbot.addWidget(panel)
    panel.search("puskesmas")
    _wait_results(qtbot, panel)
    assert any("claim (disputed)" in panel.model.item(r).text()
               for r in range(panel.model.rowCount()))
    assert project.verdicts(["no-such-claim"]) == {}
    panel.shutdown()


def test_many_hits_are_shown_at_once_and_laid_out_in_batches(qtbot, project):
    """Laying out every hit's rich text at once held the GUI thread: the first rows are laid
    out when the hits arrive, the others in batches after, each row's height once."""
    panel = SearchPanel(project.path)
    qtbot.addWidget(panel)
    panel.resize(400, 500)
    panel.show()
    hits = [SearchHit("document", f"d{i}", f"Berita {i}", None, f"[banjir] di kota {i}")
            for i in range(300)]
    panel._generation += 1
    panel._on_found(panel._generation, hits, {})
    assert panel.model.rowCount() == 300
    assert len(panel.delegate._heights) < 100  # not every row laid out on the GUI thread yet
    width = panel.view.viewport().width  # narrower once the scroll bar shows
    qtbot.waitUntil(lambda: len({text for text, w in panel.delegate._heights if w == width()})
                    == 300, timeout=30000)
    panel.shutdown()


# ---------------------------------------------------------------------------- settings
def test_settings_dialog_saves_name_and_import_limit(qtbot):
    dialog = settings_dialog.SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.clear()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # an empty name cannot be saved
    qtbot.keyClicks(dialog.name_edit, "Dewi Lestari")
    dialog.limit_spin.selectAll()
    qtbot.keyClicks(dialog.limit_spin, "35")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = Settings.load()
    assert (saved.annotator, saved.max_import_mb) == ("Dewi Lestari", 35)


def test_settings_dialog_escape_changes_nothing(qtbot):
    dialog = settings_dialog.SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Someone")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert Settings.load().annotator == ""


def _answer_modal(qtbot, text: str) -> None:
    """When the modal name question appears, type `text` and press Enter, as a user would."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, settings_dialog.AnnotatorNameDialog):
            QTimer.singleShot(10, answer)
            return
        box.name_edit.clear()
        qtbot.keyClicks(box.name_edit, text)
        qtbot.keyClick(box.name_edit, Qt.Key.Key_Return)
    QTimer.singleShot(0, answer)


def test_annotator_name_is_asked_once_and_saved(qtbot, monkeypatch):
    monkeypatch.delenv("ANNOTATOR_NAME", raising=False)
    _answer_modal(qtbot, "Rina")
    assert settings_dialog.ensure_annotator_name(None) == "Rina"
    assert Settings.load().annotator == "Rina"

    def must_not_ask(*_a):
        raise AssertionError("asked twice")
    monkeypatch.setattr(settings_dialog.AnnotatorNameDialog, "exec", must_not_ask)
    assert settings_dialog.ensure_annotator_name(None) == "Rina"


def test_environment_name_wins_without_asking(qtbot, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_NAME", "ci-bot")
    monkeypatch.setattr(settings_dialog.AnnotatorNameDialog, "exec",
                        lambda *_a: (_ for _ in ()).throw(AssertionError("asked")))
    assert settings_dialog.ensure_annotator_name(None) == "ci-bot"


# ---------------------------------------------------------------------------- about, errors
def test_about_lists_the_versions_a_bug_report_needs(qtbot):
    dialog = about_dialog.AboutDialog()
    qtbot.addWidget(dialog)
    labels = {k: v.text() for k, v in dialog.value_labels.items()}
    assert labels["Annotator"] == __version__
    assert labels["PySide6"] == PySide6.__version__
    assert labels["Project file format"] == str(SCHEMA_VERSION)
    assert labels["Python"].split()[0].count(".") == 2
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert f"Annotator: {__version__}" in QApplication.clipboard().text()


def test_error_dialog_shows_sentences_never_tracebacks(qtbot):
    box = errors.error_box(None, "Import failed", IngestError("the file is empty"))
    qtbot.addWidget(box)
    assert box.informativeText() == "The file is empty."
    assert box.windowTitle() == "Import failed"
    try:
        {}["missing"]
    except KeyError as exc:
        bug = errors.error_box(None, "Export failed", exc)
    qtbot.addWidget(bug)
    assert "Traceback" not in bug.informativeText() and "KeyError" in bug.informativeText()
    named = errors.error_box(None, "Open", ProjectFileError("notes.annot: no such file"))
    qtbot.addWidget(named)
    assert named.informativeText() == "notes.annot: no such file."  # file names keep their case


def test_show_error_is_modal_and_enter_closes_it(qtbot):
    seen: list[str] = []

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, close_it)
            return
        seen.append(box.informativeText())
        qtbot.keyClick(box, Qt.Key.Key_Return)
    QTimer.singleShot(0, close_it)
    errors.show_error(None, "Could not open", "project <b>locked</b>")
    assert seen == ["Project &lt;b&gt;locked&lt;/b&gt;."]


# ---------------------------------------------------------------------------- worker
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values")
def test_a_task_nobody_waits_for_runs_below_the_window(qtbot):
    def priority(_control):
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    window = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    for nice, expected in ((10, min(19, window + 10)), (0, window)):
        task = Task(priority, nice=nice)
        with qtbot.waitSignal(task.succeeded) as ok:
            task.start()
        assert ok.args == [expected]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == window


def test_task_reports_progress_result_errors_and_cancel(qtbot):
    got: list = []
    task = Task(lambda c: [c.progress(i, 3, f"step {i}") for i in range(4)] and "result")
    task.progress.connect(lambda d, t, s: got.append((d, t)))
    with qtbot.waitSignal(task.succeeded) as ok:
        task.start()
    assert ok.args == ["result"] and got[-1] == (3, 3) and not task.running

    failing = Task(lambda c: (_ for _ in ()).throw(IngestError("the file is empty")))
    with qtbot.waitSignal(failing.failed) as err:
        failing.start()
    assert err.args == ["the file is empty"]

    bug = Task(lambda c: 1 / 0)
    with qtbot.waitSignal(bug.failed) as err:
        bug.start()
    assert err.args[0].startswith("Unexpected error (ZeroDivisionError)")

    release = threading.Event()

    def loop(control):
        release.wait(30)
        control.check()
        return "not cancelled"
    stoppable = Task(loop)
    with qtbot.waitSignal(stoppable.cancelled):
        stoppable.start()
        stoppable.cancel()
        release.set()
