"""A title for text that does not declare one (plain text, Word and PDF files without metadata).

Saved news articles rarely start with their headline: they start with a photo caption
("Presiden Venezuela, Nicolas Maduro (foto: UPI)"), a blank line, a standfirst, or straight
with the lead paragraph. A caption makes a misleading title and a 400-character paragraph an
unreadable one, so captions are skipped and long first lines give their first sentence, shortened.
"""
from __future__ import annotations

import re

#: A first line longer than this is a paragraph, not a headline.
MAX_HEADLINE = 150
#: Titles made from a sentence are cut (at a word) to about this length.
MAX_DERIVED = 100
#: How many leading lines may be captions before we give up skipping.
MAX_SKIPPED = 3

_CREDIT_WORDS = r"(?:foto|photo|photograph|gambar|ilustrasi|illustration|image|img|pic|dok|" \
                r"dokumentasi|sumber\s+foto|kredit|credit|grafis|video|istimewa)"
_CAPTION = re.compile(
    rf"""(?:\(\s*{_CREDIT_WORDS}\b[^()]*\)\s*\.?\s*$    # "... (foto: UPI)" at the end
         |^\s*\[?{_CREDIT_WORDS}\s*[:/|]                # "Foto: ..." at the start
         |\[\s*{_CREDIT_WORDS}\b[^\]]*\]\s*$)           # "... [photo: AP]"
    """,
    re.IGNORECASE | re.VERBOSE,
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_SETEXT_RULE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_SENTENCE_END = re.compile(r"""[.!?…]["”’')]?\s+(?=["“‘(]?[A-Z0-9À-Ý])""")
#: "Jakarta - ", "WASHINGTON DC, AS – ": a dateline opening a lead sentence.
_DATELINE = re.compile(r"^[A-ZÀ-Ý][\w.,' ]{1,40}?\s+[-–—]{1,2}\s+(?=\S)")


def is_caption(line: str) -> bool:
    return bool(_CAPTION.search(line))


def shorten(text: str, limit: int = MAX_DERIVED) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:–—- ")
    return (cut or text[:limit]) + "…"


def first_sentence(text: str) -> str:
    m = _SENTENCE_END.search(text)
    return text[:m.start() + 1] if m else text


def _leading_lines(text: str, count: int, *, blank: bool) -> list[str]:
    """The first lines of `text`, up to `count` of those that are not blank (and, with
    `blank`, the blank ones among them): a title is found at the top, and splitting a 10 MB
    dump whole held the interpreter lock, and the window, 50 ms."""
    lines: list[str] = []
    kept = start = 0
    while kept < count and start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.strip():
            kept += 1
            lines.append(line)
        elif blank:
            lines.append(line)
        start = end + 1
    return lines


def markdown_heading(text: str, max_lines: int = 8) -> str:
    """The first ATX (`# Title`) or setext (`Title` over `===`) heading near the top, or ""."""
    lines = _leading_lines(text, max_lines + 1, blank=True)  # and the line under the last
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        m = _HEADING.match(line)
        if m:
            return m.group(1).strip()
        if i + 1 < len(lines) and _SETEXT_RULE.match(lines[i + 1]) and line.strip():
            return line.strip()
        seen += 1
        if seen >= max_lines:
            break
    return ""


def guess_title(text: str, fallback: str = "") -> str:
    """The headline when the text starts with one; else the lead's first sentence, shortened."""
    # captions skipped, the line after them, and one more to know that it is not the last
    lines = [line.strip() for line in _leading_lines(text, MAX_SKIPPED + 2, blank=False)]
    skipped = 0
    for line in lines:
        if is_caption(line) and skipped < MAX_SKIPPED and len(lines) > skipped + 1:
            skipped += 1
            continue
        m = _HEADING.match(line)
        if m:
            return shorten(m.group(1), MAX_HEADLINE)
        if len(line) <= MAX_HEADLINE:
            return " ".join(line.split())
        sentence = _DATELINE.sub("", first_sentence(line), count=1)
        return shorten(sentence)
    return fallback
