"""What the command line's modules share: one-line errors, JSON output, opening a project."""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from ..core.errors import AnnotatorError


def fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def user_errors(fn):
    """Turn our documented errors into one line on stderr and exit status 2."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except AnnotatorError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted", 130)
    return wrapper


def echo_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def open_project(path: str, *, readonly: bool = False, full_check: bool = False):
    from ..core.errors import DamagedProjectError
    from ..project import Project
    from ..settings import default_annotator

    try:
        return Project.open(path, annotator=default_annotator(), readonly=readonly,
                            full_check=full_check)
    except DamagedProjectError as exc:
        from ..project.files import newest_verified

        offer = newest_verified(path)
        if offer is None:
            raise
        raise DamagedProjectError(
            f"{exc}. A verified backup from {offer.label} exists: `annotator restore {path}` "
            "puts it back and keeps the damaged file aside") from None


project_arg = click.argument("project", type=click.Path(dir_okay=False, path_type=Path))
