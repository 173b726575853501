"""Starting the app, choosing the project, switching projects, layout memory, drag and drop."""
from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from annotator.core.model import Verdict
from annotator.project.demo import demo_path
from annotator.project import Project
from annotator.settings import Settings
from annotator.ui import app as app_module
from annotator.ui.operations import files
from annotator.ui.main_window import MainWindow
from tests.ui.workbench_support import settle, TEXT_A, TEXT_B, add_docs, make_window


def test_smoke_test_opens_the_demo_and_exits_0(qtbot):
    assert app_module.run(None, demo=False, smoke_test=True) == 0
    assert demo_path().is_file()
    assert Settings.load().recent_projects == []  # the demo opens when nothing else is recent


def test_first_window_on_the_demo_shows_articles_and_claims(qtbot):
    project = app_module.open_first_project(None, demo=True)[0]
    window = make_window(qtbot, project)
    shown = [p for p in window.panes.panes if p.doc_id]
    assert len(shown) == 2 and all("Indonesian" in p.language.text() for p in shown)
    assert all(len(p.view.index) > 0 for p in shown)
    assert window.claims_panel.model.rowCount() == project.claim_count() > 0
    assert "articles" in window.counts_label.text()
    window.close()
    project.close()


def test_most_recent_project_is_reopened(tmp_path):
    recent = Project.create(tmp_path / "recent.annot")
    recent.close()
    settings = Settings.load()
    settings.add_recent(tmp_path / "gone.annot")
    settings.add_recent(tmp_path / "recent.annot")
    settings.save()
    project = app_module.open_first_project(None, demo=False)[0]
    assert project.path.resolve() == (tmp_path / "recent.annot").resolve()
    project.close()


def test_a_bad_project_file_gives_a_clear_error_and_the_demo(tmp_path, monkeypatch):
    bad = tmp_path / "bad.annot"
    bad.write_bytes(b"this is not a project file at all" * 10)
    shown = []
    monkeypatch.setattr("annotator.ui.dialogs.errors.show_error",
                        lambda parent, title, exc: shown.append((title, str(exc))))
    project = app_module.open_first_project(bad, demo=False)[0]
    assert shown and shown[0][0] == "Cannot open the project" and "Traceback" not in shown[0][1]
    assert project.path == demo_path()
    project.close()


def test_switching_projects_and_layout_is_remembered(qtbot, project, tmp_path):
    a, b = add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    window.actions_["add_pane"].trigger()
    settle()
    window.open_document(b.id, window.panes.panes[0])
    settle()
    window.open_document(a.id, window.panes.panes[2])
    settle()
    window.panes.panes[1].clear()
    assert files.open_project_file(window, tmp_path / "new.annot", create=True)
    assert window.windowTitle().startswith("new")
    assert window.library.model.rowCount() == 0 and window.claims_panel.model.rowCount() == 0
    assert str((tmp_path / "new.annot").resolve()) == Settings.load().recent_projects[0]
    assert files.open_project_file(window, project.path)
    assert window.panes.open_doc_ids() == [b.id, None, a.id]
    window.close()


def test_a_new_empty_project_keeps_the_users_dock_sizes(qtbot, project, tmp_path):
    """The new, empty panels must not take the panes' room (they did, and it was saved)."""
    add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    window.resize(1500, 900)
    window.resizeDocks([window.library_dock, window.inspector_dock], [330, 400],
                       Qt.Orientation.Horizontal)
    settle()

    def sizes():
        return (window.centralWidget().width(), window.library_dock.width(),
                window.inspector_dock.width(), window.claims_dock.height())

    before = sizes()
    assert files.open_project_file(window, tmp_path / "empty.annot", create=True)
    settle()
    assert sizes() == before
    assert not any(p.language.isVisible() for p in window.panes.panes)  # no article: no badge
    assert files.open_project_file(window, project.path)
    settle()
    assert sizes() == before
    assert all(p.language.isVisible() for p in window.panes.panes)


def test_failed_open_keeps_the_current_project(qtbot, project, tmp_path, monkeypatch):
    add_docs(project, TEXT_A)
    window = make_window(qtbot, project)
    shown = []
    monkeypatch.setattr(files, "show_error", lambda parent, title, exc: shown.append(str(exc)))
    (tmp_path / "junk.annot").write_text("junk")
    assert not files.open_project_file(window, tmp_path / "junk.annot")
    assert shown and window.project is project and window.library.model.rowCount() == 1


