"""The export formats' names and limits as the export dialog shows them, in the GUI's language.

The exporters (annotator/export, Qt-free) carry each format's English name (`label`), what it
cannot hold (`limits`); the command line shows them as they are. Here the same English texts are marked for translation, so lupdate finds them and the
dialog looks each up in the GUI's language; a test keeps both lists equal to the exporters'.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ExportFormats"

LABELS = {
    "jsonl": QT_TRANSLATE_NOOP("ExportFormats", "Annotator JSONL (lossless, re-importable)"),
    "csv": QT_TRANSLATE_NOOP("ExportFormats", "CSV spreadsheet (one row per claim)"),
    "w3c": QT_TRANSLATE_NOOP("ExportFormats", "W3C Web Annotation (JSON-LD)"),
    "claimreview": QT_TRANSLATE_NOOP("ExportFormats", "schema.org ClaimReview (JSON-LD)"),
    "fever": QT_TRANSLATE_NOOP("ExportFormats", "FEVER-style JSONL (claim, label, evidence)"),
    "brat": QT_TRANSLATE_NOOP("ExportFormats", "brat standoff (.txt + .ann per document)"),
    "labelstudio": QT_TRANSLATE_NOOP("ExportFormats", "Label Studio tasks (JSON) + labeling config"),
    "doccano": QT_TRANSLATE_NOOP("ExportFormats", "doccano JSONL (sequence labelling)"),
    "spacy": QT_TRANSLATE_NOOP("ExportFormats", "spaCy DocBin (.spacy, claims in doc.spans)"),
    "parquet": QT_TRANSLATE_NOOP("ExportFormats", "Parquet (one row per claim; needs pyarrow)"),
    "clusters": QT_TRANSLATE_NOOP(
        "ExportFormats", "Claim clusters, CSV (the comparison table: one row per report)"),
    "clusters-jsonl": QT_TRANSLATE_NOOP(
        "ExportFormats", "Claim clusters, JSONL (one object per report)"),
}

_CLUSTERS_LIMITS = QT_TRANSLATE_NOOP(
    "ExportFormats", "The comparison table only: wording, figures, dates, source and verdict of "
    "each report; no evidence or history.")

LIMITS = {
    "csv": QT_TRANSLATE_NOOP(
        "ExportFormats", "Evidence and links become text cells; cells that look like formulas "
        "get a leading '; no verdict history."),
    "w3c": QT_TRANSLATE_NOOP(
        "ExportFormats", "Confidence, claimant, \"reported by\" and verdict history have no place "
        "in the Web Annotation model."),
    "claimreview": QT_TRANSLATE_NOOP(
        "ExportFormats", "Only claims whose verdict maps to a rating; no links, confidence or "
        "history."),
    "fever": QT_TRANSLATE_NOOP(
        "ExportFormats", "Evidence comes from supports/contradicts links and evidence URLs; no "
        "history or document text."),
    "brat": QT_TRANSLATE_NOOP(
        "ExportFormats", "Links between documents, evidence, confidence and history are left "
        "out; notes lose their line breaks."),
    "labelstudio": QT_TRANSLATE_NOOP(
        "ExportFormats", "Links between documents or annotators, evidence, confidence and "
        "history are left out."),
    "doccano": QT_TRANSLATE_NOOP(
        "ExportFormats", "Evidence, confidence and history are left out; links only with "
        "relations=True, within a document."),
    "spacy": QT_TRANSLATE_NOOP(
        "ExportFormats", "Links and history are left out; tokens are split where a claim edge "
        "falls inside one."),
    "parquet": QT_TRANSLATE_NOOP("ExportFormats", "Verdict history is left out."),
    "clusters": _CLUSTERS_LIMITS,
    "clusters-jsonl": _CLUSTERS_LIMITS,
}


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def format_label(name: str, label: str) -> str:
    """The format's name in the GUI's language (the exporter's own for a format not listed)."""
    return _translated(LABELS.get(name, label))


def format_limits(name: str, limits: str) -> str:
    return _translated(LIMITS.get(name, limits))
