"""Which claims the reading panes draw: everyone's, one annotator's, or only those in a
disagreement between annotators (View ▸ Show claims of).

The filter is applied where a pane loads its spans (PaneArea), so an article's 10,000 claims
are filtered once per load, not per repaint. "Only disagreements" asks the facade for the
article's disagreements (Project.disagreements, one O(n log n) pass over its claims) and is
re-read whenever the article's claims change, since one edit can end or start a dispute.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from .span_index import Span

if TYPE_CHECKING:
    from ..project import Project
    from .main_window import MainWindow


class Show(enum.Enum):
    ALL = "all"
    ANNOTATOR = "annotator"
    DISAGREEMENTS = "disagreements"


@dataclass(frozen=True)
class PaneFilter:
    show: Show = Show.ALL
    annotator: str = ""
    #: the gold layer of the adjudication window, when open: not one of the disagreeing
    adjudicator: str = ""

    @property
    def per_span(self) -> bool:
        """Whether one span can be judged on its own (an edit then updates it in place)."""
        return self.show is not Show.DISAGREEMENTS

    def keeps(self, span: Span) -> bool:
        return self.show is not Show.ANNOTATOR or span.annotator == self.annotator

    def apply(self, project: "Project", doc_id: str, spans: list[Span]) -> list[Span]:
        if self.show is Show.ALL:
            return spans
        if self.show is Show.ANNOTATOR:
            return [s for s in spans if s.annotator == self.annotator]
        found = (project.disagreements_without(doc_id, self.adjudicator) if self.adjudicator
                 else project.disagreements(doc_id))
        disputed = {s[5] for d in found for s in d.spans.values()}
        return [s for s in spans if s.claim_id in disputed]

    def describe(self) -> str:
        if self.show is Show.ANNOTATOR:
            return QCoreApplication.translate("PaneFilter", "Showing only %1's claims").replace(
                "%1", self.annotator)
        if self.show is Show.DISAGREEMENTS:
            return QCoreApplication.translate("PaneFilter",
                                              "Showing only claims where annotators disagree")
        return ""


def fill_menu(window: "MainWindow", menu: QMenu) -> None:
    """The choices, rebuilt each time the menu opens (annotators come and go with merges)."""
    menu.clear()
    group = QActionGroup(menu)
    current = window.panes.filter
    view = getattr(window, "adjudication", None)
    gold = view.adjudicator if view is not None and view.project is not None else ""
    choices = [(QCoreApplication.translate("PaneFilter", "&All annotators"), PaneFilter()),
               (QCoreApplication.translate("PaneFilter", "Only &disagreements"),
                PaneFilter(Show.DISAGREEMENTS, adjudicator=gold))]
    names = window.project.annotators()
    for name in names:
        choices.append((name.replace("&", "&&"), PaneFilter(Show.ANNOTATOR, name)))
    for k, (text, choice) in enumerate(choices):
        if k == 2:
            menu.addSeparator()
        action = QAction(text, menu, checkable=True)
        action.setChecked((choice.show, choice.annotator) == (current.show, current.annotator))
        action.triggered.connect(lambda _c=False, f=choice: set_filter(window, f))
        group.addAction(action)
        menu.addAction(action)


def set_filter(window: "MainWindow", choice: PaneFilter) -> None:
    window.panes.set_filter(choice)
    window.statusBar().showMessage(choice.describe() or QCoreApplication.translate(
        "PaneFilter", "Showing every annotator's claims"), 5000)


def add_filter_menu(window: "MainWindow", view: QMenu) -> QMenu:
    menu = view.addMenu(QCoreApplication.translate("PaneFilter", "Show claims &of"))
    menu.setObjectName("paneFilterMenu")
    menu.aboutToShow.connect(lambda: fill_menu(window, menu))
    return menu
