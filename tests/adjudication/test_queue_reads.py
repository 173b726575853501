"""Project.adjudication_queue reads only the documents two annotators tagged: the same queue
and figures as the read of every claim it replaced (kept here as the reference)."""
from __future__ import annotations

from collections import defaultdict

from annotator.agreement import THRESHOLD, agreement, document_disagreements
from annotator.core.model import Verdict
from annotator.store.spans import annotated_spans
from tests.conftest import make_document

TEXT = "Banjir melanda tiga desa pada Senin pagi, menurut kepala dinas setempat. " * 4


def _every_claim_queue(project, adjudicator):
    """The former adjudication_queue: every claim read, every document walked."""
    rows = [r for r in annotated_spans(project._conn) if r[1] != adjudicator]
    by_doc = defaultdict(list)
    for row in rows:
        by_doc[row[0]].append(row)
    items = []
    for doc in project.documents():
        if doc.id in by_doc:
            items += document_disagreements(doc.id, by_doc[doc.id], THRESHOLD)
    return items, agreement(rows, verdicts=[v.value for v in Verdict])


def test_queue_and_figures_match_the_read_of_every_claim(project):
    docs = [make_document(TEXT + str(k), f"Artikel {k}") for k in range(6)]
    project.add_documents(docs, undoable=False)
    tag = [("ana", 0, 0, 24, "verified"), ("budi", 0, 0, 24, "disputed"),
           ("ana", 1, 30, 60, "verified"), ("budi", 1, 31, 60, "verified"),
           ("budi", 1, 80, 100, "unverified"), ("cici", 1, 80, 100, "unverified"),
           ("ana", 2, 0, 10, "verified"),  # ana alone: no disagreement, still a named annotator
           ("dodi", 3, 5, 20, "disputed"),  # dodi tagged nothing shared: named, no pair
           ("ana", 4, 0, 24, "verified"), ("gold", 4, 0, 24, "disputed"),  # gold left out
           ("budi", 5, 10, 40, "verified"), ("cici", 5, 12, 40, "disputed"),
           ("gold", 5, 10, 40, "verified")]
    for who, k, start, end, verdict in tag:
        project.annotator = who
        project.add_claim(docs[k].id, start, end, verdict)
    project.annotator = "tester"
    queue = project.adjudication_queue("gold")
    items, report = _every_claim_queue(project, "gold")
    assert queue.items == items and len(items) >= 3
    assert queue.agreement.overall == report.overall
    assert queue.agreement.overall.annotators == ["ana", "budi", "cici", "dodi"]


def test_one_annotator_besides_gold_has_an_empty_queue(project):
    doc = make_document(TEXT, "Satu")
    project.add_documents([doc], undoable=False)
    project.annotator = "ana"
    project.add_claim(doc.id, 0, 24, "verified")
    project.annotator = "gold"
    project.add_claim(doc.id, 0, 24, "disputed")
    queue = project.adjudication_queue("gold")
    items, report = _every_claim_queue(project, "gold")
    assert queue.items == items == [] and queue.agreement.overall == report.overall
