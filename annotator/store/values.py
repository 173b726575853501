"""Stored strings back to enum members, where a string no Annotator writes is damage.

The schema's CHECK constraints keep bad values out of every write; a value that breaks them can
only come from a damaged file (a copy cut short reads its last bytes as zeros: "verifie\\0") or a
foreign tool. Reading one raises DamagedProjectError, the error the GUI and CLI answer with the
backup offer, instead of a KeyError deep in a view.
"""
from __future__ import annotations

import enum

from ..core.model import Direction, LinkKind, Verdict
from .listing import damaged


class StoredValues(dict):
    """value → member by plain dict lookup (a microsecond less a row than `Verdict(value)`,
    which adds up over 50,000 claims); a missing key raises DamagedProjectError."""

    def __init__(self, members: type[enum.Enum], what: str) -> None:
        super().__init__((m.value, m) for m in members)
        self.what = what

    def __missing__(self, key: object):
        raise damaged(self.what, key)

    def optional(self, key: object):
        """None for a missing value (NULL or ""), else as `self[key]`."""
        return self[key] if key else None


VERDICTS = StoredValues(Verdict, "claim's verdict")
DIRECTIONS = StoredValues(Direction, "document's direction")
LINK_KINDS = StoredValues(LinkKind, "link's kind")
