"""What a file may expand to (issue 12, item 3): bombs under the size limit are refused with a
sentence before they cost memory or minutes, and Cancel and the read budget stop a file while
it is being read. Peak memory and time of each input: tests/benchmarks/bench_hostile.py."""
from __future__ import annotations

import pytest
from pypdf import PageObject

from annotator.ingest import base
from annotator.ingest.formats import html, pdf, word
from annotator.ingest.runner import Outcome, import_paths

from .builders import (
    ARTICLE_ID, docx_bomb, docx_runs_bomb, html_many_paragraphs, make_docx, pdf_shared_stream,
    project_dump, under_declared,
)


def _one(project, tmp_path, name: str, data: bytes, **kwargs):
    (tmp_path / name).write_bytes(data)
    before = project_dump(project)
    report = import_paths(project, [tmp_path / name], **kwargs)
    if report.results and report.results[0].outcome is Outcome.FAILED:
        assert project_dump(project) == before
    return report


@pytest.mark.parametrize("name, build, expected", [
    ("bomb.docx", lambda: docx_bomb(), "over 20,000 paragraphs"),
    ("runs.docx", lambda: docx_runs_bomb(), "over 600,000 XML elements"),
    ("under.docx", lambda: under_declared(docx_bomb(3_000_000)), "damaged"),
    ("many.html", lambda: html_many_paragraphs(), "480,006 HTML elements"),
    ("shared.pdf", lambda: pdf_shared_stream(), "page 1 of the PDF draws 6 MB of content"),
    ("pages.pdf", lambda: pdf_shared_stream(30, 700_000), "over 16 MB of content (by page"),
])
def test_a_file_that_expands_too_far_is_refused_with_a_reason(project, tmp_path, name, build,
                                                              expected):
    (result,) = _one(project, tmp_path, name, build()).results
    assert result.outcome is Outcome.FAILED
    assert expected in result.message and "\n" not in result.message


def test_xml_bounds_count_what_the_parts_really_unpack_to(project, tmp_path, monkeypatch):
    """The tally comes from the unpacked stream, so a lying header does not help."""
    monkeypatch.setattr(word, "MAX_XML_BYTES", 64 * 1024)
    data = make_docx([ARTICLE_ID] * 200)
    (result,) = _one(project, tmp_path, "long.docx", data).results
    assert result.outcome is Outcome.FAILED and "over 0 MB of XML" in result.message


def test_html_text_bound_leaves_scripts_and_inline_images_out(project, tmp_path, monkeypatch):
    monkeypatch.setattr(html, "MAX_TEXT_CHARS", 200_000)
    script = "<script>var x = '" + "x" * 300_000 + "';</script>"
    image = "<img src=\"data:image/png;base64," + "QUFB" * 80_000 + "\">"
    page = (f"<html><head><title>Banjir</title>{script}</head><body><article>{image}"
            + "".join(f"<p>{line}</p>" for line in ARTICLE_ID.split("\n"))
            + "</article></body></html>")
    (result,) = _one(project, tmp_path, "page.html", page.encode()).results
    assert result.outcome is Outcome.IMPORTED, result.message
    bulky = page.replace("</article>", "<p>" + "kata " * 60_000 + "</p></article>")
    (result,) = _one(project, tmp_path, "bulky.html", bulky.encode()).results
    assert result.outcome is Outcome.FAILED and "MB of text and markup" in result.message


def test_the_read_budget_stops_a_slow_file(project, tmp_path, monkeypatch):
    monkeypatch.setattr(base, "READ_SECONDS", 0.3)
    (result,) = _one(project, tmp_path, "slow.pdf", pdf_shared_stream(2, 600_000)).results
    assert result.outcome is Outcome.FAILED
    assert result.message.startswith("reading the file took over 0 s")


def test_cancel_stops_the_file_being_read(project, tmp_path, monkeypatch):
    """Cancel takes effect inside the PDF's first page, not after the whole file."""
    finished: list[int] = []
    real = PageObject.extract_text

    def counting(self, *args, **kwargs):
        text = real(self, *args, **kwargs)
        finished.append(1)
        return text

    monkeypatch.setattr(PageObject, "extract_text", counting)
    polls: list[int] = []

    def cancelled() -> bool:  # the runner's look before the file says no; any later one, yes
        polls.append(1)
        return len(polls) > 1

    report = _one(project, tmp_path, "long.pdf", pdf_shared_stream(3, 300_000),
                  cancelled=cancelled)
    assert report.cancelled and not report.results
    assert finished == []
    assert project.document_count() == 0


def test_limits_are_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for figure in (f"{word.MAX_PARAGRAPHS:,}", f"{html.MAX_ELEMENTS:,}",
                   f"{pdf.MAX_PAGE_CONTENT_BYTES // 2**20} MB", f"{base.READ_SECONDS:.0f} s"):
        assert figure in readme
