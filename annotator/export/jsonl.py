"""Native JSONL: one document per line with everything Annotator knows about it.

Lossless by design: the document's metadata and text, every claim with its evidence and verdict
history, and the links whose source claim lies in the document. Every line carries the marker
field `annotator_export` (the format version) so a reader can tell it from a plain JSONL file
of articles. Strings are raw (no CSV-style neutralising). The schema is
resources/schema/annotator-export.schema.json; `annotator.ingest.native` reads it back.
"""
from __future__ import annotations

from pathlib import Path

from ..core.model import Claim, Document, Link, VerdictChange
from ..core.native_format import FORMAT_VERSION, MARKER
from .atomic import atomic_file
from .base import Exporter, ExportSource, dumps, register


def document_record(doc: Document) -> dict:
    return {
        MARKER: FORMAT_VERSION, "id": doc.id, "title": doc.title, "outlet": doc.outlet,
        "url": doc.url, "published": doc.published, "author": doc.author,
        "language": doc.language, "language_prob": doc.language_prob,
        "language_override": doc.language_override, "direction": doc.direction.value,
        "source_name": doc.source_name, "source_hash": doc.source_hash,
        "content_hash": doc.content_hash, "imported_at": doc.imported_at, "text": doc.text,
    }


def _change(h: VerdictChange) -> dict:
    return {"old": None if h.old is None else h.old.value,
            "new": None if h.new is None else h.new.value,
            "annotator": h.annotator, "at": h.at, "cause": h.cause}


def claim_record(c: Claim, history: list[VerdictChange]) -> dict:
    return {
        "id": c.id, "start": c.start, "end": c.end, "quote": c.quote, "prefix": c.prefix,
        "suffix": c.suffix, "verdict": c.verdict.value, "note": c.note,
        "confidence": c.confidence, "claimant": c.claimant, "reported_by": c.reported_by,
        "annotator": c.annotator, "created_at": c.created_at, "updated_at": c.updated_at,
        "evidence": [{"id": e.id, "url": e.url, "title": e.title, "accessed": e.accessed,
                      "note": e.note} for e in c.evidence],
        "history": [_change(h) for h in history],
    }


def link_record(link: Link) -> dict:
    return {"id": link.id, "source_id": link.source_id, "target_id": link.target_id,
            "kind": link.kind.value, "note": link.note, "annotator": link.annotator,
            "created_at": link.created_at}


@register
class NativeJsonlExporter(Exporter):
    name = "jsonl"
    label = "Annotator JSONL (lossless, re-importable)"
    suffix = ".jsonl"

    def _lines(self, source: ExportSource, limit: int | None = None):
        by_source: dict[str, list[Link]] = {}
        for link in source.links():
            by_source.setdefault(link.source_id, []).append(link)
        for doc, claims in source.documents(limit=limit):
            histories = source.histories([c.id for c in claims])
            record = document_record(doc)
            record["claims"] = [claim_record(c, histories.get(c.id, [])) for c in claims]
            record["links"] = [link_record(link) for c in claims for link in by_source.get(c.id, ())]
            yield record

    def _write(self, source: ExportSource, dest: Path, warnings: list[str]) -> None:
        with atomic_file(dest) as fh:
            for record in self._lines(source):
                fh.write(dumps(record))
                fh.write("\n")
        warnings += source.dropped_links_warning()

    def _preview(self, source: ExportSource, limit: int) -> str:
        out = []
        for record in self._lines(source, limit):
            if len(record["text"]) > 300:
                record["text"] = record["text"][:300] + "…"
            out.append(dumps(record, indent=2))
        return "\n".join(out)

