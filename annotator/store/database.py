"""Opening and creating project files.

A file is inspected read-only before it is opened for writing, so a file that is not a project,
comes from a newer Annotator, or is damaged is refused without a byte of it changing.

Paths are handled with os.path, not pathlib: `annotator docs` opens a project through here
(project/listing.py), and pathlib with what it imports (re, fnmatch, urllib.parse) is a
third of that command's start beyond Python's own (issue 18). Any str or PathLike is taken.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
TYPE_CHECKING = False  # typing itself costs a Python start's worth of time

from ..core.errors import (
    DamagedProjectError,
    NewerProjectError,
    NotAProjectError,
    ProjectFileError,
    ProjectLockedError,
)
from . import early_check
from .fileformat import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:
    from pathlib import Path

BUSY_TIMEOUT_MS = 5000


def file_uri(path: str | Path) -> str:
    """The SQLite URI of the file at `path`, symbolic links resolved (Path.resolve().as_uri()
    without pathlib). SQLite decodes %HH and ends the path at '?' or '#'; nothing else in a
    path needs escaping for it."""
    real = os.path.realpath(os.fspath(path))
    if os.name == "nt":  # C:\x -> /C:/x
        real = "/" + real.replace("\\", "/")
    return "file://" + real.replace("%", "%25").replace("?", "%3F").replace("#", "%23")


def _name(path: str | Path) -> str:
    return os.path.basename(os.fspath(path))


def in_read_only_folder(path: Path) -> bool:
    """SQLite cannot read a WAL-mode file without its `-shm` index, nor create one in a
    folder it cannot write to (a read-only share, a CD, a locked-down folder)."""
    return (not os.path.exists(f"{os.fspath(path)}-shm")
            and not os.access(os.path.dirname(os.path.realpath(os.fspath(path))), os.W_OK))


def _ro_uri(path: Path, *, reading: bool = False) -> str:
    """`reading`: for a connection that only reads (never for the check before a writer's
    open, whose refusal says why edits are impossible). In a read-only folder the file is
    then opened immutable, which is safe there: no writer can change it (a writer needs to
    create the log and index beside it). A log with pages in it would be ignored that way,
    so that case is refused instead."""
    uri = file_uri(path) + "?mode=ro"
    if reading and in_read_only_folder(path):
        if _wal_bytes(path):
            raise ProjectFileError(
                f"{path} cannot be read here: its latest changes are in {_name(path)}-wal, which "
                f"SQLite cannot read in a read-only folder without {_name(path)}-shm; copy the "
                "project with its -wal to a folder you can write to")
        uri += "&immutable=1"
    return uri


def inspect_file(path: Path, *, full_check: bool = False, page_check: bool = True,
                 reading: bool = False) -> int:
    """Check that `path` is a sound project this build can open; return its schema version.

    Read-only: raises a ProjectFileError subclass with a sentence for the user otherwise.
    `page_check=False` skips SQLite's quick_check (a few tenths of a second on a large file)
    for a second connection to a file the caller has just checked.
    """
    try:
        return _inspect(path, full_check=full_check, page_check=page_check, reading=reading)
    except (NotAProjectError, DamagedProjectError) as exc:
        if _wal_bytes(path) and _sound_without_log(path):
            raise ProjectFileError(
                f"{path} does not fit its write-ahead log {_name(path)}-wal: with the log it "
                f"reads as {_what(exc, path)}, without it it is a sound project. The log may "
                "come from another copy of the project or another database. Both files were "
                f"left as they are; move {_name(path)}-wal aside to open the project as it was "
                "when last checkpointed (the log's changes are then not in it)") from None
        raise


def _what(exc: Exception, path: Path) -> str:
    text = str(exc).removeprefix(str(path)).strip(" :")
    return text.removeprefix("is ").rstrip(".") or "something else"


def _sound_without_log(path: Path) -> bool:
    """Is the file itself, its log ignored (SQLite's immutable mode), a sound project?"""
    try:
        conn = sqlite3.connect(file_uri(path) + "?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        return (conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
                and early_check.page_check(conn, "quick_check") == ["ok"])
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _inspect(path: Path, *, full_check: bool, page_check: bool, reading: bool) -> int:
    # The file is read through SQLite only, never opened by Python: on POSIX, closing ANY
    # descriptor of a file drops every lock this process holds on it, those of its open SQLite
    # connections included, and another process may then take itself for the last user and
    # delete the WAL under them (edits lost). SQLite shares descriptors between connections.
    if not os.path.exists(path):
        raise ProjectFileError(f"{path}: no such file")
    if os.path.isdir(path):
        raise NotAProjectError(f"{path} is a folder, not an Annotator project file")
    if not os.access(path, os.R_OK):
        raise ProjectFileError(f"{path}: cannot be read (permission denied)")
    if os.stat(path).st_size == 0:  # SQLite would take it for a new, empty database
        raise NotAProjectError(f"{path} is empty, not an Annotator project")
    uri = _ro_uri(path, reading=reading)
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DamagedProjectError(f"{path} cannot be opened: {exc}") from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise NotAProjectError(
                    f"{path} is not an Annotator project (not an SQLite file)") from None
            raise
        if app_id != APPLICATION_ID:
            raise NotAProjectError(
                f"{path} is an SQLite database but not an Annotator project"
            )
        if full_check or page_check:
            _check_length(conn, path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewerProjectError(
                f"{path} was written by a newer Annotator (project format {version}; "
                f"this version reads up to {SCHEMA_VERSION}). Update Annotator to open it."
            )
        if full_check:
            rows = early_check.page_check(conn, "integrity_check")
        elif page_check:
            early = early_check.take(path)
            rows = early.rows() if early is not None else early_check.page_check(conn, "quick_check")
        else:
            rows = ["ok"]
        if rows != ["ok"]:
            raise early_check.damage_found(path, rows)
        return version
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise ProjectLockedError(f"{path} is locked by another program: {exc}") from None
        if "readonly" in str(exc) or "unable to open" in str(exc):
            # a read-only file or folder is not damage: never steer the user to a restore
            raise ProjectFileError(
                f"{path} cannot be opened for writing: the file or its folder is read-only, so "
                "edits are impossible (reading commands still work; copy the project to a "
                "folder you can write to to edit it)") from None
        raise DamagedProjectError(f"{path} is damaged: {exc}") from None
    except sqlite3.DatabaseError as exc:
        raise DamagedProjectError(f"{path} is damaged: {exc}") from None
    finally:
        conn.close()


def _wal_bytes(path: Path) -> int:
    try:
        return os.stat(f"{os.fspath(path)}-wal").st_size
    except OSError:
        return 0


def _check_length(conn: sqlite3.Connection, path: Path) -> None:
    """A file cut short (a copy or download that stopped early, `head -c`) is damage even when
    SQLite's page check passes: the missing bytes read as zeros, so the end of the last page's
    rows (a verdict "verifie\\0") is lost without any page looking broken. A database file is
    always whole pages, and without a write-ahead log holding newer pages it is as long as its
    header says. (The length comes from stat, never from opening the file: see inspect_file.)"""
    wal_before = _wal_bytes(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    # after the count: a writer's checkpoint in between only makes the file longer
    size = os.stat(path).st_size
    no_wal = not wal_before and not _wal_bytes(path)
    if size % page_size:
        raise DamagedProjectError(
            f"{path} is damaged: it is cut short ({size:,} bytes, not a whole number of "
            f"{page_size:,}-byte pages)")
    if no_wal and size < pages * page_size:
        raise DamagedProjectError(
            f"{path} is damaged: it is cut short ({size:,} of the {pages * page_size:,} bytes "
            "its header gives)")


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on disk when it returns, so an acknowledged edit survives a power cut.
    conn.execute("PRAGMA synchronous = FULL")


def connect(path: Path, *, readonly: bool = False,
            upgrade_progress: UpgradeProgress | None = None) -> sqlite3.Connection:
    """Open an existing, already inspected project; apply pending migrations (writers only)."""
    try:
        if readonly:
            conn = sqlite3.connect(_ro_uri(path, reading=True), uri=True, isolation_level=None,
                                   check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
            _configure(conn)
    except sqlite3.Error as exc:
        raise ProjectFileError(f"{path} cannot be opened: {exc}") from None
    conn.row_factory = sqlite3.Row
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if not readonly and version < SCHEMA_VERSION:
        _upgrade(path, conn, upgrade_progress)
    return conn


#: (stage, done, total): "backup" (0 of 1, then 1 of 1), then "upgrade" (step done of total);
#: Project.upgrade says "check" first
UpgradeProgress = Callable[[str, int, int], None]


def upgrade(path: Path, progress: UpgradeProgress | None = None) -> None:
    """Bring an older, already inspected project to this build's schema on a connection of
    its own, saying how far it is: the desktop app runs this in a worker before it opens the
    file (at 1,000,000 claims the backup and the upgrade take half a minute), the CLI prints
    the stages. `connect` then finds nothing to do."""
    conn = connect(path, upgrade_progress=progress or (lambda *_a: None))
    conn.close()


def _upgrade(path: Path, conn: sqlite3.Connection,
             progress: UpgradeProgress | None = None) -> None:
    """Bring an older project to this build's schema, after keeping a verified backup of the
    file as it was (an upgrade is the one write that opening a project may make)."""
    from .backup import BackupError, make_backup
    from .schema import apply_migrations, restamp_if_current

    try:
        if restamp_if_current(conn):  # nothing to upgrade: only the stamp was wrong
            return
    except sqlite3.Error as exc:
        conn.close()
        raise ProjectFileError(f"{path} could not be opened for writing: {exc}") from None
    try:
        if progress is not None:
            progress("backup", 0, 1)
        make_backup(path)
    except BackupError as exc:
        conn.close()
        raise ProjectFileError(
            f"{path} needs upgrading to this version's format, but no backup could be made "
            f"first, so it was left as it is: {exc}"
        ) from None
    try:
        if progress is None:
            apply_migrations(conn)
        else:
            progress("backup", 1, 1)
            apply_migrations(conn, lambda done, total: progress("upgrade", done, total))
    except sqlite3.Error as exc:
        conn.close()
        raise ProjectFileError(f"{path} could not be upgraded (left as it was): {exc}") from None


def remove_new(path: Path) -> None:
    """Remove a project `create` just made (and SQLite's files beside it) after a failure."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(f"{os.fspath(path)}{suffix}")
        except FileNotFoundError:
            pass


def create(path: Path) -> sqlite3.Connection:
    from .schema import apply_migrations

    folder = os.path.dirname(os.fspath(path)) or "."
    if os.path.exists(path):
        raise ProjectFileError(f"{path} already exists; choose another name or open it")
    if not os.path.exists(folder):
        raise ProjectFileError(f"{folder}: no such folder")
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise ProjectFileError(f"{path} cannot be created: {exc}") from None
    try:
        _configure(conn)
        conn.row_factory = sqlite3.Row
        apply_migrations(conn)
    except sqlite3.Error as exc:
        conn.close()
        remove_new(path)
        raise ProjectFileError(f"{path} cannot be created: {exc}") from None
    return conn
