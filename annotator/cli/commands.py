"""The command group and the commands that read and edit a project's articles and claims.

Non-GUI commands never import PySide6, so they start fast and run on machines with no display.
Their `--json` output is a stable contract documented in README.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..core.model import Verdict
from .agreement import agreement
from .compare import COMMANDS as COMPARE_COMMANDS
from .common import echo_json, fail, open_project, project_arg, safe_output, user_errors
from .doc import doc
from .files import backup, check, restore
from .stats import stats

VERDICTS = [v.value for v in Verdict]


class _GuiByDefault(click.Group):
    """`annotator` and `annotator FILE.annot` launch the GUI; known words are subcommands; any
    other first word is a mistyped command (one line, exit 2), not a project to open."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        from ..launch import names_a_project, no_such_command

        if args and args[0] not in self.commands and not args[0].startswith("-") \
                and not names_a_project(args[0]):
            fail(no_such_command(args[0]))
        if not args or (args[0] not in self.commands and not args[0].startswith("-")):
            args = ["gui", *args]
        elif args[0].startswith("-") and args[0] not in ("--help", "-h", "--version"):
            args = ["gui", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_GuiByDefault, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="annotator", prog_name="annotator")
def main() -> None:
    """Annotator: highlight claims in news articles and tag them verified, disputed or unverified.

    Run `annotator` alone to open the desktop app (the demo project the first time), or
    `annotator PROJECT.annot` to open a project. The commands below, apart from `gui`, work
    without a display.
    """
    safe_output()


@main.command()
@click.argument("project", required=False,
                type=click.Path(readable=False, path_type=Path))
@click.option("--demo", is_flag=True, help="Open the demo project (rebuilt if missing).")
@click.option("--smoke-test", is_flag=True,
              help="Open the window, load the project, then exit 0 (for packaging checks).")
def gui(project: Path | None, demo: bool, smoke_test: bool) -> None:
    """Open the desktop app on PROJECT, or on the demo project the first time."""
    from ..launch import launch_gui

    sys.exit(launch_gui(project, demo=demo, smoke_test=smoke_test))


@main.command()
@project_arg
@click.option("--name", default="", help="A display name (defaults to the file name).")
@user_errors
def new(project: Path, name: str) -> None:
    """Create an empty project file (suggested extension .annot)."""
    from ..project import Project

    Project.create(project, name=name).close()
    click.echo(f"created {project}")


@main.command("import")
@project_arg
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(readable=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--max-mb", type=click.IntRange(1, 2048), default=None,
              help="Refuse files larger than this many MB (default 20, or the settings file's).")
@user_errors
def import_(project: Path, paths: tuple[Path, ...], as_json: bool, max_mb: int | None) -> None:
    """Import articles from files or folders (folders recursively).

    Prints one line per file: imported, duplicate or failed with the reason. Exits 1 if any
    file failed; the others are imported all the same.
    """
    from ..project.imports import Outcome, get_ready, import_paths
    from ..settings import Settings

    get_ready(paths)  # the detector loads while the settings are read and the project opened
    limit = (max_mb or Settings.load().max_import_mb) * 1024 * 1024
    with open_project(project) as proj:
        report = import_paths(proj, paths, max_bytes=limit, all_cores=True)  # no window here
    if as_json:
        echo_json({"files": [r.as_json() for r in report.results],
                    "imported": report.count(Outcome.IMPORTED),
                    "duplicates": report.count(Outcome.DUPLICATE),
                    "failed": report.count(Outcome.FAILED)})
    else:
        for r in report.results:
            line = f"{r.outcome.value:9} {r.path}"
            if r.outcome is Outcome.IMPORTED:
                langs = ", ".join(lang or "unknown" for lang in r.languages)
                line += f"  ({r.message}; language: {langs})"
            elif r.message:
                line += f"  ({r.message})"
            click.echo(line)
        click.echo(f"{report.count(Outcome.IMPORTED)} imported, {report.count(Outcome.DUPLICATE)} "
                   f"duplicate, {report.count(Outcome.FAILED)} failed")
    if not report.ok:
        sys.exit(1)


@main.command()
@project_arg
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@user_errors
def docs(project: Path, as_json: bool) -> None:
    """List the documents: id, title, language and claim count."""
    from .quick import list_documents  # also run without click: see quick.py

    list_documents(project, as_json)


