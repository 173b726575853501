"""brat standoff: a folder with `<name>.txt` + `<name>.ann` per document and `annotation.conf`.

T lines hold claims (type Claim, code point offsets into the .txt, which is the stored text
byte for byte), A lines their verdict, `#` AnnotatorNotes their note and R lines the links
whose two claims are in the same document. brat cannot show a span across a line break, so
such a claim becomes a discontinuous T line (fragments joined by ";", texts joined by a space,
as brat writes them) and is reported.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..core import messages
from ..core.errors import said
from ..core.model import Claim, Document, LinkKind, Verdict
from .atomic import atomic_folder
from .base import Exporter, ExportSource, outgoing_links, register

ENTITY = "Claim"
ATTRIBUTE = "Verdict"


def annotation_conf() -> str:
    relations = "\n".join(f"{k.value}\tArg1:{ENTITY}, Arg2:{ENTITY}" for k in LinkKind)
    values = "|".join(v.value for v in Verdict)
    return (
        f"[entities]\n{ENTITY}\n\n"
        f"[relations]\n{relations}\n<OVERLAP>\tArg1:{ENTITY}, Arg2:{ENTITY}, <OVL-TYPE>:<ANY>\n\n"
        "[events]\n\n"
        f"[attributes]\n{ATTRIBUTE}\tArg:{ENTITY}, Value:{values}\n"
    )


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut at line breaks, without the breaks (brat spans stay on one line)."""
    out, pos = [], start
    for piece in text[start:end].split("\n"):
        if piece:
            out.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


def _one_line(value: str) -> str:
    return re.sub(r"[\t\n\x0b\x0c\r\x1c-\x1e\x85\u2028\u2029]+", " ", value).strip()


def ann_text(doc: Document, claims: list[Claim], links_by_claim: dict, stats: dict) -> str:
    lines, t_of = [], {}
    attr = note_no = rel = 0
    for n, c in enumerate(claims, 1):
        frags = fragments(doc.text, c.start, c.end) or [(c.start, c.end)]
        if len(frags) > 1:
            stats["split"] += 1
        t_of[c.id] = f"T{n}"
        spans = ";".join(f"{s} {e}" for s, e in frags)
        quote = " ".join(doc.text[s:e] for s, e in frags)
        lines.append(f"T{n}\t{ENTITY} {spans}\t{quote}")
        attr += 1
        lines.append(f"A{attr}\t{ATTRIBUTE} T{n} {c.verdict.value}")
        if c.note:
            note_no += 1
            lines.append(f"#{note_no}\tAnnotatorNotes T{n}\t{_one_line(c.note)}")
    for link in outgoing_links(claims, links_by_claim):
        if link.target_id in t_of:
            rel += 1
            lines.append(f"R{rel}\t{link.kind.value} Arg1:{t_of[link.source_id]} "
                         f"Arg2:{t_of[link.target_id]}")
        else:
            stats["cross"] += 1
    return "\n".join(lines) + ("\n" if lines else "")


def file_stem(doc: Document, taken: set[str]) -> str:
    slug = unicodedata.normalize("NFKD", doc.title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", slug).strip("-").lower()[:40]
    stem = f"{slug}-{doc.id[:8]}" if slug else doc.id[:8]
    if stem in taken:
        stem = doc.id
    taken.add(stem)
    return stem


@register
class BratExporter(Exporter):
    name = "brat"
    label = "brat standoff (.txt + .ann per document)"
    suffix = ""
    limits = ('Links between documents, evidence, confidence and history are left out; notes '
              'lose their line breaks.')
    multi_file = True

    def _write(self, source: ExportSource, dest: Path, warnings: list[str]) -> None:
        stats = {"split": 0, "cross": 0}
        by_claim = source.links_by_claim()
        taken: set[str] = set()
        with atomic_folder(dest) as folder:
            (folder / "annotation.conf").write_text(annotation_conf(), encoding="utf-8")
            for doc, claims in source.documents():
                stem = file_stem(doc, taken)
                with open(folder / f"{stem}.txt", "w", encoding="utf-8", newline="") as fh:
                    fh.write(doc.text)
                with open(folder / f"{stem}.ann", "w", encoding="utf-8", newline="") as fh:
                    fh.write(ann_text(doc, claims, by_claim, stats))
        if stats["split"]:
            warnings.append(said(messages.SPLIT_AT_BREAK, str(stats["split"])))
        if stats["cross"]:
            warnings.append(said(messages.CROSS_LINKS, str(stats["cross"]), "brat"))
        warnings += source.dropped_links_warning()

    def _preview(self, source: ExportSource, limit: int) -> str:
        stats = {"split": 0, "cross": 0}
        by_claim = source.links_by_claim()
        out, taken = [], set()
        for doc, claims in source.documents(limit=limit):
            out.append(f"== {file_stem(doc, taken)}.ann ==\n{ann_text(doc, claims, by_claim, stats)}")
        return "\n".join(out)
