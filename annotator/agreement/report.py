"""Agreement figures of a project, a document or a verdict, as dataclasses with their JSON.

The JSON is the contract of `annotator agreement --json` (README "Agreement"): a measure that
has no value is null, and the object's "note" says why, one "measure: reason" per null.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

from ..core import messages
from ..core.errors import message_of, said
from . import measures
from .measures import Undefined
from .units import THRESHOLD, DocumentUnits, Span, match_all

#: The value a unit gets from an annotator who tagged its document but not it, in the
#: "untagged" variant of α (README "Agreement").
UNTAGGED = "(untagged)"


@dataclass
class PairAgreement:
    a: str
    b: str
    #: spans of a and b matched one to one by overlap (the units Cohen's κ is computed on)
    units: int
    f1_exact: float | None
    f1_overlap: float | None
    cohen_kappa: float | None

    def as_json(self) -> dict:
        return {"a": self.a, "b": self.b, "units": self.units, "f1_exact": self.f1_exact,
                "f1_overlap": self.f1_overlap, "cohen_kappa": self.cohen_kappa}


@dataclass
class Agreement:
    annotators: list[str]
    #: documents that two or more of the annotators tagged
    documents: int
    #: units holding the spans of two or more annotators (the units α is computed on)
    units: int
    fleiss_kappa: float | None
    krippendorff_alpha: float | None
    pairwise: list[PairAgreement] = field(default_factory=list)
    #: why each null is null: "fleiss_kappa", "krippendorff_alpha", "cohen_kappa a–b" …
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def note(self) -> str:
        return "; ".join(f"{what}: {why}" for what, why in self.notes.items())

    @property
    def unmeasurable(self) -> str:
        """The sentence to say instead of figures, or "" when there are figures."""
        if len(self.annotators) < 2:
            if self.annotators:
                return said(messages.NEEDS_TWO_ONLY, repr(self.annotators[0]))
            return said(messages.NEEDS_TWO_NONE)
        if self.documents == 0:
            return said(messages.NEEDS_SHARED)
        return ""

    def as_json(self) -> dict:
        return {"annotators": list(self.annotators), "documents": self.documents,
                "units": self.units, "fleiss_kappa": self.fleiss_kappa,
                "krippendorff_alpha": self.krippendorff_alpha,
                "pairwise": [p.as_json() for p in self.pairwise], "note": self.note}


@dataclass
class AgreementGroup:
    """The figures of one document ("document": its id) or one verdict ("verdict")."""

    by: str
    key: str
    agreement: Agreement

    def as_json(self) -> dict:
        return {self.by: self.key, **self.agreement.as_json()}


@dataclass
class AgreementReport:
    """What `Project.agreement` returns: the whole selection, and its groups when asked."""

    overall: Agreement
    by: str | None = None
    groups: list[AgreementGroup] = field(default_factory=list)

    def as_json(self) -> dict:
        if self.by is None:
            return self.overall.as_json()
        return {"groups": [g.as_json() for g in self.groups]}


def _measure(notes: dict[str, str], what: str, compute: Callable[[], float]) -> float | None:
    try:
        return compute()
    except Undefined as why:
        notes[what] = message_of(why)
        return None


def summarise(span_docs: Sequence[DocumentUnits], annotators: Sequence[str], *,
              unit_docs: Sequence[DocumentUnits] | None = None,
              label: Callable[[str], Hashable] | None = None,
              untagged: bool = False) -> Agreement:
    """The figures over matched documents; `annotators` are every annotator who tagged them.

    Span F1 comes from `span_docs`; units, κ and α from `unit_docs` (the same unless given:
    per verdict, F1 is over that verdict's claims while κ and α compare "this verdict or
    not" on all the units). `label` maps a verdict to the category compared (identity by
    default). `untagged` counts an annotator who tagged a unit's document but not the unit
    as the category UNTAGGED in α (the documented variant; off by default)."""
    unit_docs = span_docs if unit_docs is None else unit_docs
    names = sorted(annotators)
    notes: dict[str, str] = {}
    pairwise = []
    for k, a in enumerate(names):
        for b in names[k + 1:]:
            n_a = n_b = exact = 0
            matched = 0
            for doc in span_docs:
                if (a, b) in doc.exact:
                    n_a += doc.counts[a]
                    n_b += doc.counts[b]
                    exact += doc.exact[(a, b)]
                    matched += len(doc.overlap[(a, b)])
            if label is None:
                verdicts = [(x[4], y[4]) for doc in unit_docs for x, y in doc.overlap.get((a, b), ())]
            else:
                verdicts = [(label(x[4]), label(y[4]))
                            for doc in unit_docs for x, y in doc.overlap.get((a, b), ())]
            shared = any((a, b) in doc.exact for doc in span_docs)
            pair = f"{a}–{b}"
            if not shared:
                notes[f"f1 {pair}"] = said(messages.NO_SHARED_DOCUMENT)
                f1e = f1o = None
            else:
                f1e = _measure(notes, f"f1_exact {pair}", lambda: measures.span_f1(exact, n_a, n_b))
                f1o = _measure(notes, f"f1_overlap {pair}",
                               lambda: measures.span_f1(matched, n_a, n_b))
            kappa = _measure(notes, f"cohen_kappa {pair}", lambda: measures.cohen_kappa(verdicts))
            pairwise.append(PairAgreement(a, b, len(verdicts), f1e, f1o, kappa))

    alpha_units: list[list[Hashable]] = []
    complete: list[list[Hashable]] = []
    units = 0
    for doc in unit_docs:
        for unit in doc.units:
            m = len(unit)
            if m > 1:
                units += 1
            elif not untagged:
                continue  # a span no one else matched: not pairable, left out of κ and α
            values = ([s[4] for s in unit] if label is None else [label(s[4]) for s in unit])
            if m == len(names):
                complete.append(values)
            if untagged:
                values = values + [UNTAGGED] * (len(doc.annotators) - m)
            alpha_units.append(values)
    fleiss = _measure(notes, "fleiss_kappa", lambda: measures.fleiss_kappa(complete))
    if "fleiss_kappa" in notes and not complete and len(names) > 1:
        notes["fleiss_kappa"] = said(messages.NO_UNIT_ALL, str(len(names)))
    alpha = _measure(notes, "krippendorff_alpha", lambda: measures.krippendorff_alpha(alpha_units))
    docs = len(span_docs)
    return Agreement(names, docs, units, fleiss, alpha, pairwise, notes)


BY = (None, "document", "verdict")


def agreement(spans: Sequence[Span], *, by: str | None = None, threshold: float = THRESHOLD,
              untagged: bool = False, verdicts: Sequence[str] = (),
              document_order: Sequence[str] | None = None,
              annotators: Sequence[str] | None = None) -> AgreementReport:
    """The figures of `spans` (in any order, as store.spans reads them). `annotators`: every
    annotator the figures list, when `spans` leave out documents only one of them tagged
    (those take no part in the figures, but their annotators are named); else those of
    `spans`."""
    if by not in BY:
        raise ValueError(f"agreement by {by!r}: use document or verdict")
    annotators = sorted({s[1] for s in spans} if annotators is None else annotators)
    docs = match_all(spans, threshold)
    report = AgreementReport(summarise(docs, annotators, untagged=untagged), by)
    if by == "document":
        order = {d: k for k, d in enumerate(document_order or ())}
        for doc in sorted(docs, key=lambda d: (order.get(d.doc_id, len(order)), d.doc_id)):
            report.groups.append(AgreementGroup(
                "document", doc.doc_id, summarise([doc], doc.annotators, untagged=untagged)))
    elif by == "verdict":
        for verdict in verdicts:
            only = match_all(spans, threshold, verdict=verdict)
            report.groups.append(AgreementGroup("verdict", verdict, summarise(
                only, annotators, unit_docs=docs, label=lambda v, w=verdict: v == w,
                untagged=untagged)))
    return report
