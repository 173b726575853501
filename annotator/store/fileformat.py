"""What marks a file as an Annotator project, kept apart from the migrations so that opening a
project that needs no upgrade does not load sqlite-utils (a tenth of a second at every start)."""
from __future__ import annotations

import functools
import os
TYPE_CHECKING = False  # typing itself costs a Python start's worth of time

if TYPE_CHECKING:  # imported where used: `annotator docs` loads this module without pathlib
    from pathlib import Path

APPLICATION_ID = 0x414E4E54  # "ANNT", in PRAGMA application_id

#: The schema version this build writes (PRAGMA user_version); files with a higher one are
#: refused. It equals the number of migrations in store/schema.py (a test checks).
SCHEMA_VERSION = 6

#: How every full-text index splits text into words; the migrations write it and search's
#: snippets index the shown rows with it too (store/search_snippets.py), so it never changes
#: without a migration that rebuilds the indexes.
TOKENIZE = "unicode61 remove_diacritics 2"

#: SQLite's files beside a project (write-ahead log, its shared index, a rollback journal).
COMPANIONS = ("-wal", "-shm", "-journal")


def is_project_file(candidate: str | Path, project: str | Path) -> bool:
    """Is `candidate` the project file or one of SQLite's files beside it? An import must not
    read them (reading drops this process's locks on them) nor an export replace them.

    Asked once per imported file, so the project's own names are worked out once
    (_own_files) and the candidate is compared by name, then by identity (device and inode:
    symbolic and hard links alike) with one stat of each; a name that is not there, by where
    it resolves to. Plain strings, not Path objects: building and comparing six Paths a file
    cost 50–150 µs, a tenth of importing a short article."""
    c = os.path.abspath(candidate)
    key = os.fspath(project)
    own, own_resolved = _own_files(key if os.path.isabs(key) else os.path.abspath(key))
    if c in own:
        return True
    try:
        try:
            found = os.stat(c)
        except OSError:  # not there (a link to nothing may still name one of ours)
            return os.path.realpath(c) in own_resolved
        for f in own:  # an existing file that resolves to one of ours is that file: same inode
            try:
                if os.path.samestat(found, os.stat(f)):
                    return True
            except OSError:
                continue
        return False
    except (OSError, RuntimeError, ValueError):  # a symlink loop; a NUL in the name
        return False


@functools.lru_cache(maxsize=8)
def _own_files(project: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The project file and its companions, as given and resolved (a project's path does not
    change while it is open; resolving four names per imported file cost 0.3 ms each)."""
    own = (project, *(f"{project}{suffix}" for suffix in COMPANIONS))
    try:
        resolved = frozenset(os.path.realpath(f, strict=False) for f in own)
    except (OSError, RuntimeError, ValueError):
        resolved = frozenset()
    return own, resolved
