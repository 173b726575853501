"""The export dialog against the real exporters: choose, preview, export, cancel, summary."""
from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator import export
from annotator.core.model import LinkKind, Verdict
from annotator.ui.dialogs.export_dialog import ExportDialog
from tests.conftest import make_document

TEXT_A = ("Gubernur menyebut banjir tahun ini paling parah dalam dua puluh tahun terakhir.\n"
          "Data BMKG menunjukkan curah hujan Januari 30 persen di atas rata-rata. 🌧️")
TEXT_B = "Residents said the river rose two metres overnight, the highest level since 2007."


@pytest.fixture
def annotated(project):
    a = make_document(TEXT_A, title="Banjir")
    b = make_document(TEXT_B, title="River")
    project.add_documents([a, b])
    c1 = project.add_claim(a.id, 0, TEXT_A.index(" dalam"), "disputed", note="cek data").created[0]
    s = TEXT_A.index("curah")
    project.add_claim(a.id, s, s + len("curah hujan Januari 30 persen"), "verified")
    project.annotator = "other"
    c3 = project.add_claim(b.id, 0, TEXT_B.index(" overnight"), "unverified").created[0]
    project.add_link(c1, c3, LinkKind.SUPPORTS)
    return project, a, b


def ready(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.choices is not None or "cannot be read" in dialog.status_label.text(),
                    timeout=30000)


def wait_preview(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog._preview_timer.isActive() and not dialog._side_tasks,
                    timeout=30000)


def export_and_wait(qtbot, dialog, key=True):
    """Press Enter (the default button is Export) and wait for the worker to finish."""
    if key:
        qtbot.keyClick(dialog.dest_edit, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None, dialog.problem()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)


def open_dialog(qtbot, project) -> ExportDialog:
    """The export dialog on `project`, shown, with its format list and article list in."""
    dialog = ExportDialog(project.path)
    qtbot.addWidget(dialog)
    dialog.show()
    ready(qtbot, dialog)
    return dialog


def set_dest(qtbot, dialog, dest):
    dialog.dest_edit.clear()
    qtbot.keyClicks(dialog.dest_edit, str(dest))


def test_jsonl_export_with_a_verdict_filter_preview_and_summary(qtbot, annotated, tmp_path):
    project, a, b = annotated
    dialog = open_dialog(qtbot, project)
    dialog.set_format("jsonl")
    assert dialog.doc_list.count() == 2
    assert dialog.annotator_list.checked_keys() == ["other", "tester"]
    assert str(dialog.destination()).endswith("test.jsonl")  # a default beside the project
    qtbot.mouseClick(dialog.verdicts.boxes[Verdict.VERIFIED], Qt.MouseButton.LeftButton)
    assert [v.value for v in dialog.export_filter().verdicts] == ["disputed", "unverified"]
    dest = tmp_path / "claims.jsonl"
    set_dest(qtbot, dialog, dest)
    wait_preview(qtbot, dialog)
    assert "Banjir" in dialog.preview.toPlainText()
    export_and_wait(qtbot, dialog)
    assert dialog.result_obj is not None, dialog.status_label.text()
    assert dialog.result_obj.claims == 2
    records = [json.loads(x) for x in dest.read_text(encoding="utf-8").splitlines() if x.strip()]
    text = json.dumps(records, ensure_ascii=False)
    assert "cek data" in text and "curah hujan Januari" not in text.split('"claims"', 1)[-1]
    assert "2 claim" in dialog.status_label.text()
    assert dialog.show_button.isVisible() and dialog.cancel_button.text() == "Close"


def test_brat_folder_export_lists_what_the_format_cannot_hold(qtbot, annotated, tmp_path):
    project, a, b = annotated
    dialog = open_dialog(qtbot, project)
    dialog.set_format("brat")
    assert "folder" in dialog.dest_hint.text()
    dest = tmp_path / "brat-out"
    set_dest(qtbot, dialog, dest)
    export_and_wait(qtbot, dialog, key=False)
    assert dialog.result_obj is not None, dialog.status_label.text()
    assert (dest / "annotation.conf").is_file()
    assert len(list(dest.glob("*.ann"))) == 2
    assert "Not everything fits this format" in dialog.status_label.text()
    assert "brat" in dialog.status_label.text()


