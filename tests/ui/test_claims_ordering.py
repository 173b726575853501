"""The claims table at 1,000,000 claims (issue 18): it says when its order is on the way, and
the orders its indexes serve (m006) are the same rows in the same order as the documented
sort keys give."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import LinkKind, Verdict
from annotator.store import pages
from annotator.ui import claims_model
from annotator.ui.claim_rows import COL_ANNOTATOR, COL_DOC, COL_VERDICT, SORTS
from annotator.ui.claims_model import FILTERING, LOADING, SORTING, ClaimsModel
from annotator.ui.claims_table import ClaimsPanel
from tests.conftest import make_document

TEXT = "Warga Waru melaporkan banjir setinggi satu meter pada Senin pagi di desa itu."
NAMES = ["ani", "Budi", "Ani", "", "cici", "budi"]  # differing in case, and one unnamed


@pytest.fixture
def varied(project):
    """Claims whose every sort key varies and ties: titles, quotes, verdicts, annotators
    (case apart), links, times of edit."""
    docs = [make_document(f"{TEXT} Nomor {i}.", title=f"{'ab'[i % 2]}rtikel {i % 5}")
            for i in range(12)]
    project.add_documents(docs, undoable=False)
    ids = []
    for i, doc in enumerate(docs):
        for k, (start, end) in enumerate([(0, 5), (6, 10), (27, 33)]):
            project.annotator = NAMES[(i + k) % len(NAMES)]
            cs = project.add_claim(doc.id, start, end, list(Verdict)[(i * 3 + k) % 3],
                                   note="banjir" if (i + k) % 4 == 0 else "")
            ids.append(cs.created[0])
    for a, b in [(0, 5), (0, 9), (3, 9), (20, 21)]:
        project.add_link(ids[a], ids[b], LinkKind.SUPPORTS)
    return project, docs


def _expected(project, sort: str, descending: bool, verdict=None, doc_id=None, text="") -> list[str]:
    """The order by the sort keys CLAIM_ORDERS documents, worked out in Python."""
    titles = {d.id: d.title or d.source_name for d in project.documents()}
    rows = []
    for doc_id_ in titles:
        for c in project.claims(doc_id_):
            links = len(project.links(c.id))
            rowid = project.claim_rowid(c.id)
            key = {"document": (titles[c.doc_id].lower(), c.doc_id, c.start, rowid),
                   "quote": (c.quote.lower(), rowid), "verdict": (c.verdict.value, rowid),
                   "links": (links, rowid), "annotator": (c.annotator.lower(), rowid),
                   "updated": (c.updated_at, rowid)}[sort]
            words = text.casefold()
            if verdict is not None and c.verdict != verdict or doc_id is not None and c.doc_id != doc_id:
                continue
            if words and not any(words in s.casefold()
                                 for s in (c.quote, c.note, titles[c.doc_id], c.annotator)):
                continue
            rows.append((key, c.id))
    return [cid for _k, cid in sorted(rows, reverse=descending)]


def _shown(model) -> list[str]:
    return [model.claim_row(r).id for r in range(model.rowCount())]


@pytest.mark.parametrize("in_worker", [False, True])
def test_every_order_and_filter_gives_the_same_rows_in_the_same_order(qtbot, varied, monkeypatch,
                                                                      in_worker):
    project, docs = varied
    if in_worker:  # as at 1,000,000 claims
        monkeypatch.setattr(claims_model, "SYNC_ROWS", 0)
    model = ClaimsModel(project)
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    assert _shown(model) == _expected(project, "document", False)
    filters = [(None, None, ""), (Verdict.DISPUTED, None, ""), (None, docs[3].id, ""),
               (None, None, "banjir"), (None, None, "ARTIKEL 3"), (Verdict.VERIFIED, None, "ani")]
    for verdict, doc_id, text in filters:
        model.set_filters(verdict, doc_id, text)
        for column, sort in SORTS.items():
            for way in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                model.sort(column, way)
                qtbot.waitUntil(lambda: not model.loading, timeout=10000)
                expected = _expected(project, sort, way == Qt.SortOrder.DescendingOrder,
                                     verdict, doc_id, text)
                assert expected, (verdict, doc_id, text)
                assert _shown(model) == expected, (sort, way, verdict, doc_id, text)


def test_a_large_projects_orders_come_from_a_helper_process(qtbot, varied, monkeypatch):
    project, docs = varied
    monkeypatch.setattr(claims_model, "SYNC_ROWS", 0)
    monkeypatch.setattr(claims_model, "HELPER_ROWS", 0)
    used = []
    real = claims_model.claim_order_in_helper
    monkeypatch.setattr(claims_model, "claim_order_in_helper",
                        lambda *args: used.append(args) or real(*args))
    model = ClaimsModel(project)
    qtbot.waitUntil(lambda: not model.loading, timeout=30000)
    assert _shown(model) == _expected(project, "document", False) and model.total == 36
    model.set_filters(Verdict.DISPUTED, None, "")
    first = model._task
    model.sort(COL_ANNOTATOR, Qt.SortOrder.DescendingOrder)
    assert first.cancel_requested and model._task is not first  # its helper is stopped
    qtbot.waitUntil(lambda: not model.loading and not first.running, timeout=30000)
    assert _shown(model) == _expected(project, "annotator", True, Verdict.DISPUTED)
    assert len(used) == 3


def test_the_panel_says_while_its_order_is_on_the_way(qtbot, varied, monkeypatch):
    project, _docs = varied
    monkeypatch.setattr(claims_model, "SYNC_ROWS", 0)
    panel = ClaimsPanel(project)
    qtbot.addWidget(panel)
    panel.show()
    label = panel.waiting_label
    # nothing to show yet: the table is empty and says the claims are coming
    assert panel.model.waiting_for == LOADING and panel.model.rowCount() == 0
    assert label.isVisible() and label.text() == "Loading claims…"
    qtbot.waitUntil(lambda: not panel.model.loading, timeout=10000)
    assert not label.isVisible() and panel.model.rowCount() == 3 * 12
    before = _shown(panel.model)
    panel.table.sortByColumn(COL_VERDICT, Qt.SortOrder.DescendingOrder)
    assert panel.model.waiting_for == SORTING and label.text() == "Sorting claims…"
    assert label.isVisible() and _shown(panel.model) == before  # the rows stay meanwhile
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=10000)
    assert _shown(panel.model) == _expected(project, "verdict", True)
    panel.text_box.setText("banjir")
    qtbot.waitUntil(lambda: panel.model.waiting_for == FILTERING, timeout=5000)  # typing pause
    assert label.isVisible() and label.text() == "Filtering claims…"
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=10000)
    assert _shown(panel.model) == _expected(project, "verdict", True, text="banjir")
    # a sort asked while the first order is still on the way: still "loading"
    again = ClaimsPanel(project)
    qtbot.addWidget(again)
    again.table.sortByColumn(COL_ANNOTATOR, Qt.SortOrder.AscendingOrder)
    assert again.model.waiting_for == LOADING and again.waiting_label.text() == "Loading claims…"
    qtbot.waitUntil(lambda: not again.model.loading, timeout=10000)
    assert again.waiting_label.isHidden()
    assert _shown(again.model) == _expected(project, "annotator", False)


def test_a_failed_order_does_not_leave_the_panel_saying_it_is_loading(qtbot, varied, monkeypatch):
    project, _docs = varied
    monkeypatch.setattr(claims_model, "SYNC_ROWS", 0)

    def broken(*_args):
        raise RuntimeError("the disk went away")
    monkeypatch.setattr(claims_model, "_read_order", broken)
    panel = ClaimsPanel(project)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.model.load_failed, timeout=10000):
        pass
    assert panel.model.waiting_for == "" and panel.waiting_label.isHidden()


def _plan(project, run) -> list[str]:
    """The query plan of the SELECT that `run` makes."""
    seen = []
    project._conn.set_trace_callback(seen.append)
    try:
        run()
    finally:
        project._conn.set_trace_callback(None)
    sql = next(s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH")))
    return [row[3] for row in project._conn.execute("EXPLAIN QUERY PLAN " + sql)]


@pytest.mark.parametrize("sort", ["verdict", "annotator", "updated"])
def test_orders_by_a_claim_column_read_its_index_without_sorting(varied, sort):
    project, _docs = varied
    plan = _plan(project, lambda: project.claim_rowids(sort, True))
    assert not any("TEMP B-TREE" in step for step in plan), plan
    assert not any(" d " in f" {step} " for step in plan), plan  # the articles not joined


def test_annotators_step_through_an_index_and_keep_names_differing_in_case(varied):
    project, _docs = varied
    assert project.annotators() == sorted({n for n in NAMES if n})
    plan = _plan(project, project.annotators)
    assert any("claims_annotator" in step for step in plan) and not any(
        step.startswith("SCAN claims") for step in plan), plan


def test_document_titles_reads_the_articles_named(varied):
    project, docs = varied
    wanted = [d.id for d in docs[:3]] + ["no-such-article"]
    assert project.document_titles(wanted) == {d.id: d.title for d in docs[:3]}
    many = [d.id for d in docs] * 60  # more than one chunk of variables
    assert project.document_titles(many) == {d.id: d.title for d in docs}
    assert pages.CLAIM_ORDERS["document"][0][0] == pages.LABEL  # (COL_DOC sorts by label)
    assert SORTS[COL_DOC] == "document"


def test_a_cancelled_order_stops_its_query_in_the_helper(varied, monkeypatch):
    from annotator.project import pages as project_pages
    from annotator.store.pages import ClaimFilter

    project, _docs = varied

    class Link:
        stop = False

        def cancelled(self) -> bool:
            return self.stop
    monkeypatch.setattr(project_pages, "INTERRUPT_STEPS", 1)
    link = Link()
    rowids, total = project_pages._claim_order(link, str(project.path), "quote", False, ClaimFilter())
    assert total == 36 and len(rowids) == 36
    link.stop = True
    assert project_pages._claim_order(link, str(project.path), "quote", False, ClaimFilter()) is None
