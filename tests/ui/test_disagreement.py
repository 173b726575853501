"""After a colleague's merge, a stretch that claims of several annotators cover is marked in
the pane's margin (≠ where they disagree), and its tooltip names who said what."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from annotator.core.model import Verdict
from annotator.export import get_exporter
from annotator.ingest.runner import import_paths
from annotator.project import Project
from annotator.ui.span_index import Agreement, Span, agreement
from annotator.ui.text_view import AGREEMENT_MARK
from tests.ui.workbench_support import TEXT_A, add_docs, make_window, point_of, settle

V, D, U = Verdict.VERIFIED, Verdict.DISPUTED, Verdict.UNVERIFIED


def test_agreement_compares_each_annotators_innermost_verdict():
    ana_in, ana_out = Span("1", 5, 8, D, annotator="ana"), Span("2", 0, 20, V, annotator="ana")
    budi = Span("3", 5, 8, D, annotator="budi")
    assert agreement((ana_in, ana_out)) is Agreement.ONE  # one person's nested claims
    assert agreement((ana_in, budi, ana_out)) is Agreement.AGREE
    assert agreement((Span("4", 5, 8, V, annotator="budi"), ana_in)) is Agreement.DISAGREE
    assert agreement((budi,)) is Agreement.ONE


def _merged_window(qtbot, project, tmp_path):
    """ana's project; budi's export of the same article merged in through the importer."""
    (doc,) = add_docs(project, TEXT_A)
    start, end = TEXT_A.index("Polisi"), TEXT_A.index(" dalam")
    project.annotator = "ana"
    project.add_claim(doc.id, start, end, "disputed")
    bupati = project.add_claim(doc.id, 0, 11, "verified").created[0]
    with Project.create(tmp_path / "budi.annot", annotator="budi") as other:
        (theirs,) = add_docs(other, TEXT_A)
        other.add_claim(theirs.id, start, end, "verified")
        other.add_claim(theirs.id, 0, 11, "verified")  # the same verdict: they agree here
        get_exporter("jsonl").write(other, tmp_path / "budi.jsonl")
    assert import_paths(project, [tmp_path / "budi.jsonl"]).ok
    window = make_window(qtbot, project)
    pane = window.open_document(doc.id)
    settle()
    return window, pane, doc, start, end, bupati


def test_a_disputed_and_verified_span_is_marked_and_explained(qtbot, project, tmp_path):
    window, pane, doc, start, end, _ = _merged_window(qtbot, project, tmp_path)
    view = pane.view
    marks = {(a, b): agreed for a, b, agreed in view.agreement_marks}
    assert marks[(view.offsets.to_utf16(start), view.offsets.to_utf16(end))] is Agreement.DISAGREE
    assert marks[(0, 11)] is Agreement.AGREE
    # the bar is painted in the far margin beside the disputed stretch
    image = view.viewport().grab().toImage()
    y = point_of(pane, view.offsets.to_utf16(start) + 2).y()
    x = view.viewport().width() - 3
    assert image.pixelColor(x, y) == QColor(AGREEMENT_MARK[Agreement.DISAGREE][1])
    # hovering shows who said what
    shown = []
    original = QToolTip.showText
    QToolTip.showText = staticmethod(lambda pos, text, *a: shown.append(text))
    try:
        point = point_of(pane, view.offsets.to_utf16(start) + 2)
        QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point,
                                                           view.viewport().mapToGlobal(point)))
    finally:
        QToolTip.showText = original
    assert shown and shown[0].startswith(
        "2 annotators: ana ✗ disputed, budi ✓ verified — they disagree")


def test_retagging_to_agree_clears_the_disagreement_mark(qtbot, project, tmp_path):
    window, pane, doc, start, end, _ = _merged_window(qtbot, project, tmp_path)
    mine = next(c for c in project.claims(doc.id) if c.annotator == "ana" and c.start == start)
    window.adapter.run("Retag", lambda: project.set_verdict(mine.id, "verified"))
    settle()
    assert {agreed for *_, agreed in pane.view.agreement_marks} == {Agreement.AGREE}
    window.actions_["undo"].trigger()
    settle()
    assert Agreement.DISAGREE in {agreed for *_, agreed in pane.view.agreement_marks}
    assert pane.view.index.counts[Verdict.DISPUTED] == 1
