"""The export dialog: the gold layer alone through its annotator filter, and the agreement
figures beside the dataset through its checkbox (OUT.agreement.json)."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.conftest import make_document
from tests.ui.test_dialogs_export import export_and_wait, open_dialog, set_dest

TEXT = "Gubernur menyebut banjir tahun ini paling parah 🌧️ dalam dua puluh tahun terakhir."


def test_gold_layer_export_with_agreement_figures(qtbot, project, tmp_path):
    doc = make_document(TEXT, title="Banjir")
    project.add_documents([doc])
    end = TEXT.index(" dalam")
    project.annotator = "ana"
    a = project.add_claim(doc.id, 0, end, "disputed").created[0]
    project.annotator = "budi"
    b = project.add_claim(doc.id, 0, end, "verified").created[0]
    project.adjudicate(doc.id, [b], [a], "gold")
    dialog = open_dialog(qtbot, project)
    dialog.set_format("jsonl")
    assert dialog.annotator_list.checked_keys() == ["ana", "budi", "gold"]
    dialog.filter_tabs.setCurrentWidget(dialog.annotator_list)
    names = dialog.annotator_list.list
    for i in range(2):  # untick ana and budi by keyboard: only the gold layer is left
        names.setCurrentRow(i)
        qtbot.keyClick(names, Qt.Key.Key_Space)
    assert dialog.annotator_list.checked_keys() == ["gold"]
    qtbot.mouseClick(dialog.agreement_box, Qt.MouseButton.LeftButton)
    assert dialog.agreement_box.isChecked()
    dest = tmp_path / "gold.jsonl"
    set_dest(qtbot, dialog, dest)
    export_and_wait(qtbot, dialog)
    assert dialog.result_obj is not None, dialog.status_label.text()
    text = dest.read_text(encoding="utf-8")
    claims = [c for line in text.splitlines() if line.strip()
              for c in json.loads(line).get("claims", [])]
    assert [c["annotator"] for c in claims] == ["gold"]
    figures = json.loads((tmp_path / "gold.jsonl.agreement.json").read_text(encoding="utf-8"))
    assert figures["annotators"] == ["ana", "budi", "gold"] and figures["documents"] == 1
    assert "gold.jsonl.agreement.json" in dialog.status_label.text()
