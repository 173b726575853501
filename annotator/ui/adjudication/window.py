"""The adjudication window (View ▸ Adjudication, Ctrl+Shift+D).

It walks every disagreement of the project, document by document, shows each annotator's
version side by side and settles it into the gold layer — the claims whose annotator is the
adjudicator's name, "gold" unless changed — with keys that belong to this window only (the
workbench's 1/2/3 tag keys are not in play here):

  1 … 9   accept that annotator's version          B   accept both (every version)
  N / 0   accept neither                            . / ,   next / previous disagreement
  A       copy every agreed claim into the gold layer (where it has nothing yet)
  Enter   show the unit in the workbench            Ctrl+Z / Ctrl+Shift+Z   undo / redo

Each decision is one undo step of the workbench's stack (ui.operations.team). The list and
the agreement figures are computed in a worker (Project.adjudication_queue), again after
annotators' claims change; a decision only changes the gold layer, which is left out of both.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QSplitter,
    QTabWidget, QVBoxLayout, QWidget,
)

from ...core.changes import ChangeSet
from ...project import Project
from ...project.team import DEFAULT_ADJUDICATOR
from ..operations import team as team_ops
from ..undo import UndoAdapter
from ..workers import open_project, run_task
from ..messages import message_text
from .matrix import AgreementMatrix
from .queue_model import DisagreementModel
from .unit_view import UnitView

if TYPE_CHECKING:
    from ...project.team import Disagreement
    from ...project.team import AdjudicationQueue
    from ..main_window import MainWindow

DEBOUNCE_MS = 300


def _compute(path, adjudicator: str) -> tuple["AdjudicationQueue", dict[str, str], set[str]]:
    """The queue, the titles of its articles (not of all 100,000) and its decided claims."""
    with open_project(path, readonly=True) as project:
        with project.read_snapshot():
            queue = project.adjudication_queue(adjudicator)
            titles = project.document_titles({d.doc_id for d in queue.items})
            decided = set(project.decisions([s[5] for d in queue.items
                                             for s in d.spans.values()]))
    return queue, titles, decided


class AdjudicationWindow(QWidget):
    def __init__(self, project: Project, adapter: UndoAdapter,
                 show_claim: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("adjudicationWindow")
        # its own size where the screen has room, else the screen's (1100 px was cut at 1024)
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        self.resize(1100 if room is None else min(1100, room.width()),
                    640 if room is None else min(640, room.height()))
        #: the buttons that decide or walk the disagreements: greyed out while there are none
        self._unit_buttons: list[QPushButton] = []
        self.adapter = adapter
        self.show_claim = show_claim
        self.project: Project | None = None
        self.annotators: list[str] = []
        self.position = -1
        self.ready = False
        self._task = None
        self._again = False
        self._texts: dict[str, str] = {}
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.recompute)

        self.name = QLineEdit(DEFAULT_ADJUDICATOR)
        self.name.setObjectName("adjudicatorName")
        self.name.setToolTip(self.tr("The gold layer is the claims with this annotator name; "
                                     "export it with the export dialog's annotator filter"))
        self.name.editingFinished.connect(self._name_changed)
        self.name.returnPressed.connect(lambda: self.list.setFocus())  # back to the keys
        name_label = QLabel(self.tr("&Adjudicator (gold layer):"))
        name_label.setBuddy(self.name)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(name_label)
        top.addWidget(self.name)
        top.addWidget(self.status, 1)

        self.model = DisagreementModel(self)
        self.list = QListView()
        self.list.setObjectName("disagreementList")
        self.list.setUniformItemSizes(True)  # no row measured but the first
        self.list.setModel(self.model)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._row_changed(current.row()))
        self.list.activated.connect(lambda _index: self.show_in_workbench())
        self.unit = UnitView()
        self.buttons = QHBoxLayout()  # one per annotator, then both and neither
        self.moves = QHBoxLayout()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.unit, 1)
        right_layout.addLayout(self.buttons)
        right_layout.addLayout(self.moves)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([400, 700])
        self.matrix = AgreementMatrix()
        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("&Disagreements"))
        self.tabs.addTab(self.matrix, self.tr("A&greement"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._shortcuts()
        self.set_project(project)

    # ------------------------------------------------------------------ keys
    def _key(self, key: str, slot: Callable[[], None]) -> None:
        QShortcut(QKeySequence(key), self, slot,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _shortcuts(self) -> None:
        for k in range(9):
            self._key(str(k + 1), lambda k=k: self.accept_annotator(k))
        self._key("B", self.accept_both)
        self._key("N", self.accept_neither)
        self._key("0", self.accept_neither)
        self._key("A", self.copy_agreed)
        self._key(".", lambda: self.step(+1))
        self._key(",", lambda: self.step(-1))
        self._key("Ctrl+Z", self.adapter_undo)
        self._key("Ctrl+Shift+Z", self.adapter_redo)

    def adapter_undo(self) -> None:
        self.adapter.stack.undo()

    def adapter_redo(self) -> None:
        self.adapter.stack.redo()

    def _fill_buttons(self) -> None:
        for row in (self.buttons, self.moves):
            while row.count():
                w = row.takeAt(0).widget()
                if w is not None:
                    w.deleteLater()
        self._unit_buttons = []
        for k, name in enumerate(self.annotators[:9]):
            b = QPushButton(self.tr("Accept %1 [%2]").replace("%1", name).replace("%2", str(k + 1)))
            b.clicked.connect(lambda _c=False, k=k: self.accept_annotator(k))
            self.buttons.addWidget(b)
            self._unit_buttons.append(b)
        both = self.tr("Both [B]") if len(self.annotators) < 3 else self.tr("All versions [B]")
        for row, text, slot in ((self.buttons, both, self.accept_both),
                                (self.buttons, self.tr("Neither [N]"), self.accept_neither),
                                (self.moves, self.tr("◀ Previous [,]"), lambda: self.step(-1)),
                                (self.moves, self.tr("Next [.] ▶"), lambda: self.step(+1)),
                                (self.moves, self.tr("Show in workbench [Enter]"),
                                 self.show_in_workbench),
                                (self.moves, self.tr("Copy the agreed claims to gold [A]"),
                                 self.copy_agreed)):
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(b)
            if slot != self.copy_agreed:
                self._unit_buttons.append(b)
        for row in (self.buttons, self.moves):
            row.addStretch(1)
        for b in self.findChildren(QPushButton):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the list

    # ------------------------------------------------------------------ project
    def set_project(self, project: Project) -> None:
        if self.project is not None:
            self.project.unsubscribe(self._on_change)
        self.project = project
        self.setWindowTitle(self.tr("Adjudication — %1").replace("%1", project.name))
        project.subscribe(self._on_change)
        self.model.reset([], {}, ())
        self.position, self._texts = -1, {}
        self.recompute()

    @property
    def adjudicator(self) -> str:
        return self.name.text().strip() or DEFAULT_ADJUDICATOR

    def _name_changed(self) -> None:
        if self.name.text().strip() != getattr(self, "_computed_for", None):
            self.recompute()

    @property
    def items(self) -> list["Disagreement"]:
        return self.model.items

    @property
    def titles(self) -> dict[str, str]:
        return self.model.titles

    def _on_change(self, cs: ChangeSet) -> None:
        """A decision changes only the gold layer and the decisions on the claims it names:
        show them. Other claims' edits may change the disagreements themselves: compute them
        again after a quiet spell."""
        gold = self.adjudicator
        for change in cs.changes:
            if change.table == "claims" and any(
                    row and row.get("annotator") != gold for row in (change.before, change.after)):
                self._timer.start()
                break
        self._texts.clear()
        ids = list(dict.fromkeys(h[0] for h in cs.history))
        if ids:
            self.model.update_decisions(ids, self.project.decisions(ids))
        self._refresh_status()
        self._show_current()

    def recompute(self) -> None:
        if self._task is not None and self._task.running:
            self._again = True
            return
        self.ready = False
        self._computed_for = self.adjudicator
        self.status.setText(self.tr("Finding the disagreements…"))
        self.matrix.show_busy()
        # no parent: a window closed mid-computation must not take the running thread with it
        # (the task keeps itself alive until its thread ends; its slots go with the window)
        self._task = run_task(lambda _control, p=self.project.path, a=self.adjudicator:
                              _compute(p, a), None, on_success=self._computed,
                              on_error=self._failed)

    def _failed(self, sentence: str) -> None:
        if self.project is None:
            return
        self.status.setText(sentence)
        self.ready = True

    def _computed(self, result) -> None:
        if self.project is None:  # closed meanwhile
            return
        if self._again:
            self._again = False
            self.recompute()
            return
        queue, titles, decided = result
        key = self._unit_key(self.current)
        self.annotators = queue.agreement.overall.annotators
        self.matrix.show_agreement(queue.agreement.overall)
        self._fill_buttons()
        self.list.selectionModel().blockSignals(True)
        self.model.reset(queue.items, titles, decided)
        self.list.selectionModel().blockSignals(False)
        self._refresh_status()
        start = next((k for k, d in enumerate(self.items) if self._unit_key(d) == key),
                     0 if self.items else -1)
        self.position = -1
        self.go_to(start)
        if not self.items:
            self.unit.show_nothing(
                message_text(queue.agreement.overall.unmeasurable)
                or self.tr("No disagreements: every annotator tagged the same spans with the "
                           "same verdicts."))
        self.ready = True

    @staticmethod
    def _unit_key(d: "Disagreement | None") -> tuple | None:
        return None if d is None else (d.doc_id, tuple(sorted(s[5] for s in d.spans.values())))

    # ------------------------------------------------------------------ walking
    @property
    def current(self) -> "Disagreement | None":
        return self.items[self.position] if 0 <= self.position < len(self.items) else None

    def go_to(self, row: int) -> None:
        if not self.items:
            self.position = -1
            return
        row = max(0, min(row, len(self.items) - 1))
        self.list.setCurrentIndex(self.model.index(row))  # -> _row_changed
        if self.position != row:
            self._row_changed(row)

    def step(self, delta: int) -> None:
        self.go_to(self.position + delta)

    def _row_changed(self, row: int) -> None:
        self.position = row
        self._show_current()

    def _text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            self._texts[doc_id] = self.project.document(doc_id).text
        return self._texts[doc_id]

    def _refresh_status(self) -> None:
        for b in self._unit_buttons:
            b.setEnabled(bool(self.items))
        if not self.items:  # the unit view says why; "Finding the disagreements…" is over
            self.status.setText("")
        else:
            self.status.setText(self.tr("%1 disagreements, %2 decided; the gold layer is "
                                        "“%3”").replace("%1", str(len(self.items)))
                                .replace("%2", str(self.model.done))
                                .replace("%3", self.adjudicator))

    def _show_current(self) -> None:
        d = self.current
        if d is None:
            return
        ids = [s[5] for s in d.spans.values()]
        gold = [g for g in self.project.gold_spans(d.doc_id, self.adjudicator)
                if g[1] < d.end and d.start < g[2]]
        where = self.tr("Disagreement %1 of %2").replace("%1", str(self.position + 1)).replace(
            "%2", str(len(self.items)))
        self.unit.show_unit(d, where, self.titles.get(d.doc_id, d.doc_id), self._text(d.doc_id),
                            self.annotators, self.project.decisions(ids), gold, self.adjudicator)

    # ------------------------------------------------------------------ decisions
    def _decide(self, names: list[str]) -> None:
        d = self.current
        if d is None:
            return
        accepted = [d.spans[n][5] for n in names if n in d.spans]
        rejected = [s[5] for n, s in d.spans.items() if n not in names]
        if team_ops.adjudicate(self.adapter, d.doc_id, accepted, rejected, self.adjudicator):
            self.step(+1)

    def accept_annotator(self, k: int) -> None:
        d = self.current
        if d is None or k >= len(self.annotators):
            return
        name = self.annotators[k]
        if name not in d.spans:
            self.status.setText(self.tr("%1 did not tag this unit: there is no version of "
                                        "theirs to accept.").replace("%1", name))
            return
        self._decide([name])

    def accept_both(self) -> None:
        if self.current is not None:
            self._decide(list(self.current.spans))

    def accept_neither(self) -> None:
        self._decide([])

    def copy_agreed(self) -> None:
        cs = team_ops.adjudicate_agreed(self.adapter, self.adjudicator)
        added = len(cs.created) if cs else 0
        self.status.setText(self.tr("%1 agreed claims copied into the gold layer “%2”.")
                            .replace("%1", str(added)).replace("%2", self.adjudicator))

    def show_in_workbench(self) -> None:
        d = self.current
        if d is not None:
            self.show_claim(min(d.spans.values(), key=lambda s: (s[2], s[1]))[5])

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.project is not None:
            self.project.unsubscribe(self._on_change)
            self.project = None
        super().closeEvent(event)


def show_adjudication(window: "MainWindow") -> AdjudicationWindow:
    """View ▸ Adjudication: one window per workbench, built on first use."""
    view = getattr(window, "adjudication", None)
    if view is None or view.project is None:
        view = AdjudicationWindow(window.project, window.adapter, window.jump_to_claim, window)
        window.adjudication = view
    view.show()
    view.raise_()
    view.activateWindow()
    view.list.setFocus()  # the decision keys work from the list, not the name field
    return view
