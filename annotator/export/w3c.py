"""W3C Web Annotation (JSON-LD): one annotation per claim inside an AnnotationCollection.

Each claim targets its document (`urn:uuid:<doc id>`; the article's web address, when known, is
the target's `scope`) through a TextQuoteSelector and a TextPositionSelector in code points of
the stored text. The verdict is a `tagging` body, the note a `commenting` body, each evidence a
SpecificResource with purpose `linking`; motivation is `assessing`. Links between claims become
extra annotations with motivation `linking` whose target is one claim's annotation and whose
body is the other's.
"""
from __future__ import annotations

from itertools import chain
from pathlib import Path

from ..core.model import Claim, Direction, Document, Link, new_id
from ..core.text import is_rtl
from .atomic import atomic_file
from .base import Exporter, ExportSource, dumps, register, write_json_array

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def urn(uuid: str) -> str:
    return f"urn:uuid:{uuid}"


def _text_body(value: str, purpose: str) -> dict:
    body = {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}
    if is_rtl(value):
        body["textDirection"] = "rtl"
    return body


def annotation(doc: Document, c: Claim) -> dict:
    bodies = [_text_body(c.verdict.value, "tagging")]
    if c.note:
        bodies.append(_text_body(c.note, "commenting"))
    for ev in c.evidence:
        resource = {"type": "SpecificResource", "purpose": "linking", "source": ev.url}
        if ev.title:
            resource["label"] = ev.title
        bodies.append(resource)
    target = {
        "type": "SpecificResource",
        "source": urn(doc.id),
        "selector": [
            {"type": "TextQuoteSelector", "exact": c.quote, "prefix": c.prefix, "suffix": c.suffix},
            {"type": "TextPositionSelector", "start": c.start, "end": c.end},
        ],
    }
    if doc.url:
        target["scope"] = doc.url
    if doc.direction is Direction.RTL:
        target["textDirection"] = "rtl"
    if doc.effective_language:
        target["language"] = doc.effective_language
    out = {"@context": CONTEXT, "id": urn(c.id), "type": "Annotation", "motivation": "assessing",
           "body": bodies, "target": target}
    if c.created_at:
        out["created"] = c.created_at
    if c.updated_at:
        out["modified"] = c.updated_at
    if c.annotator:
        out["creator"] = {"type": "Person", "name": c.annotator}
    return out


def link_annotation(link: Link) -> dict:
    out = {
        "@context": CONTEXT, "id": urn(link.id), "type": "Annotation", "motivation": "linking",
        "body": [_text_body(link.kind.value, "tagging"),
                 {"type": "SpecificResource", "purpose": "linking", "source": urn(link.target_id)}],
        "target": urn(link.source_id),
    }
    if link.note:
        out["body"].append(_text_body(link.note, "commenting"))
    if link.created_at:
        out["created"] = link.created_at
    if link.annotator:
        out["creator"] = {"type": "Person", "name": link.annotator}
    return out


@register
class W3CExporter(Exporter):
    name = "w3c"
    label = "W3C Web Annotation (JSON-LD)"
    suffix = ".jsonld"
    limits = ('Confidence, claimant, "reported by" and verdict history have no place in the Web'
              ' Annotation model.')
    #: collection=False writes a JSON array of annotations instead of an AnnotationCollection.
    OPTIONS = {"collection": True, "links": True}

    def _items(self, source: ExportSource, limit: int | None = None):
        for doc, claims in source.documents(include_empty=False, limit=limit):
            for c in claims:
                yield annotation(doc, c)

    def _all_items(self, source: ExportSource, in_collection: bool):
        items = self._items(source)
        if self.options["links"]:
            items = chain(items, (link_annotation(link) for link in source.links()))
        for item in items:
            if in_collection:  # the collection's @context covers its items
                del item["@context"]
            yield item

    def _write(self, source: ExportSource, dest: Path, warnings: list[str]) -> None:
        """Streamed, one annotation per line: a 100,000-claim collection never sits in memory,
        and `total` (known at the end) closes the collection object."""
        collection = self.options["collection"]
        with atomic_file(dest) as fh:
            if collection:
                head = {"@context": CONTEXT, "id": urn(new_id()), "type": "AnnotationCollection",
                        "label": f"{source.project.name}: claims"}
                page = {"id": urn(new_id()), "type": "AnnotationPage", "startIndex": 0}
                fh.write(dumps(head)[:-1] + ',"first":' + dumps(page)[:-1] + ',"items":')
            total = write_json_array(fh, self._all_items(source, collection))
            if collection:
                fh.write(f'}},"total":{total}}}')
            fh.write("\n")
        if self.options["links"]:
            warnings += source.dropped_links_warning()

    def _preview(self, source: ExportSource, limit: int) -> str:
        out = []
        for item in self._items(source):
            out.append(dumps(item, indent=2))
            if len(out) >= limit:
                break
        return "\n".join(out)
