"""Which matching the compare engine uses here (lexical, or with the sentence encoder): the
line the command line's help and notes show. A door of its own so the CLI can ask at start-up
without loading the engine."""
from __future__ import annotations


def matching_status() -> str:
    from ..compare.encoder import status

    return status()


def encoder_installed() -> bool:
    """Is the sentence encoder there? Without it matching is lexical (the GUI says so once)."""
    from ..compare.encoder import available

    return available()
