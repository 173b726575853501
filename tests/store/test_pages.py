"""The paged reads behind the GUI's tables (store/pages.py): orders by SQL, filters by LIKE,
and the single-row sort keys that place a new row by bisection, which must order exactly as
the ORDER BY does (COLLATE NOCASE against lower(), for every column, both ways)."""
from __future__ import annotations

import pytest

from annotator.core.model import Verdict
from annotator.project.pages import CLAIM_ORDERS, DOCUMENT_ORDERS, ClaimFilter
from tests.conftest import make_document

TITLES = ["beta", "Alpha", "Ábaco", "alpha", "_under", "Harga naik 100%", "", "Zebra", "zebra"]


@pytest.fixture
def filled(project):
    docs = [make_document(f"Teks nomor {i} tentang banjir dan jembatan di Waru.", title=t,
                          outlet=["Kompas", "tempo", "Détik"][i % 3], source_name=f"f{i}.txt",
                          language=["id", "en"][i % 2])
            for i, t in enumerate(TITLES)]
    project.add_documents(docs, undoable=False)
    claims = []
    for i, doc in enumerate(docs):
        for k, (start, end) in enumerate(((0, 4), (5, 10), (24, 30))):
            cs = project.add_claim(doc.id, start, end, list(Verdict)[(i + k) % 3])
            claims.append(cs.created[0])
    project.add_link(claims[0], claims[4], "supports")
    project.add_link(claims[7], claims[0], "contradicts")
    project.update_claim(claims[3], note="Kata UPI 50% benar")
    return project, docs, claims


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("order", sorted(CLAIM_ORDERS))
def test_claim_sort_keys_order_as_the_query_does(filled, order, descending):
    project, _docs, _claims = filled
    rowids = project.claim_rowids(order, descending)
    keys = [project.claim_sort_key(order, r) for r in rowids]
    assert len(rowids) == project.claim_count() and None not in keys
    assert keys == sorted(keys, reverse=descending)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("order", sorted(DOCUMENT_ORDERS))
def test_document_sort_keys_order_as_the_query_does(filled, order, descending):
    project, docs, _claims = filled
    rowids = project.document_rowids(order, descending and bool(order))
    keys = [project.document_sort_key(order, r) for r in rowids]
    assert len(rowids) == len(docs) and keys == sorted(keys, reverse=descending and bool(order))


def test_titles_sort_case_folded_and_untitled_by_file_name(filled):
    project, docs, _claims = filled
    labels = [s.title or s.source_name for s in project.document_page(project.document_rowids("label"))]
    # "_" sorts before letters; the two alphas tie on the folded title (their ids decide)
    assert labels[0] == "_under" and sorted(labels[1:3]) == ["Alpha", "alpha"]
    assert labels.index("beta") == 3 and labels.index("zebra") < labels.index("Ábaco")
    assert "f6.txt" in labels  # the untitled one, by its file name
    # the picker's windows and positions agree with that order
    window = project.document_labels(2, 3)
    assert [label for _id, label in window] == labels[2:5]
    assert all(project.label_position(doc_id) == 2 + k for k, (doc_id, _l) in enumerate(window))


def test_filters_are_literal_and_case_folded(filled):
    project, docs, claims = filled
    found = project.document_page(project.document_rowids(text="100%"))
    assert [d.title for d in found] == ["Harga naik 100%"]
    assert len(project.document_rowids(text="_")) == 1  # "_under", not every title
    assert len(project.document_rowids(text="TEMPO")) == 3  # the outlet
    by_text = project.claim_rowids(filt=ClaimFilter(text="upi 50%"))
    assert [project.claim_page(by_text)[0][0]] == [claims[3]]  # the note
    assert len(project.claim_rowids(filt=ClaimFilter(text="zebra"))) == 6  # the article title
    one = project.claim_rowids(filt=ClaimFilter(verdict="disputed", doc_id=docs[0].id))
    assert [project.claim_page(one)[0][4] for _ in one] == [Verdict.DISPUTED]
    rowid = project.claim_rowid(claims[3])
    assert project.claim_matches(rowid, ClaimFilter(text="upi"))
    assert not project.claim_matches(rowid, ClaimFilter(text="nowhere"))


def test_pages_come_in_the_order_asked_with_links_and_counts(filled):
    project, docs, claims = filled
    rowids = [project.claim_rowid(c) for c in (claims[4], claims[0], claims[7])]
    page = project.claim_page([*rowids, 10 ** 9])
    assert [row[0] for row in page[:3]] == [claims[4], claims[0], claims[7]] and page[3] is None
    assert [row[-1] for row in page[:3]] == [1, 2, 1]  # links each claim takes part in
    summaries = project.document_page([project.document_rowid(docs[1].id)])
    assert summaries[0].claim_count == 3 and summaries[0].length == -1  # length: on demand
    assert project.text_length(docs[1].id) == len(docs[1].text)
    assert project.verdict_totals() == {v: 9 for v in Verdict}
    assert project.document_rowid_window(3, 2) == [project.document_rowid(d.id) for d in docs[3:5]]
    assert project.document_position(docs[5].id) == 5
    assert project.first_documents(2, "en") == [docs[1].id, docs[3].id]


def test_keyed_windows_are_the_offset_windows_from_any_anchor(project):
    """The library's import order read from an anchor row gives the rows OFFSET gives, within
    one import time and across times (three imports, one of them of many articles)."""
    import random

    from annotator.ui.paged import WindowOrder

    for batch in (7, 30, 5):
        project.add_documents([make_document(f"Artikel {batch}-{k} tentang banjir di Waru.")
                               for k in range(batch)], undoable=False)
    stamps = ["2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "2026-01-02T00:00:00Z"]
    for k, rowid in enumerate(r for (r,) in project._conn.execute(
            "SELECT rowid FROM documents ORDER BY rowid")):  # ties, and rowids out of time order
        project._conn.execute("UPDATE documents SET imported_at = ? WHERE rowid = ?",
                              (stamps[(k * 7) % 3], rowid))
    total = project.document_count()
    every = project.document_rowid_window(0, total)
    assert len(every) == total == 42
    keyed = project.document_keyed_window(0, total)
    assert [r for r, _k in keyed] == every
    for at in range(total):
        for skip in (0, 1, 5, 17):
            got = project.document_keyed_window(skip, 6, keyed[at][1])
            assert [r for r, _k in got] == every[at + 1 + skip:at + 7 + skip]
    order = WindowOrder(total, project.document_rowid_window, project.document_keyed_window)
    rng = random.Random(3)
    for _ in range(200):
        start = rng.randrange(total)
        stop = min(total, start + rng.randrange(1, 9))
        assert order.window(start, stop) == every[start:stop]
    assert order._known  # the windows were read from anchors
