"""`annotator agreement`: how far the annotators of a project agree (annotator.cli adds it).

The figures come from `Project.agreement`; the rules behind them are in README "Agreement".
"""
from __future__ import annotations

from pathlib import Path

import click

from .common import echo_json, fail, open_project, project_arg, user_errors


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _table(a) -> list[str]:
    """One Agreement as a few readable lines."""
    lines = [f"annotators: {', '.join(a.annotators)}; {a.documents} shared document(s); "
             f"{a.units} matched unit(s)",
             f"Fleiss' kappa {_num(a.fleiss_kappa)}   Krippendorff's alpha (nominal) "
             f"{_num(a.krippendorff_alpha)}"]
    if a.pairwise:
        width = max(len(f"{p.a} – {p.b}") for p in a.pairwise)
        lines.append(f"{'pair':{width}}  {'units':>6}  {'F1 exact':>8}  {'F1 overlap':>10}  "
                     f"{'Cohen kappa':>11}")
        for p in a.pairwise:
            lines.append(f"{p.a + ' – ' + p.b:{width}}  {p.units:6}  {_num(p.f1_exact):>8}  "
                         f"{_num(p.f1_overlap):>10}  {_num(p.cohen_kappa):>11}")
    lines += [f"undefined: {what}: {why}" for what, why in a.notes.items()]
    return lines


@click.command()
@project_arg
@click.option("--by", type=click.Choice(["document", "verdict"]), default=None,
              help="Also give the figures of each document, or of each verdict.")
@click.option("--threshold", type=click.FloatRange(0, 1, min_open=True), default=0.5,
              show_default=True,
              help="Least Jaccard overlap of two spans for them to be one unit.")
@click.option("--untagged", is_flag=True,
              help="In alpha, count an annotator who tagged a document but not a unit in it "
                   "as the category \"(untagged)\" (unmatched spans are left out otherwise).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@user_errors
def agreement(project: Path, by: str | None, threshold: float, untagged: bool,
              as_json: bool) -> None:
    """Agreement between the annotators: span F1, Cohen's and Fleiss' kappa, Krippendorff's alpha.

    Claims of different annotators on one document are matched by span (Jaccard overlap of
    at least --threshold); verdicts are compared on the matched units. Only documents that
    two or more annotators tagged count. See README "Agreement".
    """
    with open_project(project, readonly=True) as proj:
        report = proj.agreement(by, threshold=threshold, untagged=untagged)
        titles = {d.id: d.title for d in proj.documents()} if by == "document" else {}
    if report.overall.unmeasurable:
        fail(report.overall.unmeasurable)
    if as_json:
        echo_json(report.as_json())
        return
    if by is None:
        click.echo("\n".join(_table(report.overall)))
        return
    blocks = []
    for group in report.groups:
        head = (f"document {group.key[:8]}  {titles.get(group.key, '')}" if by == "document"
                else f"verdict {group.key}")
        blocks.append("\n".join([head, *("  " + line for line in _table(group.agreement))]))
    click.echo("\n\n".join(blocks))
