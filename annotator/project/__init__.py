"""The facade: the one door the GUI and the command line use for a project's data.

`Project` (facade.py, with its reads in reads.py) opens one project file; every edit runs in its
own transaction and returns a ChangeSet. `files` holds what works on the file as a whole
(backups, restore), `imports` and `exports` the doors to the importers and exporters.
"""
from ..core.changes import ChangeSet
from ..core.summaries import DocumentSummary, SearchHit
from .facade import UNDO_LIMIT, Project

__all__ = ["UNDO_LIMIT", "ChangeSet", "DocumentSummary", "Project", "SearchHit"]
