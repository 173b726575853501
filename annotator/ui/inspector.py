"""The claim inspector: everything about the selected claim, edited in place.

The inspector never writes: each field emits a request that the main window runs through the
undo adapter, and the inspector re-reads the claim when the resulting ChangeSet names it.
Text fields commit when they lose focus (or on Enter), so nothing waits for a Save.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from ..core.errors import NotFoundError
from ..core.model import Claim, Verdict
from ..project import Project
from .palette import LINK_MARK, link_label, style, verdict_text
from PySide6.QtCore import QCoreApplication
from .i18n import arg, local_time

if TYPE_CHECKING:  # the form's widgets and panels: built with the form (ClaimInspector)
    from PySide6.QtWidgets import QLineEdit, QListWidgetItem

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
NO_CONFIDENCE = -0.05
#: The widgets of the claim's form, which is built when a claim is first shown (see
#: ClaimInspector): reading one of them before builds it then.
FORM_WIDGETS = frozenset({
    "quote", "where", "verdict_group", "verdict_buttons", "verdict_row", "note", "confidence", "claimant",
    "reported_by", "sources", "matches", "evidence", "evidence_url", "links", "history"})


class NoteEdit(QPlainTextEdit):
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on to the next field, as in every form

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.committed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.committed.emit()
            return
        super().keyPressEvent(event)


#: A web address typed without "https://": "www.…", or a host name followed by a path
#: ("kompas.com/read/…"). File names ("laporan_2024.pdf", "data.xlsx") and initials ("J.Smith")
#: are references, not links.
_BARE_ADDRESS = re.compile(
    r"^(?:www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]\S*)?"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}[/?#]\S*)$", re.IGNORECASE)


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


class ClaimInspector(QScrollArea):
    verdict_requested = Signal(str, object)  # claim id, Verdict
    fields_changed = Signal(str, dict)  # claim id, {note|confidence|claimant|reported_by: value}
    evidence_added = Signal(str, str)  # claim id, url
    evidence_removed = Signal(str)  # evidence id
    link_followed = Signal(str)  # the other claim's id
    link_removed = Signal(str)  # link id
    # the form's panels' requests, passed on (the form, and so they, come with the first claim)
    match_link_requested = Signal(str, str, int, int, object)  # claim, doc, start, end, kind
    match_open_requested = Signal(str, int, int)  # doc id, start, end (code points)
    source_use_requested = Signal(str, str, str)  # claim id, field, value

    def __init__(self, project: Project, title_of: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._title = title_of
        self.claim: Claim | None = None
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)
        self.empty = QLabel(QCoreApplication.translate(
    "Inspector", "Select a highlight (or a row in the Claims table) to see its "
                            "details here.\n\nTo tag a claim: select text in an article and "
                            "press 1 (verified), 2 (disputed) or 3 (unverified)."))
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        self.form_widget = QWidget()
        outer.addWidget(self.form_widget)
        outer.addStretch(1)
        self.form_widget.hide()
        self._form_built = False
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def __getattr__(self, name: str):
        """A form widget read before any claim was shown: the form is built for it."""
        if name in FORM_WIDGETS and not self.__dict__.get("_form_built", True):
            self._build_form()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _build_form(self) -> None:
        """The claim's fields, verdict buttons, matches, evidence, links and history: hidden
        until a claim is selected, so built then, not at start-up (their classes, the matches
        panel and its module cost 15 ms of the cold start, P1; the first claim shown takes
        those ms once)."""
        from PySide6.QtWidgets import (
            QButtonGroup, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLineEdit, QListWidget,
            QPushButton,
        )

        from .button_row import ButtonRow
        from .matches_panel import MatchesPanel
        from .plain_styles import TintedToggle
        from .sources_hint import SourcesHint

        self._form_built = True
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: a dock is narrow
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel()
        self.where.setWordWrap(True)
        form.addRow(self.quote)
        form.addRow(self.where)

        verdicts = ButtonRow()  # stacked in a narrow dock (ui/button_row.py)
        self.verdict_group = QButtonGroup(self)
        self.verdict_buttons: dict[Verdict, TintedToggle] = {}
        for i, v in enumerate(Verdict):
            button = TintedToggle(verdict_text(v), style(v).tint, style(v).strong)
            button.setToolTip(arg(QCoreApplication.translate("Inspector", "Tag as %1 (key %2)"), v.value, style(v).key))
            self.verdict_group.addButton(button, i)
            self.verdict_buttons[v] = button
            verdicts.add(button)
        self.verdict_row = verdicts
        self.verdict_group.idClicked.connect(self._verdict_clicked)
        form.addRow(QCoreApplication.translate("Inspector", "Verdict"), verdicts)

        self.note = NoteEdit()
        self.note.setPlaceholderText(QCoreApplication.translate("Inspector", "Why this verdict? (saved when you leave the field)"))
        self.note.setFixedHeight(80)
        self.note.committed.connect(self._commit_note)
        form.addRow(QCoreApplication.translate("Inspector", "Note"), self.note)

        self.confidence = QDoubleSpinBox()
        self.confidence.setRange(NO_CONFIDENCE, 1.0)
        self.confidence.setSingleStep(0.05)
        self.confidence.setDecimals(2)
        self.confidence.setSpecialValueText(QCoreApplication.translate("Inspector", "not set"))
        self.confidence.editingFinished.connect(self._commit_confidence)
        form.addRow(QCoreApplication.translate("Inspector", "Confidence"), self.confidence)

        self.claimant = QLineEdit(placeholderText=QCoreApplication.translate("Inspector", "who made the claim"))
        self.reported_by = QLineEdit(placeholderText=QCoreApplication.translate("Inspector", "as reported by (outlet, agency…)"))
        self.claimant.editingFinished.connect(lambda: self._commit_text("claimant", self.claimant))
        self.reported_by.editingFinished.connect(
            lambda: self._commit_text("reported_by", self.reported_by))
        form.addRow(QCoreApplication.translate("Inspector", "Claimant"), self.claimant)
        form.addRow(QCoreApplication.translate("Inspector", "Reported by"), self.reported_by)
        self.sources = SourcesHint()  # the sentence's attribution, one click to use
        form.addRow(self.sources)
        self.matches = MatchesPanel(self.project.path)  # found in the match thread
        self.matches.sources_found.connect(lambda claim, found: self.sources.show_suggestion(
            claim, found.claimant, found.reported_by, found.anonymous))
        form.addRow(self.matches)

        self.evidence = QListWidget()
        self.evidence.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.evidence.setMaximumHeight(90)
        self.evidence.itemDoubleClicked.connect(self._open_evidence)
        self.evidence_url = QLineEdit(placeholderText=QCoreApplication.translate("Inspector", "Link or reference, then Enter"))
        self.evidence_url.setToolTip(QCoreApplication.translate(
    "Inspector", "A link to the source (https://…; typed without https:// "
                                     "it is added), or a reference such as “Interview with the "
                                     "police spokesperson, 15 March”"))
        self.evidence_url.returnPressed.connect(self._add_evidence)
        add_ev = QPushButton(QCoreApplication.translate("Inspector", "Add"))
        add_ev.clicked.connect(self._add_evidence)
        remove_ev = QPushButton(QCoreApplication.translate("Inspector", "Remove"))
        remove_ev.clicked.connect(self._remove_evidence)
        ev_row = QHBoxLayout()
        ev_row.addWidget(self.evidence_url, 1)
        ev_row.addWidget(add_ev)
        ev_row.addWidget(remove_ev)
        ev_box = QVBoxLayout()
        ev_box.addWidget(self.evidence)
        ev_box.addLayout(ev_row)
        form.addRow(QCoreApplication.translate("Inspector", "Evidence"), ev_box)

        self.links = QListWidget()
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.links.setWordWrap(True)  # a link shows the other claim's quote and article whole
        self.links.setMaximumHeight(130)
        self.links.itemDoubleClicked.connect(self._follow_link)
        follow = QPushButton(QCoreApplication.translate("Inspector", "Open linked claim"))
        follow.clicked.connect(lambda: self._follow_link(self.links.currentItem()))
        unlink = QPushButton(QCoreApplication.translate("Inspector", "Remove link"))
        unlink.clicked.connect(self._remove_link)
        link_row = QHBoxLayout()
        link_row.addWidget(follow)
        link_row.addWidget(unlink)
        link_row.addStretch(1)
        link_box = QVBoxLayout()
        link_box.addWidget(self.links)
        link_box.addLayout(link_row)
        form.addRow(arg(QCoreApplication.translate("Inspector", "Links %1"), LINK_MARK), link_box)

        self.history = QListWidget()
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setWordWrap(True)  # "2026-03-02 10:15  dewi: disputed → verified" whole
        self.history.setMaximumHeight(120)
        form.addRow(QCoreApplication.translate("Inspector", "History"), self.history)
        self.matches.link_requested.connect(self.match_link_requested)
        self.matches.open_requested.connect(self.match_open_requested)
        self.sources.use_requested.connect(self.source_use_requested)

    # ------------------------------------------------------------------ display
    def show_claim(self, claim_id: str | None) -> None:
        claim = None
        if claim_id:
            try:
                claim = self.project.claim(claim_id)
            except NotFoundError:
                claim = None
        if claim is None and not self._form_built:
            self.claim = None
            self.empty.setVisible(True)
            self.form_widget.setVisible(False)
            return
        keep_note = (claim is not None and self.claim is not None and claim.id == self.claim.id
                     and self.note.hasFocus())
        another = claim is not None and (self.claim is None or claim.id != self.claim.id)
        self.claim = claim
        self.empty.setVisible(claim is None)
        if another:  # a new or other claim: its quote and verdict first, not the last one's history
            self.verticalScrollBar().setValue(0)
        self.form_widget.setVisible(claim is not None)
        self.matches.show_claim(claim)
        self.sources.refresh(claim)
        if claim is None:
            return
        s = style(claim.verdict)
        self.quote.setText(arg(QCoreApplication.translate("Inspector", "<span style=\"background:%1; color:black\">“%2”</span>"), s.tint, _html(claim.quote)))
        title = self._title(claim.doc_id)
        self.where.setText(arg(QCoreApplication.translate("Inspector", "<small>%1 · characters %2–%3 · by %4</small>"), _html(title), claim.start, claim.end, _html(claim.annotator or 'unknown')))
        for v, button in self.verdict_buttons.items():
            button.setChecked(v == claim.verdict)
        if not keep_note:
            self.note.setPlainText(claim.note)
        self.confidence.setValue(NO_CONFIDENCE if claim.confidence is None else claim.confidence)
        self.claimant.setText(claim.claimant)
        self.reported_by.setText(claim.reported_by)
        from PySide6.QtWidgets import QListWidgetItem

        self.evidence.clear()
        for ev in claim.evidence:
            item = QListWidgetItem(f"{ev.title} — {ev.url}" if ev.title else ev.url)
            item.setData(ITEM_ROLE, ev.id)
            item.setToolTip(ev.url + (arg(QCoreApplication.translate(
                "Inspector", "\naccessed %1"), ev.accessed) if ev.accessed else ""))
            self.evidence.addItem(item)
        self.links.clear()
        for link in self.project.links(claim.id):
            other_id = link.target_id if link.source_id == claim.id else link.source_id
            arrow = "→" if link.source_id == claim.id else "←"
            try:
                other = self.project.claim(other_id)
                other_title = self._title(other.doc_id)
                text = arg(QCoreApplication.translate("Inspector", "%1 %2: %3 “%4”\n    in %5"),
                           arrow, link_label(link.kind), style(other.verdict).symbol,
                           _short(other.quote, 90), _short(other_title, 60))
            except NotFoundError:
                text = arg(QCoreApplication.translate("Inspector", "%1 %2: (missing claim)"),
                           arrow, link_label(link.kind))
            item = QListWidgetItem(text)
            item.setToolTip(text + "\n" + QCoreApplication.translate(
                "Inspector", "(double-click to open it)"))
            item.setData(ITEM_ROLE, (link.id, other_id))
            self.links.addItem(item)
        self.history.clear()
        for h in self.project.history(claim.id):
            when = local_time(h.at)
            if h.old is None:
                what = (arg(QCoreApplication.translate("Inspector", "created as %1"),
                            style(h.new).label) if h.new else
                        QCoreApplication.translate("Inspector", "created"))
            elif h.new is None:
                what = arg(QCoreApplication.translate("Inspector", "deleted (was %1)"),
                           style(h.old).label)
            else:
                what = f"{style(h.old).label} → {style(h.new).label}"
            cause = "" if h.cause == "edit" else f" ({h.cause})"
            self.history.addItem(f"{when}  {h.annotator or '?'}: {what}{cause}")

    def shutdown(self) -> None:
        """On close: stop the matches' thread, if the form (and so the panel) was built."""
        if self._form_built:
            self.matches.shutdown()

    # ------------------------------------------------------------------ requests
    def _verdict_clicked(self, button_id: int) -> None:
        if self.claim is not None:
            self.verdict_requested.emit(self.claim.id, list(Verdict)[button_id])

    def _commit_note(self) -> None:
        if self.claim is not None and self.note.toPlainText() != self.claim.note:
            self.fields_changed.emit(self.claim.id, {"note": self.note.toPlainText()})

    def _commit_confidence(self) -> None:
        if self.claim is None:
            return
        value = self.confidence.value()
        new = None if value <= NO_CONFIDENCE + 1e-9 else round(value, 2)
        if new != self.claim.confidence:
            self.fields_changed.emit(self.claim.id, {"confidence": new})

    def _commit_text(self, field: str, edit: QLineEdit) -> None:
        if self.claim is not None and edit.text().strip() != getattr(self.claim, field):
            self.fields_changed.emit(self.claim.id, {field: edit.text().strip()})

    def _add_evidence(self) -> None:
        url = self.evidence_url.text().strip()
        if _BARE_ADDRESS.match(url):  # "kompas.com/read/…": a link without its scheme
            url = "https://" + url
        if self.claim is not None and url:
            self.evidence_url.clear()
            self.evidence_added.emit(self.claim.id, url)

    def _remove_evidence(self) -> None:
        item = self.evidence.currentItem()
        if item is not None:
            self.evidence_removed.emit(item.data(ITEM_ROLE))

    def _open_evidence(self, item: QListWidgetItem) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        url = QUrl(item.toolTip().splitlines()[0])
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def _follow_link(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.link_followed.emit(item.data(ITEM_ROLE)[1])

    def _remove_link(self) -> None:
        item = self.links.currentItem()
        if item is not None:
            self.link_removed.emit(item.data(ITEM_ROLE)[0])


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
