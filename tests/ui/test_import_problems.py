"""Why a file was not imported, in the GUI's language: real failing files come out in Bahasa
Indonesia in an Indonesian window (their readers' phrases, core/messages.py) and as the
readers said them in English (the command line keeps those)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from annotator.project import Project
from annotator.project.imports import Outcome, import_paths
from annotator.ui import i18n
from annotator.ui.dialogs.import_report import describe
from tests.ui.i18n_support import in_language

@pytest.fixture
def failures(tmp_path):
    files = {"kosong.txt": b"", "rusak.pdf": b"\x00\x01 bukan pdf", "aneh.xyz": b"teks",
             "patah.json": b'{"title": "A", "text": ', "lama.docx": b"\xd0\xcf\x11\xe0" + b"\0" * 600,
             "besar.txt": b"kata " * 5000}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with Project.create(tmp_path / "p.annot", annotator="ana") as project:
        report = import_paths(project, [tmp_path / n for n in files], max_bytes=10_000)
    results = {r.path.name: r for r in report.results}
    assert all(r.outcome is Outcome.FAILED for r in results.values()), results
    return results


def test_real_failures_read_in_indonesian_and_stay_english_otherwise(qapp, failures):
    i18n.uninstall(QApplication.instance())
    for result in failures.values():  # English: the reader's sentence (capitalised)
        assert describe(result).lower() == result.message.lower()
    with in_language("id"):
        said = {name: describe(r) for name, r in failures.items()}
    assert said["kosong.txt"] == "Berkas kosong"
    assert said["rusak.pdf"] == "Ini bukan berkas PDF: awalnya bukan kepala PDF"
    assert said["aneh.xyz"].startswith("Jenis berkas .xyz tidak didukung; yang didukung: .docx")
    assert said["patah.json"].startswith("JSON rusak di baris 1, kolom ")
    assert said["lama.docx"].startswith("Ini berkas .doc model lama")
    assert said["besar.txt"].startswith("Berkas berukuran ") and "melebihi batas impor" in said["besar.txt"]
