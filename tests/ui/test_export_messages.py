"""What an export says, in the GUI's language: the export dialog's summary, what a format
cannot hold and why nothing could be written read in Bahasa Indonesia in an Indonesian window,
while the command line's English (ExportResult.summary, the errors' text) stays word for word."""
from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtWidgets import QApplication

from annotator.export.atomic import ExportError, atomic_file, atomic_folder
from annotator.export.csv_rows import changed_cells_warning
from annotator.ui import i18n
from annotator.ui.messages import message_text
from annotator.ui.workers import user_message
from tests.ui.i18n_support import in_language
from tests.ui.test_dialogs_export import annotated, export_and_wait, open_dialog, set_dest  # noqa: F401


def _refusal(call) -> ExportError:
    with pytest.raises(ExportError) as caught:
        call()
    return caught.value


def test_the_dialog_says_what_was_exported_and_what_did_not_fit_in_indonesian(
        qtbot, annotated, tmp_path):  # noqa: F811
    project, _a, _b = annotated
    with in_language("id"):
        dialog = open_dialog(qtbot, project)
        dialog.set_format("brat")
        set_dest(qtbot, dialog, tmp_path / "brat-out")
        export_and_wait(qtbot, dialog, key=False)
        text = dialog.status_label.text()
    assert dialog.result_obj is not None, text
    assert "3 klaim dari 2 dokumen diekspor sebagai brat ke " in text, text
    assert ("1 tautan antardokumen tidak dapat menjadi relasi brat dan tidak disertakan"
            in text), text
    assert "exported" not in text and "left out" not in text
    # the command line's summary of the same result, unchanged
    assert dialog.result_obj.summary().splitlines() == [
        f"exported 3 claim(s) from 2 document(s) as brat to {tmp_path / 'brat-out'}",
        "warning: 1 link(s) between documents cannot be brat relations and were left out"]


@pytest.mark.parametrize(("code", "english", "indonesian"), [
    (errno.ENOSPC, "the disk is full", "disk penuh"),
    (errno.EACCES, "permission denied", "izin ditolak"),
    (errno.EROFS, "the disk or folder is read-only", "disk atau folder itu hanya-baca")])
def test_why_nothing_could_be_written_is_said_in_indonesian(qapp, tmp_path, monkeypatch,
                                                            code, english, indonesian):
    def refused(*_args):  # the rename that publishes the export (root writes anywhere else)
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refused)
    dest = tmp_path / "out.jsonl"

    def write():
        with atomic_file(dest) as fh:
            fh.write("{}\n")
    error = _refusal(write)
    monkeypatch.undo()  # (the GUI's catalogue is itself written with a rename)
    assert not dest.exists() and list(tmp_path.iterdir()) == []  # nothing half-written
    assert str(error) == f"cannot write {dest}: {english}; nothing was written"
    with in_language("id"):
        assert user_message(error) == (f"tidak dapat menulis {dest}: {indonesian}; tidak ada "
                                       "yang ditulis")


def test_the_targets_an_export_refuses_are_said_in_indonesian(qapp, tmp_path):
    missing = tmp_path / "nowhere" / "out.csv"
    (tmp_path / "folder").mkdir()
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("my own")

    def into(dest, folder=False):
        def write():
            with (atomic_folder(dest) if folder else atomic_file(dest)):
                pass
        return _refusal(write)

    errors = {"missing": into(missing), "folder": into(tmp_path / "folder"),
              "file": into(tmp_path / "a-file", folder=True),
              "not ours": into(tmp_path / "mine", folder=True)}
    i18n.uninstall(QApplication.instance())
    english = {k: user_message(e) for k, e in errors.items()}
    assert english == {
        "missing": f"cannot write {missing}: the folder {missing.parent} does not exist",
        "folder": f"cannot write {tmp_path / 'folder'}: it is a folder; give a file name",
        "file": f"cannot write {tmp_path / 'a-file'}: it is a file; this format writes a folder",
        "not ours": (f"{tmp_path / 'mine'} already holds other files; choose an empty or new "
                     "folder for this export")}
    with in_language("id"):
        said = {k: user_message(e) for k, e in errors.items()}
    assert said == {
        "missing": f"tidak dapat menulis {missing}: folder {missing.parent} tidak ada",
        "folder": (f"tidak dapat menulis {tmp_path / 'folder'}: itu sebuah folder; beri nama "
                   "berkas"),
        "file": (f"tidak dapat menulis {tmp_path / 'a-file'}: itu sebuah berkas; format ini "
                 "menulis sebuah folder"),
        "not ours": (f"{tmp_path / 'mine'} sudah berisi berkas lain; pilih folder kosong atau "
                     "baru untuk ekspor ini")}


def test_the_formula_cells_warning_names_its_cells_in_either_language(qapp):
    from annotator.core import messages
    from annotator.core.errors import said

    cells = [said(messages.CELL, str(row), "quote") for row in range(2, 10)]
    warning = changed_cells_warning(cells)
    assert str(warning) == (
        "8 cell(s) starting with =, +, -, @ or a control character were prefixed with ' so "
        "spreadsheets do not run them as formulas (row 2 quote, row 3 quote, row 4 quote, "
        "row 5 quote, row 6 quote and 3 more; the JSONL export keeps the raw text)")
    with in_language("id"):
        assert message_text(warning) == (
            "8 sel yang diawali =, +, -, @ atau karakter kendali diberi awalan ' agar lembar "
            "kerja tidak menjalankannya sebagai rumus (baris 2 quote, baris 3 quote, baris 4 "
            "quote, baris 5 quote, baris 6 quote dan 3 lainnya; ekspor JSONL menyimpan teks "
            "aslinya)")
