"""Label Studio: a folder with `tasks.json` (import it into a project) and `labeling_config.xml`
(paste it as the project's labelling interface).

One task per document (`data.text` plus doc_id/title/url). Each annotator's claims form one
annotation of the task: a `labels` region per claim (value.start/end in code points, the quote
as value.text, the verdict as the label; the region id is the claim id), a per-region
`textarea` result holding the note, and `relation` results for links between that annotator's
claims in the document.
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import quoteattr

from ..core import messages
from ..core.errors import said
from ..core.model import Claim, Document, LinkKind, Verdict
from .atomic import atomic_folder
from .base import Exporter, ExportSource, dumps, outgoing_links, register, write_json_array

FROM_LABELS = "verdict"
FROM_NOTE = "note"
TO_TEXT = "text"
COLOURS = {Verdict.VERIFIED: "#2e7d32", Verdict.DISPUTED: "#c62828", Verdict.UNVERIFIED: "#f9a825"}


def labeling_config() -> str:
    labels = "\n".join(f"    <Label value={quoteattr(v.value)} background={quoteattr(COLOURS[v])}/>"
                       for v in Verdict)
    relations = "\n".join(f"    <Relation value={quoteattr(k.value)}/>" for k in LinkKind)
    return (
        "<View>\n"
        f"  <Labels name=\"{FROM_LABELS}\" toName=\"{TO_TEXT}\">\n{labels}\n  </Labels>\n"
        f"  <Text name=\"{TO_TEXT}\" value=\"$text\"/>\n"
        f"  <Relations>\n{relations}\n  </Relations>\n"
        f"  <TextArea name=\"{FROM_NOTE}\" toName=\"{TO_TEXT}\" perRegion=\"true\" editable=\"true\" "
        "placeholder=\"Note\"/>\n"
        "</View>\n"
    )


def _regions(c: Claim) -> list[dict]:
    value = {"start": c.start, "end": c.end, "text": c.quote}
    out = [{"id": c.id, "from_name": FROM_LABELS, "to_name": TO_TEXT, "type": "labels",
            "origin": "manual", "value": {**value, "labels": [c.verdict.value]}}]
    if c.note:
        out.append({"id": c.id, "from_name": FROM_NOTE, "to_name": TO_TEXT, "type": "textarea",
                    "origin": "manual", "value": {**value, "text": [c.note]}})
    return out


def task(number: int, doc: Document, claims: list[Claim], by_claim: dict, stats: dict) -> dict:
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        groups.setdefault(c.annotator, []).append(c)
    annotations = []
    for annotator, group in groups.items():
        ids = {c.id for c in group}
        result = [r for c in group for r in _regions(c)]
        for link in outgoing_links(group, by_claim):
            if link.target_id in ids:
                result.append({"type": "relation", "from_id": link.source_id,
                               "to_id": link.target_id, "direction": "right",
                               "labels": [link.kind.value]})
            else:
                stats["unlinked"] += 1
        annotation = {"result": result, "ground_truth": False, "was_cancelled": False}
        if annotator:
            annotation["meta"] = {"annotator": annotator}
        if group:
            annotation["created_at"] = min(c.created_at for c in group)
            annotation["updated_at"] = max(c.updated_at for c in group)
        annotations.append(annotation)
    return {"id": number,
            "data": {"text": doc.text, "doc_id": doc.id, "title": doc.title, "url": doc.url},
            "annotations": annotations}


@register
class LabelStudioExporter(Exporter):
    name = "labelstudio"
    label = "Label Studio tasks (JSON) + labeling config"
    suffix = ""
    limits = 'Links between documents or annotators, evidence, confidence and history are left out.'
    multi_file = True

    def _tasks(self, source: ExportSource, stats: dict, limit: int | None = None):
        by_claim = source.links_by_claim()
        for number, (doc, claims) in enumerate(source.documents(limit=limit), 1):
            yield task(number, doc, claims, by_claim, stats)

    def _write(self, source: ExportSource, dest: Path, warnings: list[str]) -> None:
        stats = {"unlinked": 0}
        with atomic_folder(dest) as folder:
            with open(folder / "tasks.json", "w", encoding="utf-8", newline="") as fh:
                write_json_array(fh, self._tasks(source, stats))
                fh.write("\n")
            (folder / "labeling_config.xml").write_text(labeling_config(), encoding="utf-8")
        if stats["unlinked"]:
            warnings.append(said(messages.UNLINKED_RELATIONS, str(stats["unlinked"])))
        warnings += source.dropped_links_warning()

    def _preview(self, source: ExportSource, limit: int) -> str:
        out = []
        for t in self._tasks(source, {"unlinked": 0}, limit):
            if len(t["data"]["text"]) > 300:
                t["data"]["text"] = t["data"]["text"][:300] + "…"
            out.append(dumps(t, indent=2))
        return "\n".join(out)
