"""The inspector's form comes with the first claim shown (issue 18, P1: it is hidden until
then, and its widgets, the matches panel and its module were 15 ms of the cold start). Before
that the window shows the hint; after it, the form works as it always did."""
from __future__ import annotations

from annotator.core.model import Verdict
from tests.ui.workbench_support import TEXT_A, add_docs, make_window


def test_the_form_is_built_by_the_first_claim_and_then_shows_it(qtbot, project):
    (doc,) = add_docs(project, TEXT_A)
    cid = project.add_claim(doc.id, 0, 6, Verdict.DISPUTED, note="why").created[0]
    window = make_window(qtbot, project)
    inspector = window.inspector
    assert not inspector._form_built and "matches" not in inspector.__dict__
    assert inspector.empty.isVisible() and not inspector.form_widget.isVisible()
    window.select_claim(cid)
    window.flush()
    assert inspector._form_built
    assert inspector.form_widget.isVisible() and not inspector.empty.isVisible()
    assert inspector.note.toPlainText() == "why"
    assert inspector.verdict_buttons[Verdict.DISPUTED].isChecked()
    inspector.show_claim(None)
    assert inspector.empty.isVisible() and not inspector.form_widget.isVisible()


def test_a_form_widget_read_first_builds_the_form(qtbot, project):
    add_docs(project, TEXT_A)
    window = make_window(qtbot, project)
    inspector = window.inspector
    assert inspector.confidence.specialValueText()  # built on the spot
    assert inspector._form_built and not inspector.form_widget.isVisible()


def test_the_match_panel_requests_still_reach_the_window(qtbot, project):
    (doc,) = add_docs(project, TEXT_A)
    window = make_window(qtbot, project)
    opened = []
    window.inspector.match_open_requested.connect(lambda *a: opened.append(a))
    window.inspector.matches.open_requested.emit(doc.id, 0, 6)  # the panel's own signal
    assert opened == [(doc.id, 0, 6)]
    assert doc.id in window.panes.open_doc_ids()  # the window opened it (compare_hooks)


def test_the_window_closes_without_ever_building_the_form(qtbot, project):
    add_docs(project, TEXT_A)
    window = make_window(qtbot, project)
    window.close()
    assert not window.inspector._form_built