def test_preselected_documents_and_csv_option(qtbot, annotated, tmp_path):
    project, a, b = annotated
    dialog = ExportDialog(project.path, doc_ids=[b.id])
    qtbot.addWidget(dialog)
    dialog.show()
    ready(qtbot, dialog)
    assert dialog.export_filter().doc_ids == [b.id]
    dialog.set_format("csv")
    bom = dialog.option_widgets["bom"]
    qtbot.mouseClick(bom, Qt.MouseButton.LeftButton)
    assert dialog.options() == {"bom": True}
    dest = tmp_path / "b.csv"
    set_dest(qtbot, dialog, dest)
    export_and_wait(qtbot, dialog)
    raw = dest.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "River" in raw.decode("utf-8-sig") and "Banjir" not in raw.decode("utf-8-sig")
    assert dialog.result_obj.claims == 1


def test_nothing_chosen_disables_export_with_a_reason(qtbot, annotated):
    project, *_ = annotated
    dialog = open_dialog(qtbot, project)
    for box in dialog.verdicts.boxes.values():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not dialog.export_button.isEnabled()
    assert dialog.export_button.toolTip() == "Choose at least one verdict."
    dialog.verdicts.boxes[Verdict.DISPUTED].setChecked(True)
    qtbot.mouseClick(dialog.doc_list.none_button, Qt.MouseButton.LeftButton)
    assert dialog.export_button.toolTip() == "Choose at least one document."
    qtbot.mouseClick(dialog.doc_list.all_button, Qt.MouseButton.LeftButton)
    assert dialog.export_button.isEnabled()


