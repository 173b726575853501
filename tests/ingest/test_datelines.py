"""Outlet and date from what a plain-text article states: datelines, closing credits, "Dilansir"
— and a place in a dateline is not an outlet."""
from __future__ import annotations

import pytest

from annotator.ingest.datelines import attribution
from annotator.ingest.formats.plaintext import read_markdown, read_text

BODY = "Para pejabat mengatakan rencana itu akan dibahas minggu depan, kata sumber yang akrab."


@pytest.mark.parametrize("text, outlet, published", [
    (f"Judul berita\nDEMOCRAZY.ID – {BODY}", "DEMOCRAZY.ID", ""),
    (f"Judul\n\nInternationalmedia.co.id – {BODY}", "Internationalmedia.co.id", ""),
    (f"Judul\nJAKARTA, KOMPAS.com – {BODY}", "KOMPAS.com", ""),
    (f"Judul\nJAKARTA, KOMPAS.com--{BODY}", "KOMPAS.com", ""),
    (f"Judul\nSURABAYA, Tribunnews.com - {BODY}", "Tribunnews.com", ""),
    (f"Judul\nWASHINGTON DC, AS – {BODY}", "", ""),  # a place, not an outlet
    (f"Judul\nJakarta - {BODY}", "", ""),
    (f"Judul\nJakarta, Senin (7/3/2022) – {BODY}", "", "2022-03-07"),
    (f"Judul\nBANDUNG, detik.com (12/1/2021) - {BODY}", "detik.com", "2021-01-12"),
    (f"Judul\n{BODY}\nSumber: INEWS", "INEWS", ""),
    (f"Judul\n{BODY}\n(Sumber: Antaranews.com)", "Antaranews.com", ""),
    (f"Judul\n{BODY} Interfax melaporkan. – Paypza.com", "Paypza.com", ""),
    (f"Judul\nJakarta - Pejabat bertemu.\nDilansir UPI, {BODY}", "UPI", ""),
    (f"Judul\nSeperti dilansir dari Reuters, {BODY}", "Reuters", ""),
    (f"Judul\nSelasa, 12 Januari 2021 | 10:15 WIB\n{BODY}", "", "2021-01-12"),
    (f"Judul\nPublished 5 March 2022\n{BODY}", "", "2022-03-05"),
    # dates and dashes in the story are the story's, not the article's
    (f"Judul\n{BODY} Ledakan terjadi pada 4 Agustus 2018 - kata polisi - di Caracas.", "", ""),
    (f"Presiden - yang baru terpilih - berkata {BODY}", "", ""),
    ("", "", ""),
])
def test_attribution_reads_what_the_article_states(text, outlet, published):
    stated = attribution(text)
    assert (stated.outlet, stated.published) == (outlet, published)


def test_the_plain_text_and_markdown_readers_carry_them(tmp_path):
    data = f"Banjir di Bekasi\nBEKASI, KOMPAS.com – {BODY}\nSenin, 7 Maret 2022\n".encode()
    [article] = read_text(tmp_path / "a.txt", data)
    assert (article.outlet, article.published) == ("KOMPAS.com", "2022-03-07")
    md = f"---\noutlet: Tempo\n---\n# Banjir\n\nJAKARTA, KOMPAS.com – {BODY}\n".encode()
    [article] = read_markdown(tmp_path / "a.md", md)
    assert article.outlet == "Tempo"  # the front matter wins


def test_the_shared_corpus_articles_get_their_stated_outlets(corpus_dir):
    found = {f.name[:3]: attribution(f.read_text(encoding="utf-8")).outlet
             for f in sorted(corpus_dir.glob("*.txt"))}
    assert found.get("002") == "UPI" and found.get("004") == "Paypza.com"


def test_an_imported_text_exports_its_stated_outlet_and_date(tmp_path, project):
    from annotator.export import get_exporter
    from annotator.ingest.runner import import_paths

    src = tmp_path / "berita.txt"
    src.write_text(f"Banjir di Bekasi\nBEKASI, KOMPAS.com (7/3/2022) – {BODY}\n", encoding="utf-8")
    assert import_paths(project, [src]).ok
    doc = project.documents()[0]
    assert (doc.outlet, doc.published) == ("KOMPAS.com", "2022-03-07")
    project.add_claim(doc.id, 0, 6, "disputed")
    out = tmp_path / "claims.csv"
    get_exporter("csv").write(project, out)
    assert "KOMPAS.com" in out.read_text(encoding="utf-8")
    review = tmp_path / "review.json"
    get_exporter("claimreview").write(project, review)
    text = review.read_text(encoding="utf-8")
    assert "KOMPAS.com" in text and "2022-03-07" in text


def test_the_head_and_tail_are_the_paragraphs_the_whole_split_gives():
    """attribution reads only the first and last paragraphs (a dump of megabytes is not
    split whole): _head and _tail agree with splitting everything."""
    import random

    from annotator.ingest import datelines

    rng = random.Random(5)
    pieces = ["", "\n", "\n\n", "  \n", " x ", "JAKARTA, KOMPAS.com – Banjir", "Sumber: INEWS",
              "melaporkan. – Paypza.com", "\t", "kata dia.", "\r", "\u2028"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        whole = datelines._paragraphs(text)
        assert datelines._head(text, 4) == whole[:4], repr(text)
        assert datelines._tail(text, 3) == whole[-3:], repr(text)
