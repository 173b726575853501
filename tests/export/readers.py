"""Independent readers of each export format, written from the formats' documentation, so
tests can compare what a file says with what the project holds."""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Span:
    doc_id: str
    start: int | None
    end: int | None
    verdict: str
    quote: str  # the span's text as the file gives it
    text: str | None = None  # the document text as the file gives it, when it does
    claim_id: str | None = None

    @property
    def key(self) -> tuple:
        return (self.doc_id, self.start, self.end, self.verdict)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def read_jsonl(path, project) -> list[Span]:
    return [Span(d["id"], c["start"], c["end"], c["verdict"], c["quote"], d["text"], c["id"])
            for d in _jsonl(path) for c in d["claims"]]


def unneutralise(cell: str) -> str:
    if cell.startswith("'") and cell[1:].lstrip("\n")[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return cell[1:]
    return cell


def read_csv(path, project) -> list[Span]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [Span(r["doc_id"], int(r["start"]), int(r["end"]), r["verdict"],
                 unneutralise(r["quote"]), None, r["claim_id"]) for r in rows]


def read_w3c(path, project) -> list[Span]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    items = data["first"]["items"] if isinstance(data, dict) else data
    out = []
    for a in items:
        if a["motivation"] != "assessing":
            continue
        sel = {s["type"]: s for s in a["target"]["selector"]}
        tag = next(b["value"] for b in a["body"] if b.get("purpose") == "tagging")
        out.append(Span(a["target"]["source"].removeprefix("urn:uuid:"),
                        sel["TextPositionSelector"]["start"], sel["TextPositionSelector"]["end"],
                        tag, sel["TextQuoteSelector"]["exact"], None,
                        a["id"].removeprefix("urn:uuid:")))
    return out


def read_claimreview(path, project) -> list[Span]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for r in data["@graph"]:
        claim = project.claim(r["identifier"])
        out.append(Span(claim.doc_id, claim.start, claim.end, claim.verdict.value,
                        r["claimReviewed"], None, r["identifier"]))
    return out


def read_fever(path, project) -> list[Span]:
    return [Span(r["doc_id"], r["start"], r["end"], r["verdict"], r["claim"], None, r["id"])
            for r in _jsonl(path)]


T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$")


def read_brat(folder, project) -> list[Span]:
    folder = Path(folder)
    by_prefix = {d.id[:8]: d.id for d in project.documents()}
    out = []
    for ann in sorted(folder.glob("*.ann")):
        txt = ann.with_suffix(".txt").read_bytes().decode("utf-8")
        doc_id = by_prefix[ann.stem.rsplit("-", 1)[-1]]
        verdicts, spans = {}, {}
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("T"):
                m = T_LINE.match(line)
                assert m, line
                frags = [tuple(map(int, f.split())) for f in m.group(3).split(";")]
                spans[m.group(1)] = (frags, m.group(4))
            elif line.startswith("A"):
                _, rest = line.split("\t")
                _, tid, value = rest.split(" ")
                verdicts[tid] = value
        for tid, (frags, quote) in spans.items():
            # brat's rule: the text after the offsets equals the file's text at those offsets
            assert quote == " ".join(txt[s:e] for s, e in frags), (ann.name, tid)
            start, end = frags[0][0], frags[-1][1]
            out.append(Span(doc_id, start, end, verdicts[tid], txt[start:end], txt))
    return out


def read_labelstudio(folder, project) -> list[Span]:
    tasks = json.loads((Path(folder) / "tasks.json").read_text(encoding="utf-8"))
    out = []
    for t in tasks:
        for a in t["annotations"]:
            for r in a["result"]:
                if r["type"] == "labels":
                    v = r["value"]
                    out.append(Span(t["data"]["doc_id"], v["start"], v["end"], v["labels"][0],
                                    v["text"], t["data"]["text"], r["id"]))
    return out


def read_doccano(path, project) -> list[Span]:
    out = []
    for line in _jsonl(path):
        for (s, e, label), cid in zip(line["label"], line["claim_ids"]):
            out.append(Span(line["doc_id"], s, e, label, line["text"][s:e], line["text"], cid))
    return out


def read_spacy(path, project) -> list[Span]:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("id")
    out = []
    for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
        meta = doc.user_data["annotator"]
        for span in doc.spans["claims"]:
            strict = doc.char_span(span.start_char, span.end_char, alignment_mode="strict")
            assert strict is not None and strict.text == span.text
            out.append(Span(meta["doc_id"], span.start_char, span.end_char, span.label_,
                            span.text, doc.text, span.id_))
    return out


def read_parquet(path, project) -> list[Span]:
    import pyarrow.parquet as pq

    return [Span(r["doc_id"], r["start"], r["end"], r["verdict"], r["quote"], r["doc_text"],
                 r["claim_id"]) for r in pq.read_table(path).to_pylist()]


READERS = {"jsonl": read_jsonl, "csv": read_csv, "w3c": read_w3c, "claimreview": read_claimreview,
           "fever": read_fever, "brat": read_brat, "labelstudio": read_labelstudio,
           "doccano": read_doccano, "spacy": read_spacy, "parquet": read_parquet}


def read_clusters(path, project) -> list[Span]:
    """The claims of the comparison table (matched sentences nobody tagged are not claims)."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["kind"] == "claim"]
    return [Span(r["doc_id"], int(r["start"]), int(r["end"]), r["verdict"],
                 unneutralise(r["wording"]), None, r["claim_id"]) for r in rows]


def read_clusters_jsonl(path, project) -> list[Span]:
    return [Span(r["doc_id"], r["start"], r["end"], r["verdict"], r["wording"], None,
                 r["claim_id"]) for r in _jsonl(path) if r["kind"] == "claim"]


READERS.update({"clusters": read_clusters, "clusters-jsonl": read_clusters_jsonl})
