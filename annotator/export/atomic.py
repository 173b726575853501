"""Writing exports so that a reader never sees half a file.

A file is written to a temporary name in the destination folder, flushed to disk and renamed
over the destination (rename is atomic within one file system). A multi-file export is built in a
temporary sibling folder and swapped in the same way. Any failure - a bug in an exporter, a full
disk, a cancel - removes the temporary and leaves whatever was at the destination untouched.
"""
from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..core import messages
from ..core.errors import AnnotatorError, said


class ExportError(AnnotatorError):
    """The export could not be written; nothing was left at the destination."""


class ReadOnlyTargetError(ExportError):
    """The destination is a read-only file: replaced only when the user says so (`--force`,
    or yes in the GUI's question)."""


class ExportCancelled(ExportError):
    def __init__(self) -> None:
        super().__init__("export cancelled; nothing was written")


#: A file in every multi-file export, so a later export may replace the folder safely.
FOLDER_MARKER = ".annotator-export"


def _describe(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return said(messages.DISK_FULL)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return said(messages.WRITE_DENIED)
    if exc.errno == errno.EROFS:
        return said(messages.READ_ONLY_DISK)
    return exc.strerror or str(exc)


def _write_failed(dest: Path, exc: OSError) -> ExportError:
    return ExportError(said(messages.WRITE_FAILED, str(dest), _describe(exc)))


_SPECIAL = tuple(zip((stat.S_ISFIFO, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISSOCK),
                     messages.SPECIAL_KINDS))


def is_read_only(path: Path) -> bool:
    """No write permission bit, or no write access for this user (root has access to any
    file, so the bits decide there: a file someone made read-only is meant to stay)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (mode & 0o222) or not os.access(path, os.W_OK)


def check_target(dest: Path, *, folder: bool, replace_readonly: bool = False) -> Path:
    """Where an export to `dest` really writes, or ExportError when it must not write there.

    A rename replaces whatever has the name, so a special file (`-o /dev/null` as root, a
    FIFO another program reads) would become a regular file, and a symbolic link would stop
    being one: those are refused and written through respectively (the link's target is
    replaced, the link stays). A read-only file is replaced only with `replace_readonly`."""
    dest = Path(dest)
    if dest.is_symlink():
        try:
            os.stat(dest)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise ExportError(said(messages.TARGET_LINK_LOOP, str(dest))) from None
            # a dangling link: the export creates its target
        dest = Path(os.path.realpath(dest))
    try:
        st = dest.stat()
    except OSError:
        return dest
    for test, kind in _SPECIAL:
        if test(st.st_mode):
            raise ExportError(said(messages.TARGET_SPECIAL, str(dest), said(kind)))
    if not folder and stat.S_ISREG(st.st_mode) and not replace_readonly and is_read_only(dest):
        raise ReadOnlyTargetError(f"{dest} is read-only; replace it anyway with --force "
                                  "(or choose another name)")
    return dest


def _refuse_non_regular(dest: Path) -> None:
    """The last look before the rename (the target may have changed since check_target)."""
    try:
        st = os.lstat(dest)
    except OSError:
        return
    if stat.S_ISLNK(st.st_mode) or any(test(st.st_mode) for test, _ in _SPECIAL):
        raise ExportError(said(messages.TARGET_CHANGED, str(dest)))


def _check_parent(dest: Path) -> None:
    if not dest.parent.is_dir():
        raise ExportError(said(messages.FOLDER_MISSING, str(dest), str(dest.parent)))


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_path(dest: Path) -> Iterator[Path]:
    """A temporary path beside `dest` for libraries that write to a path themselves (pyarrow);
    it replaces `dest` once the block ends without error."""
    dest = Path(dest)
    _check_parent(dest)
    if dest.is_dir():
        raise ExportError(said(messages.TARGET_IS_FOLDER, str(dest)))
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        _publish_mode(tmp, dest, folder=False)
        _refuse_non_regular(dest)
        os.replace(tmp, dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _write_failed(dest, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(dest.parent)


@contextmanager
def atomic_file(dest: Path, *, binary: bool = False, encoding: str = "utf-8") -> Iterator[IO]:
    """An open file that becomes `dest` only when the block finishes without error.

    Text is written with `newline=""` so "\\n" in stored texts is never translated (offsets in
    the export must match the bytes on disk on every platform)."""
    with atomic_path(dest) as tmp:
        if binary:
            fh = open(tmp, "wb")
        else:
            fh = open(tmp, "w", encoding=encoding, newline="")
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())


def _umask() -> int:
    """The process umask, read without os.umask() (which sets it: unsafe in a worker thread)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _publish_mode(tmp: Path, dest: Path, *, folder: bool) -> None:
    """mkstemp/mkdtemp create private (0600/0700) entries; an export gets the permissions of
    the file it replaces, or the usual ones for a new file."""
    if os.name != "posix":
        return
    try:
        mode = dest.stat().st_mode & 0o7777
    except OSError:
        mode = (0o777 if folder else 0o666) & ~_umask()
    os.chmod(tmp, mode)


def _looks_like_our_export(folder: Path) -> bool:
    return (folder / FOLDER_MARKER).is_file()


@contextmanager
def atomic_folder(dest: Path) -> Iterator[Path]:
    """A temporary folder beside `dest`, renamed to `dest` once complete.

    An existing `dest` is replaced only when it is empty or an earlier Annotator export (it
    holds FOLDER_MARKER): an export must never delete a folder of the user's own files."""
    dest = Path(dest)
    _check_parent(dest)
    if dest.exists() and not dest.is_dir():
        raise ExportError(said(messages.TARGET_IS_FILE, str(dest)))
    if dest.is_dir() and any(dest.iterdir()) and not _looks_like_our_export(dest):
        raise ExportError(said(messages.FOLDER_NOT_OURS, str(dest)))
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent))
    old: Path | None = None
    try:
        yield tmp
        (tmp / FOLDER_MARKER).write_text("Written by Annotator; the next export may replace this folder.\n",
                                         encoding="utf-8")
        for path in tmp.rglob("*"):
            if path.is_file():
                with open(path, "rb") as fh:
                    os.fsync(fh.fileno())
        _fsync_dir(tmp)
        _publish_mode(tmp, dest, folder=True)
        if dest.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".old", dir=dest.parent))
            old.rmdir()
            os.replace(dest, old)
        os.replace(tmp, dest)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and old.exists() and not dest.exists():
            os.replace(old, dest)
        raise _write_failed(dest, exc) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    _fsync_dir(dest.parent)