def test_cancel_leaves_nothing_at_the_destination(qtbot, annotated, tmp_path, monkeypatch):
    project, *_ = annotated
    from annotator.export import base

    entered, release = threading.Event(), threading.Event()
    real = base.ExportSource.check_cancelled

    def held(self):
        entered.set()
        release.wait(30)
        return real(self)

    dialog = open_dialog(qtbot, project)
    dialog.set_format("jsonl")
    wait_preview(qtbot, dialog)
    dest = tmp_path / "never.jsonl"
    set_dest(qtbot, dialog, dest)
    dialog._preview_timer.stop()
    monkeypatch.setattr(base.ExportSource, "check_cancelled", held)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(entered.is_set, timeout=30000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc while exporting = Cancel
    assert dialog.isVisible() and "Cancelling" in dialog.status_label.text()
    release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert "Export cancelled" in dialog.status_label.text()
    assert not dest.exists() and not list(tmp_path.glob(".never*"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_errors_are_sentences_and_replacing_asks_first(qtbot, annotated, tmp_path, monkeypatch):
    project, *_ = annotated
    dialog = open_dialog(qtbot, project)
    dialog.set_format("jsonl")
    set_dest(qtbot, dialog, tmp_path / "no-such-folder" / "x.jsonl")
    export_and_wait(qtbot, dialog)
    assert "The export failed" in dialog.status_label.text()
    assert "does not exist" in dialog.status_label.text()
    assert "Traceback" not in dialog.status_label.text()

    existing = tmp_path / "old.jsonl"
    existing.write_text("keep me")
    set_dest(qtbot, dialog, existing)
    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and existing.read_text() == "keep me"
    answers.append(QMessageBox.StandardButton.Yes)
    export_and_wait(qtbot, dialog, key=False)
    assert existing.read_text() != "keep me"


def test_a_finished_exports_outcome_goes_when_the_export_is_changed(qtbot, annotated, tmp_path):
    project, *_ = annotated
    dialog = open_dialog(qtbot, project)
    dialog.set_format("jsonl")
    missing = tmp_path / "no-such-folder" / "x.jsonl"
    set_dest(qtbot, dialog, missing)
    export_and_wait(qtbot, dialog)
    assert "<b>The export failed.</b> Cannot write " in dialog.status_label.text()
    set_dest(qtbot, dialog, tmp_path / "x.jsonl")  # typed: the failure was about the old path
    assert dialog.status_label.text() == ""
    export_and_wait(qtbot, dialog)
    assert "Exported 3 claim(s)" in dialog.status_label.text() and dialog.show_button.isVisible()
    qtbot.mouseClick(dialog.verdicts.boxes[Verdict.VERIFIED], Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "" and not dialog.show_button.isVisible()
    assert dialog.result_obj is None
    dialog.set_format("csv")
    assert dialog.status_label.text() == ""


def test_an_unreadable_project_is_reported(qtbot, tmp_path):
    bad = tmp_path / "bad.annot"
    bad.write_text("nope")
    dialog = ExportDialog(bad)
    qtbot.addWidget(dialog)
    dialog.show()
    ready(qtbot, dialog)
    assert "not an Annotator project" in dialog.status_label.text()
    assert not dialog.export_button.isEnabled()


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_every_format_exports_through_the_dialog(qtbot, annotated, tmp_path, fmt):
    project, *_ = annotated
    dialog = open_dialog(qtbot, project)
    dialog.set_format(fmt)
    assert dialog.format_info().name == fmt
    default = dialog.destination()
    assert default.parent == project.path.parent and fmt in default.name
    dest = tmp_path / default.name
    set_dest(qtbot, dialog, dest)
    wait_preview(qtbot, dialog)
    export_and_wait(qtbot, dialog, key=False)
    status = dialog.status_label.text()
    if dialog.result_obj is None:  # an optional library is missing: the sentence says which
        assert "needs" in status and "pip install" in status, status
        return
    assert dest.exists(), status
    if dialog.result_obj.claims < 3:  # e.g. ClaimReview has no rating for "unverified"
        assert "left out" in status and "Not everything fits this format" in status
    else:
        assert dialog.result_obj.claims == 3
    assert dialog.preview.toPlainText().strip() and not dialog.preview.toPlainText().startswith("No preview")


def test_format_whose_library_is_missing_is_greyed_out_with_the_reason(qtbot, annotated, monkeypatch):
    project, *_ = annotated
    spacy_cls = export.exporter_class("spacy")
    monkeypatch.setattr(spacy_cls, "unavailable_reason",
                        classmethod(lambda cls: "the spacy export needs spacy: pip install x"))
    dialog = open_dialog(qtbot, project)
    combo = dialog.format_combo
    row = combo.findData("spacy")
    assert not combo.model().item(row).isEnabled()
    assert "needs spacy" in combo.itemText(row)
    csv_row = combo.findData("csv")
    assert combo.model().item(csv_row).isEnabled()
    assert combo.itemData(csv_row, Qt.ItemDataRole.ToolTipRole) == export.exporter_class("csv").limits


def test_replacing_a_read_only_file_asks_so_first(qtbot, annotated, tmp_path, monkeypatch):
    project, *_ = annotated
    dialog = open_dialog(qtbot, project)
    dialog.set_format("jsonl")
    dest = tmp_path / "locked.jsonl"
    dest.write_text("keep me")
    dest.chmod(0o444)
    set_dest(qtbot, dialog, dest)
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and dest.read_text() == "keep me"
    assert asked == [f"The file {dest} is read-only. Replace it anyway?"]
    export_and_wait(qtbot, dialog, key=False)
    assert "The export failed" not in dialog.status_label.text()
    assert '"annotator_export"' in dest.read_text()


def test_the_article_list_reads_the_pages_it_shows(qtbot, project, monkeypatch):
    """100,000 articles are not read to open the dialog: the list holds the pages painted,
    the verdict counts are an aggregate, and a selection is ids only when it must be."""
    from annotator.ui import paged
    from annotator.ui.dialogs import export_documents

    docs = [make_document(f"{TEXT_B} Number {i}.", title=f"Article {i:03d}") for i in range(150)]
    project.add_documents(docs, undoable=False)
    for i, doc in enumerate(docs[:9]):
        project.add_claim(doc.id, 0, 9, list(Verdict)[i % 3])
    monkeypatch.setattr(export_documents, "KEEP", 1)
    dialog = open_dialog(qtbot, project)
    model = dialog.doc_list.model
    assert dialog.doc_list.count() == 150 and len(model._pages) <= 1  # at most one page held
    assert dialog.doc_list.title.text() == "150 of 150 documents selected"
    assert dialog.verdicts.boxes[Verdict.VERIFIED].text().endswith("(3)")
    last = model.index(149)
    assert last.data() == "Article 149 · 0 claims" and len(model._pages) <= 1  # import order
    assert model.index(0).data() == "Article 000 · 1 claim"
    assert dialog.export_filter().doc_ids is None  # everything: no list of ids
    assert model.setData(model.index(paged.PAGE + 1), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert dialog.doc_list.title.text() == "149 of 150 documents selected"
    assert dialog.export_filter().doc_ids == [d.id for d in docs if d is not docs[paged.PAGE + 1]]
    qtbot.mouseClick(dialog.doc_list.none_button, Qt.MouseButton.LeftButton)
    assert model.index(paged.PAGE + 1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.setData(model.index(3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.export_filter().doc_ids == [docs[3].id]
    qtbot.mouseClick(dialog.doc_list.all_button, Qt.MouseButton.LeftButton)
    assert dialog.export_filter().doc_ids is None
    dialog.reject()
    assert model.project.closed  # the dialog's own connection goes with it
