"""The agreement matrix: one cell per pair of annotators (span F1 exact and overlap, Cohen's
κ), Fleiss' κ and Krippendorff's α over all of them, and why a figure is missing."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..i18n import arg
from ..messages import message_text

if TYPE_CHECKING:
    from ...project.team import Agreement


def figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


#: The agreement package's names for its figures (the keys of Agreement.notes: "fleiss_kappa",
#: "cohen_kappa ana–budi" …), as the matrix shows them
FIGURES = {
    "fleiss_kappa": QT_TRANSLATE_NOOP("AgreementMatrix", "Fleiss' κ"),
    "krippendorff_alpha": QT_TRANSLATE_NOOP("AgreementMatrix", "Krippendorff's α"),
    "cohen_kappa": QT_TRANSLATE_NOOP("AgreementMatrix", "Cohen's κ %1"),
    "f1_exact": QT_TRANSLATE_NOOP("AgreementMatrix", "F1 exact %1"),
    "f1_overlap": QT_TRANSLATE_NOOP("AgreementMatrix", "F1 overlap %1"),
    "f1": QT_TRANSLATE_NOOP("AgreementMatrix", "F1 %1"),
}


def notes_text(a: "Agreement") -> str:
    """Why each missing figure is missing, "Cohen's κ ana–budi: …; Fleiss' κ: …", in the GUI's
    language ("" when none is)."""
    parts = []
    for what, why in a.notes.items():
        name, _, pair = what.partition(" ")
        figure_name = (arg(QCoreApplication.translate("AgreementMatrix", FIGURES[name]), pair)
                       if name in FIGURES else what)
        parts.append(arg(QCoreApplication.translate("AgreementMatrix", "%1: %2"), figure_name,
                         message_text(why)))
    return "; ".join(parts)


class AgreementMatrix(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget()
        self.table.setObjectName("agreementMatrix")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.legend = QLabel(self.tr(
            "Span F1 exact: the same boundaries; overlap: spans whose code points overlap by a "
            "Jaccard index of 0.5 or more (one to one). Cohen's κ compares the verdicts of the "
            "spans a pair matched; Fleiss' κ the units all annotators tagged; Krippendorff's α "
            "every unit two or more tagged. The gold layer is left out (README “Agreement”)."))
        self.legend.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.legend)
        self.show_busy()

    def show_busy(self) -> None:
        self.summary.setText(self.tr("Computing the agreement figures…"))

    def show_agreement(self, a: "Agreement") -> None:
        names = a.annotators
        self.table.clear()
        self.table.setRowCount(len(names))
        self.table.setColumnCount(len(names))
        self.table.setHorizontalHeaderLabels(names)
        self.table.setVerticalHeaderLabels(names)
        why = message_text(a.unmeasurable)
        if why:
            self.summary.setText(why)
        else:
            self.summary.setText(
                self.tr("%1 annotators · %2 shared documents · %3 units    Fleiss' κ %4 · "
                        "Krippendorff's α %5")
                .replace("%1", str(len(names))).replace("%2", str(a.documents))
                .replace("%3", str(a.units)).replace("%4", figure(a.fleiss_kappa))
                .replace("%5", figure(a.krippendorff_alpha)))
        cell = self.tr("F1 exact %1\nF1 overlap %2\nCohen's κ %3\n%4 units")
        for pair in a.pairwise:
            i, j = names.index(pair.a), names.index(pair.b)
            text = (cell.replace("%1", figure(pair.f1_exact))
                    .replace("%2", figure(pair.f1_overlap))
                    .replace("%3", figure(pair.cohen_kappa)).replace("%4", str(pair.units)))
            for r, c in ((i, j), (j, i)):  # symmetric: both halves read the same
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        for k in range(len(names)):
            item = QTableWidgetItem("·")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(k, k, item)
        self.table.horizontalHeader().setMinimumSectionSize(130)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        notes = notes_text(a)
        self.note.setText(self.tr("Why a figure is missing (—): %1").replace("%1", notes)
                          if notes else "")
