"""Every supported format imports its text and the metadata a fact-checker needs."""
from __future__ import annotations

import json

import pytest

from annotator.ingest.runner import Outcome, import_paths

from .builders import ARTICLE_EN, ARTICLE_ID, html_page, make_docx, make_pdf


def imported(project, path):
    report = import_paths(project, [path])
    (result,) = report.results
    assert result.outcome is Outcome.IMPORTED, result.message
    return [project.document(d) for d in result.doc_ids]


def test_txt_title_is_first_line_when_it_is_a_headline(project, tmp_path):
    f = tmp_path / "bridge.txt"
    f.write_text("Jembatan baru dibuka bulan depan\n\n" + ARTICLE_ID, encoding="utf-8")
    (doc,) = imported(project, f)
    assert doc.title == "Jembatan baru dibuka bulan depan"
    assert doc.text.startswith("Jembatan baru") and doc.language == "id"
    assert doc.source_name == "bridge.txt"


def test_txt_photo_caption_is_not_the_title(project, tmp_path):
    f = tmp_path / "caption.txt"
    f.write_text("Wali Kota Budi Santoso saat meninjau jembatan (foto: Antara)\n"
                 "Jembatan baru dibuka bulan depan\n" + ARTICLE_ID, encoding="utf-8")
    (doc,) = imported(project, f)
    assert doc.title == "Jembatan baru dibuka bulan depan"
    assert doc.text.startswith("Wali Kota Budi Santoso"), "the caption stays in the text"


def test_txt_long_lead_gives_its_first_sentence_shortened(project, tmp_path):
    f = tmp_path / "lead.txt"
    f.write_text("Jakarta - " + ARTICLE_ID, encoding="utf-8")
    (doc,) = imported(project, f)
    assert doc.title.startswith("Pemerintah kota mengumumkan bahwa jembatan baru")
    assert doc.title.endswith("…") and len(doc.title) <= 101
    assert "Jakarta -" not in doc.title


def test_md_heading_and_front_matter(project, tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: Bridge opens\nsource: City Post\nurl: https://city.example/b\n"
                 "date: 2024-05-01\nauthor: R. Ahmad\n---\n\n# Heading\n\n" + ARTICLE_EN,
                 encoding="utf-8")
    (doc,) = imported(project, f)
    assert (doc.title, doc.outlet, doc.url, doc.published, doc.author) == (
        "Bridge opens", "City Post", "https://city.example/b", "2024-05-01", "R. Ahmad")
    assert doc.text.startswith("# Heading") and doc.language == "en"
    g = tmp_path / "b.md"
    g.write_text("Intro line that is not a heading\n\n## The real heading\n\n" + ARTICLE_EN + " Again.",
                 encoding="utf-8")
    (doc2,) = imported(project, g)
    assert doc2.title == "The real heading"


def test_html_main_text_and_metadata(project, tmp_path):
    head = ('<meta name="author" content="Dewi Lestari">'
            '<meta property="og:site_name" content="Harbour Times">'
            '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
            '<link rel="canonical" href="https://harbour.example/news/bridge">')
    page = html_page(ARTICLE_EN.split("\n"), title="Bridge opens next month", head=head,
                     extra_body="<aside>Subscribe to our newsletter for more stories</aside>")
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    (doc,) = imported(project, f)
    assert doc.title == "Bridge opens next month"
    assert (doc.author, doc.outlet, doc.published, doc.url) == (
        "Dewi Lestari", "Harbour Times", "2024-03-05", "https://harbour.example/news/bridge")
    assert "The mayor told reporters" in doc.text
    for boilerplate in ("Home", "All rights reserved", "Subscribe"):
        assert boilerplate not in doc.text
    assert doc.language == "en"


def test_html_declared_legacy_charset(project, tmp_path):
    page = html_page(["Le maire a déclaré que le coût du projet a augmenté d’environ dix pour cent, "
                      "mais que la région paiera la majeure partie de la hausse."] * 2,
                     title="Le pont ouvrira à la fin du mois").replace('charset="utf-8"',
                                                                        'charset="windows-1252"')
    f = tmp_path / "fr.htm"
    f.write_bytes(page.encode("cp1252"))
    (doc,) = imported(project, f)
    assert doc.title == "Le pont ouvrira à la fin du mois" and "déclaré" in doc.text


def test_json_array_and_object(project, tmp_path):
    f = tmp_path / "articles.json"
    f.write_text(json.dumps([
        {"text": ARTICLE_ID, "title": "Jembatan", "url": "https://a.example/1", "outlet": "Kabar",
         "published": "2024-01-02", "author": "Sari", "extra": 5},
        {"text": ARTICLE_EN, "title": None},
    ]), encoding="utf-8")
    first, second = imported(project, f)
    assert (first.title, first.url, first.outlet, first.published, first.author) == (
        "Jembatan", "https://a.example/1", "Kabar", "2024-01-02", "Sari")
    assert second.title.startswith("The city council announced") and second.language == "en"
    g = tmp_path / "one.json"
    g.write_text(json.dumps({"text": ARTICLE_EN + " One more sentence here."}), encoding="utf-8")
    assert len(imported(project, g)) == 1


