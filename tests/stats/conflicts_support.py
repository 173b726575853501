"""A small project with known conflicting reports from several outlets, and the conflict
counts per outlet computed independently: by brute force over `Project.conflicts()`, the
stored sentences and the claims, without the store's queries or core's counting."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from annotator.core.model import Verdict
from annotator.project import Project
from tests.compare.test_cli_compare import A, B
from tests.conftest import make_document

STRIKES_A = A.split(". ")[0] + "."  # 21 serangan … setidaknya 83 orang
STRIKES_B = B.split(", menurut")[0] + ", menurut Reuters."  # belasan … sedikitnya 61 orang
FIRE_1 = "Kebakaran Pasar Raya di Kota Waru menghanguskan 40 kios pada Selasa malam."
FIRE_2 = "Kebakaran Pasar Raya di Kota Waru menghanguskan 75 kios pada Selasa malam."
FLOOD = ("Menurut BNPB, banjir bandang di Kabupaten Lestari menewaskan 12 orang dan merendam "
         "300 rumah warga.",
         "Banjir bandang di Kabupaten Lestari menewaskan 12 orang dan merendam 300 rumah "
         "warga, kata BNPB.",
         "BNPB menyebut banjir bandang di Kabupaten Lestari menewaskan 12 orang serta "
         "merendam 300 rumah.")
FILLER = "Kedua negara memutuskan hubungan diplomatik pada 2019 di tengah kampanye sanksi."

#: name -> (text, outlet, published)
ARTICLES = {
    "kompas_strikes": (A, "Kompas", "2025-11-21"),
    "tempo_strikes": (B, "Tempo", "2025-10-30"),
    # a wire copy of Tempo's sentence, word for word, the same day: the engine compares it once
    "detik_copy": (FILLER + " " + STRIKES_B, "Detik", "2025-10-30"),
    # two Kompas articles that disagree with each other only: not a conflict between outlets
    "kompas_fire_1": (FIRE_1, "Kompas", "2025-09-02"),
    "kompas_fire_2": (FIRE_2, "Kompas", "2025-09-03"),
    # three outlets, one origin (BNPB)
    "detik_flood": (FLOOD[0], "Detik", ""),
    "tempo_flood": (FLOOD[1], "Tempo", ""),
    "unnamed_flood": (FLOOD[2], "", ""),
}

#: (article, quoted text, occurrence): the claims, one each
CLAIMS = [
    ("kompas_strikes", "21 serangan AS", 0),  # in the strike sentence
    ("kompas_strikes", "panggilan telepon Trump–Maduro", 0),  # the planned call
    ("kompas_strikes", "83 orang. Pejabat AS", 0),  # spans both sentences
    ("tempo_strikes", "sedikitnya 61 orang", 0),
    ("detik_copy", "Belasan kali serangan", 0),  # in the copied sentence
    ("detik_copy", "hubungan diplomatik", 0),  # in no conflict
    ("kompas_fire_1", "40 kios", 0),  # disagrees with Kompas only
    ("tempo_flood", "12 orang", 0),  # single source
]


def build(path: Path) -> tuple[Project, dict[str, str]]:
    proj = Project.create(path, annotator="tester")
    docs = {name: make_document(text, title=name, outlet=outlet, published=published,
                                language="id")
            for name, (text, outlet, published) in ARTICLES.items()}
    proj.add_documents(list(docs.values()))
    proj.ensure_sentences()
    for name, quote, _n in CLAIMS:
        text = ARTICLES[name][0]
        start = text.index(quote)
        proj.add_claim(docs[name].id, start, start + len(quote), Verdict.DISPUTED)
    return proj, {name: d.id for name, d in docs.items()}


def expected(proj: Project) -> dict[str, dict[str, Counter]]:
    """outlet label -> {"claims": Counter, "sentences": Counter} of the columns."""
    docs = {d.id: d for d in proj.documents()}
    outlet = {i: d.outlet for i, d in docs.items()}
    sentences = [(a.sentence.doc_id, a.sentence.start, a.sentence.end, a.sentence.text)
                 for a in proj.analyze()]

    def copies(doc: str, start: int) -> list[tuple[str, int, int]]:
        text = next(t for d, s, _e, t in sentences if d == doc and s == start)
        return [(d, s, e) for d, s, e, t in sentences
                if t == text and docs[d].published == docs[doc].published]

    def other_outlet(x: str, y: str) -> bool:
        return x != y and (outlet[x] != outlet[y] or outlet[x] == "")

    kinds: dict[tuple[str, int, int], set[str]] = {}
    for c in proj.conflicts():
        if c.kind == "single_source":
            for p in c.group:
                for place in copies(p.doc, p.start):
                    kinds.setdefault(place, set()).add(c.kind)
            continue
        here_there = [(copies(c.a.doc, c.a.start), copies(c.b.doc, c.b.start))]
        here_there.append(here_there[0][::-1])
        for here, there in here_there:
            for place in here:
                if any(other_outlet(place[0], q[0]) for q in there):
                    kinds.setdefault(place, set()).add(c.kind)
    out: dict[str, dict[str, Counter]] = {}

    def add(doc: str, what: str, found: set[str]) -> None:
        counter = out.setdefault(outlet[doc] or "(no outlet)",
                                 {"claims": Counter(), "sentences": Counter()})[what]
        counter["total"] += 1
        for kind in found:
            counter[kind] += 1
        if found - {"single_source"}:
            counter["conflicting"] += 1

    for doc, start, end, _t in sentences:
        add(doc, "sentences", kinds.get((doc, start, end), set()))
    for claim in proj.claims():
        found: set[str] = set()
        for (doc, start, end), k in kinds.items():
            if doc == claim.doc_id and start < claim.end and claim.start < end:
                found |= k
        add(claim.doc_id, "claims", found)
    for d in docs.values():
        out.setdefault(d.outlet or "(no outlet)", {"claims": Counter(), "sentences": Counter()})
    return out


def as_counters(table_json: dict) -> dict[str, dict[str, Counter]]:
    return {g["label"]: {what: Counter({k: n for k, n in g[what].items() if n})
                         for what in ("claims", "sentences")} for g in table_json["groups"]}
