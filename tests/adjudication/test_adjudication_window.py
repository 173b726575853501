"""The adjudication window with real keys: accept a version, both, neither, walk, undo."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.ui.adjudication.window import show_adjudication
from annotator.ui.pane_filter import PaneFilter, Show
from tests.ui.workbench_support import TEXT_A, TEXT_B, add_docs, make_window, settle


def _project(project):
    a, b = add_docs(project, TEXT_A, TEXT_B)
    bupati, polisi = (0, 11), (TEXT_A.index("Polisi"), TEXT_A.index(" dalam"))
    project.annotator = "ana"
    project.add_claim(a.id, *bupati, "verified")
    project.add_claim(a.id, *polisi, "disputed")
    project.add_claim(b.id, 0, 12, "verified")
    project.annotator = "budi"
    project.add_claim(a.id, *bupati, "verified")  # agreed: no disagreement
    project.add_claim(a.id, *polisi, "verified")  # verdict differs
    project.add_claim(b.id, 0, 12, "unverified")
    project.annotator = "tester"
    return a, b


def _open(qtbot, project):
    window = make_window(qtbot, project)
    view = show_adjudication(window)
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: view.ready, timeout=10000)
    view.list.setFocus()
    return window, view


def _gold(project):
    return [c for c in project.claims() if c.annotator == "gold"]


def test_key_accepts_one_version_undo_removes_it_history_records_it(qtbot, project):
    doc_a, _ = _project(project)
    _window, view = _open(qtbot, project)
    assert view.annotators == ["ana", "budi"] and len(view.items) == 2
    first = view.current
    assert first.doc_id == doc_a.id
    budi_claim = first.spans["budi"][5]
    qtbot.keyClick(view.list, Qt.Key.Key_2)  # budi's version
    (g,) = _gold(project)
    assert (g.annotator, g.verdict.value, g.start) == ("gold", "verified", first.start)
    assert project.decisions([budi_claim]) == {budi_claim: "accepted"}
    assert "adjudication: accepted" in [h.cause for h in project.history(budi_claim)]
    assert view.position == 1  # moved on to the next disagreement
    # the workbench's 2 key (tag as disputed) did not fire: no claim of "tester" appeared
    assert not [c for c in project.claims() if c.annotator == "tester"]
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _gold(project) == [] and project.decisions([budi_claim]) == {}
    assert project.history(budi_claim)[-1].cause == "undo: adjudication: accepted"


def test_both_neither_next_previous(qtbot, project):
    _project(project)
    _window, view = _open(qtbot, project)
    qtbot.keyClick(view.list, Qt.Key.Key_B)  # both versions of the first unit
    assert sorted(c.verdict.value for c in _gold(project)) == ["disputed", "verified"]
    assert view.position == 1
    second = view.current
    qtbot.keyClick(view.list, Qt.Key.Key_N)  # neither of the second
    assert len(_gold(project)) == 2
    ids = [s[5] for s in second.spans.values()]
    assert set(project.decisions(ids).values()) == {"rejected"}
    qtbot.keyClick(view.list, Qt.Key.Key_Comma)
    assert view.position == 0
    qtbot.keyClick(view.list, Qt.Key.Key_Period)
    assert view.position == 1 and view.current is second
    qtbot.waitUntil(lambda: "2 decided" in view.status.text(), timeout=5000)
    assert "Decided" in view.unit.gold.text()


def test_agreement_matrix_is_one_click_away(qtbot, project):
    _project(project)
    _window, view = _open(qtbot, project)
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert view.tabs.currentWidget() is view.matrix
    table = view.matrix.table
    assert table.rowCount() == 2 and "Cohen's κ" in table.item(0, 1).text()
    assert "F1 exact 1.000" in table.item(0, 1).text()
    assert "Krippendorff" in view.matrix.summary.text()


def test_pane_filter_shows_one_annotators_spans_or_disagreements(qtbot, project):
    doc_a, _ = _project(project)
    polisi = TEXT_A.index("Polisi")
    window = make_window(qtbot, project)
    pane = window.open_document(doc_a.id)
    settle()
    assert {s.annotator for s in pane.view.index.spans()} == {"ana", "budi"}
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "paneFilterMenu")
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[2:] == ["ana", "budi"]
    next(a for a in menu.actions() if a.text() == "budi").trigger()
    assert window.panes.filter == PaneFilter(Show.ANNOTATOR, "budi")
    assert {s.annotator for s in pane.view.index.spans()} == {"budi"} and len(pane.view.index) == 2
    # a new claim by someone else stays hidden; budi's own appears
    project.annotator = "ana"
    project.add_claim(doc_a.id, 12, 16, "verified")
    settle()
    assert len(pane.view.index) == 2
    next(a for a in menu.actions() if "disagreements" in a.text()).trigger()
    shown = pane.view.index.spans()  # Polisi (verdict differs) and ana's new claim (only ana
    assert sorted((s.start, s.annotator) for s in shown) == sorted(  # tagged it); not Bupati
        [(polisi, "ana"), (polisi, "budi"), (12, "ana")])
    QApplication.processEvents()


def test_enter_shows_the_unit_and_another_adjudicator_name_is_its_own_layer(qtbot, project):
    doc_a, _ = _project(project)
    window, view = _open(qtbot, project)
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    first = view.current
    assert window.current_claim in {s[5] for s in first.spans.values()}
    assert window.panes.active.doc_id == doc_a.id
    view.name.setFocus()
    view.name.selectAll()
    qtbot.keyClicks(view.name, "dewi")
    qtbot.keyClick(view.name, Qt.Key.Key_Return)  # the list takes the keys again
    qtbot.waitUntil(lambda: view.ready and "“dewi”" in view.status.text(), timeout=10000)
    qtbot.keyClick(view.list, Qt.Key.Key_1)
    assert [c.annotator for c in project.claims() if c.annotator in ("dewi", "gold")] == ["dewi"]


def test_only_disagreements_leaves_the_open_adjudications_gold_layer_out(qtbot, project):
    doc_a, _ = _project(project)
    window, view = _open(qtbot, project)
    qtbot.keyClick(view.list, Qt.Key.Key_1)  # ana's Polisi claim into the gold layer
    assert [c.annotator for c in project.claims(doc_a.id)].count("gold") == 1
    pane = window.open_document(doc_a.id)
    settle()
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "paneFilterMenu")
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if "disagreements" in a.text()).trigger()
    # ana and budi still disagree on Polisi; the gold copy and the agreed Bupati are not shown
    assert sorted(s.annotator for s in pane.view.index.spans()) == ["ana", "budi"]
    menu.aboutToShow.emit()
    assert next(a for a in menu.actions() if "disagreements" in a.text()).isChecked()


def test_a_copies_the_agreed_claims_into_the_gold_layer(qtbot, project):
    _project(project)
    _window, view = _open(qtbot, project)
    qtbot.keyClick(view.list, Qt.Key.Key_A)
    (g,) = _gold(project)  # Bupati: both verified on the same span
    assert (g.start, g.end, g.verdict.value) == (0, 11, "verified")
    assert "1 agreed claims copied" in view.status.text()
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _gold(project) == []


def test_why_there_are_no_figures_in_the_windows_language(qapp):
    """The window's sentence for an agreement with no figures is the agreement package's own in
    English (the command line's), and Bahasa Indonesia in an Indonesian window."""
    from annotator.agreement.report import Agreement
    from annotator.ui.messages import message_text
    from tests.ui.i18n_support import in_language

    def unmeasurable_text(a):
        return message_text(a.unmeasurable)

    cases = [Agreement(["demo"], 0, 0, None, None), Agreement([], 0, 0, None, None),
             Agreement(["ana", "budi"], 0, 0, None, None)]
    for a in cases:
        assert a.unmeasurable and unmeasurable_text(a) == a.unmeasurable
    assert unmeasurable_text(Agreement(["ana", "budi"], 3, 9, 0.5, 0.5)) == ""
    with in_language("id"):
        said = [unmeasurable_text(a) for a in cases]
    assert said[0] == ("Kesepakatan memerlukan klaim dari dua anotator atau lebih; di sini "
                       "hanya 'demo' yang menandai klaim.")
    assert all(s.startswith("Kesepakatan memerlukan") for s in said)


def test_with_nothing_to_decide_the_window_says_so_and_greys_the_decisions(qtbot, project):
    """One annotator: no disagreements. The 'Finding the disagreements…' line does not stay,
    the keys' buttons that decide or walk are greyed out (copying the agreed claims is not),
    and the window fits the screen (1100 px was cut at 1024)."""
    (a,) = add_docs(project, TEXT_A)
    project.annotator = "ana"
    project.add_claim(a.id, 0, 11, "verified")
    project.annotator = "tester"
    _window, view = _open(qtbot, project)
    from PySide6.QtWidgets import QPushButton

    assert view.items == [] and view.status.text() == ""
    buttons = {b.text(): b for b in view.findChildren(QPushButton)}
    for text in ("Accept ana [1]", "Both [B]", "Neither [N]", "◀ Previous [,]", "Next [.] ▶",
                 "Show in workbench [Enter]"):
        assert not buttons[text].isEnabled(), text
    assert buttons["Copy the agreed claims to gold [A]"].isEnabled()
    assert view.width() <= view.screen().availableGeometry().width()


def test_why_a_figure_is_missing_in_the_windows_language(qapp, project):
    """The matrix's line on missing figures: the figures by the matrix's names and the agreement
    package's reasons (its phrases), said in Indonesian in an Indonesian window."""
    from annotator.ui.adjudication import matrix
    from tests.ui.i18n_support import in_language

    (a,) = add_docs(project, TEXT_A)
    for who in ("ana", "budi"):  # the same span and verdict: Cohen's κ has no chance to beat
        project.annotator = who
        project.add_claim(a.id, 0, 11, "verified")
    overall = project.agreement().overall
    assert overall.notes  # (what the package could not compute, and why)
    english = matrix.notes_text(overall)
    assert "Cohen's κ ana–budi: both annotators used one and the same verdict" in english
    with in_language("id"):
        indonesian = matrix.notes_text(overall)
    assert "κ Cohen ana–budi: kedua anotator memakai satu putusan yang sama" in indonesian
