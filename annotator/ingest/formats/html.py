"""Saved web pages (.html, .htm): the article's main text and metadata, extracted by trafilatura.

Hand-written regexes cannot tell an article from its menus, cookie banners and "read more"
boxes; trafilatura is built for exactly that on news pages. We parse the page ourselves with an
lxml HTML parser that has the network switched off and hand trafilatura the tree, so neither
library ever sees a URL it could fetch: no images, stylesheets, scripts, frames or DTDs are
loaded, and the HTML parser does not expand external entities at all.
"""
from __future__ import annotations

import re
from pathlib import Path

from ...core import messages
from ...core.errors import IngestError, said
from ..base import Article, checkpoint, library_errors, register
from ..decode import decode_markup

#: Shorter extracted text is a teaser or an index page, not an article.
MIN_ARTICLE_CHARS = 80

#: The publication date comes from the page's metadata (meta tags, JSON-LD, time elements)
#: only. htmldate's "extensive" search regex-scans the whole page for any date-like string:
#: slow on big pages (seconds, holding the GIL, so the GUI would freeze) and as likely to find
#: a date in a comment or a "related articles" box as the article's own.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}

#: Bounds checked before the page is parsed: trafilatura's work grows faster than linearly with
#: the number of elements (480,000 paragraphs took over 8 minutes, 50,000 take 5 s) and its
#: memory with the text (14 MB of text: 350 MB). A long article page has a few thousand elements
#: and well under a megabyte of text; scripts, styles and inline images are not counted.
MAX_ELEMENTS = 30_000
MAX_TEXT_CHARS = 6 * 1024 * 1024
_START_TAG = re.compile(r"<[A-Za-z]")
_BULKY = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]+",
                    re.IGNORECASE | re.DOTALL)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>", re.IGNORECASE)
_LOOKS_LIKE_HTML = re.compile(r"<\s*(?:html|head|body|article|p|div|title|!doctype)\b", re.IGNORECASE)


def _parser():
    from lxml import html

    return html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                           collect_ids=False, default_doctype=False, huge_tree=False, recover=True)


def parse_html(text: str):
    """An lxml tree of the page, parsed without network access."""
    from lxml import html

    text = _XML_DECLARATION.sub("", text, count=1)  # lxml refuses str input with a declaration
    return html.document_fromstring(text, parser=_parser())


def check_bounds(text: str) -> None:
    """IngestError when the page is too big to extract an article from in reasonable time."""
    elements = sum(1 for _ in _START_TAG.finditer(text))
    if elements > MAX_ELEMENTS:
        raise IngestError(said(messages.HTML_ELEMENTS, f"{elements:,}", f"{MAX_ELEMENTS:,}"))
    checkpoint(force=True)
    chars = len(text) - sum(len(m.group()) for m in _BULKY.finditer(text))
    if chars > MAX_TEXT_CHARS:
        raise IngestError(said(messages.HTML_TEXT, f"{chars / 2**20:.0f}",
                               str(MAX_TEXT_CHARS // 2**20)))
    checkpoint(force=True)


def _clean(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


_TITLE_SEPARATORS = re.compile(r"\s+[|–—•·:-]{1,2}\s+")


def _headline(title: str, site: str, page_title: str) -> str:
    """The article's headline without the site's name: "Site - Headline" and "Headline | Site"
    are how pages title themselves, and trafilatura sometimes keeps the wrong half."""
    def is_site(part: str) -> bool:
        return bool(site) and part.casefold() == site.casefold()

    if title and not is_site(title):
        parts = _TITLE_SEPARATORS.split(title)
        if len(parts) > 1 and any(is_site(p) for p in parts):
            return max((p for p in parts if not is_site(p)), key=len)
        return title
    parts = [p for p in _TITLE_SEPARATORS.split(page_title) if p and not is_site(p)]
    return max(parts, key=len) if parts else ""


@register(".html", ".htm", ".xhtml")
def read_html(path: Path, data: bytes) -> list[Article]:
    from trafilatura import bare_extraction

    text = decode_markup(data)
    if not _LOOKS_LIKE_HTML.search(text[:65536]):
        raise IngestError(said(messages.NOT_HTML))
    check_bounds(text)
    with library_errors(messages.WEB_PAGE):
        tree = parse_html(text)
        page_title = _clean(tree.findtext("head/title") or tree.findtext(".//title"))
        doc = bare_extraction(tree, with_metadata=True, include_comments=False,
                              include_images=False, include_links=False, include_tables=True,
                              deduplicate=False, date_extraction_params=_DATE_PARAMS)
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(body) < MIN_ARTICLE_CHARS:
        raise IngestError(said(messages.PAGE_NO_ARTICLE))
    site = _clean(doc.sitename)
    return [Article(
        text=body,
        title=_headline(_clean(doc.title), site, page_title),  # "": the runner makes one
        author=_clean(doc.author),
        published=_clean(doc.date),
        outlet=site or _clean(doc.hostname),
        url=_clean(doc.url),
    )]
