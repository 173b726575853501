"""Automatic, rotating, verified backups of a project file — and restoring one, reversibly.

Backups live in the user data folder (`annotator.settings.data_dir()/backups/<name>-<key>/`),
not beside the project: the project's folder may be read-only, a USB stick or a synced folder
(where extra SQLite files cause sync conflicts), and a user who deletes or moves the project
folder by mistake still has them. `<key>` is a hash of the project's absolute path, so two
projects with one name never share backups; `source.txt` in the folder names the project.

Each backup is written with SQLite's online backup API (consistent even while the app edits),
converted to a self-contained rollback-journal file, checked (`PRAGMA integrity_check` and our
`application_id`) under a temporary name and only then renamed into place: a file named like a
backup has been verified, and older backups are rotated out only after a new one verified.
Nothing here imports Qt; the GUI calls these functions (from a worker, they take a moment on
big projects) and `BackupPolicy` from a timer.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..core.digest import sha256_hex
from ..core.errors import AnnotatorError, ProjectLockedError
from .database import file_uri
from .early_check import check_summary
from .fileformat import APPLICATION_ID

#: Verified backups kept per project; the oldest beyond this are deleted after a new one verified.
KEEP = 10
#: Seconds of editing between automatic backups.
INTERVAL_S = 30 * 60
SUFFIX = ".annot"
#: A temporary backup file older than this was left by a crash (one being written is younger).
STALE_PARTIAL_S = 600
_STAMP_FMT = "%Y%m%dT%H%M%S"
_NAME = re.compile(r"^backup-(\d{8}T\d{6})-(\d{6})" + re.escape(SUFFIX) + "$")
_STATE = "state.json"


class BackupError(AnnotatorError):
    """A backup could not be written, verified or restored; the project file is unchanged."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC, aware
    size: int

    @property
    def label(self) -> str:
        """The backup's date in the user's local time, as the recovery dialog shows it."""
        return self.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    #: Where the file that was replaced now is: a verified backup (sound file) or the damaged
    #: file moved aside untouched. None when there was no file at the project path.
    previous: Path | None
    previous_was_damaged: bool


# ------------------------------------------------------------------------- locations
def backup_dir(project_path: str | Path) -> Path:
    from ..settings import data_dir

    resolved = Path(project_path).resolve()
    # fsencode: the same bytes as UTF-8 for a UTF-8 name, and no crash for one that is not
    key = sha256_hex(os.fsencode(resolved))[:12]
    stem = re.sub(r"[^\w.-]+", "_", resolved.stem)[:40] or "project"
    return data_dir() / "backups" / f"{stem}-{key}"


def _companions(path: Path) -> list[Path]:
    return [Path(str(path) + "-wal"), Path(str(path) + "-shm"), Path(str(path) + "-journal")]


def list_backups(project_path: str | Path) -> list[BackupInfo]:
    """The backups of a project, newest first (only completed, verified-at-write files)."""
    folder = backup_dir(project_path)
    out: list[BackupInfo] = []
    if not folder.is_dir():
        return out
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if not m or not entry.is_file():
            continue
        stamp = _parse_stamp(m.group(1), m.group(2))
        out.append(BackupInfo(entry, stamp, entry.stat().st_size))
    out.sort(key=lambda b: b.created, reverse=True)
    return out


def _parse_stamp(stamp: str, micros: str) -> datetime:
    """The UTC time in a backup's name. Not datetime.strptime: its first call loads _strptime
    and builds locale regexes, 20 ms of every start (the window lists backups on open)."""
    d, t = stamp.split("T")
    return datetime(int(d[:4]), int(d[4:6]), int(d[6:]), int(t[:2]), int(t[2:4]), int(t[4:]),
                    int(micros), tzinfo=timezone.utc)


