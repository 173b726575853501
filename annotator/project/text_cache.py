"""The texts of the articles last read whole, so that tagging a span in an open article does
not read the article again.

Checking a new claim's span and taking its quote, prefix and suffix needs the text: in SQLite
that is the whole value, a megabyte read from 250 overflow pages and counted in code points
three times (7 ms of a 16 ms key press in a 1 MB article). The window has just read that text
to show it, through `Project.document`, which keeps it here. Each use looks up the stored
content hash first (a key lookup that reads no text): a text only serves while the article
under that id still has that text, whoever changed the file meanwhile.
"""
from __future__ import annotations

from collections import OrderedDict

#: at most this many code points kept in all (two reading panes of long articles, and more)
LIMIT_CHARS = 8_000_000
#: and at most this many articles
LIMIT_TEXTS = 6


class TextCache:
    def __init__(self, limit_chars: int = LIMIT_CHARS, limit_texts: int = LIMIT_TEXTS) -> None:
        self._texts: OrderedDict[str, tuple[str, str]] = OrderedDict()
        self._chars = 0
        self.limit_chars = limit_chars
        self.limit_texts = limit_texts

    def put(self, doc_id: str, content_hash: str, text: str) -> None:
        self.drop(doc_id)
        if len(text) > self.limit_chars:
            return
        self._texts[doc_id] = (content_hash, text)
        self._chars += len(text)
        while self._chars > self.limit_chars or len(self._texts) > self.limit_texts:
            _key, (_hash, old) = self._texts.popitem(last=False)
            self._chars -= len(old)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._texts

    def get(self, doc_id: str, content_hash: str | None) -> str | None:
        """The text kept for `doc_id` if it is the one with `content_hash` (the stored one)."""
        kept = self._texts.get(doc_id)
        if kept is None or content_hash is None or kept[0] != content_hash:
            return None
        self._texts.move_to_end(doc_id)
        return kept[1]

    def drop(self, doc_id: str) -> None:
        kept = self._texts.pop(doc_id, None)
        if kept is not None:
            self._chars -= len(kept[1])

    def clear(self) -> None:
        self._texts.clear()
        self._chars = 0
