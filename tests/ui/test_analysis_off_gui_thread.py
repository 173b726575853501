"""An article whose sentences have no analysis yet is analysed off the GUI thread (seconds for
a 1 MB article): its check-worthy marks come when the background analysis has them, in a
writable project (the analysis helper stores them) and a read-only one (a worker thread
analyses in memory). The window never calls the analysis from its own thread."""
from __future__ import annotations

import threading

from annotator.project import Project
from annotator.project.compare import ProjectCompare
from annotator.ui import compare_hooks, sentence_keys
from tests.compare.analyses import AXIOS
from tests.conftest import make_document
from tests.ui.workbench_support import make_window, settle

TEXT = ("Warga berkumpul di balai desa pagi itu. " + AXIOS +
        " Pemerintah belum memberi tanggapan.")


def _watch_analysis(monkeypatch) -> list[bool]:
    """For every analysis the window's process makes: whether it ran on the main thread."""
    on_main: list[bool] = []
    real = ProjectCompare._analyse_into_store, ProjectCompare.analyze

    def into_store(self, *a, **k):
        on_main.append(threading.current_thread() is threading.main_thread())
        return real[0](self, *a, **k)

    def analyze(self, doc_id=None):
        if doc_id is not None and self._pending(self.resolve_document(doc_id)):
            on_main.append(threading.current_thread() is threading.main_thread())
        return real[1](self, doc_id)

    monkeypatch.setattr(ProjectCompare, "_analyse_into_store", into_store)
    monkeypatch.setattr(ProjectCompare, "analyze", analyze)
    return on_main


def _worthy(pane) -> bool:
    return any(m.start == TEXT.index(AXIOS) for m in pane.view.margin_marks.checkworthy)


def test_a_writable_project_marks_sentences_when_the_background_analysis_has_them(
        qtbot, tmp_path, monkeypatch):
    on_main = _watch_analysis(monkeypatch)
    path = tmp_path / "w.annot"
    with Project.create(path, annotator="a") as p:
        doc = make_document(TEXT, title="Desa", language="id")
        p.add_documents([doc], undoable=False, analyse=False)
    monkeypatch.setattr(compare_hooks, "START_DELAY_MS", 400)
    window = make_window(qtbot, Project.open(path, annotator="a"))
    try:
        pane = window.open_document(doc.id)  # before the first analysis: nothing to mark yet
        settle()
        assert window.project.checkworthy_sentences(doc.id) is None and not _worthy(pane)
        sentence_keys.step_checkworthy(window, +1)  # J: says to wait, does not analyse here
        assert "still being found" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: _worthy(pane), timeout=60000)
        assert True not in on_main
    finally:
        window.close()
        window.project.close()


def test_a_read_only_project_analyses_in_a_worker_thread(qtbot, tmp_path, monkeypatch):
    on_main = _watch_analysis(monkeypatch)
    path = tmp_path / "r.annot"
    with Project.create(path, annotator="a") as p:
        doc = make_document(TEXT, title="Desa", language="id")
        p.add_documents([doc], undoable=False, analyse=False)
    window = make_window(qtbot, Project.open(path, readonly=True))
    try:
        pane = window.open_document(doc.id)
        settle()
        qtbot.waitUntil(lambda: _worthy(pane), timeout=60000)
        assert on_main and True not in on_main  # analysed, and not on the GUI thread
        count = len(on_main)
        compare_hooks.mark_pane(window, pane, force=True)  # kept: not analysed again
        sentence_keys.step_checkworthy(window, +1)
        assert len(on_main) == count
        assert pane.view.selection_span() == (TEXT.index(AXIOS), TEXT.index(AXIOS) + len(AXIOS))
    finally:
        window.close()
        window.project.close()


def test_check_worthy_sentences_read_by_sqlite_equal_the_decoded_analyses(tmp_path, monkeypatch):
    import sqlite3

    from annotator.project.compare import CHECKWORTHY_THRESHOLD
    from annotator.store import sentences

    path = tmp_path / "c.annot"
    with Project.create(path, annotator="a") as p:
        doc = make_document(TEXT + " Apakah itu benar? " + AXIOS, title="Desa", language="id")
        p.add_documents([doc], undoable=False)
        decoded = [(a.sentence.start, a.sentence.end, a.checkworthy, tuple(a.reasons))
                   for a in p.analyze(doc.id) if a.checkworthy >= CHECKWORTHY_THRESHOLD]
        assert len(decoded) == 2
        assert p.checkworthy_sentences(doc.id) == decoded

        real = sentences.checkworthy

        def without_json(conn, doc_id, threshold):  # an SQLite without its JSON functions
            class NoJson:
                def execute(self, sql, args=()):
                    if "json_extract" in sql:
                        raise sqlite3.OperationalError("no such function: json_extract")
                    return conn.execute(sql, args)
            return real(NoJson(), doc_id, threshold)

        monkeypatch.setattr(sentences, "checkworthy", without_json)
        assert p.checkworthy_sentences(doc.id) == decoded
