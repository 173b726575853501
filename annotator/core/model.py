"""The domain: documents, claims (spans with a verdict), evidence, links and verdict history.

Plain dataclasses with no Qt and no SQL, so the store, the importers, the exporters, the CLI and
the GUI all speak the same types.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import NewType

from . import messages
from .errors import ValidationError, said

DocId = NewType("DocId", str)
ClaimId = NewType("ClaimId", str)
LinkId = NewType("LinkId", str)

#: Characters of context kept on each side of a quote so a span can be re-found later.
CONTEXT_CHARS = 32


class Verdict(str, enum.Enum):
    VERIFIED = "verified"
    DISPUTED = "disputed"
    UNVERIFIED = "unverified"

    @classmethod
    def parse(cls, value: "str | Verdict") -> "Verdict":
        if isinstance(value, Verdict):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            allowed = ", ".join(v.value for v in cls)
            raise ValidationError(said(messages.UNKNOWN_VERDICT, repr(value), allowed)) from None


class LinkKind(str, enum.Enum):
    SAME_CLAIM = "same_claim"
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"

    @classmethod
    def parse(cls, value: "str | LinkKind") -> "LinkKind":
        if isinstance(value, LinkKind):
            return value
        try:
            return cls(str(value).strip().lower().replace(" ", "_").replace("-", "_"))
        except ValueError:
            allowed = ", ".join(v.value for v in cls)
            raise ValidationError(said(messages.UNKNOWN_LINK_KIND, repr(value), allowed)) from None

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class Direction(str, enum.Enum):
    LTR = "ltr"
    RTL = "rtl"


def new_id() -> str:
    import uuid  # here: it loads `platform`, which a listing does not need

    return str(uuid.uuid4())


def now_iso() -> str:
    """UTC timestamp with milliseconds, sortable as text."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class Document:
    id: DocId
    title: str
    text: str
    content_hash: str
    outlet: str = ""
    url: str = ""
    published: str = ""
    author: str = ""
    language: str = ""  # detected: ISO 639-1 code, or "" when unknown / mixed
    language_prob: float = 0.0
    language_override: str = ""  # set by the user; wins over the detected one
    direction: Direction = Direction.LTR
    source_name: str = ""  # the original file name
    source_hash: str = ""  # sha256 of the original bytes
    imported_at: str = ""

    @property
    def effective_language(self) -> str:
        return self.language_override or self.language


@dataclass
class Evidence:
    url: str
    title: str = ""
    accessed: str = ""
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Claim:
    id: ClaimId
    doc_id: DocId
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    verdict: Verdict
    note: str = ""
    confidence: float | None = None
    claimant: str = ""  # who made the claim
    reported_by: str = ""  # "as reported by" whom
    annotator: str = ""
    created_at: str = ""
    updated_at: str = ""
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Link:
    id: LinkId
    source_id: ClaimId
    target_id: ClaimId
    kind: LinkKind
    note: str = ""
    annotator: str = ""
    created_at: str = ""


@dataclass
class VerdictChange:
    claim_id: ClaimId
    old: Verdict | None  # None: the claim was created
    new: Verdict | None  # None: the claim was deleted
    annotator: str
    at: str
    cause: str  # edit, undo, redo


def claim_fields(c: Claim) -> tuple:
    """A claim's fields in order but its evidence, the verdict as its value: how the native
    re-import carries claims (annotator.ingest.native_claims makes 10,000 of them a column at a
    time, not as 10,000 objects); the order is the store's, so they are bound as they are."""
    return (c.id, c.doc_id, c.start, c.end, c.quote, c.prefix, c.suffix,
            Verdict(c.verdict).value, c.note, c.confidence, c.claimant, c.reported_by,
            c.annotator, c.created_at, c.updated_at)


def change_fields(h: VerdictChange) -> tuple:
    """A verdict change as (claim id, old, new, annotator, at, cause), verdicts as values."""
    return (h.claim_id, None if h.old is None else Verdict(h.old).value,
            None if h.new is None else Verdict(h.new).value, h.annotator, h.at, h.cause)


def validate_span_length(length: int, start: int, end: int) -> None:
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
        raise ValidationError(said(messages.SPAN_NOT_WHOLE))
    if start < 0 or end > length:
        raise ValidationError(said(messages.SPAN_OUTSIDE, str(start), str(end), str(length)))
    if start >= end:
        raise ValidationError(said(messages.SPAN_EMPTY, str(start), str(end)))


#: ISO 639 code with optional BCP 47 subtags ("id", "en", "zh-cn", "pt-br").
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$")


def normalize_language(code: str | None) -> str:
    """A language code as stored: lower case, "-" between subtags ("" for none)."""
    return (code or "").strip().lower().replace("_", "-")


def validate_language(code: str | None) -> str:
    """A language set by hand must be a code, so exports carry something tools understand."""
    code = normalize_language(code)
    if code and not LANGUAGE_CODE.match(code):
        raise ValidationError(said(messages.LANGUAGE_INVALID, repr(code)))
    return code


def validate_confidence(value: float | None) -> float | None:
    if value is None:
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise ValidationError(said(messages.CONFIDENCE_NOT_NUMBER, repr(value))) from None
    if not 0.0 <= value <= 1.0:
        raise ValidationError(said(messages.CONFIDENCE_RANGE, str(value)))
    return value


def validate_published(value: str | None) -> str:
    """A publication date as exports need it: ISO 8601, a day (2024-05-31) or a full date and
    time (2024-05-31T08:15:00+07:00); "" for none. Anything else is refused, not guessed."""
    import datetime as _dt

    value = (value or "").strip()
    if not value:
        return ""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            _dt.date.fromisoformat(value)
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", value):
            _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        else:
            raise ValueError
    except ValueError:
        raise ValidationError(said(messages.DATE_INVALID, repr(value))) from None
    return value


def validate_url(value: str | None) -> str:
    """An article's address: http or https with a host ("" for none)."""
    from urllib.parse import urlsplit

    value = (value or "").strip()
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in value:
        raise ValidationError(said(messages.URL_INVALID, repr(value)))
    return value

