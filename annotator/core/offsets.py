"""Code point ↔ UTF-16 offset conversion.

Stored spans count Unicode code points; Qt's text cursors count UTF-16 code units. The GUI
converts with these at its boundary. Kept Qt-free so it can be tested on its own.
"""
from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts offsets for one text in O(log n) per call, after an O(n) scan."""

    def __init__(self, text: str) -> None:
        # code point indexes of characters outside the BMP (two UTF-16 units each)
        # (a regex scan: ~100x faster than a Python loop on a 1 MB article)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # the same positions in UTF-16 units: index + number of astral chars before it
        self._astral16 = [cp + n for n, cp in enumerate(self._astral)]
        self.length = len(text)

    def to_utf16(self, cp: int) -> int:
        if not self._astral:
            return cp
        return cp + bisect_right(self._astral, cp - 1)

    def to_codepoint(self, u16: int) -> int:
        """A UTF-16 offset inside a surrogate pair snaps to the start of that character."""
        if not self._astral:
            return u16
        n = bisect_right(self._astral16, u16 - 1)
        if n and self._astral16[n - 1] == u16 - 1:
            return self._astral[n - 1]  # inside a pair
        return u16 - n
