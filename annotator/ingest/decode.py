"""Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, else detected by charset-normalizer."""
from __future__ import annotations

import codecs

from ..core.errors import IngestError
from ..core.text import normalize_text

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16/32 text, or a known binary signature."""
    signatures = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ", b"%PDF", b"PK\x03\x04")
    if data.startswith(signatures):
        return True
    return b"\x00" in data[:8192]


def decode_text(data: bytes) -> str:
    """Decoded, NFC-normalised text with `\\n` line ends, or IngestError naming the problem."""
    if not data.strip():
        raise IngestError("the file is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return normalize_text(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise IngestError(f"invalid {codec.upper()} text at byte {exc.start}") from None
    if looks_binary(data):
        raise IngestError("this is a binary file, not text")
    try:
        return normalize_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError("the text encoding could not be recognised (not UTF-8, and no other encoding fits)")
    return normalize_text(str(best))
