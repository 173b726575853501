"""The keys of the inspector's selected match: window shortcuts (compare_hooks.py), named in
the matches panel's tooltips. Apart from the panel, which is built with the inspector's form
(the first claim shown), while the shortcuts exist from the start."""
from __future__ import annotations

from ..core.model import LinkKind

LINK_MATCH_KEYS = {LinkKind.SAME_CLAIM: "Alt+1", LinkKind.SUPPORTS: "Alt+2",
                   LinkKind.CONTRADICTS: "Alt+3"}
OPEN_MATCH_KEY = "Alt+O"
