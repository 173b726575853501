"""Verdict counts grouped by outlet, article, annotator or date: the numbers behind the
statistics view and `annotator stats`.

The store hands over raw (key, label, verdict, count) rows from one GROUP BY; this module gives
them their labels ("(no outlet)"), folds days into ISO weeks, orders the groups and totals them,
so the GUI, the CLI and the CSV show the same figures. Pure Python: no SQL, no Qt.

Conflicts and single-source claims per outlet (issue 17, once the compare engine of issue 14
exists) belong beside these as another table of per-outlet counts built from
`annotator.compare`'s results; they are not computed here yet.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
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
