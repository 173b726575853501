"""Text normalisation: every stored text is NFC with `\\n` line ends, so offsets mean one thing."""
from __future__ import annotations

import unicodedata


#: Texts are normalised in pieces of about this many characters, each ending at a line
#: break: one call over a 10 MB dump held the interpreter lock (and the window, while an
#: import runs in a worker thread) 20-36 ms. A line break composes with nothing, so NFC of
#: the pieces is NFC of the whole.
PIECE_CHARS = 1 << 18


def _pieces(text: str):
    start = 0
    while start < len(text):
        cut = text.find("\n", start + PIECE_CHARS)
        end = len(text) if cut < 0 else cut + 1
        yield text[start:end] if start or end < len(text) else text
        start = end


def normalize_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if len(text) <= PIECE_CHARS:
        return unicodedata.normalize("NFC", text)
    return "".join(unicodedata.normalize("NFC", piece) for piece in _pieces(text))


def is_normalized_text(text: str) -> bool:
    """normalize_text(text) == text, without making the normalised copy (a check the facade
    makes of every stored text: NFC's quick check is a scan, normalising is a copy)."""
    return not text.startswith("\ufeff") and "\r" not in text and "\u2028" not in text \
        and "\u2029" not in text and all(unicodedata.is_normalized("NFC", piece)
                                           for piece in _pieces(text))


def display_text(text: str) -> str:
    """`text` with what cannot be stored or shown as UTF-8 replaced by U+FFFD: a file name's
    bytes that are not UTF-8 arrive in Python as lone surrogates (os.fsdecode)."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


def require_text(value: str, what: str) -> str:
    """`value`, or ValidationError with one sentence when it holds non-UTF-8 bytes."""
    from .errors import ValidationError

    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(f"{what} holds bytes that are not UTF-8 text; type it again or "
                              "use another name") from None
    return value


def content_hash(text: str) -> str:
    import hashlib  # here: OpenSSL's loading is a tenth of `annotator docs`'s start

    if len(text) <= PIECE_CHARS:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
    digest = hashlib.sha256()  # encoded in slices: UTF-8 of the whole is theirs end to end
    for i in range(0, len(text), PIECE_CHARS):
        digest.update(text[i:i + PIECE_CHARS].encode("utf-8"))
    return digest.hexdigest()


def bytes_hash(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


_RTL_BIDI = {"R", "AL"}


def is_rtl(text: str, sample: int = 2000) -> bool:
    """True when most strongly-directional letters are right-to-left (Arabic, Hebrew, Persian …)."""
    rtl = ltr = 0
    for ch in text[:sample]:
        bidi = unicodedata.bidirectional(ch)
        if bidi in _RTL_BIDI:
            rtl += 1
        elif bidi == "L":
            ltr += 1
    return rtl > ltr
