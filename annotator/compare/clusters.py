"""Claim clusters: a claim with the claims linked to it and the reports matched to it in other
articles, one cluster per connected group — the table fact-checkers otherwise build by hand.

Nodes are claims and, for a match that no claim covers yet, the matched sentence ("not
tagged"). Edges are the project's links and every match of a claim whose suggested relation is
more than "related" (`CLUSTER_RELATIONS`). A match edge no link stands behind is an *unlinked
match*: between two claims, a link the user has not made; to a sentence, a report not yet
tagged. Each member carries what the comparison table shows side by side: outlet, title,
wording, the figures, dates and source of its sentence(s), and its verdict. Conflicts are the
engine's own notes (`conflicts.pair_notes`) between members of different articles, plus its
single-source warning for the cluster as a whole.

Qt-free and SQL-free: everything is read through the facade (`project` below is a Project, or
anything with its `iter_claims`, `links`, `documents`, `match_claims` and `span_analyses`).
Matching dominates the cost (one `match_span` per claim); the members' sentences come from
the same cache the matching filled, not from re-reading each article.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .conflicts import pair_notes, single_source
from .matching import merge
from .model import SentenceAnalysis
from .results import ConflictKind, ConflictNote, Relation

#: Matches that join a cluster: a "related" match shares too little to be the same report.
CLUSTER_RELATIONS = frozenset({Relation.SAME, Relation.SUPPORTS, Relation.CONTRADICTS})
#: How many matches of each claim are considered.
MATCHES_PER_CLAIM = 5
NOT_TAGGED = "not tagged"

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


@dataclass
class Member:
    """One report in a cluster: a claim, or a matched sentence nobody tagged yet."""

    doc_id: str
    start: int
    end: int
    wording: str
    claim_id: str = ""  # "" for a sentence
    verdict: str = NOT_TAGGED
    outlet: str = ""
    title: str = ""
    published: str = ""
    figures: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    source: str = ""

    @property
    def is_claim(self) -> bool:
        return bool(self.claim_id)

    @property
    def key(self) -> tuple:
        return ("claim", self.claim_id) if self.claim_id else ("sentence", self.doc_id, self.start)


@dataclass(frozen=True)
class ClusterConflict:
    kind: str
    why: str
    a: int  # indexes into Cluster.members ( -1 for a note about the whole cluster)
    b: int
    hard: bool = True


@dataclass
class Cluster:
    id: int  # 1-based, in the order of the first claim (articles in library order, then text)
    members: list[Member]
    conflicts: list[ClusterConflict] = field(default_factory=list)
    unlinked: int = 0  # match edges no link stands behind

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(m.outlet for m in self.members))

    @property
    def has_conflict(self) -> bool:
        return any(c.hard for c in self.conflicts)

    @property
    def lead(self) -> Member:
        return next((m for m in self.members if m.is_claim), self.members[0])


class _Groups:
    """Union-find over member keys."""

    def __init__(self) -> None:
        self.parent: dict[tuple, tuple] = {}

    def add(self, key: tuple) -> None:
        self.parent.setdefault(key, key)

    def find(self, key: tuple) -> tuple:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def join(self, a: tuple, b: tuple) -> None:
        self.add(a)
        self.add(b)
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _source(analysis: SentenceAnalysis | None, claimant: str = "", reported_by: str = "") -> str:
    """The claim's own claimant / reported-by when the user set them, else the sentence's
    attribution chain from origin to relays."""
    if claimant or reported_by:
        return " → ".join(x for x in (claimant, reported_by) if x)
    if analysis is None:
        return ""
    a = analysis.attribution
    chain = list(a.chain)
    if a.claimant and a.claimant not in chain:
        chain.insert(0, a.claimant)
    return " → ".join(chain)


class _Analyses:
    """The (merged) analysis of each member's sentence(s), read once per span."""

    def __init__(self, project: Any) -> None:
        self.project = project
        self._spans: dict[tuple[str, int, int], SentenceAnalysis | None] = {}

    def of_span(self, doc_id: str, start: int, end: int) -> SentenceAnalysis | None:
        key = (doc_id, start, end)
        if key not in self._spans:
            hits = self.project.span_analyses(doc_id, start, end)
            self._spans[key] = merge(hits) if hits else None
        return self._spans[key]


def _dates(analysis: SentenceAnalysis) -> list[str]:
    """Each date the sentence gives, once, as first worded ("pada Sabtu (2026-03-14)"): the
    matrix compares outlets' dates, and "pada Sabtu (14/3/2026)" is one date, not two."""
    first: dict[str, str] = {}
    for d in analysis.dates:
        text = d.text.strip()
        if text[:1] + text[-1:] in ("()", "[]") and len(text) > 2:  # "(14/3/2026)", bracketed
            text = text[1:-1].strip()
        first.setdefault(d.date or text, text)
    return [f"{text} ({date})" if date != text else text for date, text in first.items()]


def _fill(member: Member, analysis: SentenceAnalysis | None, claimant: str = "",
          reported_by: str = "") -> None:
    if analysis is not None:
        member.figures = list(dict.fromkeys(
            f"{q.text} {q.unit}" if q.unit and q.unit not in q.text.lower() else q.text
            for q in analysis.quantities))
        member.dates = _dates(analysis)
    member.source = _source(analysis, claimant, reported_by)


