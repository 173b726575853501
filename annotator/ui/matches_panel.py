"""The inspector's "Matches in other articles": the selected claim's best matches (quote, outlet
and title, why it matched, conflict badges), the lines that say where reports disagree, and the
single-source warning.

Matches are found in the match helper process (compare_worker.MatchService: its own Project,
the latest request wins), so selecting claims quickly never waits for the engine. The panel never writes:
linking and opening are requests the window carries out (compare_hooks.py), as undoable edits.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from ..core.model import Claim, LinkKind
from ..project.passages import is_single_source
from .compare_worker import MatchResult, MatchService
from .match_keys import LINK_MATCH_KEYS, OPEN_MATCH_KEY
from .button_row import ButtonRow
from .compare_texts import decimal, relation, said
from .palette import LINK_MARK, link_label
from .plain_styles import set_text_colour

MATCH_ROLE = Qt.ItemDataRole.UserRole + 7
CONFLICT_BADGE = "⚠"
CAUTION_BADGE = "△"  # a caution (single source, different counts): in every common font


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MatchesPanel(QWidget):
    link_requested = Signal(str, str, int, int, object)  # claim id, doc id, start, end, LinkKind
    open_requested = Signal(str, int, int)  # doc id, start, end (code points)
    sources_found = Signal(object, object)  # Claim, SuggestedSources

    def __init__(self, project_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claim: Claim | None = None
        self.result: MatchResult | None = None
        self.service = MatchService(project_path, self)
        self.service.found.connect(self._on_found)
        self.service.failed.connect(self._on_failed)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 0)
        self.header = QLabel(self.tr("<b>Matches in other articles</b>"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(120)
        self.list.setMaximumHeight(300)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        buttons = ButtonRow()  # stacked in a narrow dock (ui/button_row.py)
        self.link_buttons: dict[LinkKind, QPushButton] = {}
        for kind in LinkKind:
            button = QPushButton(link_label(kind))  # the GUI's language, as the toolbar's
            button.setToolTip(self.tr("Link the claim to the selected match as “%1” (%2); the "
                                      "match becomes an unverified claim")
                              .replace("%1", link_label(kind)).replace("%2", LINK_MATCH_KEYS[kind]))
            button.clicked.connect(lambda _=False, k=kind: self.link_current(k))
            buttons.add(button)
            self.link_buttons[kind] = button
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the match's article in the next pane, with "
                                            "the sentence selected: 1 / 2 / 3 tags it (%1, or "
                                            "Enter in the list)").replace("%1", OPEN_MATCH_KEY))
        self.open_button.clicked.connect(self.open_current)
        buttons.add(self.open_button)
        self.conflict_lines = QLabel()
        self.conflict_lines.setWordWrap(True)
        self.conflict_lines.setTextFormat(Qt.TextFormat.RichText)
        self.single_source = QLabel()
        self.single_source.setWordWrap(True)
        set_text_colour(self.single_source, "#9a4a00")
        for w in (self.header, self.status, self.list):
            box.addWidget(w)
        box.addWidget(buttons)
        box.addWidget(self.conflict_lines)
        box.addWidget(self.single_source)
        self.show_claim(None)

    # ------------------------------------------------------------------ display
    def show_claim(self, claim: Claim | None) -> None:
        """Ask for the claim's matches; the last answer stays on screen until the new one
        arrives, unless it is another claim's."""
        other = claim is None or self.claim is None or claim.id != self.claim.id
        self.claim = claim
        if claim is None:
            self.result = None
            self.list.clear()
            self._say("")
            self.conflict_lines.hide()
            self.single_source.hide()
            self._update_buttons()
            return
        if other:
            self.result = None
            self.list.clear()
            self.conflict_lines.hide()
            self.single_source.hide()
            self._say(self.tr("Finding matches…"))
            self._update_buttons()
        self.service.ask(claim.id)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _on_failed(self, claim_id: str, text: str) -> None:
        if self.claim is not None and claim_id == self.claim.id:
            self._say(self.tr("Matches could not be found: %1").replace("%1", text))

    def _on_found(self, result: MatchResult) -> None:
        if self.claim is None or result.claim_id != self.claim.id:
            return
        keep = self.list.currentRow()
        self.result = result
        self.list.clear()
        for match in result.matches:
            item = QListWidgetItem(self._item_text(match, result))
            item.setData(MATCH_ROLE, match)
            item.setToolTip(self._item_tooltip(match))
            self.list.addItem(item)
        if result.matches:
            self.list.setCurrentRow(keep if 0 <= keep < len(result.matches) else 0)
            self._say("")
        else:
            self._say(self.tr("No matches in the other articles."))
        self._show_conflicts(result)
        self._update_buttons()
        self.sources_found.emit(self.claim, result.sources)

    def _where(self, doc_id: str, result: MatchResult) -> str:
        doc = result.documents.get(doc_id)
        if doc is None:
            return doc_id[:8]
        return f"{doc.outlet} · {doc.title}" if doc.outlet else doc.title

    def _item_text(self, match, result: MatchResult) -> str:
        badges = (CONFLICT_BADGE if any(c.hard for c in match.conflicts) else "") + \
            (CAUTION_BADGE if any(not c.hard for c in match.conflicts) else "")
        linked = result.linked.get((match.doc, match.start, match.end))
        lines = [f"{badges + ' ' if badges else ''}“{_short(match.quote, 160)}”",
                 f"    {_short(self._where(match.doc, result), 70)}",
                 "    " + self.tr("%1 · %2").replace("%1", relation(match.relation)).replace(
                     "%2", _short("; ".join(map(said, match.why)), 110))]
        if linked:
            lines.append("    " + self.tr("%1 linked as %2").replace("%1", LINK_MARK)
                         .replace("%2", QCoreApplication.translate("LinkKind", linked)))
        return "\n".join(lines)

    def _item_tooltip(self, match) -> str:
        lines = [self.tr("Score %1, suggested relation: %2").replace(
            "%1", decimal(match.score)).replace("%2", relation(match.relation))]
        lines += [f"· {said(w)}" for w in match.why]
        lines += [f"{CONFLICT_BADGE if c.hard else CAUTION_BADGE} {said(c.why)}"
                  for c in match.conflicts]
        return "\n".join(lines)

    def _when(self, doc_id: str, result: MatchResult) -> str:
        here = result.documents.get(self.claim.doc_id) if self.claim else None
        there = result.documents.get(doc_id)
        if here is None or there is None or not here.published or not there.published:
            return ""
        a, b = there.published[:10], here.published[:10]
        if a < b:
            return self.tr("reported earlier")
        if a > b:
            return self.tr("reported later")
        return self.tr("reported the same day")

    def _show_conflicts(self, result: MatchResult) -> None:
        lines = []
        for match in result.matches:
            for note in match.conflicts:
                if not note.hard:
                    continue
                when = self._when(match.doc, result)
                where = _html(_short(self._where(match.doc, result), 60))
                lines.append(f"{CONFLICT_BADGE} {_html(said(note.why))} — <i>{where}</i>"
                             f"{', ' + when if when else ''}")
        self.conflict_lines.setText("<br>".join(lines))
        self.conflict_lines.setVisible(bool(lines))
        single = is_single_source(result.matches)
        if single is not None:
            self.single_source.setText(self.tr("Single source: %1").replace("%1", said(single.why)))
        self.single_source.setVisible(single is not None)

    def _update_buttons(self) -> None:
        ok = self.current_match() is not None
        for button in (*self.link_buttons.values(), self.open_button):
            button.setEnabled(ok)

    # ------------------------------------------------------------------ requests
    def current_match(self):
        item = self.list.currentItem()
        return item.data(MATCH_ROLE) if item is not None else None

    def link_current(self, kind: LinkKind) -> bool:
        match = self.current_match()
        if self.claim is None or match is None:
            return False
        self.link_requested.emit(self.claim.id, match.doc, match.start, match.end, kind)
        return True

    def open_current(self) -> bool:
        match = self.current_match()
        if match is None:
            return False
        self.open_requested.emit(match.doc, match.start, match.end)
        return True

    def shutdown(self) -> None:
        self.service.shutdown()
