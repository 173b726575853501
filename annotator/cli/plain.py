"""What every command needs, without click: output, one-line errors, opening a project.

click costs twice Python's own start-up, so the commands answered without it
(annotator.cli.quick) use these; the click commands get them through common.py, so both
kinds print and fail alike.
"""
from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable

from ..core.errors import AnnotatorError

TYPE_CHECKING = False  # typing itself costs a tenth of `annotator docs` (cli/quick.py)
if TYPE_CHECKING:
    from typing import Any, NoReturn


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


#: What click.echo strips from text written to a stream that is not a terminal.
_ANSI = r"\033\[[;?0-9]*[a-zA-Z]"


def echo(message: str, *, err: bool = False) -> None:
    """click.echo of one line of text: to stdout (stderr with `err`), flushed, terminal
    escape sequences removed when the stream is not a terminal, as click does."""
    stream = sys.stderr if err else sys.stdout
    if stream is None:  # no console (pythonw)
        return
    if "\033" in message:
        try:
            tty = stream.isatty()
        except Exception:  # noqa: BLE001 - as click: a stream that cannot tell is no terminal
            tty = False
        if not tty:
            import re

            message = re.sub(_ANSI, "", message)
    stream.write(message + "\n")
    stream.flush()


def echo_json(data: Any) -> None:
    import json

    echo(json.dumps(data, ensure_ascii=False, indent=2))


def fail(message: str, code: int = 2) -> NoReturn:
    echo(f"error: {message}", err=True)
    sys.exit(code)


def guarded(fn: Callable[[], Any], passthrough: tuple[type[BaseException], ...] = ()) -> Any:
    """Run a command's body, turning our documented errors into one line on stderr and exit
    status 2. Anything else escaping a command is a bug, but the user still gets one line
    naming it (with ANNOTATOR_DEBUG=1 in the environment, the stack trace too) rather than a
    page of it. `passthrough`: exceptions the caller handles (click's own)."""
    try:
        return fn()
    except AnnotatorError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except passthrough:
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


def read_only_note(path: str) -> None:
    echo(f"note: {path} is in a read-only folder: it is read as it is on disk, "
         "and edits to it are impossible there", err=True)


def offer_backup(path: str, exc: Exception) -> Exception:
    """A damaged project's error, naming the newest verified backup when there is one."""
    from ..core.errors import DamagedProjectError
    from ..project.files import newest_verified

    offer = newest_verified(path)
    if offer is None:
        return exc
    return DamagedProjectError(
        f"{exc}. A verified backup from {offer.label} exists: `annotator restore {path}` "
        "puts it back and keeps the damaged file aside")


def _older_format(path: str) -> bool:
    from ..project import Project

    try:
        return Project.needs_upgrade(path)
    except AnnotatorError:
        return False  # Project.open says what is wrong with it


def _print_upgrade(path: str):
    """The stages of an upgrade on stderr (half a minute at 1,000,000 claims), so a script's
    output stays what it asked for."""
    from pathlib import Path  # not at the top: `annotator docs` starts without pathlib

    name = Path(path).name

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "backup" and done == 0:
            print(f"annotator: {name} is in an older format: backing it up first…",
                  file=sys.stderr, flush=True)
        elif stage == "upgrade" and done < total:
            print(f"annotator: upgrading {name} to this version's format: step {done + 1} of "
                  f"{total}…", file=sys.stderr, flush=True)
        elif stage == "upgrade":
            print(f"annotator: {name} upgraded.", file=sys.stderr, flush=True)
    return progress


def open_project(path: str, *, readonly: bool = False, full_check: bool = False):
    from ..core.errors import DamagedProjectError
    from ..project import Project

    # a read-only project makes no edit, so it needs no annotator's name (reading the
    # settings for it costs the settings file and platformdirs at every listing)
    if readonly:
        who = ""
    else:
        from ..settings import default_annotator

        who = default_annotator()
    try:
        if not readonly and _older_format(path):
            Project.upgrade(path, _print_upgrade(path))
        project = Project.open(path, annotator=who, readonly=readonly, full_check=full_check)
        if project.in_read_only_folder:
            read_only_note(path)
        return project
    except DamagedProjectError as exc:
        better = offer_backup(path, exc)
        if better is exc:
            raise
        raise better from None
