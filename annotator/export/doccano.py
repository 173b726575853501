"""doccano JSONL for sequence labelling: one document per line, `label: [[start, end, VERDICT]]`.

Offsets are code points (doccano's backend is Python, so they agree). With the option
`relations=True` the lines use doccano's relation-extraction layout instead (`entities` with
numeric ids and `relations` for links inside the document). Extra keys (doc_id, title, url,
claim_ids, notes) are kept by doccano as metadata.
"""
from __future__ import annotations

from pathlib import Path

from ..core import messages
from ..core.errors import said
from ..core.model import Claim, Document
from .atomic import atomic_file
from .base import Exporter, ExportSource, dumps, register


@register
class DoccanoExporter(Exporter):
    name = "doccano"
    label = "doccano JSONL (sequence labelling)"
    suffix = ".jsonl"
    limits = ('Evidence, confidence and history are left out; links only with relations=True, '
              'within a document.')
    OPTIONS = {"relations": False}

    def _line(self, doc: Document, claims: list[Claim], by_claim: dict, stats: dict) -> dict:
        line = {"text": doc.text, "doc_id": doc.id, "title": doc.title, "url": doc.url}
        if not self.options["relations"]:
            line["label"] = [[c.start, c.end, c.verdict.value] for c in claims]
        else:
            numbers = {c.id: i for i, c in enumerate(claims, 1)}
            line["entities"] = [{"id": numbers[c.id], "label": c.verdict.value,
                                 "start_offset": c.start, "end_offset": c.end} for c in claims]
            relations, seen = [], set()
            for c in claims:
                for link in by_claim.get(c.id, ()):
                    if link.id in seen:
                        continue
                    seen.add(link.id)
                    if link.source_id in numbers and link.target_id in numbers:
                        relations.append({"id": len(relations) + 1, "type": link.kind.value,
                                          "from_id": numbers[link.source_id],
                                          "to_id": numbers[link.target_id]})
                    elif link.source_id in numbers:
                        stats["cross"] += 1
            line["relations"] = relations
        line["claim_ids"] = [c.id for c in claims]
        line["notes"] = [c.note for c in claims]
        return line

    def _lines(self, source: ExportSource, stats: dict, limit: int | None = None):
        by_claim = source.links_by_claim() if self.options["relations"] else {}
        for doc, claims in source.documents(limit=limit):
            yield self._line(doc, claims, by_claim, stats)

    def _write(self, source: ExportSource, dest: Path, warnings: list[str]) -> None:
        stats = {"cross": 0}
        with atomic_file(dest) as fh:
            for line in self._lines(source, stats):
                fh.write(dumps(line))
                fh.write("\n")
        if stats["cross"]:
            warnings.append(said(messages.CROSS_LINKS, str(stats["cross"]), "doccano"))

    def _preview(self, source: ExportSource, limit: int) -> str:
        out = []
        for line in self._lines(source, {"cross": 0}, limit):
            if len(line["text"]) > 300:
                line["text"] = line["text"][:300] + "…"
            out.append(dumps(line, indent=2))
        return "\n".join(out)
