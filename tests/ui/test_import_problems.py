"""Why a file was not imported, in the GUI's language: real failing files come out in Bahasa
Indonesia in an Indonesian window (their readers' phrases, core/messages.py) and as the
readers said them in English (the command line keeps those)."""
from __future__ import annotations

import io
import zipfile

import pytest
from PySide6.QtWidgets import QApplication

from annotator.project import Project
from annotator.project.imports import Outcome, import_paths
from annotator.ui import i18n
from annotator.ui.dialogs.import_report import describe
from tests.ui.i18n_support import in_language


def _refused(tmp_path, files: dict[str, bytes], **limits) -> dict:
    """Each file's result when all are imported into a new project; every one must fail."""
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with Project.create(tmp_path / "p.annot", annotator="ana") as project:
        report = import_paths(project, [tmp_path / n for n in files], **limits)
    results = {r.path.name: r for r in report.results}
    assert all(r.outcome is Outcome.FAILED for r in results.values()), results
    return results


@pytest.fixture
def failures(tmp_path):
    files = {"kosong.txt": b"", "rusak.pdf": b"\x00\x01 bukan pdf", "aneh.xyz": b"teks",
             "patah.json": b'{"title": "A", "text": ', "lama.docx": b"\xd0\xcf\x11\xe0" + b"\0" * 600,
             "besar.txt": b"kata " * 5000}
    return _refused(tmp_path, files, max_bytes=10_000)


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


def _broken_docx() -> bytes:
    """A zip, as a .docx is, whose parts are not a Word document's."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types><Default Extension='xml' ")
        archive.writestr("word/document.xml", "<w:document>tidak lengkap")
    return out.getvalue()


@pytest.fixture
def rarer_failures(tmp_path):
    """Files people rename, break or fill wrongly: each refused with its reader's phrase."""
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    files = {"foto.txt": png,
             "bukan.docx": "Ini cuma teks biasa, bukan dokumen Word.".encode(),
             "rusak.docx": _broken_docx(),
             "tanpa-teks.json": b'{"title": "Judul saja"}',
             "salah.json": b'[{"text": "Artikel pertama."},\n {"text": 7}]',
             "judul.jsonl": b'{"text": "Isi.", "title": ["bukan", "string"]}\n'}
    return _refused(tmp_path, files)


def test_rarer_failures_read_in_indonesian_too(qapp, rarer_failures):
    i18n.uninstall(QApplication.instance())
    english = {name: r.message for name, r in rarer_failures.items()}
    assert english["foto.txt"] == "this is a PNG image, not text"
    assert english["bukan.docx"] == ("this is not a Word document: a .docx file is a zip "
                                     "archive and this one is not")
    assert english["rusak.docx"].startswith("the Word document is damaged or not what its "
                                            "name says")
    assert english["tanpa-teks.json"] == 'the object: the required field "text" is missing'
    assert english["salah.json"] == 'line 2, article 2: "text" must be a string, not a number'
    assert english["judul.jsonl"] == 'line 1: "title" must be a string, not an array'
    with in_language("id"):
        said = {name: describe(r) for name, r in rarer_failures.items()}
    assert said == {
        "foto.txt": "Ini gambar PNG, bukan teks",
        "bukan.docx": ("Ini bukan dokumen Word: berkas .docx adalah arsip zip, dan berkas ini "
                       "bukan"),
        "rusak.docx": said["rusak.docx"],
        "tanpa-teks.json": 'Objek itu: bidang wajib "text" tidak ada',
        "salah.json": 'Baris 2, artikel 2: "text" harus berupa string, bukan angka',
        "judul.jsonl": 'Baris 1: "title" harus berupa string, bukan larik'}
    assert said["rusak.docx"].startswith("Dokumen Word ini rusak atau bukan seperti yang "
                                         "disebut namanya")


def _record(**fields) -> str:
    """One line of an Annotator JSONL export, as its exporter begins it."""
    import json

    record = {"annotator_export": 1, "id": "d1", "title": "Banjir", "text": "Banjir merendam "
              "300 rumah di Bekasi.", "claims": []}
    record.update(fields)
    return json.dumps({k: v for k, v in record.items() if v is not None}) + "\n"


@pytest.fixture
def export_failures(tmp_path):
    """Annotator exports changed by hand or by a newer version, imported again."""
    claim = {"id": "c1", "start": 0, "end": 6, "quote": "Banjir", "verdict": "verified",
             "annotator": "ana", "created_at": "2026-01-01T00:00:00Z",
             "updated_at": "2026-01-01T00:00:00Z"}
    files = {"tanpa-id.jsonl": _record(id=None),
             "baru.jsonl": _record(annotator_export=9),
             "awal-salah.jsonl": _record(claims=[{**claim, "start": "nol"}]),
             "tautan.jsonl": _record(claims=[claim], links=[
                 {"id": "l1", "source_id": "c1", "target_id": "c9", "kind": "supports",
                  "created_at": "2026-01-01T00:00:00Z"}]),
             "kutipan.jsonl": _record(claims=[{**claim, "quote": "Bandir"}]),
             "putusan.jsonl": _record(claims=[{**claim, "verdict": "benar"}])}
    return _refused(tmp_path, {n: t.encode() for n, t in files.items()})


def test_a_changed_export_is_refused_in_indonesian_too(qapp, export_failures):
    i18n.uninstall(QApplication.instance())
    assert {name: r.message for name, r in export_failures.items()} == {
        "tanpa-id.jsonl": "tanpa-id.jsonl line 1: missing field 'id'",
        "baru.jsonl": ("baru.jsonl line 1 was written by a newer Annotator (format 9); update "
                       "Annotator to read it"),
        "awal-salah.jsonl": "awal-salah.jsonl line 1, claim c1: field 'start' has the wrong type",
        "tautan.jsonl": ("tautan.jsonl: link l1 points at claim c9, which the file does not "
                         "hold; nothing was imported"),
        "kutipan.jsonl": ("kutipan.jsonl: claim c1: quote does not match the text at [0, 6); "
                          "nothing was imported"),
        "putusan.jsonl": ("putusan.jsonl line 1: unknown verdict 'benar': use one of verified, "
                          "disputed, unverified")}
    with in_language("id"):
        said = {name: describe(r) for name, r in export_failures.items()}
    assert said == {
        "tanpa-id.jsonl": "tanpa-id.jsonl baris 1: bidang 'id' tidak ada",
        "baru.jsonl": ("baru.jsonl baris 1 ditulis oleh Annotator yang lebih baru (format 9); "
                       "perbarui Annotator untuk membacanya"),
        "awal-salah.jsonl": "awal-salah.jsonl baris 1, klaim c1: bidang 'start' berjenis salah",
        "tautan.jsonl": ("tautan.jsonl: tautan l1 menunjuk ke klaim c9, yang tidak ada di "
                         "berkas ini; tidak ada yang diimpor"),
        "kutipan.jsonl": ("kutipan.jsonl: klaim c1: kutipan tidak sama dengan teks di [0, 6); "
                          "tidak ada yang diimpor"),
        # (the verdict values stay as the file and every export write them)
        "putusan.jsonl": ("putusan.jsonl baris 1: putusan 'benar' tidak dikenal: gunakan salah "
                          "satu dari verified, disputed, unverified")}