def _claim_json(c) -> dict:
    return {
        "id": c.id, "doc": c.doc_id, "start": c.start, "end": c.end, "quote": c.quote,
        "prefix": c.prefix, "suffix": c.suffix, "verdict": c.verdict.value, "note": c.note,
        "confidence": c.confidence, "claimant": c.claimant, "reported_by": c.reported_by,
        "annotator": c.annotator, "created": c.created_at, "updated": c.updated_at,
        "evidence": [{"url": e.url, "title": e.title, "accessed": e.accessed, "note": e.note}
                     for e in c.evidence],
    }


@main.group()
def claim() -> None:
    """Add, list, retag and remove claims."""


@claim.command("add")
@project_arg
@click.option("--doc", "doc", required=True, help="Document id (or a unique prefix of it).")
@click.option("--start", type=int, required=True, help="Start offset, in Unicode code points.")
@click.option("--end", type=int, required=True, help="End offset (exclusive), in code points.")
@click.option("--verdict", type=click.Choice(VERDICTS, case_sensitive=False), required=True)
@click.option("--note", default="")
@click.option("--json", "as_json", is_flag=True, help="Print the new claim as JSON.")
@user_errors
def claim_add(project: Path, doc: str, start: int, end: int, verdict: str, note: str,
              as_json: bool) -> None:
    """Add a claim over [START, END) of a document; prints its id."""
    with open_project(project) as proj:
        cs = proj.add_claim(doc, start, end, verdict, note=note)
        c = proj.claim(cs.created[0])
    if as_json:
        echo_json(_claim_json(c))
    else:
        click.echo(c.id)


@claim.command("list")
@project_arg
@click.option("--doc", "doc", default=None, help="Only this document's claims.")
@click.option("--verdict", type=click.Choice(VERDICTS, case_sensitive=False), default=None)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@user_errors
def claim_list(project: Path, doc: str | None, verdict: str | None, as_json: bool) -> None:
    """List claims with their span, verdict and quote."""
    with open_project(project, readonly=True) as proj:
        doc_id = proj.resolve_document(doc) if doc else None
        claims = proj.claims(doc_id, verdicts=[Verdict(verdict.lower())] if verdict else None)
    if as_json:
        echo_json([_claim_json(c) for c in claims])
        return
    for c in claims:
        quote = c.quote.replace("\n", " ")
        if len(quote) > 70:
            quote = quote[:67] + "..."
        click.echo(f"{c.id[:8]}  {c.doc_id[:8]}  [{c.start}, {c.end})  {c.verdict.value:10}  {quote}")


@claim.command("set")
@project_arg
@click.argument("claim_id")
@click.option("--verdict", type=click.Choice(VERDICTS, case_sensitive=False), default=None)
@click.option("--note", default=None, help="Replace the note.")
@user_errors
def claim_set(project: Path, claim_id: str, verdict: str | None, note: str | None) -> None:
    """Change a claim's verdict and/or note."""
    if verdict is None and note is None:
        fail("nothing to change: give --verdict and/or --note")
    with open_project(project) as proj:
        cid = proj.resolve_claim(claim_id)
        if verdict is not None:
            proj.set_verdict(cid, verdict)
        if note is not None:
            proj.update_claim(cid, note=note)
    click.echo(cid)


@claim.command("rm")
@project_arg
@click.argument("claim_id")
@user_errors
def claim_rm(project: Path, claim_id: str) -> None:
    """Remove a claim (with its evidence and links)."""
    with open_project(project) as proj:
        cid = proj.resolve_claim(claim_id)
        proj.delete_claim(cid)
    click.echo(f"removed {cid}")


@main.command()
@project_arg
@click.argument("doc")
@click.argument("language")
@user_errors
def lang(project: Path, doc: str, language: str) -> None:
    """Override a document's language (ISO 639-1 code, or 'auto' for the detected one)."""
    code = "" if language.lower() == "auto" else language
    with open_project(project) as proj:
        doc_id = proj.resolve_document(doc)
        proj.set_language(doc_id, code)
        d = proj.document(doc_id)
    click.echo(f"{doc_id[:8]}  {d.effective_language or 'unknown'}")


