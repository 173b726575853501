"""The command line's comparing commands: analyze, match and conflicts (commands.py adds
them). Their `--json` output is the contract in README ("Comparing outlets"): every key is
always there, absent values are null. Notes (which matching is in use, sentences being
computed) go to stderr, so stdout stays the contract."""
from __future__ import annotations

from pathlib import Path

import click

from ..project.matching import matching_status
from .common import echo_json, open_project, project_arg, user_errors

_MATCHING = matching_status()


def _note(message: str) -> None:
    click.echo(f"note: {message}", err=True)


def _prepare(proj) -> None:
    """Compute missing sentences first, saying so when there are many."""
    pending = proj.sentence_status().pending
    if pending > 20:
        _note(f"analysing {pending} document(s) first")
    proj.ensure_sentences()


def _computed(project: Path, fetch):
    with open_project(project) as proj:
        _prepare(proj)
        return fetch(proj)


def _printed(items, as_json: bool, nothing: str) -> bool:
    """Print `items` as the JSON contract, or say there is nothing; True if that was all."""
    if as_json:
        echo_json([i.as_json() for i in items])
        return True
    if not items:
        click.echo(nothing)
        return True
    return False


def _none(value):
    return value if value not in ("", None) else None


def analysis_json(a) -> dict:
    s = a.sentence
    return {
        "doc": s.doc_id, "start": s.start, "end": s.end, "text": s.text,
        "checkworthy": round(float(a.checkworthy), 4), "reasons": list(a.reasons),
        "quantities": [{"start": q.start, "end": q.end, "text": q.text, "value": q.value,
                        "min": q.min, "max": q.max, "unit": _none(q.unit)} for q in a.quantities],
        "dates": [{"start": d.start, "end": d.end, "text": d.text, "date": _none(d.date),
                   "role": d.role.value} for d in a.dates],
        "attribution": {"claimant": _none(a.attribution.claimant),
                        "chain": list(a.attribution.chain)},
    }


#: How `analyze` marks a date that cannot conflict (compare/date_roles.py).
_ROLE_SHOWN = {"statement": "when said", "as_of": "as of: the day a count stands at",
               "ruled_out": "ruled out"}


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 3] + "..."


@click.command(help=f"""Split the documents into sentences and show what each holds: figures,
dates, who said it (and through whom) and a check-worthiness score with its reasons.

Sentences are computed once and kept in the project (first run on an older project: a while).
{_MATCHING}.""")
@project_arg
@click.option("--doc", "doc", default=None, help="Only this document (id or unique prefix).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one object per sentence.")
@user_errors
def analyze(project: Path, doc: str | None, as_json: bool) -> None:
    with open_project(project) as proj:
        _prepare(proj)
        analyses = proj.analyze(doc)
    _note(matching_status())
    if as_json:
        echo_json([analysis_json(a) for a in analyses])
        return
    for a in analyses:
        s = a.sentence
        click.echo(f"{s.doc_id[:8]}  [{s.start}, {s.end})  {a.checkworthy:.2f}  {_short(s.text)}")
        for q in a.quantities:
            click.echo(f"    figure: {q.text} -> {q.bound.value} {q.value if q.value is not None else ''}"
                       f"{'' if q.min is None else f' min {q.min:g}'}"
                       f"{'' if q.max is None else f' max {q.max:g}'} {q.unit}".rstrip())
        for d in a.dates:
            role = _ROLE_SHOWN.get(d.role.value, "")
            click.echo(f"    date: {d.text} -> {d.date}{f'  ({role})' if role else ''}")
        if a.attribution.chain or a.attribution.claimant:
            click.echo(f"    source: {a.attribution.claimant or '?'}"
                       f" via {' -> '.join(a.attribution.chain) or '-'}")


@click.command(help=f"""Find the sentences of other documents that report what claim CLAIM_ID
says, best first, each with why it matched, a suggested relation (same, supports, contradicts,
related) and any conflicts (figures, dates, planned vs happened, negation, single source).

{_MATCHING}.""")
@project_arg
@click.argument("claim_id")
@click.option("--top", type=click.IntRange(1, 100), default=5, show_default=True,
              help="How many sentences to show.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@user_errors
def match(project: Path, claim_id: str, top: int, as_json: bool) -> None:
    matches = _computed(project, lambda proj: proj.match(claim_id, top=top))
    if _printed(matches, as_json, "no sentence of another document reports this"):
        return
    for m in matches:
        click.echo(f"{m.score:.2f}  {m.relation:11}  {m.doc[:8]}  [{m.start}, {m.end})  {_short(m.quote)}")
        for why in m.why:
            click.echo(f"    {why}")
        for c in m.conflicts:
            click.echo(f"    {c.kind}: {c.why}")


@click.command(help="""List where reports of the same thing in different documents disagree:
figures of the same counted noun that cannot both hold (or differing lower bounds: check when
each was reported), dates, planned vs happened, negation, and claims whose reports all trace
back to one origin (single_source).

The project-wide pass is lexical (shared rare words); `match` also uses the encoder.""")
@project_arg
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@user_errors
def conflicts(project: Path, as_json: bool) -> None:
    found = _computed(project, lambda proj: proj.conflicts())
    if _printed(found, as_json, "no conflicts found"):
        return
    for c in found:
        click.echo(f"{c.kind}: {c.why}")
        click.echo(f"    {c.a.doc[:8]} [{c.a.start}, {c.a.end})  {_short(c.a.quote)}")
        click.echo(f"    {c.b.doc[:8]} [{c.b.start}, {c.b.end})  {_short(c.b.quote)}")


COMMANDS = (analyze, match, conflicts)
