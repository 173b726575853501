"""FEVER-style JSONL: one line per claim with a SUPPORTS / REFUTES / NOT ENOUGH INFO label.

FEVER's evidence is a list of evidence sets, each a list of
[annotation_id, evidence_id, page, sentence]. Ours point at the claims this claim is linked to
("supports" / "contradicts" links, either direction): each set holds one item
[link_id, linked_claim_id, linked_doc_id, [start, end]] with the span in code points of that
document's text, and `evidence_spans` spells the same out with quote, title and relation.
Evidence URLs are in `evidence_urls`. The label mapping is the `labels` option.
"""
from __future__ import annotations

from pathlib import Path

from ..core.model import Claim, Document, LinkKind, Verdict
from .atomic import ExportError, atomic_file
from .base import Exporter, ExportSource, dumps, register, verdict_map

DEFAULT_LABELS = {
    Verdict.VERIFIED: "SUPPORTS",
    Verdict.DISPUTED: "REFUTES",
    Verdict.UNVERIFIED: "NOT ENOUGH INFO",
}
FEVER_LABELS = {"SUPPORTS", "REFUTES", "NOT ENOUGH INFO"}
EVIDENCE_KINDS = {LinkKind.SUPPORTS, LinkKind.CONTRADICTS}


@register
class FeverExporter(Exporter):
    name = "fever"
    label = "FEVER-style JSONL (claim, label, evidence)"
    suffix = ".jsonl"
    limits = ('Evidence comes from supports/contradicts links and evidence URLs; no history or '
              'document text.')
    OPTIONS = {"labels": None}

    def _labels(self) -> dict[Verdict, str]:
        labels = verdict_map(self.options["labels"], DEFAULT_LABELS, "fever labels")
        for verdict, label in labels.items():
            if label not in FEVER_LABELS:
                raise ExportError(f"fever labels: {label!r} for {verdict.value} is not one of "
                                  "SUPPORTS, REFUTES, NOT ENOUGH INFO")
        return labels

    def _record(self, source: ExportSource, doc: Document, c: Claim, label: str,
                links) -> dict:
        sets, spans = [], []
        for link in links:
            if link.kind not in EVIDENCE_KINDS:
                continue
            other_id = link.target_id if link.source_id == c.id else link.source_id
            other = source.claim(other_id)
            if other is None:
                continue
            sets.append([[link.id, other.id, other.doc_id, [other.start, other.end]]])
            spans.append({"claim_id": other.id, "doc_id": other.doc_id,
                          "doc_title": self._title(source, other.doc_id),
                          "start": other.start, "end": other.end, "quote": other.quote,
                          "relation": link.kind.value})
        return {
            "id": c.id, "verifiable": "NOT VERIFIABLE" if label == "NOT ENOUGH INFO" else "VERIFIABLE",
            "label": label, "claim": c.quote, "evidence": sets, "evidence_spans": spans,
            "evidence_urls": [e.url for e in c.evidence], "doc_id": doc.id, "doc_title": doc.title,
            "doc_url": doc.url, "start": c.start, "end": c.end, "verdict": c.verdict.value,
            "annotator": c.annotator, "note": c.note,
        }

    def _title(self, source: ExportSource, doc_id: str) -> str:
        titles = getattr(self, "_titles", None)
        if titles is None:
            titles = self._titles = {s.id: s.title for s in source.project.documents()}
        return titles.get(doc_id, "")

    def _records(self, source: ExportSource, limit: int | None = None):
        labels = self._labels()
        by_claim = source.links_by_claim(all_links=True)
        for doc, claims in source.documents(include_empty=False, limit=limit):
            for c in claims:
                yield self._record(source, doc, c, labels[c.verdict], by_claim.get(c.id, ()))

    def _write(self, source: ExportSource, dest: Path, warnings: list[str]) -> None:
        with atomic_file(dest) as fh:
            for record in self._records(source):
                fh.write(dumps(record))
                fh.write("\n")

    def _preview(self, source: ExportSource, limit: int) -> str:
        out = []
        for record in self._records(source):
            out.append(dumps(record, indent=2))
            if len(out) >= limit:
                break
        return "\n".join(out)
