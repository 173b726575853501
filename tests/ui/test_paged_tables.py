"""The library and the claims table are windowed (issue 18): they read pages of rows as they
are painted, sort and filter by SQL, and follow edits and undo without reading every row."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import Verdict
from annotator.ui import claims_model, library, paged
from annotator.ui.claim_rows import COL_QUOTE, COL_VERDICT
from annotator.ui.claims_table import ClaimsModel, ClaimsPanel
from annotator.ui.library import LibraryModel
from annotator.ui.status_counts import ClaimCounts, claim_deltas
from annotator.ui.bridge import ClaimState
from tests.conftest import make_document
from tests.ui.workbench_support import make_window, settle

DOCS = 300  # more than two pages (paged.PAGE)
TEXT = "Warga Waru melaporkan banjir setinggi satu meter pada Senin pagi."


@pytest.fixture
def big(project):
    docs = [make_document(f"{TEXT} Nomor {i}.", title=f"Artikel {i:03d}", outlet=f"Media {i % 7}",
                          language="id") for i in range(DOCS)]
    project.add_documents(docs, undoable=False)
    for i, doc in enumerate(docs):  # one claim each: quote "Warga", verdicts in turn
        project.add_claim(doc.id, 0, 5, list(Verdict)[i % 3])
    return project, docs


def _held(model) -> int:
    return len(list(model._rows.held()))


def test_the_library_reads_the_pages_it_shows(qtbot, big):
    project, docs = big
    model = LibraryModel(project)
    assert model.rowCount() == DOCS and model.total == DOCS
    assert _held(model) == paged.PAGE  # the first page, read with the window
    last = model.index(DOCS - 1, 0).data(Qt.ItemDataRole.EditRole)
    assert last == "Artikel 299" and _held(model) == paged.PAGE + DOCS % paged.PAGE
    assert model.row_of(docs[200].id) == 200  # counted on the index, not read
    assert project.claim_count(at_most=40) == 40 and project.claim_count() == DOCS
    assert model.summary(docs[150].id).title == "Artikel 150"


def test_pages_beyond_keep_are_let_go(qtbot, big, monkeypatch):
    project, _docs = big
    monkeypatch.setattr(paged, "KEEP", 1)
    model = LibraryModel(project)
    for row in range(0, DOCS, 50):
        assert model.index(row, 0).data(Qt.ItemDataRole.EditRole) == f"Artikel {row:03d}"
        assert _held(model) <= paged.PAGE


@pytest.mark.parametrize("in_worker", [False, True])
def test_the_library_sorts_and_filters_by_sql(qtbot, big, monkeypatch, in_worker):
    project, docs = big
    if in_worker:  # as for a library of more than SYNC_ROWS articles
        monkeypatch.setattr(library, "SYNC_ROWS", 0)
    model = LibraryModel(project)

    def settled():
        qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.loading == in_worker
    settled()
    assert model.index(0, 0).data(Qt.ItemDataRole.EditRole) == "Artikel 299"
    model.set_filter("artikel 12")  # case folded: "Artikel 120" … "Artikel 129"
    settled()
    titles = [model.index(r, 0).data(Qt.ItemDataRole.EditRole) for r in range(model.rowCount())]
    assert titles == [f"Artikel {n}" for n in range(129, 119, -1)]
    assert model.row_of(docs[0].id) is None and model.row_of(docs[125].id) == 4
    model.set_filter("media 3")  # the outlet
    settled()
    assert model.rowCount() == len([i for i in range(DOCS) if i % 7 == 3])
    model.set_filter("")
    model.sort(-1)  # the import order again
    settled()
    assert model.rowCount() == DOCS and model.index(0, 0).data(Qt.ItemDataRole.EditRole) == "Artikel 000"


def test_the_library_follows_an_edit_and_its_undo(qtbot, project):
    docs = [make_document(f"{TEXT} {i}", title=f"Artikel {i}", language="id") for i in range(3)]
    project.add_documents(docs, undoable=False)
    window = make_window(qtbot, project)
    lib = window.library.model
    lib.sort(0, Qt.SortOrder.AscendingOrder)
    window.adapter.run("Rename", lambda: project.update_document(docs[0].id, title="Zaman"))
    settle()
    assert lib.title(docs[0].id) == "Zaman"
    window.adapter.run("Remove", lambda: project.remove_document(docs[1].id))
    settle()
    assert lib.rowCount() == 2 and lib.row_of(docs[1].id) is None
    window.adapter.stack.undo()
    settle()
    assert lib.rowCount() == 3 and lib.row_of(docs[1].id) is not None
    assert window.claims_panel.doc_box.count() == 4


@pytest.mark.parametrize("in_worker", [False, True])
def test_the_claims_table_reads_pages_sorts_and_filters_by_sql(qtbot, big, monkeypatch, in_worker):
    project, docs = big
    if in_worker:
        monkeypatch.setattr(claims_model, "SYNC_ROWS", 0)
    model = ClaimsModel(project)
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    assert model.rowCount() == DOCS and _held(model) == 0  # nothing read until painted
    assert model.claim_row(DOCS - 1).title == "Artikel 299"  # by article title
    assert _held(model) == DOCS % paged.PAGE
    model.sort(COL_VERDICT, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    verdicts = [model.claim_row(r).verdict.value for r in range(model.rowCount())]
    assert verdicts == sorted(verdicts, reverse=True)
    model.set_filters(Verdict.DISPUTED, None, "")
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    assert model.rowCount() == DOCS // 3
    model.set_filters(None, docs[7].id, "")
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    assert [model.claim_row(r).doc_id for r in range(model.rowCount())] == [docs[7].id]
    model.set_filters(None, None, "artikel 29")  # the article's title; case folded
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    assert model.rowCount() == 10  # Artikel 290 … 299


def test_the_claims_table_follows_edits_and_undo_in_its_order(qtbot, big):
    project, docs = big
    window = make_window(qtbot, project)
    panel: ClaimsPanel = window.claims_panel
    model = panel.model
    panel.proxy.sort(COL_QUOTE, Qt.SortOrder.DescendingOrder)
    # a new claim goes where the order puts it: "Waru" comes before every "Warga"
    new = window.adapter.run("Tag", lambda: project.add_claim(docs[5].id, 6, 10, "verified"))
    settle()
    cid = new.created[0]
    assert model.rowCount() == DOCS + 1 and model.row_of(cid) == 0
    assert model.claim_row(0).quote == "Waru"
    window.adapter.run("Retag", lambda: project.set_verdict(cid, "disputed"))
    settle()
    assert model.claim_row(model.row_of(cid)).verdict is Verdict.DISPUTED
    assert window.library.model.summary(docs[5].id).counts[Verdict.DISPUTED] == 1
    window.adapter.stack.undo()
    settle()
    assert model.claim_row(model.row_of(cid)).verdict is Verdict.VERIFIED
    window.adapter.stack.undo()  # the claim goes
    settle()
    assert model.rowCount() == DOCS and model.row_of(cid) is None
    window.adapter.stack.redo()
    settle()
    assert model.row_of(project.claims(docs[5].id)[-1].id) == 0
    # filtered to one verdict: a retag out of it takes the row out, one into it puts it in
    first = model.claim_row(1).id
    before = project.claim(first).verdict
    panel.verdict_box.setCurrentIndex(list(Verdict).index(before) + 1)
    settle()
    count = model.rowCount()
    other = next(v for v in Verdict if v != before)
    window.adapter.run("Retag", lambda: project.set_verdict(first, other))
    settle()
    assert model.rowCount() == count - 1 and model.row_of(first) is None
    window.adapter.stack.undo()
    settle()
    assert model.rowCount() == count and model.row_of(first) is not None
    assert all(model.row_of(model.claim_row(r).id) == r for r in range(model.rowCount()))


def test_claim_counts_follow_an_edit_its_undo_and_redo(qtbot, big):
    project, docs = big
    counts = ClaimCounts(project)
    qtbot.waitUntil(lambda: counts.totals is not None, timeout=10000)
    assert counts.totals == {v: DOCS // 3 for v in Verdict}
    cid = project.claims(docs[0].id)[0].id
    was = project.claim(cid).verdict
    cs = project.set_verdict(cid, Verdict.DISPUTED if was != Verdict.DISPUTED else Verdict.VERIFIED)
    now = project.claim(cid).verdict
    assert claim_deltas(cs, ClaimState.read(project, cs)) == [(docs[0].id, was, -1),
                                                              (docs[0].id, now, +1)]
    project.undo()
    assert claim_deltas(cs, ClaimState.read(project, cs)) == [(docs[0].id, now, -1),
                                                              (docs[0].id, was, +1)]
    added = project.add_claim(docs[1].id, 6, 10, Verdict.VERIFIED)
    assert claim_deltas(added, ClaimState.read(project, added)) == [(docs[1].id, Verdict.VERIFIED, 1)]
    project.undo()
    assert claim_deltas(added, ClaimState.read(project, added)) == [(docs[1].id, Verdict.VERIFIED, -1)]


def test_the_status_bar_counts_claims_without_reading_them_again(qtbot, big):
    project, docs = big
    window = make_window(qtbot, project)
    qtbot.waitUntil(lambda: window.claim_counts.totals is not None, timeout=10000)
    assert f"{DOCS} articles" in window.counts_label.text()
    window.adapter.run("Tag", lambda: project.add_claim(docs[1].id, 6, 10, Verdict.VERIFIED))
    settle()
    assert window.claim_counts.totals[Verdict.VERIFIED] == DOCS // 3 + 1
    window.adapter.stack.undo()
    settle()
    assert window.claim_counts.totals[Verdict.VERIFIED] == DOCS // 3


def test_the_article_picker_is_paged_and_by_title(qtbot, big):
    project, docs = big
    window = make_window(qtbot, project)
    box = window.claims_panel.doc_box
    assert box.count() == DOCS + 1 and box.itemText(0) == "All articles"
    assert box.itemText(1) == "Artikel 000" and box.itemText(DOCS) == "Artikel 299"
    assert len(window.claims_panel.choices._pages) == 2  # the two pages asked for, no more
    box.showPopup()  # a drop-down of a few rows, not a popup sized by every article
    assert len(window.claims_panel.choices._pages) <= 3
    box.hidePopup()
    box.setCurrentIndex(window.claims_panel.choices.row_of(docs[42].id))
    settle()
    assert box.currentData() == docs[42].id
    assert window.claims_panel.proxy.rowCount() == 1


def test_a_deleted_claim_leaves_the_table_whether_its_row_was_read_or_not(qtbot, big, monkeypatch):
    project, docs = big
    model = ClaimsModel(project)
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    last = project.claims(docs[-1].id)[0].id
    assert _held(model) == 0 and model.row_of(last) == DOCS - 1  # selected, so remembered
    requeries = []
    real = model._query
    monkeypatch.setattr(model, "_query", lambda *why: requeries.append(1) or real(*why))
    cs = project.delete_claim(last)
    model.refresh(ClaimState.read(project, cs))
    assert model.rowCount() == DOCS - 1 and requeries == []  # found without reading the order
    unseen = project.claims(docs[100].id)[0].id  # never painted nor selected
    cs = project.delete_claim(unseen)
    model.refresh(ClaimState.read(project, cs))
    assert requeries == [1] and model.rowCount() == DOCS - 2 and model.row_of(unseen) is None


def test_damage_in_a_page_of_claims_is_reported_not_raised_in_a_paint(qtbot, big):
    import sqlite3

    project, docs = big
    model = ClaimsModel(project)
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    conn = sqlite3.connect(project.path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE claims SET verdict = 'verifie' WHERE doc_id = ?", (docs[-1].id,))
    conn.commit()
    conn.close()
    with qtbot.waitSignal(model.load_failed, timeout=5000) as failed:
        assert model.index(DOCS - 1, 1).data() is None  # the page's rows show blank
    assert "damaged" in failed.args[0]
