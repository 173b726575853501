"""The compare layer's explanations in the GUI's language.

Matching and the conflict finder explain themselves in English phrases (core/phrases.py) that
remember their template and arguments; here each template is listed for lupdate and
translated, and the arguments (figures, names, dates quoted from the articles, or phrases
themselves) are filled in. A test keeps this list equal to the compare layer's templates, so a
new explanation cannot reach an Indonesian window untranslated.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ..core.phrases import SHARED_WORDS, SIMILAR_MEANING, fill, reason_parts

CONTEXT = "CompareText"

TEMPLATES = (
    QT_TRANSLATE_NOOP("CompareText", "shared words (%1): %2"),
    QT_TRANSLATE_NOOP("CompareText", "shared names: %1"),
    QT_TRANSLATE_NOOP("CompareText", "same figure: %1 / %2"),
    QT_TRANSLATE_NOOP("CompareText", "a count of %1 on both sides"),
    QT_TRANSLATE_NOOP("CompareText", "same date: %1"),
    QT_TRANSLATE_NOOP("CompareText", "similar meaning (encoder cosine %1)"),
    QT_TRANSLATE_NOOP("CompareText", "“%1”"),
    QT_TRANSLATE_NOOP("CompareText", "“%1” (%2–%3)"),
    QT_TRANSLATE_NOOP("CompareText", "published %1"),
    QT_TRANSLATE_NOOP("CompareText", "publication date unknown"),
    QT_TRANSLATE_NOOP("CompareText", "different counts of %1 — check when each was reported: "
                                     "%2 (%3) vs %4 (%5)"),
    QT_TRANSLATE_NOOP("CompareText", "%1 and %2 cannot both hold for the number of %3"),
    QT_TRANSLATE_NOOP("CompareText", "the dates disagree: “%1” (%2) vs “%3” (%4)"),
    QT_TRANSLATE_NOOP("CompareText", "as planned"),
    QT_TRANSLATE_NOOP("CompareText", "as having happened"),
    QT_TRANSLATE_NOOP("CompareText", "one report gives it %1, the other %2"),
    QT_TRANSLATE_NOOP("CompareText", "one report denies what the other states "
                                     "(a negation in only one)"),
    QT_TRANSLATE_NOOP("CompareText", "both reports trace back to %1: "
                                     "not independent corroboration"),
    QT_TRANSLATE_NOOP("CompareText", "all %1 reports in %2 documents trace back to %3: "
                                     "not independent corroboration"),
)

CHECKWORTHY_LABELS = (
    QT_TRANSLATE_NOOP("CheckworthyReason", "figure"),
    QT_TRANSLATE_NOOP("CheckworthyReason", "date"),
    QT_TRANSLATE_NOOP("CheckworthyReason", "named source"),
    QT_TRANSLATE_NOOP("CheckworthyReason", "anonymous source"),
    QT_TRANSLATE_NOOP("CheckworthyReason", "names"),
    QT_TRANSLATE_NOOP("CheckworthyReason", "casualty verb"),
    QT_TRANSLATE_NOOP("CheckworthyReason", "accusation verb"),
    QT_TRANSLATE_NOOP("CheckworthyReason", "reported as happened"),
    QT_TRANSLATE_NOOP("CheckworthyReason", "question"),
    QT_TRANSLATE_NOOP("CheckworthyReason", "opinion"),
    QT_TRANSLATE_NOOP("CheckworthyReason", "modal"),
    QT_TRANSLATE_NOOP("CheckworthyReason", "short"),
)

#: compare.results.Relation's values: a match's suggested relation
RELATIONS = {
    "same": QT_TRANSLATE_NOOP("MatchRelation", "same"),
    "supports": QT_TRANSLATE_NOOP("MatchRelation", "supports"),
    "contradicts": QT_TRANSLATE_NOOP("MatchRelation", "contradicts"),
    "related": QT_TRANSLATE_NOOP("MatchRelation", "related"),
}

#: compare.results.ConflictKind's values
CONFLICT_KINDS = {
    "quantity": QT_TRANSLATE_NOOP("ConflictKind", "figures"),
    "date": QT_TRANSLATE_NOOP("ConflictKind", "dates"),
    "modality": QT_TRANSLATE_NOOP("ConflictKind", "planned or happened"),
    "negation": QT_TRANSLATE_NOOP("ConflictKind", "denial"),
    "single_source": QT_TRANSLATE_NOOP("ConflictKind", "single source"),
}


#: the arguments that are scores the matcher wrote ("0.29"), shown as the locale writes
#: decimals ("0,29"); every other argument is text quoted from an article and stays as it is
SCORES = {SHARED_WORDS: 0, SIMILAR_MEANING: 0}


def decimal(value: float, places: int = 2) -> str:
    return QLocale().toString(float(value), "f", places)


def said(text: str) -> str:
    """An explanation of the compare layer in the GUI's language: a phrase through its
    template's translation, anything else (text quoted from an article) as it is."""
    template = getattr(text, "template", None)
    if template is None:
        return text
    args = [said(a) for a in text.args]
    score = SCORES.get(template)
    if score is not None and score < len(args):
        try:
            args[score] = decimal(float(args[score]))
        except ValueError:
            pass
    return fill(QCoreApplication.translate(CONTEXT, template), args)


def reason(text: str) -> str:
    """A check-worthiness reason ("figure: 83 orang") with its label translated."""
    label, rest = reason_parts(text)
    if not label:
        return text
    shown = QCoreApplication.translate("CheckworthyReason", label)
    return f"{shown}: {rest}" if rest else shown


def relation(value: str) -> str:
    known = RELATIONS.get(value)
    return QCoreApplication.translate("MatchRelation", known) if known else value


def conflict_kind(value: str) -> str:
    known = CONFLICT_KINDS.get(value)
    return QCoreApplication.translate("ConflictKind", known) if known else value
