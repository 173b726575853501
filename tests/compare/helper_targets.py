"""What the helper-process tests run in their helpers: importable by name in a fresh
interpreter (the "spawn" method), so nothing here imports Qt or the test fixtures."""
from __future__ import annotations

import os
import time
from pathlib import Path

from annotator.core.errors import ValidationError


def counts(link, n: int) -> dict:
    for i in range(n):
        link.progress(i + 1, n, "counting")
        time.sleep(0.06)  # more than the progress interval: every step is reported
    return {"pid": os.getpid(), "n": n}


def priority(link) -> int:
    return os.getpriority(os.PRIO_PROCESS, 0)


def fails(link, annotator_error: bool) -> None:
    if annotator_error:
        raise ValidationError("that claim is gone")
    raise KeyError("boom")


def dies(link) -> None:
    os._exit(3)


def until_cancelled(link) -> str:
    while not link.cancelled():
        time.sleep(0.01)
    return "stopped"


def writes_a_claim(link, path: str, counted: bool) -> str:
    """An edit through a Project in the helper: counted as ours, or as another program's."""
    from annotator.project import Project
    from annotator.project import writes

    with Project.open(Path(path)) as project:
        if counted:
            writes.count(project)
        doc = project.documents()[0]
        return project.add_claim(doc.id, 0, 5, "unverified").created[0]
