"""The import dialog, driven like a user: files in, worker runs, results listed, Cancel works."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from annotator.ingest import runner
from annotator.settings import Settings
from annotator.ui.dialogs.import_dialog import ImportDialog

ARTICLE_ID = ("Pemerintah menyatakan bahwa program vaksinasi nasional telah menjangkau lebih dari "
              "tujuh puluh persen penduduk di seluruh provinsi pada akhir tahun lalu.\n\n"
              "Menurut juru bicara kementerian, distribusi vaksin ke daerah terpencil masih "
              "menghadapi kendala cuaca dan transportasi.")
ARTICLE_EN = ("The city council said on Monday that the new bridge would open in March, two "
              "months later than planned, because of delays in steel deliveries.\n\n"
              "Residents have complained about traffic on the old bridge for years.")


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def rows(dialog: ImportDialog) -> dict[str, tuple[str, str]]:
    tree = dialog.results
    return {tree.topLevelItem(i).text(1): (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(2))
            for i in range(tree.topLevelItemCount())}


def run_import(qtbot, dialog: ImportDialog) -> list:
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_good_and_bad_files_are_reported_per_file(qtbot, project, tmp_path):
    settings = Settings.load()
    settings.max_import_mb = 1
    settings.save()
    src = tmp_path / "in"
    src.mkdir()
    good_id = write(src / "vaksin.txt", "# Vaksinasi nasional\n\n" + ARTICLE_ID)
    good_en = write(src / "bridge.md", "# Bridge delayed\n\n" + ARTICLE_EN)
    empty = write(src / "empty.txt", "")
    binary = write(src / "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    big = write(src / "huge.txt", "kata " * 300_000)  # 1.5 MB, over the 1 MB limit
    missing = src / "gone.txt"

    dialog = ImportDialog(project.path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "1 MB" in dialog.limits_label.text()
    dialog.add_paths([good_id, good_en, empty, binary, big, missing])
    assert dialog.import_button.isDefault()
    new_ids = run_import(qtbot, dialog)

    assert len(new_ids) == 2
    assert {d.title for d in project.documents()} == {"Vaksinasi nasional", "Bridge delayed"}
    listed = rows(dialog)
    assert listed["vaksin.txt"][0] == "Imported" and "Vaksinasi nasional" in listed["vaksin.txt"][1]
    assert listed["bridge.md"][0] == "Imported"
    for name in ("empty.txt", "photo.txt", "huge.txt", "gone.txt"):
        outcome, reason = listed[name]
        assert outcome == "Failed" and reason, name
    assert "limit" in listed["huge.txt"][1]
    assert "no such file" in listed["gone.txt"][1].lower()
    # failures come first so the user sees what needs attention
    assert dialog.results.topLevelItem(0).text(0) == "Failed"
    assert "2 articles imported" in dialog.summary_label.text()
    assert "4 failed" in dialog.summary_label.text()
    assert dialog.close_button.isVisible() and dialog.close_button.isDefault()
    assert not dialog.import_button.isVisible()
    assert project.integrity_problems() == []


def test_duplicates_are_reported_not_imported_again(qtbot, project, tmp_path):
    a = write(tmp_path / "a.txt", ARTICLE_EN)
    copy = write(tmp_path / "copy-of-a.txt", ARTICLE_EN)
    dialog = ImportDialog(project.path)
    qtbot.addWidget(dialog)
    dialog.add_paths([a, copy])
    run_import(qtbot, dialog)
    assert rows(dialog)["copy-of-a.txt"][0] == "Duplicate"
    assert "already in the project" in rows(dialog)["copy-of-a.txt"][1].lower()
    assert project.document_count() == 1
    assert "1 already in the project" in dialog.summary_label.text()


def test_folder_and_paths_given_start_at_once(qtbot, project, tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    write(folder / "one.txt", ARTICLE_ID)
    write(folder / "sub" / "two.txt", ARTICLE_EN)
    write(folder / "notes.xyz", "not an article format")
    dialog = ImportDialog(project.path)
    qtbot.addWidget(dialog)
    received: list = []
    dialog.imported.connect(received.append)
    dialog.add_paths([folder])
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.start()
    assert len(received[0]) == 2
    assert sorted(rows(dialog)) == ["one.txt", "two.txt"]


def test_dropped_paths_import_immediately(qtbot, project, tmp_path):
    a = write(tmp_path / "a.txt", ARTICLE_EN)
    dialog = ImportDialog(project.path, [a])
    qtbot.addWidget(dialog)
    assert dialog.running
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert project.document_count() == 1
    assert rows(dialog)["a.txt"][0] == "Imported"


def test_cancel_stops_between_files_and_keeps_nothing_partial(qtbot, project, tmp_path, monkeypatch):
    files = [write(tmp_path / f"a{i}.txt", f"Artikel nomor {i}.\n\n" + ARTICLE_ID) for i in range(5)]
    gate = threading.Event()
    real_import_one = runner.import_one

    def slow_first(project_, path, **kw):
        gate.wait(30)  # hold the first file until the test has pressed Esc
        return real_import_one(project_, path, **kw)

    monkeypatch.setattr(runner, "import_one", slow_first)
    dialog = ImportDialog(project.path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths(files)
    with qtbot.waitSignal(dialog.imported, timeout=30000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Importing 1 of 5" in dialog.status_label.text(), timeout=30000)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc while running = Cancel, not close
        assert dialog.isVisible()
        assert "Cancelling" in dialog.status_label.text()
        assert not dialog.cancel_button.isEnabled()
        gate.set()
    assert len(done.args[0]) == 1
    assert project.document_count() == 1
    assert dialog.report.cancelled
    assert "Cancelled" in dialog.summary_label.text() and "4 files were not imported" in dialog.summary_label.text()
    assert project.integrity_problems() == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # now Esc closes
    assert not dialog.isVisible()


def test_closing_the_window_while_importing_cancels_then_closes(qtbot, project, tmp_path, monkeypatch):
    files = [write(tmp_path / f"b{i}.txt", f"Berita {i}.\n\n" + ARTICLE_ID) for i in range(3)]
    gate = threading.Event()
    real_import_one = runner.import_one
    monkeypatch.setattr(runner, "import_one",
                        lambda p, path, **kw: (gate.wait(30), real_import_one(p, path, **kw))[1])
    dialog = ImportDialog(project.path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths(files)
    with qtbot.waitSignal(dialog.finished, timeout=30000):
        dialog.start()
        qtbot.waitUntil(lambda: "Importing 1 of 3" in dialog.status_label.text(), timeout=30000)
        dialog.close()  # the window's close button
        assert dialog.isVisible() and dialog.task.cancel_requested
        gate.set()
    assert not dialog.isVisible()
    assert project.document_count() == 1


def test_esc_closes_an_idle_dialog_and_an_unopenable_project_is_a_sentence(qtbot, tmp_path):
    not_a_project = write(tmp_path / "notes.annot", "just text")
    a = write(tmp_path / "a.txt", ARTICLE_EN)
    dialog = ImportDialog(not_a_project)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths([a])
    with qtbot.waitSignal(dialog.imported, timeout=30000) as blocker:
        dialog.start()
    assert blocker.args[0] == []
    text = dialog.summary_label.text()
    assert "could not run" in text and "not an Annotator project" in text
    assert "Traceback" not in text
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete])
def test_remove_queued_files_with_delete(qtbot, tmp_path, key, project):
    a, b = write(tmp_path / "a.txt", ARTICLE_EN), write(tmp_path / "b.txt", ARTICLE_ID)
    dialog = ImportDialog(project.path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_paths([a, b, a])
    assert dialog.queue.count() == 2
    dialog.queue.setFocus()
    dialog.queue.setCurrentRow(0)
    qtbot.keyClick(dialog.queue, key)
    assert dialog.queued_paths() == [b]
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)  # nothing selected now
    dialog.queue.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.queued_paths() == [] and not dialog.import_button.isEnabled()


def test_the_summary_counts_what_is_stored_when_one_file_of_a_batch_is_bad(qtbot, project,
                                                                           tmp_path):
    """One JSON file with a lone surrogate among 12 (one group of writes): the dialog says 12
    articles, the Library holds 12, and the bad file alone is failed."""
    import json

    src = tmp_path / "batch"
    src.mkdir()
    for i in range(12):
        write(src / f"a{i:02}.json", json.dumps({"text": f"{ARTICLE_ID}\nNomor {i}."}))
    write(src / "a05x.json", json.dumps({"text": ARTICLE_EN, "title": "@@"})
          .replace('"@@"', '"\\ud800"'))
    write(src / "a05y.txt", ARTICLE_ID)  # a duplicate of nothing stored: its own article
    dialog = ImportDialog(project.path)
    qtbot.addWidget(dialog)
    dialog.add_paths([src])
    run_import(qtbot, dialog)
    assert "13 articles imported</b> from 13 files" in dialog.summary_label.text()
    assert "1 failed" in dialog.summary_label.text()
    assert rows(dialog)["a05x.json"][0] == "Failed"
    assert project.document_count() == 13
