"""A window's import reads large pages, PDFs and Word files in a helper process
(ingest/isolated.py): the same documents and the same refusals as a read in the import's own
thread, Cancel still stops it, and small files never start a helper."""
from __future__ import annotations

import multiprocessing
import random
from pathlib import Path

import pytest

from annotator.ingest import isolated
from annotator.ingest.base import ImportCancelled
from annotator.ingest.prepare import prepare_file
from annotator.project import Project
from annotator.project.imports import Outcome, import_paths

from .builders import html_page

WORDS = ("banjir", "warga", "jembatan", "pemerintah", "kota", "sungai", "rumah", "menurut",
         "petugas", "bantuan", "mengungsi", "hujan", "deras", "malam", "pagi", "kepala")


def _big_page(path: Path) -> Path:
    rng = random.Random(5)
    paragraphs = [" ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + "."
                  for _ in range(2600)]
    path.write_text(html_page(paragraphs, title="Banjir besar di Kota Waru"), encoding="utf-8")
    assert path.stat().st_size > isolated.ISOLATE_BYTES
    return path


def _stored(project: Project) -> list[tuple]:
    return [(d.title, d.text, d.language, d.outlet, d.published) for d in
            (project.document(s.id) for s in project.documents())]


def test_a_large_page_read_in_the_helper_is_stored_as_read_here(tmp_path):
    page = _big_page(tmp_path / "besar.html")
    results = {}
    for isolate in (False, True):
        with Project.create(tmp_path / f"p{isolate}.annot") as project:
            report = import_paths(project, [page], isolate_readers=isolate)
            assert [r.outcome for r in report.results] == [Outcome.IMPORTED]
            results[isolate] = (_stored(project), report.results[0].message)
    assert results[True] == results[False]
    assert not multiprocessing.active_children()  # ended with the import


def test_small_files_and_other_kinds_never_start_a_helper(tmp_path):
    small = tmp_path / "kecil.html"
    small.write_text(html_page(["Banjir merendam kota pada malam hari."] * 3, title="Banjir"),
                     encoding="utf-8")
    text = tmp_path / "besar.txt"
    text.write_text("Banjir merendam kota pada malam hari.\n\n" * 40000, encoding="utf-8")
    with isolated.readers() as helper:
        prepare_file(small)
        prepare_file(text)
        assert helper.reads == 0 and helper._helper is None
        prepare_file(_big_page(tmp_path / "besar.html"))
        assert helper.reads == 1


def test_a_refusal_in_the_helper_is_the_same_sentence(tmp_path):
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"not a pdf at all " * 80000)
    messages = []
    for isolate in (False, True):
        with Project.create(tmp_path / f"p{isolate}.annot") as project:
            report = import_paths(project, [broken], isolate_readers=isolate)
            assert [r.outcome for r in report.results] == [Outcome.FAILED]
            messages.append(report.results[0].message)
    assert messages[0] == messages[1]


def test_cancel_while_the_helper_reads_stops_it(tmp_path):
    page = _big_page(tmp_path / "besar.html")
    with isolated.readers() as helper:
        with pytest.raises(ImportCancelled):
            prepare_file(page, cancelled=lambda: True)
        assert helper.reads == 1 and helper._helper is None  # asked to stop, then ended
    assert not multiprocessing.active_children()
