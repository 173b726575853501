"""The inspector's suggested sources: the claimant and the "reported by" chain the claim's
sentence names (the engine's attribution), each with a Use button. Nothing is written until the
user clicks; a suggestion equal to what the claim already says is not offered."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ..core.model import Claim


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SourcesHint(QWidget):
    use_requested = Signal(str, str, str)  # claim id, field ("claimant" / "reported_by"), value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claim: Claim | None = None
        self.values: dict[str, str] = {}
        self._anonymous = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("<small>Suggested from the sentence:</small>"))
        grid.addWidget(self.title, 0, 0, 1, 2)
        self.labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        names = {"claimant": self.tr("Claimant"), "reported_by": self.tr("Reported by")}
        for row, (field, name) in enumerate(names.items(), start=1):
            label = QLabel()
            label.setWordWrap(True)
            button = QPushButton(self.tr("Use"))
            button.setToolTip(self.tr("Put this in the claim's “%1” field (undoable)")
                              .replace("%1", name))
            button.clicked.connect(lambda _=False, f=field: self._use(f))
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1)
            self.labels[field], self.buttons[field] = label, button
            self._names = names
        grid.setColumnStretch(0, 1)
        self.hide()

    def show_suggestion(self, claim: Claim | None, claimant: str, reported_by: str,
                        anonymous: bool = False) -> None:
        self.claim = claim
        self._anonymous = anonymous
        self.values = {"claimant": claimant, "reported_by": reported_by}
        offered = False
        for field, value in self.values.items():
            current = getattr(claim, field, "") if claim is not None else ""
            # a field that already names it ("Hendra Saputra (BPBD Waru)") needs no offer
            show = bool(claim is not None and value
                        and value.casefold() not in (current or "").casefold())
            note = self.tr(" (unnamed)") if field == "claimant" and anonymous else ""
            self.labels[field].setText(f"{self._names[field]}: <b>{_html(value)}</b>{note}")
            self.labels[field].setVisible(show)
            self.buttons[field].setVisible(show)
            offered = offered or show
        self.setVisible(offered)

    def refresh(self, claim: Claim | None) -> None:
        """The claim was re-read (or another selected): hide what it now says, or all of it."""
        if claim is None or self.claim is None or claim.id != self.claim.id:
            self.claim = None
            self.hide()
            return
        self.show_suggestion(claim, self.values.get("claimant", ""),
                             self.values.get("reported_by", ""), self._anonymous)

    def _use(self, field: str) -> None:
        if self.claim is not None and self.values.get(field):
            self.use_requested.emit(self.claim.id, field, self.values[field])
