"""Statistics beyond the verdict counts (those are ProjectReads.stats): conflicts and
single-source claims per outlet, and saving a chart's data (CSV) and images.

Conflicts come from the compare engine's project-wide pass (Project.conflicts), which takes
seconds on a big project, so it is kept apart from the counting: `survey_conflicts` runs the
pass, or hands back the previous survey when no sentence changed since (a claim tagged, an
outlet renamed), and `conflict_stats` counts the claims and sentences of each outlet against
a survey, a few queries. What each number means is `core.stats.tabulate_conflicts`'s.

Everything is written atomically (a temporary file beside the destination, renamed over it),
with the exporters' machinery, so a reader never sees half a file and a failed write leaves
the old file in place.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.stats import (
    ConflictTable, GroupBy, StatsTable, VerdictCounts, tabulate_conflicts,
)
from ..store import stats as stats_queries

if TYPE_CHECKING:  # the conflict finder's types and the export's writer: not at start-up
    from ..compare.results import Conflict, Passage

__all__ = ["ConflictSurvey", "ConflictTable", "GroupBy", "ProjectStats",
           "StatsTable", "VerdictCounts", "atomic_output", "write_csv"]

Cancelled = Callable[[], bool] | None


@dataclass(frozen=True)
class ConflictSurvey:
    """The project-wide conflicts and the state of the sentences they were found in."""

    state: str
    conflicts: tuple[Conflict, ...]
    #: documents whose sentences were not computed yet (a read-only survey leaves them out)
    unanalysed: int = 0


def _stopped(cancelled: Cancelled) -> bool:
    return cancelled is not None and cancelled()


def named_places(conflict: Conflict) -> tuple[list[Passage], list[Passage]]:
    """The reports a conflict names on each side: a and b, or for single_source every report
    of the group (all on one side: they agree, and each traces back to the one origin)."""
    from ..compare.results import ConflictKind

    if conflict.kind == ConflictKind.SINGLE_SOURCE and conflict.group:
        return list(conflict.group), []
    return [conflict.a], [conflict.b]


class ProjectStats:
    _conn: sqlite3.Connection
    readonly: bool
    ensure_sentences: Any
    sentence_status: Any
    _cache: Any

    def survey_conflicts(self, previous: ConflictSurvey | None = None,
                         cancelled: Cancelled = None) -> ConflictSurvey | None:
        """Every conflict in the project (as `conflicts`), or `previous` when the sentences are
        as they were then; None when cancelled. A writable project analyses its pending
        documents first; a read-only one surveys the analysed ones and says how many it left
        out (the statistics window's worker reads only: the window's analysis writes)."""
        if not self.readonly:
            self.ensure_sentences(cancelled=cancelled)
        if _stopped(cancelled):
            return None
        state = stats_queries.sentences_state(self._conn)
        if previous is not None and previous.state == state:
            return previous
        unanalysed = self.sentence_status().pending
        found = self._cache().conflicts(cancelled)
        if _stopped(cancelled):  # the pass returns [] when cancelled: not "no conflicts"
            return None
        return ConflictSurvey(state, tuple(found), unanalysed)

    def conflict_stats(self, survey: ConflictSurvey | None = None,
                       cancelled: Cancelled = None) -> ConflictTable | None:
        """Per outlet: its claims and sentences in a conflict with another outlet's report, by
        kind, and those whose reports all trace back to one origin (core.stats says exactly
        what is counted). Word-for-word copies of a named sentence in articles with the same
        publication date count too: the engine compares such copies once and names one.
        None when cancelled."""
        if survey is None:
            survey = self.survey_conflicts(cancelled=cancelled)
            if survey is None:
                return None
        sides = [(c.kind, *named_places(c)) for c in survey.conflicts]
        named = {(p.doc, p.start): p for _k, a, b in sides for p in (*a, *b)}
        group_of, reports = stats_queries.sentence_copies(self._conn, list(named))
        for key, p in named.items():  # a sentence no longer stored stands for itself
            if key not in group_of:
                group_of[key] = key
                reports[key] = [(p.doc, p.start, p.end)]

        def keys(passages: list[Passage]) -> list:
            return list(dict.fromkeys(group_of[(p.doc, p.start)] for p in passages))

        keyed = [(kind, keys(a), keys(b)) for kind, a, b in sides]
        # only the claims of the articles a conflict names can be in one: the others are
        # counted per outlet by the store
        named_docs = {doc for places in reports.values() for doc, _s, _e in places}
        return tabulate_conflicts(stats_queries.document_outlets(self._conn),
                                  stats_queries.sentence_counts(self._conn),
                                  stats_queries.claim_places(self._conn, named_docs), reports,
                                  keyed, survey.unanalysed,
                                  stats_queries.claims_per_outlet(self._conn))


def write_csv(table: StatsTable | ConflictTable, dest: str | Path) -> Path:
    """The table as UTF-8 CSV with a BOM (spreadsheets then read non-Latin outlet names right)."""
    dest = Path(dest)
    from ..export.atomic import atomic_file

    with atomic_file(dest, encoding="utf-8-sig") as fh:
        fh.write(table.csv_text())
    return dest


@contextmanager
def atomic_output(dest: str | Path) -> Iterator[Path]:
    """A temporary path for a writer that takes a file name (QImage.save, QSvgGenerator); it
    replaces `dest` once the block ends without error. Raises ExportError on a write failure."""
    from ..export.atomic import atomic_path

    with atomic_path(Path(dest)) as tmp:
        yield tmp


def __getattr__(name: str):
    """ExportError, which the statistics window catches, from the export package, loaded when
    first asked for: the facade loads this module at every start, which needs no exporter."""
    if name == "ExportError":
        from ..export.atomic import ExportError

        return ExportError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
