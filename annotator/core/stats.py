"""Verdict counts grouped by outlet, article, annotator or date: the numbers behind the
statistics view and `annotator stats`.

The store hands over raw (key, label, verdict, count) rows from one GROUP BY; this module gives
them their labels ("(no outlet)"), folds days into ISO weeks, orders the groups and totals them,
so the GUI, the CLI and the CSV show the same figures. Pure Python: no SQL, no Qt.

Conflicts and single-source claims per outlet are another table (`tabulate_conflicts`): the
facade hands over the compare engine's conflicts as plain places (document, start, end) with
their word-for-word copies, and this module decides what each outlet's numbers are.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from .model import Verdict

NO_OUTLET = "(no outlet)"
NO_ANNOTATOR = "(no annotator)"
NO_DATE = "(no date)"
UNTITLED = "(untitled)"


class GroupBy(Enum):
    OUTLET = "outlet"
    ARTICLE = "article"
    ANNOTATOR = "annotator"
    DAY = "day"  # the day a claim was tagged (created_at, UTC)
    WEEK = "week"  # the ISO week a claim was tagged
    PUBLISHED = "published"  # the day its article was published
    PUBLISHED_WEEK = "published-week"

    @property
    def is_time(self) -> bool:
        return self in (GroupBy.DAY, GroupBy.WEEK, GroupBy.PUBLISHED, GroupBy.PUBLISHED_WEEK)

    @property
    def by_week(self) -> bool:
        return self in (GroupBy.WEEK, GroupBy.PUBLISHED_WEEK)

    @property
    def title(self) -> str:
        return _TITLES[self]


_TITLES = {
    GroupBy.OUTLET: "outlet", GroupBy.ARTICLE: "article", GroupBy.ANNOTATOR: "annotator",
    GroupBy.DAY: "day tagged", GroupBy.WEEK: "week tagged", GroupBy.PUBLISHED: "day published",
    GroupBy.PUBLISHED_WEEK: "week published",
}


@dataclass
class VerdictCounts:
    """One bar: how many claims of each verdict fall in the group `key` (shown as `label`)."""

    key: str
    label: str
    counts: dict[Verdict, int] = field(default_factory=lambda: {v: 0 for v in Verdict})

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __getitem__(self, verdict: Verdict) -> int:
        return self.counts[Verdict(verdict)]

    def as_json(self) -> dict:
        return {"key": self.key, "label": self.label,
                **{v.value: n for v, n in self.counts.items()}, "total": self.total}


@dataclass
class StatsTable:
    """Every group of one grouping, in display order, and the totals over all of them."""

    by: GroupBy
    groups: list[VerdictCounts]

    @property
    def totals(self) -> VerdictCounts:
        out = VerdictCounts("", "total")
        for g in self.groups:
            for v, n in g.counts.items():
                out.counts[v] += n
        return out

    def as_json(self) -> dict:
        totals = self.totals.as_json()
        del totals["key"], totals["label"]
        return {"by": self.by.value, "groups": [g.as_json() for g in self.groups],
                "totals": totals}

    def csv_text(self) -> str:
        """The table as CSV (header row, one row per group, then the totals), for spreadsheets."""
        import csv  # only the CSV of the figures needs it
        import io

        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([self.by.value, "key", *(v.value for v in Verdict), "total"])
        for g in [*self.groups, self.totals]:
            writer.writerow([_cell(g.label), _cell(g.key), *(g.counts[v] for v in Verdict),
                             g.total])
        return out.getvalue()


def _cell(text: str) -> str:
    """Outlet names and titles come from imported files: one starting with = + - @ would run
    as a formula in a spreadsheet, so it is prefixed with an apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def iso_day(text: str) -> str:
    """YYYY-MM-DD when `text` starts with a real date (ISO timestamps do), else ""."""
    head = text.strip()[:10]
    try:
        return dt.date.fromisoformat(head).isoformat() if len(head) == 10 else ""
    except ValueError:
        return ""


def iso_week(day: str) -> str:
    """The ISO week of a YYYY-MM-DD day, as "2026-W05" (sorts as text)."""
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def tabulate(by: GroupBy, rows: Iterable[tuple[str, str, str, int]]) -> StatsTable:
    """Build the table from the store's (key, label, verdict, count) rows.

    Categories are ordered by their total, largest first (ties by label); dates in time order
    with the undated last."""
    groups: dict[str, VerdictCounts] = {}
    for key, label, verdict, n in rows:
        key, label = _name(by, key or "", label or "")
        group = groups.get(key)
        if group is None:
            group = groups[key] = VerdictCounts(key, label)
        group.counts[Verdict(verdict)] += n
    ordered = list(groups.values())
    if by.is_time:
        ordered.sort(key=lambda g: (g.key == "", g.key))
    else:
        ordered.sort(key=lambda g: (-g.total, g.label.casefold(), g.key))
    return StatsTable(by, ordered)


