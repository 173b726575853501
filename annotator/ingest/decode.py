"""Bytes → text: UTF-8 (with or without BOM), UTF-16/32 with BOM, else detected by charset-normalizer.

Every reader that takes text goes through here, so "empty", "binary" and "undecodable" mean the
same thing (and give the same sentence) whatever the file's extension.
"""
from __future__ import annotations

import codecs
import re

from ..core import messages
from ..core.errors import IngestError, said
from ..core.text import normalize_text

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

#: File signatures of things people rename by mistake, with a name the user recognises.
_SIGNATURES = list(zip(
    (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"\x7fELF", b"%PDF", b"PK\x03\x04", b"\x1f\x8b",
     b"\xd0\xcf\x11\xe0", b"7z\xbc\xaf", b"SQLite format 3\x00"),
    messages.BINARY_KINDS))  # (its last kind, for any other file with NUL bytes, is left over)

#: Encodings charset-normalizer cannot tell apart on short texts; the first is the common one.
_PREFERRED_LEGACY = ("cp1252", "latin_1", "iso8859_15")

#: A text where more than this share of characters are control characters is not text.
_MAX_CONTROL_SHARE = 0.01

#: Unicode category Cc, except tab, line feed, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def binary_kind(data: bytes) -> str | None:
    """What a binary file is ("a PNG image" …), or None when it may be text."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    if b"\x00" in data[:8192]:
        return messages.BINARY_KINDS[-1]
    return None


def _check_text(text: str, normalize: bool = True) -> str:
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise IngestError(said(messages.FILE_BINARY))
    return normalize_text(text) if normalize else text.lstrip("\ufeff")


def _from_bom(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                name = codec.upper().replace("-SIG", "")
                raise IngestError(said(messages.BOM_INVALID, name, str(exc.start))) from None
    return None


def _detected(data: bytes) -> str:
    from charset_normalizer import from_bytes

    from .base import library_errors

    with library_errors(messages.TEXT_FILE):
        results = from_bytes(data)
    best = results.best()
    if best is None:
        raise IngestError(said(messages.ENCODING_UNKNOWN))
    # On short texts several code pages decode without any "mess" and charset-normalizer's
    # language-based coherence picks among them almost at random (DOS Baltic for French).
    # Among the equally clean ones, the common Western code page is by far the likeliest.
    ties = [r for r in results if r.chaos <= best.chaos]
    for preferred in _PREFERRED_LEGACY:
        for r in ties:
            if preferred in r.could_be_from_charset:
                return data.decode(preferred)
    return str(best)


def decode_text(data: bytes, *, normalize: bool = True) -> str:
    """Decoded, NFC-normalised text with `\\n` line ends, or IngestError naming the problem.

    normalize=False keeps the characters as they are (still checked): JSON needs that, since
    U+2028 is legal inside its strings but would become a line break.
    """
    if not data.strip():
        raise IngestError(said(messages.FILE_EMPTY))
    text = _from_bom(data)
    if text is None:
        kind = binary_kind(data)
        if kind:
            raise IngestError(said(messages.NOT_TEXT, said(kind)))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detected(data)
    if not text.strip(" \t\r\n\ufeff"):
        raise IngestError(said(messages.FILE_EMPTY))
    return _check_text(text, normalize)


def decode_markup(data: bytes) -> str:
    """Like decode_text, but an HTML/XML charset declaration wins over detection (browsers agree)."""
    if not any(data.startswith(bom) for bom, _ in _BOMS):
        m = _META_CHARSET.search(data[:4096])
        if m:
            name = m.group(1).decode("ascii", "replace").lower()
            try:
                info = codecs.lookup(name)
                codec = info.name if getattr(info, "_is_text_encoding", True) else ""
            except LookupError:
                codec = ""
            if codec and codec not in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
                if codec in ("latin-1", "iso8859-1", "ascii"):
                    codec = "cp1252"  # what browsers do for these labels
                try:
                    if binary_kind(data) is None and data.strip():
                        return _check_text(data.decode(codec))
                except (UnicodeError, LookupError, ValueError):
                    pass  # the declaration lies; fall back to detection
    return decode_text(data)
