"""Plain text and Markdown: the title is the first heading, or the first line."""
from __future__ import annotations

import re
from pathlib import Path

from ...core.errors import IngestError
from ..base import Article, register
from ..decode import decode_text

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def _title_from(text: str, fallback: str) -> str:
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        m = _HEADING.match(line)
        title = m.group(1) if m else line
        return title[:200]
    return fallback


@register(".txt", ".text")
def read_text(path: Path, data: bytes) -> list[Article]:
    text = decode_text(data).strip("\n")
    if not text.strip():
        raise IngestError("the file has no text")
    return [Article(text=text, title=_title_from(text, path.stem))]


@register(".md", ".markdown")
def read_markdown(path: Path, data: bytes) -> list[Article]:
    """Markdown is kept as written (the text users annotate is the text they saved); a YAML-ish
    front matter block gives metadata (title, outlet/source, url, date/published, author)."""
    text = decode_text(data)
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        for line in m.group(1).split("\n"):
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("'\"")
        text = text[m.end():]
    text = text.strip("\n")
    if not text.strip():
        raise IngestError("the file has no text")
    return [Article(
        text=text,
        title=meta.get("title") or _title_from(text, path.stem),
        outlet=meta.get("outlet") or meta.get("source") or meta.get("site") or "",
        url=meta.get("url") or meta.get("link") or "",
        published=meta.get("published") or meta.get("date") or "",
        author=meta.get("author") or "",
        language=meta.get("language") or meta.get("lang") or "",
    )]
