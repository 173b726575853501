"""What marks a file as an Annotator project, kept apart from the migrations so that opening a
project that needs no upgrade does not load sqlite-utils (a tenth of a second at every start)."""
from __future__ import annotations

import os
from pathlib import Path

APPLICATION_ID = 0x414E4E54  # "ANNT", in PRAGMA application_id

#: The schema version this build writes (PRAGMA user_version); files with a higher one are
#: refused. It equals the number of migrations in store/schema.py (a test checks).
SCHEMA_VERSION = 4

#: SQLite's files beside a project (write-ahead log, its shared index, a rollback journal).
COMPANIONS = ("-wal", "-shm", "-journal")


def is_project_file(candidate: str | Path, project: str | Path) -> bool:
    """Is `candidate` the project file or one of SQLite's files beside it? An import must not
    read them (reading drops this process's locks on them) nor an export replace them."""
    c, p = Path(candidate).absolute(), Path(project).absolute()
    own = [p, *(Path(f"{p}{suffix}") for suffix in COMPANIONS)]
    if c in own:
        return True
    try:
        if c.resolve() in [f.resolve() for f in own]:
            return True
        return any(f.exists() and os.path.samefile(c, f) for f in own) if c.exists() else False
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
        return False
