"""Reading and checking the claims of a native export's line (annotator.ingest.native).

A line's claims as Annotator writes them are read by `claims_quick` straight into plain tuples
(core.model.claim_fields), every field's type checked, with no Claim, VerdictChange or row
dict made for each: made for each of 10,000 claims, they cost more than SQLite spent storing
them. Anything unusual (a missing field, a wrong type, a verdict not written as Annotator
writes it, a NUL or a lone surrogate) makes `claims_quick` give up on the line, and `claim`
reads it claim by claim, naming the first fault as it always has. (Reading the claims a
column at a time, a C-level pass per field, was slower still: 70 ms against 26 ms for
10,000, sixteen passes over the dicts instead of one.)
"""
from __future__ import annotations

import re
from typing import Any

from ..core import messages
from ..core.errors import IngestError, said
from ..core.model import Claim, Evidence, Verdict, VerdictChange

#: What a store cannot hold: a NUL, or a lone surrogate (not UTF-8)
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
#: In JSON text, the only way to write a NUL or a lone surrogate is a \\u escape of one; a line
#: without such an escape cannot hold one, and its strings need not be searched.
UNSTORABLE_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")


def get(obj: dict, key: str, kind: type | tuple, where: str, default: Any = ...,
        scan: bool = True) -> Any:
    """obj[key], checked to be of `kind` (and, with `scan`, a string free of UNSTORABLE)."""
    if key not in obj:
        if default is ...:
            raise IngestError(said(messages.NATIVE_MISSING, where, repr(key)))
        return default
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise IngestError(said(messages.NATIVE_WRONG_TYPE, where, repr(key)))
    if scan and isinstance(value, str) and UNSTORABLE.search(value):
        # not stripped as for other files: the claims' offsets count these characters
        raise IngestError(said(messages.NATIVE_UNSTORABLE, where, repr(key)))
    return value


def evidence_of(obj: dict, where: str) -> list[Evidence]:
    return [
        Evidence(url=get(e, "url", str, where), title=get(e, "title", str, where, ""),
                 accessed=get(e, "accessed", str, where, ""), note=get(e, "note", str, where, ""),
                 id=get(e, "id", str, where))
        for e in get(obj, "evidence", list, where, [])
    ]


def claim(obj: dict, doc_id: str, where: str) -> tuple[Claim, list[VerdictChange]]:
    """One claim, each field checked; IngestError naming the claim and the field."""
    cid = get(obj, "id", str, where)
    where = said(messages.NATIVE_CLAIM, where, cid)
    s = lambda key: get(obj, key, str, where, "")  # noqa: E731
    confidence = get(obj, "confidence", (int, float, type(None)), where, None)
    evidence = evidence_of(obj, where)
    claim = Claim(
        id=cid, doc_id=doc_id, start=get(obj, "start", int, where), end=get(obj, "end", int, where),
        quote=get(obj, "quote", str, where), prefix=s("prefix"), suffix=s("suffix"),
        verdict=Verdict.parse(get(obj, "verdict", str, where)), note=s("note"),
        confidence=None if confidence is None else float(confidence), claimant=s("claimant"),
        reported_by=s("reported_by"), annotator=s("annotator"), created_at=s("created_at"),
        updated_at=s("updated_at"), evidence=evidence,
    )
    history = []
    for h in get(obj, "history", list, where, []):
        old, new = h.get("old"), h.get("new")
        history.append(VerdictChange(
            claim_id=cid, old=None if old is None else Verdict.parse(old),
            new=None if new is None else Verdict.parse(new),
            annotator=get(h, "annotator", str, where, ""), at=get(h, "at", str, where),
            cause=get(h, "cause", str, where, "edit")))
    return claim, history


_VALUES = frozenset(v.value for v in Verdict)


def _storable(texts: tuple) -> bool:
    return not any(map(UNSTORABLE.search, texts))


def claims_quick(objs: list, doc_id: str, scan: bool
                 ) -> tuple[list[tuple], list[tuple], list[int]] | None:
    """The claims of a line as Annotator writes them, checked as `claim` checks them: their
    core.model.claim_fields, their history as core.model.change_fields, and the positions of
    those with evidence (read with `evidence_of`). None when anything is unusual (see the
    module docstring); `scan`: the line holds an escape that may be a NUL or a surrogate.
    Written out field by field: loops over the fields cost as much as the JSON parse."""
    rows: list[tuple] = []
    history: list[tuple] = []
    with_evidence: list[int] = []
    try:
        for i, obj in enumerate(objs):
            row = (obj["id"], doc_id, obj["start"], obj["end"], obj["quote"], obj["prefix"],
                   obj["suffix"], obj["verdict"], obj["note"], obj["confidence"],
                   obj["claimant"], obj["reported_by"], obj["annotator"], obj["created_at"],
                   obj["updated_at"])
            (cid, _, start, end, quote, prefix, suffix, verdict, note, confidence, claimant,
             reported_by, annotator, created_at, updated_at) = row
            evidence, changes = obj["evidence"], obj["history"]
            if not (type(cid) is str and type(quote) is str and type(verdict) is str
                    and type(start) is int and type(end) is int
                    and type(prefix) is str and type(suffix) is str and type(note) is str
                    and type(claimant) is str and type(reported_by) is str
                    and type(annotator) is str and type(created_at) is str
                    and type(updated_at) is str
                    and (confidence is None or type(confidence) is float)
                    and type(evidence) is list and type(changes) is list
                    and verdict in _VALUES):
                return None
            if scan and not _storable((cid, quote, verdict, prefix, suffix, note, claimant,
                                       reported_by, annotator, created_at, updated_at)):
                return None
            if evidence:
                with_evidence.append(i)
            for h in changes:
                old, new, who, at, cause = h["old"], h["new"], h["annotator"], h["at"], h["cause"]
                if not (type(at) is str and type(who) is str and type(cause) is str
                        and (old is None or old in _VALUES) and (new is None or new in _VALUES)):
                    return None
                if scan and not _storable((who, at, cause)):
                    return None
                history.append((cid, old, new, who, at, cause))
            rows.append(row)
    except (KeyError, TypeError):  # a field missing, or not an object where one should be
        return None
    return rows, history, with_evidence
