"""One disagreement side by side: a column per annotator (key, name, verdict, quote), what
differs, and what the gold layer holds over it now."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ...core.model import Verdict
from ..palette import style, verdict_text

if TYPE_CHECKING:
    from ...project.team import Disagreement

QUOTE_CHARS = 400


def kinds_text(d: "Disagreement") -> str:
    names = {"untagged": QCoreApplication.translate("Adjudication", "not every annotator tagged it"),
             "span": QCoreApplication.translate("Adjudication", "span differs"),
             "verdict": QCoreApplication.translate("Adjudication", "verdict differs")}
    return ", ".join(names[k.value] for k in d.kinds)


def quote(text: str, start: int, end: int) -> str:
    q = text[start:end]
    return q if len(q) <= QUOTE_CHARS else q[:QUOTE_CHARS] + "…"


class UnitView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.columns = QWidget()
        self.grid = QGridLayout(self.columns)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.gold = QLabel()
        self.gold.setWordWrap(True)
        self.gold.setObjectName("goldState")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.columns)
        layout.addWidget(self.gold)
        layout.addStretch(1)
        self.boxes: list[QGroupBox] = []

    def _clear(self) -> None:
        for box in self.boxes:
            box.deleteLater()
        self.boxes = []

    def show_nothing(self, sentence: str) -> None:
        self._clear()
        self.heading.setText(sentence)
        self.gold.clear()

    def show_unit(self, d: "Disagreement", where: str, title: str, text: str, annotators: list[str],
                  decisions: dict[str, str], gold: list[tuple], adjudicator: str) -> None:
        self._clear()
        self.heading.setText(
            self.tr("%5 · <b>%1</b><br>code points %2–%3: %4")
            .replace("%2", str(d.start)).replace("%3", str(d.end)).replace("%4", kinds_text(d))
            .replace("%5", escape(where)).replace("%1", escape(title)))  # user text last
        for k, name in enumerate(annotators):
            box = QGroupBox(f"{k + 1} · {name}" if k < 9 else name)
            box.setObjectName(f"version_{name}")
            inner = QVBoxLayout(box)
            span = d.spans.get(name)
            if span is None:
                missing = (self.tr("did not tag this") if name in d.missing
                           else self.tr("did not tag this article"))
                label = QLabel(f"<i>{escape(missing)}</i>")
            else:
                verdict = Verdict(span[4])
                state = decisions.get(span[5], "")
                mark = {"accepted": self.tr("accepted"), "rejected": self.tr("rejected")}.get(
                    state, "")
                label = QLabel(
                    f"<span style='color:{style(verdict).strong}'><b>"
                    f"{escape(verdict_text(verdict))}</b></span>"
                    f" <small>[{span[2]}, {span[3]})</small>"
                    + (f" — <b>{escape(mark)}</b>" if mark else "")
                    + f"<br>«{escape(quote(text, span[2], span[3]))}»")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            inner.addWidget(label, 1)
            self.grid.addWidget(box, 0, k)
            self.boxes.append(box)
        if gold:
            lines = [f"{verdict_text(Verdict(v))} «{escape(quote(text, s, e))}»"
                     for _cid, s, e, v in gold]
            self.gold.setText(self.tr("<b>Gold layer (%1) here:</b> %2")
                              .replace("%1", escape(adjudicator)).replace("%2", "<br>".join(lines)))
        elif any(decisions.get(s[5]) == "rejected" for s in d.spans.values()):
            self.gold.setText(self.tr("<b>Decided:</b> neither version is in the gold layer (%1).")
                              .replace("%1", escape(adjudicator)))
        else:
            self.gold.setText(self.tr("<b>Not decided yet.</b>"))
