"""The import report's Details column in the GUI's language (ui/dialogs/import_report.describe):
each common outcome is worded from its facts, the same in English as the ingest's own sentence
(which the command line and the JSON report keep), and in Bahasa Indonesia in an Indonesian
window."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from annotator.core import messages
from annotator.project import Project
from annotator.project.imports import FileResult, Outcome, import_paths
from annotator.ui import i18n
from annotator.ui.dialogs.import_report import describe
from tests.ui.i18n_support import in_language


@pytest.fixture
def results(tmp_path):
    """Real results from the importer: articles with a duplicate skipped, a duplicate file, a
    file whose every article is there, a failed file, and an Annotator export merged twice."""
    (tmp_path / "a.txt").write_text("Judul A\n\nBanjir merendam ratusan rumah di Jakarta.\n")
    (tmp_path / "copy.txt").write_text("Judul A\n\nBanjir merendam ratusan rumah di Jakarta.\n")
    lines = ['{"title": "Satu", "text": "Gempa mengguncang Cianjur pagi tadi."}',
             '{"title": "Dua", "text": "Harga beras naik di pasar induk."}',
             '{"title": "Satu", "text": "Gempa mengguncang Cianjur pagi tadi."}']
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "again.jsonl").write_text("\n".join(lines[:2]) + "\n")
    (tmp_path / "broken.pdf").write_bytes(b"\x00\x01 not a pdf")
    with Project.create(tmp_path / "p.annot", annotator="ana") as project:
        first = import_paths(project, [tmp_path / n for n in ("a.txt", "many.jsonl", "broken.pdf")])
        second = import_paths(project, [tmp_path / "copy.txt", tmp_path / "again.jsonl"])
        doc = project.documents()[0]
        project.add_claim(doc.id, 0, 5, "verified")
        from annotator.project.exports import ExportFilter, get_exporter
        get_exporter("jsonl").write(project, tmp_path / "export.jsonl", ExportFilter())
    with Project.create(tmp_path / "q.annot", annotator="budi") as other:
        merged = import_paths(other, [tmp_path / "export.jsonl"])
        merged_again = import_paths(other, [tmp_path / "export.jsonl"])
    by_name = {r.path.name: r for r in first.results + second.results}
    by_name["export.jsonl"] = merged.results[0]
    by_name["export-again"] = merged_again.results[0]
    return by_name


def test_english_words_are_the_ingests_own(qapp, results):
    i18n.uninstall(QApplication.instance())
    made = {r.message.template for r in results.values() if hasattr(r.message, "template")}
    assert {messages.ARTICLES, messages.ARTICLES_SKIPPING, messages.DUPLICATE_OF,
            messages.ALL_DUPLICATES, messages.EXPORT_ADDED, messages.EXPORT_NOTHING_NEW} <= made
    for name, result in results.items():
        said = describe(result)
        assert said.lower().startswith(result.message.lower()), (name, said, result.message)
    assert describe(results["many.jsonl"]).startswith("2 article(s), 1 duplicate(s) skipped: “Satu”")


def test_indonesian_words(qapp, results):
    with in_language("id"):
        assert describe(results["many.jsonl"]).startswith("2 artikel, 1 duplikat dilewati: “Satu”")
        assert describe(results["copy.txt"]) == "Sudah ada di proyek sebagai “Judul A”"
        assert describe(results["again.jsonl"]) == "Semua 2 artikel sudah ada di proyek"
        assert describe(results["export.jsonl"]).startswith("ekspor Annotator: 3 artikel baru, 1 klaim, 0 tautan")
        assert describe(results["export-again"]) == "Seluruh isi ekspor Annotator ini sudah ada di proyek"
        broken = results["broken.pdf"]
        assert broken.outcome is Outcome.FAILED
        # a reader's common sentence too (ui/dialogs/import_problems.py)
        assert describe(broken) == "Ini bukan berkas PDF: awalnya bukan kepala PDF"


def test_a_result_without_facts_says_its_message(qapp):
    result = FileResult(Path("x.txt"), Outcome.IMPORTED, "1 article(s)", ["d"], ["T"], ["id"])
    assert describe(result) == "1 article(s): “T” (id)"
