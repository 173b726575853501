"""`annotator doc set`: an article's details (title, outlet, address, date, author, language)."""
from __future__ import annotations

from pathlib import Path

import click

from .common import echo_json, fail, open_project, project_arg, user_errors


@click.group()
def doc() -> None:
    """Change an article's details."""


@doc.command("set")
@project_arg
@click.argument("doc_id", metavar="DOC")
@click.option("--title", default=None, help="The article's title (not empty).")
@click.option("--outlet", default=None, help="The outlet that published it, e.g. Kompas.com.")
@click.option("--url", default=None, help="Its web address (http:// or https://).")
@click.option("--published", default=None,
              help="Publication date: yyyy-mm-dd or an ISO date and time.")
@click.option("--author", default=None, help="Who wrote it.")
@click.option("--language", default=None,
              help="An ISO 639-1 code, or 'auto' for the detected language.")
@click.option("--json", "as_json", is_flag=True, help="Print the article's details as JSON.")
@user_errors
def doc_set(project: Path, doc_id: str, title: str | None, outlet: str | None, url: str | None,
            published: str | None, author: str | None, language: str | None,
            as_json: bool) -> None:
    """Set details of document DOC (an id or a unique prefix); an empty value clears one."""
    meta = {k: v for k, v in (("title", title), ("outlet", outlet), ("url", url),
                              ("published", published), ("author", author)) if v is not None}
    if language is not None:
        meta["language_override"] = "" if language.lower() == "auto" else language
    if not meta:
        fail("nothing to change: give --title, --outlet, --url, --published, --author or "
              "--language")
    with open_project(project) as proj:
        resolved = proj.resolve_document(doc_id)
        proj.update_document(resolved, **meta)
        d = proj.document(resolved)
    if as_json:
        echo_json({"id": d.id, "title": d.title, "outlet": d.outlet, "url": d.url,
                    "published": d.published, "author": d.author,
                    "language": d.effective_language})
    else:
        click.echo(f"{d.id[:8]}  {d.title}")
