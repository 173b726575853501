"""What the command line's click modules share: one-line errors, JSON output, opening a
project. The click-free parts live in plain.py (the commands answered without click use them
too); this adds what needs click."""
from __future__ import annotations

import functools
from pathlib import Path

import click

from .plain import echo_json, fail, guarded, open_project, safe_output

__all__ = ["echo_json", "fail", "open_project", "project_arg", "safe_output", "user_errors"]


def user_errors(fn):
    """Turn our documented errors into one line on stderr and exit status 2 (plain.guarded);
    click's own exceptions go on to click."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return guarded(lambda: fn(*args, **kwargs),
                       passthrough=(click.ClickException, click.exceptions.Exit, click.Abort))
    return wrapper


#: No click checks on the path (a folder, an unreadable file): they print a three-line usage
#: error; opening the project says what is wrong in one sentence instead.
project_arg = click.argument("project", type=click.Path(readable=False, path_type=Path))
