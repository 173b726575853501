"""Plain text and Markdown: the title is the first heading, or the first line that is not a
photo caption (see annotator.ingest.titles); the outlet and date are those the article states
in a dateline or a closing credit (annotator.ingest.datelines)."""
from __future__ import annotations

import re
from pathlib import Path

from ...core import messages
from ...core.errors import IngestError, said
from ..base import Article, register
from ..datelines import attribution
from ..decode import decode_text
from ..titles import guess_title, markdown_heading

_FRONT_MATTER = re.compile(r"\A---[^\S\n]*\n(.*?)\n---[^\S\n]*(?:\n|\Z)", re.DOTALL)


@register(".txt", ".text")
def read_text(path: Path, data: bytes) -> list[Article]:
    text = decode_text(data).strip("\n")
    if not text.strip():
        raise IngestError(said(messages.FILE_NO_TEXT))
    stated = attribution(text)  # "JAKARTA, KOMPAS.com –", "Sumber: INEWS" …
    return [Article(text=text, title=guess_title(text, path.stem), outlet=stated.outlet,
                    published=stated.published)]


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple `key: value` front matter (what static-site tools and clippers write); no YAML
    library, so nothing in it is ever executed or expanded."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "-")):
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[m.end():]


@register(".md", ".markdown")
def read_markdown(path: Path, data: bytes) -> list[Article]:
    """Markdown is kept as written (the text users annotate is the text they saved); a front
    matter block gives metadata (title, outlet/source/site, url/link, published/date, author,
    language/lang)."""
    meta, text = _front_matter(decode_text(data))
    text = text.strip("\n")
    if not text.strip():
        raise IngestError(said(messages.FILE_NO_TEXT))
    stated = attribution(text)  # what the text says, where the front matter says nothing
    return [Article(
        text=text,
        title=meta.get("title") or markdown_heading(text) or guess_title(text, path.stem),
        outlet=meta.get("outlet") or meta.get("source") or meta.get("site") or stated.outlet,
        url=meta.get("url") or meta.get("link") or "",
        published=meta.get("published") or meta.get("date") or stated.published,
        author=meta.get("author") or "",
        language=meta.get("language") or meta.get("lang") or "",
    )]
