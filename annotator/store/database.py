"""Opening and creating project files.

A file is inspected read-only before it is opened for writing, so a file that is not a project,
comes from a newer Annotator, or is damaged is refused without a byte of it changing.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from ..core.errors import (
    DamagedProjectError,
    NewerProjectError,
    NotAProjectError,
    ProjectFileError,
    ProjectLockedError,
)
from .fileformat import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _ro_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def inspect_file(path: Path, *, full_check: bool = False, page_check: bool = True) -> int:
    """Check that `path` is a sound project this build can open; return its schema version.

    Read-only: raises a ProjectFileError subclass with a sentence for the user otherwise.
    `page_check=False` skips SQLite's quick_check (a few tenths of a second on a large file)
    for a second connection to a file the caller has just checked.
    """
    if not path.exists():
        raise ProjectFileError(f"{path}: no such file")
    if path.is_dir():
        raise NotAProjectError(f"{path} is a folder, not an Annotator project file")
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not head.startswith(SQLITE_MAGIC):
        raise NotAProjectError(f"{path} is not an Annotator project (not an SQLite file)")
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DamagedProjectError(f"{path} cannot be opened: {exc}") from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAProjectError(
                f"{path} is an SQLite database but not an Annotator project"
            )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewerProjectError(
                f"{path} was written by a newer Annotator (project format {version}; "
                f"this version reads up to {SCHEMA_VERSION}). Update Annotator to open it."
            )
        check = "integrity_check" if full_check else "quick_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {check}(20)").fetchall()] \
            if page_check or full_check else ["ok"]
        if rows != ["ok"]:
            raise DamagedProjectError(
                f"{path} is damaged: " + "; ".join(rows[:5])
            )
        return version
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise ProjectLockedError(f"{path} is locked by another program: {exc}") from None
        if "readonly" in str(exc) or "unable to open" in str(exc):
            # a read-only file or folder is not damage: never steer the user to a restore
            raise ProjectFileError(
                f"{path} cannot be opened for writing: the file or its folder is read-only "
                "(copy the project to a folder you can write to)") from None
        raise DamagedProjectError(f"{path} is damaged: {exc}") from None
    except sqlite3.DatabaseError as exc:
        raise DamagedProjectError(f"{path} is damaged: {exc}") from None
    finally:
        conn.close()


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on disk when it returns, so an acknowledged edit survives a power cut.
    conn.execute("PRAGMA synchronous = FULL")


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open an existing, already inspected project; apply pending migrations (writers only)."""
    try:
        if readonly:
            conn = sqlite3.connect(_ro_uri(path), uri=True, isolation_level=None,
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
        _upgrade(path, conn)
    return conn


def _upgrade(path: Path, conn: sqlite3.Connection) -> None:
    """Bring an older project to this build's schema, after keeping a verified backup of the
    file as it was (an upgrade is the one write that opening a project may make)."""
    from .backup import BackupError, make_backup
    from .schema import apply_migrations

    try:
        make_backup(path)
    except BackupError as exc:
        conn.close()
        raise ProjectFileError(
            f"{path} needs upgrading to this version's format, but no backup could be made "
            f"first, so it was left as it is: {exc}"
        ) from None
    try:
        apply_migrations(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise ProjectFileError(f"{path} could not be upgraded (left as it was): {exc}") from None


def create(path: Path) -> sqlite3.Connection:
    from .schema import apply_migrations

    if path.exists():
        raise ProjectFileError(f"{path} already exists; choose another name or open it")
    if not path.parent.exists():
        raise ProjectFileError(f"{path.parent}: no such folder")
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
        path.unlink(missing_ok=True)
        raise ProjectFileError(f"{path} cannot be created: {exc}") from None
    return conn
