"""What waits for the window's first paint (issue 18, P1): the input filters and the claims
table's first order. A zero timer from the first show ran before Qt handled the expose that
paints the window, and so did they; this catches them coming back before it."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.model import Verdict
from annotator.ui import first_paint
from annotator.ui.first_paint import AfterFirstPaint
from annotator.ui.main_window import MainWindow
from tests.ui.workbench_support import TEXT_A, add_docs


class Painted(QWidget):
    painted = False

    def paintEvent(self, event) -> None:  # noqa: N802
        self.painted = True


def test_runs_once_after_the_first_paint(qtbot):
    widget = Painted()
    qtbot.addWidget(widget)
    calls = []
    widget.show()  # the native window exists; its expose is not handled yet
    AfterFirstPaint(widget, lambda: calls.append(widget.painted))
    qtbot.waitUntil(lambda: calls != [])
    assert calls == [True]
    qtbot.wait(first_paint.FALLBACK_MS + 200)  # the fallback does not run it again
    assert calls == [True]


def test_the_claims_order_is_read_once_the_window_has_painted(qtbot, project):
    (doc,) = add_docs(project, TEXT_A)
    project.add_claim(doc.id, 0, 6, Verdict.VERIFIED)
    window = MainWindow(project)
    qtbot.addWidget(window)
    model = window.claims_panel.model
    assert model.loading and not model._task.running  # held: built, not yet shown
    window.show()
    assert not model._task.running  # the show itself does not start it
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    assert model.rowCount() == 1
    assert "_annotator_dispatch" in QApplication.instance().__dict__  # the filters came too


def test_a_window_shown_after_a_project_switch_reads_at_once(qtbot, project, tmp_path):
    from annotator.project import Project

    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.claims_panel.model.loading, timeout=10000)
    other = Project.create(tmp_path / "other.annot", annotator="t")
    (doc,) = add_docs(other, TEXT_A)
    other.add_claim(doc.id, 0, 6, Verdict.VERIFIED)
    window.set_project(other)  # an open window holds nothing back
    qtbot.waitUntil(lambda: not window.claims_panel.model.loading, timeout=10000)
    assert window.claims_panel.model.rowCount() == 1


def test_the_backup_on_open_starts_once_the_window_has_painted(qtbot, project):
    from annotator.project.files import list_backups

    add_docs(project, TEXT_A)  # changed since its last backup (it has none): one is due
    window = MainWindow(project)
    qtbot.addWidget(window)
    assert window.backups.busy and window.backups._task is None  # queued, held
    window.show()
    assert window.backups._task is None  # the show itself does not start it
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: list_backups(project.path) != [], timeout=20000)
    qtbot.waitUntil(lambda: not window.backups.busy, timeout=20000)


def test_a_window_closed_before_its_first_paint_still_makes_the_backup(qtbot, project):
    from annotator.project.files import list_backups

    add_docs(project, TEXT_A)
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.close()  # drains: the held backup on open runs now
    assert list_backups(project.path) != []