@main.command()
@project_arg
@click.argument("words")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@user_errors
def search(project: Path, words: str, as_json: bool) -> None:
    """Full-text search over document text, claim quotes and notes.

    Prefixes match, and Indonesian word forms: "tolak" also finds "menolak", "ditolak" and
    "penolakan" (listed after the hits for the word as typed). A long query is searched by
    its most distinctive words; a note on stderr says so.
    """
    with open_project(project, readonly=True) as proj:
        hits = proj.search(words)
        note = proj.search_note(words)
    if note:
        click.echo(note, err=True)
    if as_json:
        echo_json([{"kind": h.kind, "doc": h.doc_id, "title": h.doc_title, "claim": h.claim_id,
                     "start": h.start, "end": h.end, "snippet": h.snippet} for h in hits])
        return
    for h in hits:
        where = f"claim {h.claim_id[:8]}" if h.claim_id else "document"
        click.echo(f"{h.doc_id[:8]}  {where:14}  {h.snippet.replace(chr(10), ' ')}")


@main.command()
@project_arg
@click.option("--format", "fmt", required=True, help="Output format (see the list above).")
@click.option("-o", "--output", required=True,
              type=click.Path(readable=False, path_type=Path),
              help="Output file (or folder, for formats written as several files).")
@click.option("--verdict", "verdicts", multiple=True, type=click.Choice(VERDICTS, case_sensitive=False),
              help="Only claims with this verdict (repeatable).")
@click.option("--doc", "docs_", multiple=True, help="Only this document (repeatable).")
@click.option("--annotator", "annotators", multiple=True, help="Only this annotator's claims (repeatable).")
@click.option("-O", "--option", "options", multiple=True, metavar="KEY=VALUE",
              help="A format option (repeatable), e.g. bom=true for csv or "
                   "labels='{\"unverified\": \"REFUTES\"}' for fever; see README.")
@click.option("--agreement", "with_agreement", is_flag=True,
              help="Also write the agreement figures of the exported documents (all "
                   "annotators) to OUT.agreement.json.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--force", is_flag=True,
              help="Replace OUTPUT even if it is a read-only file.")
@user_errors
def export(project: Path, fmt: str, output: Path, verdicts: tuple[str, ...], docs_: tuple[str, ...],
           annotators: tuple[str, ...], options: tuple[str, ...], with_agreement: bool,
           as_json: bool, force: bool) -> None:
    """Export claims to a dataset file (written atomically).

    OUTPUT may be a symbolic link (its target is replaced, the link kept); a FIFO, a device or
    a read-only file (without --force) is refused.

    \b
    Formats (see README "Exporting"):
      jsonl        Annotator JSONL: lossless, re-importable (history, links)
      csv          one row per claim, UTF-8, formula cells neutralised
      w3c          W3C Web Annotation collection (JSON-LD)
      claimreview  schema.org ClaimReview (JSON-LD)
      fever        FEVER-style JSONL (SUPPORTS / REFUTES / NOT ENOUGH INFO)
      brat         brat standoff folder (.txt + .ann, annotation.conf)
      labelstudio  Label Studio folder (tasks.json + labeling_config.xml)
      doccano      doccano JSONL (sequence labelling)
      spacy        spaCy DocBin (.spacy), claims in doc.spans["claims"]
      parquet      Parquet, one row per claim (needs pyarrow)
      clusters     the comparison table as CSV: one row per report of each claim cluster
      clusters-jsonl  the same as JSONL, one object per report
    """
    from ..project.exports import ExportFilter, get_exporter, parse_option

    exporter = get_exporter(fmt, **dict(parse_option(o) for o in options))
    # clusters match claims, which may first compute sentences (derived data) in the file
    with open_project(project, readonly=not fmt.lower().startswith("clusters")) as proj:
        flt = ExportFilter(
            doc_ids=[proj.resolve_document(d) for d in docs_] or None,
            verdicts=[Verdict(v.lower()) for v in verdicts] or None,
            annotators=list(annotators) or None,
        )
        result = exporter.write(proj, output, flt, replace_readonly=force)
        figures = (proj.export_agreement(output.with_name(output.name + ".agreement.json"),
                                         flt.doc_ids) if with_agreement else None)
    if as_json:
        echo_json({**result.as_json(), **({"agreement": str(figures)} if figures else {})})
    else:
        click.echo(result.summary())
        if figures:
            click.echo(f"agreement figures written to {figures}")


for _command in (check, backup, restore):  # the commands that look after the file itself
    main.add_command(_command)
main.add_command(agreement)
main.add_command(stats)
main.add_command(doc)
for _command in COMPARE_COMMANDS:  # comparing outlets: analyze, match, conflicts
    main.add_command(_command)
