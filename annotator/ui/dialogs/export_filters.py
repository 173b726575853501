"""The export dialog's parts: the choices loaded from the project (formats, documents,
annotators), the filter widgets and the per-format options.

Loading reads the project (and imports each exporter, some of which pull in large libraries),
so it runs in a worker; the widgets here only show what came back.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from ...core.model import Verdict
from ..workers import Control, open_project
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from ..i18n import arg
from ..palette import style
from .export_texts import format_label


#: shown translated (context "ExportFilters")
OPTION_LABELS = {
    "bom": QT_TRANSLATE_NOOP("ExportFilters", "Start the file with a byte-order mark (Excel)"),
    "collection": QT_TRANSLATE_NOOP("ExportFilters",
                                    "One AnnotationCollection (otherwise a plain JSON array)"),
    "links": QT_TRANSLATE_NOOP("ExportFilters", "Include links between claims"),
    "relations": QT_TRANSLATE_NOOP("ExportFilters",
                                   "Relation-extraction layout (entities and relations)"),
    "organisation": QT_TRANSLATE_NOOP("ExportFilters", "Fact-checking organisation"),
}


@dataclass
class FormatInfo:
    name: str
    label: str = ""
    multi_file: bool = False
    suffix: str = ""
    options: dict = field(default_factory=dict)
    problem: str = ""  # why the format cannot be used here (a library is missing …)
    limits: str = ""  # what the format cannot hold, shown before exporting

    @property
    def shown_label(self) -> str:
        """The name in the GUI's language (export_texts.py); `label` is the exporter's own."""
        return format_label(self.name, self.label)


@dataclass
class Choices:
    formats: list[FormatInfo]
    #: claims per verdict (an aggregate: the articles themselves are read as the list shows them)
    verdict_counts: dict[Verdict, int]
    annotators: list[str]


def load_formats() -> list[FormatInfo]:
    from ...project import exports as export

    out = []
    for name in export.FORMATS:
        cls = export.exporter_class(name)
        out.append(FormatInfo(name, cls.label or name, cls.multi_file, cls.suffix,
                              dict(cls.OPTIONS), problem=cls.unavailable_reason(),
                              limits=cls.limits))
    return out


def load_choices(project_path: Path, control: Control) -> Choices:
    formats = load_formats()
    with open_project(project_path, readonly=True) as project:
        return Choices(formats, project.verdict_totals(), project.annotators())


def lay_out_checklist(w: QWidget, title: str, view: QWidget) -> None:
    """The head of a check list (its title, All, None) over its list view; `w` has
    `changed`, `set_all` and `_update_title` (CheckList, export_documents.DocumentCheckList)."""
    w.noun = title.lower()
    w.title = QLabel(title)
    view.setAlternatingRowColors(True)
    w.all_button = QPushButton(QCoreApplication.translate("ExportFilters", "All"))
    w.none_button = QPushButton(QCoreApplication.translate("ExportFilters", "None"))
    for b in (w.all_button, w.none_button):
        b.setAutoDefault(False)
    w.all_button.clicked.connect(lambda: w.set_all(True))
    w.none_button.clicked.connect(lambda: w.set_all(False))
    w.changed.connect(w._update_title)
    head = QHBoxLayout()
    head.addWidget(w.title, 1)
    head.addWidget(w.all_button)
    head.addWidget(w.none_button)
    layout = QVBoxLayout(w)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(head)
    layout.addWidget(view, 1)


def checklist_title(noun: str, checked: int, total: int) -> str:
    if total == 0:
        return arg(QCoreApplication.translate("ExportFilters", "No %1 in the project"), noun)
    return arg(QCoreApplication.translate("ExportFilters", "%1 of %2 %3 selected"),
               checked, total, noun)


class CheckList(QWidget):
    """A checkable list with All / None buttons; `selection()` is None when everything is
    checked (no restriction) and a list otherwise."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        lay_out_checklist(self, title, self.list)
        self.list.itemChanged.connect(lambda _i: self.changed.emit())

    def fill(self, entries: list[tuple[str, str, str]], checked: set[str] | None = None) -> None:
        """entries: (key, text, tooltip); all checked unless `checked` names some."""
        self.list.blockSignals(True)
        self.list.clear()
        for key, text, tip in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(tip)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = checked is None or key in checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.changed.emit()

    def _update_title(self) -> None:
        self.title.setText(checklist_title(self.noun, len(self.checked_keys()), self.list.count()))

    def set_all(self, on: bool) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.changed.emit()

    def checked_keys(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def selection(self) -> list[str] | None:
        keys = self.checked_keys()
        return None if len(keys) == self.list.count() else keys


class VerdictBoxes(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Verdict, QCheckBox] = {}
        for v in Verdict:
            box = QCheckBox(f"&{style(v).label.capitalize()}")
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[v] = box
            layout.addWidget(box)
        layout.addStretch(1)

    def set_counts(self, counts: dict[Verdict, int]) -> None:
        for v, box in self.boxes.items():
            box.setText(f"&{style(v).label.capitalize()} ({counts.get(v, 0)})")

    def selection(self) -> list[Verdict] | None:
        chosen = [v for v, box in self.boxes.items() if box.isChecked()]
        return None if len(chosen) == len(self.boxes) else chosen


class OptionsPanel(QWidget):
    """A format's simple options: booleans as check boxes, text as a line edit. Mappings (FEVER
    labels, ClaimReview ratings) stay with the command line, which takes them as JSON."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.widgets: dict[str, QWidget] = {}

    def show_for(self, info: FormatInfo) -> None:
        for w in self.widgets.values():
            w.deleteLater()
        self.widgets = {}
        for key, default in info.options.items():
            text = (QCoreApplication.translate("ExportFilters", OPTION_LABELS[key]) if key in OPTION_LABELS
                    else key.replace("_", " ").capitalize())
            if isinstance(default, bool):
                widget: QWidget = QCheckBox(text)
                widget.setChecked(default)
                widget.toggled.connect(lambda _on: self.changed.emit())
            elif isinstance(default, str):
                widget = QLineEdit(default)
                widget.setPlaceholderText(text)
                widget.textEdited.connect(lambda _t: self.changed.emit())
            else:
                continue
            self.widgets[key] = widget
            self._layout.addWidget(widget)
        self.setVisible(bool(self.widgets))

    def values(self) -> dict:
        return {key: w.isChecked() if isinstance(w, QCheckBox) else w.text().strip()
                for key, w in self.widgets.items()}