def _name(by: GroupBy, key: str, label: str) -> tuple[str, str]:
    if by is GroupBy.OUTLET:
        return key, key or NO_OUTLET
    if by is GroupBy.ANNOTATOR:
        return key, key or NO_ANNOTATOR
    if by is GroupBy.ARTICLE:
        return key, label.strip() or UNTITLED
    day = iso_day(key)
    if not day:
        return "", NO_DATE
    key = iso_week(day) if by.by_week else day
    return key, key


# ---------------------------------------------------------------- conflicts per outlet
#: The compare engine's conflict kinds (annotator.compare.results.ConflictKind; core imports
#: nothing above it): four disagreements, and the single-source caution.
DISAGREEMENTS = ("quantity", "date", "modality", "negation")
SINGLE_SOURCE = "single_source"
CONFLICTING = "conflicting"
#: What is counted per outlet, for its claims and for its sentences alike: how many there are
#: ("total"); how many are in a disagreement with another outlet's report (any kind, each
#: counted once); per kind; and how many are in a report group that traces back to one origin.
CONFLICT_COLUMNS = ("total", CONFLICTING, *DISAGREEMENTS, SINGLE_SOURCE)
#: a sentence (or a claim): (document id, start, end), code points, half-open
Place = tuple[str, int, int]


def _zeros() -> dict[str, int]:
    return dict.fromkeys(CONFLICT_COLUMNS, 0)


@dataclass
class ConflictCounts:
    """One outlet: its claims and its sentences, counted per CONFLICT_COLUMNS."""

    key: str
    label: str
    claims: dict[str, int] = field(default_factory=_zeros)
    sentences: dict[str, int] = field(default_factory=_zeros)

    def as_json(self) -> dict:
        return {"key": self.key, "label": self.label, "claims": dict(self.claims),
                "sentences": dict(self.sentences)}


@dataclass
class ConflictTable:
    """Every outlet with documents, most conflicting claims first, and the totals (the sum of
    the rows: a claim or sentence belongs to one outlet). `unanalysed`: documents whose
    sentences were not computed yet, left out of the sentence and conflict counts."""

    groups: list[ConflictCounts]
    unanalysed: int = 0
    by: GroupBy = GroupBy.OUTLET

    @property
    def totals(self) -> ConflictCounts:
        out = ConflictCounts("", "total")
        for g in self.groups:
            for column in CONFLICT_COLUMNS:
                out.claims[column] += g.claims[column]
                out.sentences[column] += g.sentences[column]
        return out

    def as_json(self) -> dict:
        totals = self.totals
        return {"by": self.by.value, "groups": [g.as_json() for g in self.groups],
                "totals": {"claims": totals.claims, "sentences": totals.sentences},
                "unanalysed_documents": self.unanalysed}

    def csv_text(self) -> str:
        """One row per outlet, then the totals: claims_* columns, then sentences_* columns."""
        import csv  # only the CSV of the figures needs it
        import io

        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([self.by.value, "key", *conflict_headers("claims"),
                         *conflict_headers("sentences")])
        for g in [*self.groups, self.totals]:
            writer.writerow([_cell(g.label), _cell(g.key),
                             *(g.claims[c] for c in CONFLICT_COLUMNS),
                             *(g.sentences[c] for c in CONFLICT_COLUMNS)])
        return out.getvalue()


def conflict_headers(what: str) -> list[str]:
    """"claims", "claims_conflicting", "claims_quantity", …: the CSV's column names."""
    return [what if c == "total" else f"{what}_{c}" for c in CONFLICT_COLUMNS]


def _few(items: Iterable[str]) -> frozenset[str]:
    """Two of `items` (or all, if fewer): enough to tell whether one other than a given one
    is among them, however many copies a side stands for."""
    out: set[str] = set()
    for item in items:
        out.add(item)
        if len(out) == 2:
            break
    return frozenset(out)