def build_clusters(project: Any, progress: Progress = None,
                   cancelled: Cancelled = None) -> list[Cluster]:
    """Every claim's cluster (a claim alone is a cluster of one), in project order."""
    docs = {d.id: d for d in project.documents()}
    place = {doc_id: i for i, doc_id in enumerate(docs)}  # the library's order, then the text's
    claims = sorted(project.iter_claims(with_evidence=False),
                    key=lambda c: (place.get(c.doc_id, len(place)), c.start, c.end, c.id))
    by_id = {c.id: c for c in claims}
    spans: dict[str, list] = {}
    for c in claims:
        spans.setdefault(c.doc_id, []).append(c)
    groups = _Groups()
    for c in claims:
        groups.add(("claim", c.id))
    linked: set[frozenset] = set()
    for link in project.links():
        if link.source_id in by_id and link.target_id in by_id:
            a, b = ("claim", link.source_id), ("claim", link.target_id)
            groups.join(a, b)
            linked.add(frozenset((a, b)))
    sentences: dict[tuple, Member] = {}
    unlinked_edges: set[frozenset] = set()
    matched = project.match_claims(claims, top=MATCHES_PER_CLAIM)
    for i, c in enumerate(claims):
        if cancelled is not None and cancelled():
            break
        for m in next(matched):
            if m.relation not in CLUSTER_RELATIONS:
                continue
            covering = [o for o in spans.get(m.doc, ()) if o.start < m.end and o.end > m.start]
            if covering:
                other = ("claim", min(covering, key=lambda o: (o.start, o.id)).id)
            else:
                other = ("sentence", m.doc, m.start)
                sentences.setdefault(other, Member(m.doc, m.start, m.end, m.quote))
            mine = ("claim", c.id)
            groups.join(mine, other)
            edge = frozenset((mine, other))
            if edge not in linked:
                unlinked_edges.add(edge)
        if progress is not None:
            progress(i + 1, len(claims))
    members: dict[tuple, list[tuple]] = {}
    for key in groups.parent:
        members.setdefault(groups.find(key), []).append(key)
    analyses = _Analyses(project)
    order = {("claim", c.id): i for i, c in enumerate(claims)}
    out: list[Cluster] = []
    for keys in sorted(members.values(), key=lambda ks: min(order.get(k, 1 << 60) for k in ks)):
        keys.sort(key=lambda k: (k[0] != "claim", order.get(k, 0), k))
        cluster_members = []
        for key in keys:
            if key[0] == "claim":
                c = by_id[key[1]]
                member = Member(c.doc_id, c.start, c.end, c.quote, c.id, c.verdict.value)
                _fill(member, analyses.of_span(c.doc_id, c.start, c.end), c.claimant,
                      c.reported_by)
            else:
                member = sentences[key]
                _fill(member, analyses.of_span(member.doc_id, member.start, member.end))
            doc = docs.get(member.doc_id)
            if doc is not None:
                member.outlet, member.title = doc.outlet, doc.title
                member.published = getattr(doc, "published", "") or ""
            cluster_members.append(member)
        key_set = set(keys)
        cluster = Cluster(len(out) + 1, cluster_members,
                          unlinked=sum(1 for e in unlinked_edges if e <= key_set))
        cluster.conflicts = _conflicts(cluster_members, analyses)
        out.append(cluster)
    return out


def _conflicts(members: Sequence[Member], analyses: _Analyses) -> list[ClusterConflict]:
    """The engine's notes between members of different articles, once per (kind, why); the
    single-source warning once for the cluster."""
    found = [analyses.of_span(m.doc_id, m.start, m.end) for m in members]
    out: list[ClusterConflict] = []
    seen: set[tuple[str, str]] = set()
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            a, b = found[i], found[j]
            if a is None or b is None or members[i].doc_id == members[j].doc_id:
                continue
            for note in pair_notes(a, b, members[i].published, members[j].published):
                if note.kind == ConflictKind.SINGLE_SOURCE or (note.kind, note.why) in seen:
                    continue
                seen.add((note.kind, note.why))
                out.append(ClusterConflict(note.kind, note.why, i, j, note.hard))
    present = [a for a in found if a is not None]
    note: ConflictNote | None = single_source(present) if len(present) > 1 else None
    if note is not None:
        out.append(ClusterConflict(note.kind, note.why, -1, -1, note.hard))
    return out


def member_json(cluster: Cluster, index: int) -> dict:
    """One member as the clusters export and `--json` consumers read it (README's contract)."""
    m = cluster.members[index]
    notes = [c for c in cluster.conflicts if index in (c.a, c.b) or c.a == -1]
    return {"cluster": cluster.id, "members": len(cluster.members),
            "kind": "claim" if m.is_claim else "sentence", "claim_id": m.claim_id or None,
            "doc_id": m.doc_id, "outlet": m.outlet, "title": m.title, "published": m.published,
            "start": m.start, "end": m.end, "wording": m.wording, "figures": list(m.figures),
            "dates": list(m.dates), "source": m.source, "verdict": m.verdict,
            "unlinked_matches": cluster.unlinked,
            "conflicts": [{"kind": c.kind, "why": c.why} for c in notes]}
