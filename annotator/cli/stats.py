"""`annotator stats`: verdict counts per outlet, article, annotator or date (commands.py adds it);
with `--conflicts`, each outlet's claims and sentences in conflicts and single-source reports.

The same numbers as the GUI's statistics view (both read Project.stats and
Project.conflict_stats); the JSON shapes are documented in README.md. Without `--conflicts` the
output is what it always was: the conflict pass takes seconds on a big project and may have
to analyse articles first, so scripts that want verdict counts do not pay for it.
"""
from __future__ import annotations

from pathlib import Path

import click

from ..core.model import Verdict
from ..core.stats import CONFLICT_COLUMNS, ConflictTable, GroupBy, StatsTable
from .common import echo_json, open_project, project_arg, user_errors

HEADINGS = {Verdict.VERIFIED: "✓ verified", Verdict.DISPUTED: "✗ disputed",
            Verdict.UNVERIFIED: "? unverified"}
CONFLICT_HEADINGS = {"conflicting": "in conflict", "single_source": "single source"}
LABEL_WIDTH = 48


@click.command()
@project_arg
@click.option("--by", "by", type=click.Choice([g.value for g in GroupBy]), default="outlet",
              show_default=True,
              help="Group by outlet, article, annotator, the day or ISO week a claim was "
                   "tagged (day, week), or its article's publication day or week "
                   "(published, published-week).")
@click.option("--conflicts", "conflicts", is_flag=True,
              help="Instead of verdicts, count per outlet the claims and the sentences that "
                   "are in a conflict with another outlet's report (any kind, then quantity, "
                   "date, modality, negation) and those whose reports all trace back to one "
                   "origin (single source). Runs the project-wide conflict pass (seconds on "
                   "a big project), analysing new articles first. Outlet only.")
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON.")
@user_errors
def stats(project: Path, by: str, conflicts: bool, as_json: bool) -> None:
    """Count claims by verdict per outlet, article, annotator or date, with totals; or, with
    --conflicts, each outlet's claims and sentences in conflicts and single-source reports."""
    if conflicts:
        if by != GroupBy.OUTLET.value:
            raise click.UsageError("--conflicts counts per outlet only: leave out --by or use "
                                   "--by outlet")
        table = _conflict_table(project)
        if as_json:
            echo_json(table.as_json())
        else:
            for line in conflict_lines(table):
                click.echo(line)
        return
    with open_project(project, readonly=True) as proj:
        table = proj.stats(by)
    if as_json:
        echo_json(table.as_json())
    else:
        for line in table_lines(table):
            click.echo(line)


def _conflict_table(project: Path) -> ConflictTable:
    """Read-only when every article is analysed; otherwise opened for writing to analyse the
    new ones first, as `annotator conflicts` does (a note on stderr says so)."""
    with open_project(project, readonly=True) as proj:
        pending = proj.sentence_status().pending
        if not pending:
            return proj.conflict_stats()
    click.echo(f"note: analysing {pending} document(s) first", err=True)
    with open_project(project) as proj:
        return proj.conflict_stats()


def _cell(label: str, width: int) -> str:
    return label[:width - 1] + "…" if len(label) > width else label


def table_lines(table: StatsTable) -> list[str]:
    """A plain-text table: one row per group, the totals last."""
    width = min(LABEL_WIDTH, max([len(table.by.title), 5, *(len(g.label) for g in table.groups)]))
    cols = [HEADINGS[v] for v in Verdict] + ["total"]
    widths = [max(len(c), 6) for c in cols]

    def row(label: str, values: list) -> str:
        label = _cell(label, width)
        return f"{label:<{width}}  " + "  ".join(f"{v:>{w}}" for v, w in zip(values, widths))

    lines = [row(table.by.title, cols)]
    lines += [row(g.label, [*(g.counts[v] for v in Verdict), g.total]) for g in table.groups]
    t = table.totals
    lines.append(row("total", [*(t.counts[v] for v in Verdict), t.total]))
    return lines


def conflict_lines(table: ConflictTable) -> list[str]:
    """Two plain-text tables, claims then sentences: one row per outlet, the totals last."""
    width = min(LABEL_WIDTH, max([6, *(len(g.label) for g in table.groups)]))
    lines: list[str] = []
    for what, title in (("claims", "Claims (annotated spans) in a conflict with another "
                                   "outlet's report, by kind; single source: all its reports "
                                   "trace back to one origin"),
                        ("sentences", "Sentences (every analysed sentence), counted alike")):
        cols = [what] + [CONFLICT_HEADINGS.get(c, c) for c in CONFLICT_COLUMNS[1:]]
        widths = [max(len(c), 5) for c in cols]

        def row(label: str, values: list) -> str:
            label = _cell(label, width)
            return f"{label:<{width}}  " + "  ".join(f"{v:>{w}}" for v, w in zip(values, widths))

        if lines:
            lines.append("")
        lines += [f"{title}:", row("outlet", cols)]
        for g in [*table.groups, table.totals]:
            counts = getattr(g, what)
            lines.append(row(g.label, [counts[c] for c in CONFLICT_COLUMNS]))
    if table.unanalysed:
        lines += ["", f"{table.unanalysed} document(s) not analysed yet are left out"]
    return lines
