"""Telling another program's edits from our own background writers'.

SQLite's `PRAGMA data_version` changes on a connection when ANY other connection commits: the
window's connection cannot tell an edit by the CLI from the background analysis writing
sentences through its own connection (another thread or a helper process). So every write
transaction through Annotator that changes rows counts itself under its writer's token in the
file (store/writers.py), in the same transaction: the window, its workers and its helper
processes share one token (`count`; a helper is given it before it opens anything), every
other Project has a token of its own. A look (`ForeignEdits.look`) reads the data_version
and the ledger in one snapshot: another token's count grown since the last look is another
program's edit, whatever ours did meanwhile — no moment is passed over. A data_version
changed with no count grown, ours included, is a program that writes the file without
Annotator (the sqlite3 shell); one that commits while ours commit too is not told apart.
"""
from __future__ import annotations

import os
from typing import Any

#: this process's writers' token; a helper process takes its window's (`install`)
_session = os.urandom(8).hex()  # secrets.token_hex(8), without loading hmac and hashlib


def new_token() -> str:
    """A token of its own, for a Project that is not one of the window's writers."""
    return os.urandom(8).hex()


def session() -> str:
    return _session


def count(project: Any) -> None:
    """Count this Project's write transactions as ours: the window's, its workers' and its
    helpers'. (Any other Project, even one in this process, is another program.)"""
    project.writer = _session


def install(token: str) -> None:
    """In a helper process, before it opens anything: its writes are its window's."""
    global _session
    _session = token


class ForeignEdits:
    """Looks at one connection for commits made by another program (see the module docstring).

    `look()` is True when another program has committed since the previous look, False when
    nothing (or only ours) did."""

    def __init__(self, project: Any) -> None:
        self.project = project
        count(project)
        self._version: int | None = None
        self._ledger: dict[str, int] | None = None

    def reset(self) -> None:
        """Take the present state as the baseline (after a reload: it shows everything until
        now)."""
        self._version = None
        self._ledger = None
        self.look()

    def look(self) -> bool:
        if self.project.in_transaction:
            return False  # the snapshot's version: look again outside it
        if self._version is not None and self.project.data_version() == self._version:
            return False  # nobody else committed: the ledger need not be read
        version, ledger = self.project.writers_ledger()
        previous = self._ledger
        self._version, self._ledger = version, ledger
        if previous is None:
            return False
        ours = self.project.writer
        found = any(n > previous.get(token, 0) for token, n in ledger.items() if token != ours)
        if not found and ledger.get(ours, 0) == previous.get(ours, 0):
            found = True  # committed without a count: a program that is not Annotator
        return found
