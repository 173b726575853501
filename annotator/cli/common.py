"""What the command line's modules share: one-line errors, JSON output, opening a project."""
from __future__ import annotations

import codecs
import functools
import json
import os
import sys
from pathlib import Path

import click

from ..core.errors import AnnotatorError


def _raw_bytes(exc: UnicodeError) -> tuple[bytes, int]:
    """Encoding error handler for the terminal: a file name's non-UTF-8 byte (a surrogate
    from os.fsdecode) is written back as that byte, as `ls` shows it; anything else that
    cannot be encoded becomes U+FFFD. A message never fails for the name it quotes."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = b"".join(bytes([ord(c) - 0xDC00]) if "\udc80" <= c <= "\udcff" else "\ufffd".encode()
                   for c in exc.object[exc.start:exc.end])
    return out, exc.end


codecs.register_error("annotator-raw-bytes", _raw_bytes)


def safe_output() -> None:
    """Let stdout and stderr print any path the user gave (see _raw_bytes)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower() in (
                "utf-8", "utf8"):
            try:
                reconfigure(errors="annotator-raw-bytes")
            except (ValueError, OSError):  # a closed or detached stream: leave it
                pass


def fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def user_errors(fn):
    """Turn our documented errors into one line on stderr and exit status 2.

    Anything else escaping a command is a bug, but the user still gets one line naming it
    (with ANNOTATOR_DEBUG=1 in the environment, the stack trace too) rather than a page of it."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except AnnotatorError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:  # `annotator docs p.annot | head`: the reader has had enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except Exception as exc:  # noqa: BLE001 - the last wall before a traceback
            if os.environ.get("ANNOTATOR_DEBUG"):
                raise
            detail = " ".join(str(exc).split())[:300]
            fail(f"unexpected {type(exc).__name__}" + (f": {detail}" if detail else "")
                  + " (a bug in Annotator; set ANNOTATOR_DEBUG=1 for details)")
    return wrapper


def echo_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def open_project(path: str, *, readonly: bool = False, full_check: bool = False):
    from ..core.errors import DamagedProjectError
    from ..project import Project
    from ..settings import default_annotator

    try:
        project = Project.open(path, annotator=default_annotator(), readonly=readonly,
                               full_check=full_check)
        if project.in_read_only_folder:
            click.echo(f"note: {path} is in a read-only folder: it is read as it is on disk, "
                       "and edits to it are impossible there", err=True)
        return project
    except DamagedProjectError as exc:
        from ..project.files import newest_verified

        offer = newest_verified(path)
        if offer is None:
            raise
        raise DamagedProjectError(
            f"{exc}. A verified backup from {offer.label} exists: `annotator restore {path}` "
            "puts it back and keeps the damaged file aside") from None


#: No click checks on the path (a folder, an unreadable file): they print a three-line usage
#: error; opening the project says what is wrong in one sentence instead.
project_arg = click.argument("project", type=click.Path(readable=False, path_type=Path))
