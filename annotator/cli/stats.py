"""`annotator stats`: verdict counts per outlet, article, annotator or date (commands.py adds it).

The same numbers as the GUI's statistics view (both read Project.stats); the JSON shape is
documented in README.md.
"""
from __future__ import annotations

from pathlib import Path

import click

from ..core.model import Verdict
from ..core.stats import GroupBy, StatsTable
from .common import echo_json, open_project, project_arg, user_errors

HEADINGS = {Verdict.VERIFIED: "✓ verified", Verdict.DISPUTED: "✗ disputed",
            Verdict.UNVERIFIED: "? unverified"}
LABEL_WIDTH = 48


@click.command()
@project_arg
@click.option("--by", "by", type=click.Choice([g.value for g in GroupBy]), default="outlet",
              show_default=True,
              help="Group by outlet, article, annotator, the day or ISO week a claim was "
                   "tagged (day, week), or its article's publication day or week "
                   "(published, published-week).")
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON.")
@user_errors
def stats(project: Path, by: str, as_json: bool) -> None:
    """Count claims by verdict per outlet, article, annotator or date, with totals."""
    with open_project(project, readonly=True) as proj:
        table = proj.stats(by)
    if as_json:
        echo_json(table.as_json())
    else:
        for line in table_lines(table):
            click.echo(line)


def table_lines(table: StatsTable) -> list[str]:
    """A plain-text table: one row per group, the totals last."""
    width = min(LABEL_WIDTH, max([len(table.by.title), 5, *(len(g.label) for g in table.groups)]))
    cols = [HEADINGS[v] for v in Verdict] + ["total"]
    widths = [max(len(c), 6) for c in cols]

    def row(label: str, values: list) -> str:
        if len(label) > width:
            label = label[:width - 1] + "…"
        return f"{label:<{width}}  " + "  ".join(f"{v:>{w}}" for v, w in zip(values, widths))

    lines = [row(table.by.title, cols)]
    lines += [row(g.label, [*(g.counts[v] for v in Verdict), g.total]) for g in table.groups]
    t = table.totals
    lines.append(row("total", [*(t.counts[v] for v in Verdict), t.total]))
    return lines
