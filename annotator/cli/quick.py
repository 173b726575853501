"""Commands answered without loading click: `annotator docs PROJECT [--json]`.

Scripts call the listing in loops, and click with the modules behind every command costs
three to four times Python's own start (issue 18: at most three times `python -c pass` for
the whole command). So the launcher hands the argument shapes listed in QUICK here first;
anything else (another option, --help, a missing or extra argument, `--`) goes to click,
which parses it, prints the usage or the error. Both paths run the same function, so they
print the same.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
TYPE_CHECKING = False  # typing itself costs a Python start's worth of time

from .plain import echo, echo_json, guarded, offer_backup, read_only_note, safe_output

if TYPE_CHECKING:  # the path stays a string here: pathlib is a third of the command's start
    from pathlib import Path


def list_documents(project: str | Path, as_json: bool = False) -> None:
    """`annotator docs`: id, title, language and claim count of each document. Read through
    project/listing.py, as plain rows: the facade would load more than the listing costs."""
    from ..core.errors import DamagedProjectError
    from ..project import listing

    try:
        rows = listing.document_rows(project)
    except DamagedProjectError as exc:
        better = offer_backup(str(project), exc)
        if better is exc:
            raise
        raise better from None
    if listing.in_read_only_folder(project):
        read_only_note(str(project))
    names = listing.SUMMARY_COLS
    docs = [dict(zip(names, row)) | {"counts": row[-1]} for row in rows]
    if as_json:
        echo_json([{
            "id": d["id"], "title": d["title"], "outlet": d["outlet"], "url": d["url"],
            "published": d["published"], "author": d["author"],
            "language": d["language_override"] or d["language"],
            "language_detected": d["language"], "language_probability": d["language_prob"],
            "direction": d["direction"], "claims": sum(d["counts"].values()),
            "verdicts": d["counts"],
        } for d in docs])
        return
    for d in docs:
        lang = d["language_override"] or d["language"] or "unknown"
        echo(f"{d['id'][:8]}  {lang:7}  {sum(d['counts'].values()):5} claims  {d['title']}")


#: command → (its function, taking the project path; its flags → keyword argument)
QUICK: dict[str, tuple[Callable[..., None], dict[str, str]]] = {
    "docs": (list_documents, {"--json": "as_json"}),
}


def _parse(args: list[str]) -> tuple[Callable[..., None], str, dict[str, bool]] | None:
    if not args or args[0] not in QUICK:
        return None
    command, flags = QUICK[args[0]]
    project: str | None = None
    chosen: dict[str, bool] = {}
    for word in args[1:]:
        if word in flags:
            chosen[flags[word]] = True
        elif word.startswith("-") or project is not None or not word:
            return None  # an option or an argument click must judge
        else:
            project = word
    if project is None:
        return None
    return command, project, chosen


def run_quick(args: list[str]) -> bool:
    """Run `args` if it is a shape answered here (True); False leaves it to click. Output
    that is not UTF-8 is left to click too, which re-wraps a misconfigured stream."""
    parsed = _parse(args)
    if parsed is None or (getattr(sys.stdout, "encoding", "") or "").lower() not in (
            "utf-8", "utf8"):
        return False
    command, project, options = parsed
    safe_output()
    guarded(lambda: command(project, **options))
    return True
