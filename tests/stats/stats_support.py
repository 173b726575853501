"""A project with known claims per outlet, article, annotator and week, built through the facade,
and the expected counts computed independently from `project.claims()` in plain Python."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from annotator.core.model import Verdict
from annotator.project import Project
from tests.conftest import make_document

TEXT = "Banjir merendam dua belas rumah di Kota Lestari pada Senin pagi. " * 4

#: (title, outlet, published)
ARTICLES = [
    ("Banjir di Lestari", "Kompas", "2026-11-02"),
    ("Jembatan runtuh", "Kompas", "2026-11-09T08:00:00+07:00"),
    ("Harga beras naik", "Tempo", "2026-11-10"),
    ("=SUM(A1) berita", "", "kemarin"),
    ("Gempa kecil 🌋", "Détik", ""),
]

#: (article index, verdict, annotator, created_at)
CLAIMS = [
    (0, "verified", "ani", "2026-11-02T09:00:00.000Z"),
    (0, "disputed", "ani", "2026-11-02T10:00:00.000Z"),
    (0, "disputed", "budi", "2026-11-03T10:00:00.000Z"),
    (1, "verified", "budi", "2026-11-09T10:00:00.000Z"),
    (1, "unverified", "", "2026-11-15T23:59:00.000Z"),  # a Sunday: still ISO week 46
    (2, "disputed", "ani", "2026-11-16T00:01:00.000Z"),  # Monday: week 47
    (2, "disputed", "citra", "2026-11-16T08:00:00.000Z"),
    (2, "verified", "citra", "2026-12-31T08:00:00.000Z"),  # ISO week 2026-W53
    (3, "unverified", "ani", "2027-01-01T08:00:00.000Z"),  # still 2026-W53
    (3, "disputed", "budi", "2027-01-04T08:00:00.000Z"),  # 2027-W01
    (4, "verified", "ani", "2027-01-04T09:00:00.000Z"),
]


def build(path: Path, monkeypatch) -> Project:
    """The project of ARTICLES and CLAIMS: each claim is added by its annotator at its time."""
    import annotator.project.claims as claims_module  # where add_claim stamps its time

    proj = Project.create(path, annotator="tester")
    docs = [make_document(f"{title}\n\n{TEXT}{i}", title=title, outlet=outlet, published=pub)
            for i, (title, outlet, pub) in enumerate(ARTICLES)]
    proj.add_documents(docs)
    for n, (i, verdict, who, stamp) in enumerate(CLAIMS):
        monkeypatch.setattr(claims_module, "now_iso", lambda stamp=stamp: stamp)
        proj.annotator = who
        proj.add_claim(docs[i].id, n, n + 5, verdict)
    monkeypatch.undo()
    proj.annotator = "tester"
    return proj


def expected(proj: Project, by: str) -> dict[str, Counter]:
    """group label -> Counter of verdict values, from the claims themselves."""
    docs = {d.id: d for d in proj.documents()}
    out: dict[str, Counter] = {}
    for c in proj.claims():
        d = docs[c.doc_id]
        if by == "outlet":
            label = d.outlet or "(no outlet)"
        elif by == "article":
            label = d.title
        elif by == "annotator":
            label = c.annotator or "(no annotator)"
        else:
            stamp = c.created_at if by in ("day", "week") else d.published
            try:
                day = dt.date(int(stamp[0:4]), int(stamp[5:7]), int(stamp[8:10]))
            except (ValueError, IndexError):
                label = "(no date)"
            else:
                if by in ("week", "published-week"):
                    iso = day.isocalendar()
                    label = f"{iso[0]}-W{iso[1]:02d}"
                else:
                    label = day.isoformat()
        out.setdefault(label, Counter())[c.verdict.value] += 1
    return out


def as_counters(table_json: dict) -> dict[str, Counter]:
    return {g["label"]: Counter({v.value: g[v.value] for v in Verdict if g[v.value]})
            for g in table_json["groups"]}
