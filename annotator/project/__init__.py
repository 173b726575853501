"""The facade: the one door the GUI and the command line use for a project's data.

`Project` (facade.py, with its reads in reads.py) opens one project file; every edit runs in its
own transaction and returns a ChangeSet. `files` holds what works on the file as a whole
(backups, restore), `imports` and `exports` the doors to the importers and exporters, `demo`
which project the app opens first.

Names load on first use (PEP 562), so the launcher can choose a project and start its page
check before the facade's modules (and the store's) are imported.
"""
from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False  # not typing's: importing typing costs a tenth of `annotator docs`
if TYPE_CHECKING:
    from typing import Any

    from ..core.changes import ChangeSet
    from ..core.summaries import DocumentSummary, SearchHit
    from .facade import UNDO_LIMIT, Project

_WHERE = {"Project": ".facade", "UNDO_LIMIT": ".facade", "ChangeSet": "..core.changes",
          "DocumentSummary": "..core.summaries", "SearchHit": "..core.summaries"}

__all__ = ["UNDO_LIMIT", "ChangeSet", "DocumentSummary", "Project", "SearchHit"]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name], __name__), name)
    globals()[name] = value
    return value