def test_dropping_files_starts_an_import_with_those_paths(qtbot, project, tmp_path, monkeypatch):
    window = make_window(qtbot, project)
    calls = []
    monkeypatch.setattr(files, "import_articles", lambda w, paths=None: calls.append(paths))
    article = tmp_path / "artikel.txt"
    article.write_text("Judul\n\nIsi artikel.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert calls == [[Path(article)]]
    # a project file dropped on the window is opened, not imported
    other = tmp_path / "other.annot"
    Project.create(other).close()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert window.project.path.resolve() == other.resolve()
    assert calls == [[Path(article)]]
    # the project open here, dropped again: nothing happens (its undo history stays)
    project_now = window.project
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert window.project is project_now and not project_now.closed
    # a broken project dropped with an article: the error is shown, nothing is imported
    broken = tmp_path / "broken.annot"
    broken.write_text("not a project")
    monkeypatch.setattr(files, "show_error", lambda *a: None)
    mime.setUrls([QUrl.fromLocalFile(str(broken)), QUrl.fromLocalFile(str(article))])
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert window.project is project_now and calls == [[Path(article)]]


def test_imported_articles_appear_after_the_import_dialog_reports(qtbot, project):
    window = make_window(qtbot, project)
    with Project.open(project.path, annotator="other") as second:  # as the import worker does
        add_docs(second, TEXT_A)
    window.reload_library([])
    assert window.library.model.rowCount() == 1
    assert window.claims_panel.doc_box.count() == 2
    # an Annotator export merged in adds claims to an article that is open
    (doc_id,) = [d.id for d in window.project.documents()]
    pane = window.open_document(doc_id)
    with Project.open(project.path, annotator="other") as second:
        merged = second.add_claim(doc_id, 0, 6, Verdict.DISPUTED).created[0]
    window.reload_library([])
    assert merged in pane.view.index and pane.view.index.counts[Verdict.DISPUTED] == 1


def test_help_menu_opens_the_demo_project(qtbot, project):
    window = make_window(qtbot, project)
    window.actions_["demo"].trigger()
    assert window.project.path == demo_path() and window.library.model.rowCount() == 3


def test_a_search_hit_opens_in_a_pane_with_the_span_selected(qtbot, project):
    a, b = add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    window.open_document(a.id, window.panes.panes[1])
    settle()
    start = TEXT_B.index("Rapat darurat")
    window.search_panel.open_requested.emit(b.id, start, start + len("Rapat darurat"))
    settle()
    pane = window.panes.pane_showing(b.id)
    assert pane is not None and pane.view.textCursor().selectedText() == "Rapat darurat"


def test_the_search_panel_is_built_when_its_tab_is_first_shown(qtbot, project):
    add_docs(project, TEXT_A, TEXT_B)
    window = make_window(qtbot, project)
    assert window._search_panel is None and window.search_dock.widget() is None
    window.search_dock.raise_()  # the user clicks the Search tab
    qtbot.waitUntil(lambda: window._search_panel is not None)
    panel = window.search_dock.widget()
    assert panel is window.search_panel and panel.isVisible()
    panel.query_edit.setText("rapat")
    panel.search_now()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    window.library_dock.raise_()
    window.search_dock.raise_()
    assert window.search_panel is panel  # built once per project


def test_closing_never_asks_and_edits_are_already_saved(qtbot, project):
    (a,) = add_docs(project, TEXT_A)
    window = make_window(qtbot, project)
    window.adapter.run("Tag", lambda: project.add_claim(a.id, 0, 6, "verified"))
    settle()
    assert window.close()
    with Project.open(project.path, readonly=True) as again:
        assert again.claim_count() == 1


def test_an_undo_that_cannot_be_written_is_reported_and_history_resets(qtbot, project, monkeypatch):
    from annotator.core.errors import ProjectFileError
    from tests.ui.workbench_support import settle

    (a,) = add_docs(project, TEXT_A)
    window = make_window(qtbot, project)
    shown = []
    monkeypatch.setattr("annotator.ui.main_window.show_error",
                        lambda parent, title, exc: shown.append(title))
    window.adapter.run("Tag", lambda: project.add_claim(a.id, 0, 6, "verified"))

    def locked():
        raise ProjectFileError("the project file is locked")

    with pytest.MonkeyPatch.context() as patch:  # not monkeypatch.undo(): that would also
        patch.setattr(project, "undo", locked)  # drop the private settings folders
        window.actions_["undo"].trigger()
        settle()
    assert shown == ["Undo failed"] and window.adapter.stack.count() == 0
    assert project.claim_count() == 1
    window.adapter.run("Tag", lambda: project.add_claim(a.id, 7, 11, "disputed"))
    window.actions_["undo"].trigger()
    settle()
    assert [c.verdict.value for c in project.claims(a.id)] == ["verified"]


def test_edits_while_the_claims_table_loads_are_not_lost(qtbot, project, monkeypatch):
    """The claims table reads its rows in a worker; edits made before they arrive still show,
    and the library's counts stay right meanwhile."""
    import threading

    from annotator.ui import claims_model

    a, _b = add_docs(project, TEXT_A, TEXT_B)
    old = project.add_claim(a.id, 0, 6, Verdict.VERIFIED).created[0]
    read, gate = threading.Event(), threading.Event()
    real = claims_model._read_order

    def gated(*args):  # the rows are read before the edits below, and arrive after them
        rows = real(*args)
        read.set()
        gate.wait(10)
        return rows
    monkeypatch.setattr(claims_model, "_read_order", gated)
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    assert window.claims_panel.model.loading
    qtbot.waitUntil(read.is_set, timeout=10000)  # (the read starts once the window painted)
    window.adapter.run("Retag", lambda: project.set_verdict(old, Verdict.DISPUTED))
    new = window.adapter.run("Tag", lambda: project.add_claim(a.id, 7, 11, Verdict.UNVERIFIED))
    settle()
    counts = window.library.model.summary(a.id).counts
    assert (counts[Verdict.VERIFIED], counts[Verdict.DISPUTED], counts[Verdict.UNVERIFIED]) == (0, 1, 1)
    gate.set()
    qtbot.waitUntil(lambda: not window.claims_panel.model.loading)
    model = window.claims_panel.model
    assert model.rowCount() == 2
    assert model.claim_row(model.row_of(old)).verdict is Verdict.DISPUTED
    assert model.row_of(new.created[0]) is not None
    counts = window.library.model.summary(a.id).counts
    assert (counts[Verdict.VERIFIED], counts[Verdict.DISPUTED], counts[Verdict.UNVERIFIED]) == (0, 1, 1)