# ------------------------------------------------------------------------- verification
def verify(path: str | Path) -> str | None:
    """None if `path` is a sound Annotator project file, else the reason it is not.

    Read-only (`immutable=1`: no -wal or -shm is created beside a backup that is only looked at).
    """
    path = Path(path)
    if path.is_dir():
        return "it is a folder, not a backup file"
    if path.exists() and not os.access(path, os.R_OK):
        return "it cannot be read (permission denied)"
    try:
        with path.open("rb") as fh:
            if not fh.read(16).startswith(b"SQLite format 3"):
                return "not an SQLite file"
        conn = sqlite3.connect(file_uri(path) + "?mode=ro&immutable=1", uri=True)
    except (OSError, sqlite3.Error) as exc:
        return f"cannot be read ({exc})"
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return "not an Annotator project"
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(5)").fetchall()]
        return None if rows == ["ok"] else check_summary(rows)
    except sqlite3.Error as exc:
        return f"damaged ({exc})"
    finally:
        conn.close()


def newest_verified(project_path: str | Path) -> BackupInfo | None:
    """The newest backup that passes `verify` now (backups can rot on disk too), or None."""
    for info in list_backups(project_path):
        if verify(info.path) is None:
            return info
    return None


# ------------------------------------------------------------------------- change tracking
def _fingerprint(project_path: Path) -> list:
    """Size and mtime of the file and its WAL: every commit writes one of them, so an unchanged
    fingerprint means unchanged content (a checkpoint may change it with no edit: one spare
    backup, never a missed one)."""
    out: list = []
    for p in (project_path, Path(str(project_path) + "-wal")):
        try:
            st = p.stat()
        except OSError:
            st = None
        # an empty WAL (a reader just created it) holds no content: same as none
        out.append([st.st_size, st.st_mtime_ns] if st and st.st_size else None)
    return out