def tabulate_conflicts(outlets: dict[str, str], sentence_counts: dict[str, int],
                       claims: Iterable[Place], reports: Mapping[Hashable, Sequence[Place]],
                       conflicts: Iterable[tuple[str, Sequence[Hashable], Sequence[Hashable]]],
                       unanalysed: int = 0,
                       claim_totals: Mapping[str, int] | None = None) -> ConflictTable:
    """Count, per outlet, its sentences and claims that are in conflicts.

    `outlets`: every document's outlet; `sentence_counts`: each analysed document's number of
    sentences; `claims`: every claim's place; `reports`: each sentence a conflict names (by
    any key) -> its places, the sentence and its word-for-word copies; `conflicts`: (kind,
    the keys of side a, of side b). With `claim_totals` (outlet -> its claims, counted by
    the store), `claims` need only hold the claims of the documents `reports` name: no
    other claim can be in a conflict.

    - A sentence is in a disagreement of a kind (quantity, date, modality, negation) when it
      is on one side of such a conflict and the other side has a report of another outlet:
      two articles of one outlet that disagree (a toll updated the next day) are not counted.
      Articles without an outlet are taken for outlets of their own: nothing says they are one.
    - A sentence is single-source when a single_source conflict names it, whatever the
      outlets: its reports all trace back to one origin.
    - A claim counts for a kind when it overlaps a sentence of its article counted for it.
    - "conflicting" counts each sentence or claim once, whatever the number of kinds."""
    summaries: dict[Hashable, tuple[frozenset[str], frozenset[str]]] = {}

    def summary(key: Hashable) -> tuple[frozenset[str], frozenset[str]]:
        """(two of its documents, two of its outlets): a side may stand for a thousand copies
        of a boilerplate line, and a sentence for a hundred conflicts"""
        if key not in summaries:
            docs = {d for d, _s, _e in reports[key]}
            summaries[key] = (_few(docs), _few(outlets.get(d, "") for d in docs))
        return summaries[key]

    # (kind, key) -> what the other sides of its conflicts of that kind hold, all together
    against: dict[tuple[str, Hashable], tuple[set[str], set[str]]] = {}
    single: set[Hashable] = set()
    for kind, side_a, side_b in conflicts:
        if kind == SINGLE_SOURCE:
            single.update(side_a, side_b)
            continue
        for here, there in ((side_a, side_b), (side_b, side_a)):
            docs, outs = set(), set()
            for key in there:
                d, o = summary(key)
                docs |= d
                outs |= o
            for key in here:
                seen = against.setdefault((kind, key), (set(), set()))
                if len(seen[0]) < 2:
                    seen[0].update(docs)
                if len(seen[1]) < 2:
                    seen[1].update(outs)
    marked: dict[str, dict[tuple[int, int], set[str]]] = defaultdict(dict)
    for (kind, key), (docs, outs) in against.items():
        for doc, start, end in reports[key]:
            outlet = outlets.get(doc, "")
            if (outs - {outlet}) if outlet else (docs - {doc}):
                marked[doc].setdefault((start, end), set()).add(kind)
    for key in single:
        for doc, start, end in reports[key]:
            marked[doc].setdefault((start, end), set()).add(SINGLE_SOURCE)
    groups: dict[str, ConflictCounts] = {}
    for doc, outlet in outlets.items():
        if outlet not in groups:
            groups[outlet] = ConflictCounts(outlet, outlet or NO_OUTLET)
        groups[outlet].sentences["total"] += sentence_counts.get(doc, 0)
    for doc, spans in marked.items():
        if doc in outlets:
            for kinds in spans.values():
                _add(groups[outlets[doc]].sentences, kinds)
    if claim_totals is not None:
        for outlet, n in claim_totals.items():
            if outlet in groups:
                groups[outlet].claims["total"] += n
    ordered = {doc: sorted(spans.items()) for doc, spans in marked.items()}
    ends = {doc: [end for (_s, end), _k in spans] for doc, spans in ordered.items()}
    for doc, start, end in claims:
        if doc not in outlets:
            continue
        counts = groups[outlets[doc]].claims
        if claim_totals is None:
            counts["total"] += 1
        spans = ordered.get(doc)
        if not spans:
            continue
        kinds: set[str] = set()
        end = max(end, start + 1)
        # sentences do not overlap each other: those ending after `start`, until one starts
        # at or after `end`
        i = bisect.bisect_right(ends[doc], start)
        while i < len(spans) and spans[i][0][0] < end:
            kinds |= spans[i][1]
            i += 1
        _add(counts, kinds)
    rows = sorted(groups.values(), key=lambda g: (
        -g.claims[CONFLICTING], -g.sentences[CONFLICTING], -g.claims[SINGLE_SOURCE],
        -g.sentences[SINGLE_SOURCE], g.label.casefold(), g.key))
    return ConflictTable(rows, unanalysed)


def _add(counts: dict[str, int], kinds: set[str]) -> None:
    for kind in kinds:
        counts[kind] += 1
    if kinds & set(DISAGREEMENTS):
        counts[CONFLICTING] += 1
