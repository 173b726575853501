"""How an import's report reads: the summary line, what a merge added, the undo step's name
and the tooltips that carry the details; kept apart from the dialog that runs the import."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...project.imports import FileResult, ImportReport, Outcome
from ..i18n import arg, plural
from ..messages import capitalised, message_text


def undo_label(report: ImportReport) -> str:
    """The Edit menu's name for undoing this import: "Import a.txt", "Import 3 files",
    "Merge ana.jsonl" (an Annotator export that added claims or links). English, as the
    project's own change labels are; ui/change_labels.py shows it in the GUI's language."""
    done = [r for r in report.results if r.outcome is Outcome.IMPORTED]
    if len(done) == 1:
        r = done[0]
        verb = "Merge" if (r.claims or r.links) else "Import"
        return f"{verb} {r.path.name}"
    return f"Import {len(done)} files" if done else "Import"


def _claims(n: int) -> str:
    return plural(QCoreApplication.translate("ImportDialog", "%n claim(s)", None, n), n)


def _articles(n: int) -> str:
    return plural(QCoreApplication.translate("ImportDialog", "%n article(s)", None, n), n)


def _links(n: int) -> str:
    return plural(QCoreApplication.translate("ImportDialog", "%n link(s)", None, n), n)


def _files(n: int) -> str:
    return plural(QCoreApplication.translate("ImportDialog", "%n file(s)", None, n), n)


def merged_text(report: ImportReport) -> str:
    """What merged Annotator exports added: "2 claims added to 1 article, 1 link added"
    ("" when no file was one)."""
    claims = sum(r.claims for r in report.results)
    links = sum(r.links for r in report.results)
    on = sum(r.claim_documents for r in report.results)
    parts = []
    if claims:
        parts.append(arg(QCoreApplication.translate("ImportDialog", "%1 added to %2"),
                         _claims(claims), _articles(on)))
    if links:
        parts.append(arg(QCoreApplication.translate("ImportDialog", "%1 added"), _links(links)))
    return ", ".join(parts)


def summary_html(report: ImportReport, total: int) -> str:
    n_imp = report.count(Outcome.IMPORTED)
    n_dup = report.count(Outcome.DUPLICATE)
    n_fail = report.count(Outcome.FAILED)
    # only what was stored: a duplicate's ids name the article already there
    articles = sum(len(r.doc_ids) for r in report.results if r.outcome is Outcome.IMPORTED)
    if not report.results and not report.cancelled:
        return QCoreApplication.translate("ImportDialog", "<b>No supported files were found.</b>")
    merged = merged_text(report)
    files = arg(QCoreApplication.translate("ImportDialog", "from %1"), _files(n_imp))
    if merged and not articles:
        parts = [arg(QCoreApplication.translate("ImportDialog", "<b>%1</b> %2"), merged, files)]
    elif merged:
        parts = [arg(QCoreApplication.translate("ImportDialog", "<b>%1 imported, %2</b> %3"),
                     _articles(articles), merged, files)]
    else:
        parts = [arg(QCoreApplication.translate("ImportDialog", "<b>%1 imported</b> %2"),
                     _articles(articles), files)]
    if n_dup:
        parts.append(arg(QCoreApplication.translate("ImportDialog", "%1 already in the project"),
                         n_dup))
    if n_fail:
        parts.append(arg(QCoreApplication.translate("ImportDialog", "%1 failed"), n_fail))
    text = ", ".join(parts) + "."
    if report.cancelled:
        skipped = max(total - len(report.results), 0)
        text += " " + (QCoreApplication.translate(
            "ImportDialog", "<b>Cancelled:</b> 1 file was not imported.") if skipped == 1 else
            QCoreApplication.translate("ImportDialog", "<b>Cancelled:</b> %n files were not "
                                       "imported.", None, skipped))
    if report.changes:
        text += " " + QCoreApplication.translate(
            "ImportDialog", "Edit ▸ Undo (Ctrl+Z) takes the whole import back.")
    return text


def describe(result: FileResult) -> str:
    """The Details column: why it failed, or what was imported (with the first titles)."""
    said = message_text(result.message)  # (its reader's or the importer's phrase)
    if result.outcome is not Outcome.IMPORTED:
        return capitalised(said)
    unknown = QCoreApplication.translate("ImportDialog", "language unknown")
    titles = [f"“{t}” ({lang or unknown})" for t, lang in zip(result.titles, result.languages)]
    shown = ", ".join(titles[:3]) + (arg(QCoreApplication.translate(
        "ImportDialog", " and %1 more"), len(titles) - 3) if len(titles) > 3 else "")
    return f"{said}: {shown}" if shown else said


#: Tooltips wider than this many characters are wrapped (rich text wraps; plain text does not).
TOOLTIP_CHARS = 70


def wrapped_tooltip(text: str) -> str:
    """A tooltip that fits on the screen: long text as rich text, which Qt word-wraps."""
    if len(text) <= TOOLTIP_CHARS:
        return text
    return f"<p style='white-space:normal'>{html_text(text)}</p>"


def html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
