"""Articles as JSON (.json: one object or an array of objects) or JSON Lines (.jsonl: one object
per line). The schema is documented in README.md ("Importing"):

    {"text": "...", "title": "...", "url": "...", "outlet": "...", "published": "...",
     "author": "...", "language": "..."}

Only `text` is required; the others are optional strings (null or absent means unknown) and
other fields are ignored, so datasets with extra columns import as they are. One bad object
fails the whole file, naming its line, so a dataset is never half-imported.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ...core import messages
from ...core.errors import IngestError, message_of, said
from ..base import Article, register
from ..decode import decode_text

FIELDS = ("title", "url", "outlet", "published", "author", "language")


def _article(obj: Any, where: str) -> Article:
    if not isinstance(obj, dict):
        raise IngestError(said(messages.JSON_NOT_ARTICLE, where, _kind(obj)))
    text = obj.get("text")
    if text is None:
        raise IngestError(said(messages.JSON_NO_TEXT_FIELD, where))
    if not isinstance(text, str):
        raise IngestError(said(messages.JSON_TEXT_NOT_STRING, where, _kind(text)))
    if not text.strip():
        raise IngestError(said(messages.JSON_TEXT_EMPTY, where))
    meta: dict[str, str] = {}
    for name in FIELDS:
        value = obj.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise IngestError(said(messages.JSON_FIELD_NOT_STRING, where, name, _kind(value)))
        meta[name] = value.strip()
    return Article(text=text, **meta)


def _kind(value: Any) -> str:
    obj, array, string, boolean, number, null, other = messages.JSON_KINDS
    return said({dict: obj, list: array, str: string, bool: boolean, int: number,
                 float: number, type(None): null}.get(type(value), other))


def _loads(text: str, line_offset: int = 0) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(said(messages.MALFORMED_JSON, str(exc.lineno + line_offset),
                               str(exc.colno), exc.msg)) from None
    except RecursionError:
        raise IngestError(said(messages.JSON_TOO_DEEP, str(line_offset + 1))) from None


def _element_lines(text: str, count: int) -> dict[int, int]:
    """Line numbers of the first `count` top-level array elements, for messages about one."""
    decoder = json.JSONDecoder()
    lines: dict[int, int] = {}
    pos = text.index("[") + 1
    for i in range(count):
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        lines[i] = text.count("\n", 0, pos) + 1
        try:
            _, pos = decoder.raw_decode(text, pos)
        except (json.JSONDecodeError, RecursionError):
            break
    return lines


@register(".json")
def read_json(path: Path, data: bytes) -> list[Article]:
    text = decode_text(data, normalize=False)
    value = _loads(text)
    if isinstance(value, dict):
        return [_article(value, said(messages.THE_OBJECT))]
    if not isinstance(value, list):
        raise IngestError(said(messages.JSON_TOP_LEVEL, _kind(value)))
    if not value:
        raise IngestError(said(messages.JSON_ARRAY_EMPTY))
    articles = []
    for i, obj in enumerate(value):
        try:
            articles.append(_article(obj, said(messages.ARTICLE_N, str(i + 1))))
        except IngestError as exc:
            line = _element_lines(text, i + 1).get(i)
            raise IngestError(said(messages.AT_LINE, str(line), message_of(exc)) if line
                              else message_of(exc)) from None
    return articles


@register(".jsonl", ".ndjson")
def read_jsonl(path: Path, data: bytes) -> list[Article]:
    text = decode_text(data, normalize=False)
    articles = []
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if not line.strip():
            continue
        articles.append(_article(_loads(line, number - 1), said(messages.LINE_N, str(number))))
    if not articles:
        raise IngestError(said(messages.NO_JSON_LINES))
    return articles