def _read_state(folder: Path) -> dict:
    try:
        data = json.loads((folder / _STATE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_state(folder: Path, state: dict) -> None:
    tmp = folder / (_STATE + ".tmp")
    tmp.write_text(json.dumps(state), encoding="utf-8")
    os.replace(tmp, folder / _STATE)


def changed_since_last_backup(project_path: str | Path) -> bool:
    project_path = Path(project_path)
    folder = backup_dir(project_path)
    if not list_backups(project_path):
        return True
    return _read_state(folder).get("fingerprint") != _fingerprint(project_path)


# ------------------------------------------------------------------------- making backups
def _file_digest(path: Path) -> str:
    import hashlib  # OpenSSL's: fast on a whole file (loaded only when a backup is made)

    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _copy_with_backup_api(source: Path, dest: Path) -> None:
    src = sqlite3.connect(file_uri(source) + "?mode=ro", uri=True)
    try:
        src.execute("PRAGMA busy_timeout = 5000")
        dst = sqlite3.connect(str(dest))
        try:
            # one step: a single read snapshot, so edits going on in WAL mode neither wait for
            # it nor make it start over
            src.backup(dst, pages=-1)
            # A backup is one self-contained file: no WAL to lose when it is copied around.
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_backup(project_path: str | Path, *, keep: int = KEEP) -> BackupInfo:
    """Back up the project now; verify; then rotate out all but the `keep` newest.

    If the content equals the newest backup's, no new file is kept and that one is returned.
    Raises BackupError (the project is never modified, old backups are kept) on any failure.
    """
    project_path = Path(project_path)
    if not project_path.is_file():
        raise BackupError(f"{project_path} is a folder, not an Annotator project file"
                          if project_path.is_dir() else
                          f"{project_path}: no such project file to back up")
    folder = backup_dir(project_path)
    fingerprint = _fingerprint(project_path)
    now = datetime.now(timezone.utc)
    name = f"backup-{now.strftime(_STAMP_FMT)}-{now.microsecond:06d}{SUFFIX}"
    tmp = folder / (name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "source.txt").write_bytes(os.fsencode(project_path.resolve()) + b"\n")
        for stale in folder.glob("*.partial*"):  # left by a crash or kill mid-backup
            if time.time() - stale.stat().st_mtime > STALE_PARTIAL_S:  # not a running one
                stale.unlink(missing_ok=True)
        _copy_with_backup_api(project_path, tmp)
        problem = verify(tmp)
        if problem:
            raise BackupError(f"the backup of {project_path.name} failed verification: {problem}")
        _fsync(tmp)
        existing = list_backups(project_path)
        if existing and _file_digest(existing[0].path) == _file_digest(tmp):
            tmp.unlink()
            _write_state(folder, {"fingerprint": fingerprint})
            return existing[0]
        final = folder / name
        os.replace(tmp, final)
        _fsync(folder)
        _write_state(folder, {"fingerprint": fingerprint})
    except sqlite3.Error as exc:
        raise BackupError(f"{project_path.name} could not be backed up: {exc}") from None
    except OSError as exc:
        raise BackupError(f"{project_path.name} could not be backed up to {folder}: "
                          f"{exc.strerror or exc}") from None
    finally:
        for p in [tmp, *_companions(tmp)]:
            try:
                p.unlink(missing_ok=True)
            except OSError:
                pass
    for old in list_backups(project_path)[max(keep, 1):]:
        try:
            old.path.unlink()
        except OSError:
            pass
    return BackupInfo(final, now, final.stat().st_size)


def backup_if_changed(project_path: str | Path, *, keep: int = KEEP) -> BackupInfo | None:
    """What the app does on open: a new backup only when the file changed since the last one."""
    if not changed_since_last_backup(project_path):
        return None
    return make_backup(project_path, keep=keep)


# ------------------------------------------------------------------------- restoring
def _assert_not_in_use(path: Path) -> None:
    """Leaving WAL mode needs every other connection closed, so it doubles as the check that
    no window or CLI has the project open (the file was just backed up, so touching its header
    is safe)."""
    conn = sqlite3.connect(str(path), timeout=0.2, isolation_level=None)
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise ProjectLockedError(
                f"{path.name} is open in Annotator or another program; close it before restoring")
    except sqlite3.OperationalError:
        raise ProjectLockedError(
            f"{path.name} is open in Annotator or another program; close it before restoring"
        ) from None
    finally:
        conn.close()


def _move_aside(path: Path, stamp: str) -> Path:
    """Rename the file and its -wal/-shm to NAME.damaged-STAMP…; companions first, so a crash
    half-way never leaves a WAL beside a file it does not belong to."""
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    _move_companions(path, aside)
    if path.exists():
        os.replace(path, aside)
    return aside


def _move_companions(path: Path, aside: Path) -> None:
    for comp in _companions(path):
        if comp.exists():
            os.replace(comp, Path(str(aside) + comp.name[len(path.name):]))


def restore(project_path: str | Path, backup: str | Path | BackupInfo) -> RestoreResult:
    """Put `backup` in place of the project file, reversibly.

    A sound current file is first backed up (verified) — so restoring is itself undone by
    restoring that backup. A damaged one is moved aside untouched as `NAME.damaged-STAMP`
    (with its -wal/-shm). The backup is copied to a temporary file beside the project, verified
    and renamed over it, so a crash leaves either the old file or the restored one.
    """
    project_path = Path(project_path)
    src = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    problem = verify(src)
    if problem:
        raise BackupError(f"{src.name} cannot be restored: {problem}")
    stamp = datetime.now(timezone.utc).strftime(_STAMP_FMT)
    previous: Path | None = None
    damaged = False
    tmp = project_path.with_name(project_path.name + ".restoring")
    try:
        if project_path.exists():
            if verify_live(project_path) is None:
                previous = make_backup(project_path, keep=KEEP + 1).path
                _assert_not_in_use(project_path)
            else:
                damaged = True
        data = src.read_bytes()
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        problem = verify(tmp)
        if problem:
            raise BackupError(f"the copy of {src.name} failed verification: {problem}")
        if damaged:
            previous = _move_aside(project_path, stamp)
        elif previous is None:
            # no file, but maybe a WAL left by one (a crash mid-restore, a file deleted by
            # hand): it must not replay onto the restored file, and may hold data: keep it aside
            orphan = project_path.with_name(f"{project_path.name}.orphan-{stamp}")
            _move_companions(project_path, orphan)
        else:
            for comp in _companions(project_path):  # stale WAL must not replay onto the backup
                comp.unlink(missing_ok=True)
        os.replace(tmp, project_path)
        _fsync(project_path.parent)
    except OSError as exc:
        raise BackupError(f"{project_path.name} could not be restored: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return RestoreResult(src, previous, damaged)


def verify_live(project_path: Path) -> str | None:
    """Like `verify`, for a project that may have a WAL: read through SQLite normally."""
    from .database import inspect_file

    try:
        inspect_file(project_path, full_check=True)
    except AnnotatorError as exc:
        return str(exc)
    return None