def test_jsonl_language_field_overrides_detection(project, tmp_path):
    f = tmp_path / "a.jsonl"
    lines = [{"text": ARTICLE_ID, "language": "ms"}, {"text": ARTICLE_EN, "language": "EN"},
             {"text": ARTICLE_EN + " Also\u2028this.", "language": "English"}]
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n",
                 encoding="utf-8")
    malay, english, named = imported(project, f)
    assert (malay.language, malay.language_override, malay.effective_language) == ("id", "ms", "ms")
    assert english.language_override == "" and english.effective_language == "en"
    assert named.language_override == "" and named.effective_language == "en"
    assert "Also\nthis." in named.text, "U+2028 inside a JSON string is a line break in the text"


def test_docx_paragraphs_tables_and_title(project, tmp_path):
    f = tmp_path / "a.docx"
    f.write_bytes(make_docx(ARTICLE_EN.split("\n"), heading="Bridge opens",
                            table=[["Year", "Cost"], ["2023", "10 million"]]))
    (doc,) = imported(project, f)
    assert doc.title == "Bridge opens"
    assert doc.text.split("\n")[1].startswith("The city council")
    assert doc.text.endswith("Year\tCost\n2023\t10 million")
    g = tmp_path / "b.docx"
    g.write_bytes(make_docx(ARTICLE_ID.split("\n"), title="Judul dari properti"))
    (doc2,) = imported(project, g)
    assert doc2.title == "Judul dari properti" and doc2.language == "id"


def test_pdf_text_layer(project, tmp_path):
    lines = ["Bridge opens next month", *[s.strip() + "." for s in ARTICLE_EN.split(".") if s.strip()]]
    f = tmp_path / "a.pdf"
    f.write_bytes(make_pdf(lines))
    (doc,) = imported(project, f)
    assert doc.title == "Bridge opens next month"
    assert "The mayor told reporters" in doc.text and doc.language == "en"
    g = tmp_path / "b.pdf"
    g.write_bytes(make_pdf(lines[1:], title="Microsoft Word - draft3.docx"))
    (doc2,) = imported(project, g)
    assert not doc2.title.startswith("Microsoft Word"), "a tool-made title is ignored"


@pytest.mark.parametrize("name", ["x.TXT", "x.Md", "x.HTML"])
def test_extensions_are_case_insensitive(project, tmp_path, name):
    f = tmp_path / name
    f.write_text(html_page(ARTICLE_EN.split("\n"), title="T") if "htm" in name.lower()
                 else ARTICLE_EN, encoding="utf-8")
    assert imported(project, f)


def test_native_export_goes_back_in_with_its_claims(project, tmp_path):
    from annotator.export import ExportFilter, get_exporter
    from annotator.project import Project

    src = tmp_path / "a.txt"
    src.write_text(ARTICLE_ID, encoding="utf-8")
    (doc,) = imported(project, src)
    project.add_claim(doc.id, 0, 10, "disputed", note="cek")
    out = tmp_path / "export.jsonl"
    get_exporter("jsonl").write(project, out, ExportFilter())
    with Project.create(tmp_path / "other.annot", annotator="tester") as other:
        (result,) = import_paths(other, [out]).results
        assert result.outcome is Outcome.IMPORTED and "1 claim(s)" in result.message
        assert result.doc_ids == [doc.id] and result.languages == ["id"]
        assert [c.note for c in other.claims()] == ["cek"]
        (again,) = import_paths(other, [out]).results
        assert again.outcome is Outcome.DUPLICATE and other.claim_count() == 1


def test_every_format_imports_from_a_worker_thread(tmp_path):
    """The GUI imports in a worker thread with its own Project: no reader may need the main
    thread (signals, timers) or share state with it."""
    import threading

    from annotator.project import Project

    files = {
        "a.txt": ARTICLE_ID.encode(), "b.md": ("# B\n\n" + ARTICLE_EN).encode(),
        "c.html": html_page(ARTICLE_EN.split("\n") + ["Only in C."], title="C").encode(),
        "d.json": json.dumps({"text": ARTICLE_ID + " D"}).encode(),
        "e.docx": make_docx(ARTICLE_EN.split("\n") + ["Only in E."]),
        "f.pdf": make_pdf([s.strip() + "." for s in ARTICLE_EN.split(".") if s.strip()] + ["F."]),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    path = tmp_path / "w.annot"
    Project.create(path).close()
    out = {}

    def work():
        with Project.open(path) as proj:
            out["report"] = import_paths(proj, [tmp_path])

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert {r.path.name: r.outcome for r in out["report"].results} == {
        name: Outcome.IMPORTED for name in files}


@pytest.mark.parametrize("page_title", ["Harbour Times - Bridge opens next month",
                                        "Bridge opens next month | Harbour Times"])
def test_html_title_without_the_site_name(project, tmp_path, page_title):
    page = ('<html><head><title>' + page_title + '</title><meta property="og:site_name" '
            'content="Harbour Times"></head><body><div class="content">'
            + "".join(f"<p>{p}</p>" for p in ARTICLE_EN.split("\n")) + "</div></body></html>")
    f = tmp_path / "p.html"
    f.write_text(page, encoding="utf-8")
    (doc,) = imported(project, f)
    assert (doc.title, doc.outlet) == ("Bridge opens next month", "Harbour Times")
