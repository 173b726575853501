"""Reading the native JSONL export back into a project, losing nothing.

The importer (annotator.ingest.runner) hands a .jsonl or .ndjson file here when
`is_native_export(path)` is true (every native line carries the `annotator_export` marker).
The whole file is parsed and checked before anything is written, then added in one undoable
transaction through `Project.restore_records`.

Files merge: an article whose text is already in the project is not stored twice, and the
file's claims on it are added to the project's copy (so two colleagues' exports of the same
articles combine); claims, evidence and links already in the project (same id) are left as
they are, so importing a file twice adds nothing.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import AnnotatorError, IngestError
from ..core.model import (
    Claim,
    Direction,
    Document,
    Evidence,
    Link,
    LinkKind,
    Verdict,
    VerdictChange,
)
from ..core.native_format import FORMAT_VERSION, MARKER
from ..core.text import content_hash

if TYPE_CHECKING:  # the facade, for type checks only (it loads the importers and exporters)
    from ..project import Project


@dataclass
class NativeBundle:
    documents: list[Document] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    history: list[VerdictChange] = field(default_factory=list)


@dataclass
class NativeImportResult:
    path: Path
    #: What was added: new articles, claims and links.
    documents: int
    claims: int
    links: int
    #: What the project had already: articles with the same text (the file's claims on them
    #: were added to them), and claims and links with the same id (left as they are).
    known_documents: int = 0
    known_claims: int = 0
    known_links: int = 0
    #: The new articles' ids, and the articles.
    doc_ids: list[str] = field(default_factory=list)
    new_documents: list[Document] = field(default_factory=list)
    #: How many articles (new or already here) the added claims are on.
    claim_documents: int = 0

    @property
    def nothing_new(self) -> bool:
        return not (self.documents or self.claims or self.links)

    def summary(self) -> str:
        text = (f"imported {self.documents} document(s), {self.claims} claim(s) and "
                f"{self.links} link(s) from {self.path}")
        known = [f"{n} {what}" for n, what in ((self.known_documents, "article(s)"),
                                               (self.known_claims, "claim(s)"),
                                               (self.known_links, "link(s)")) if n]
        return text + (f"; already in the project: {', '.join(known)}" if known else "")


def is_native_line(obj: Any) -> bool:
    return isinstance(obj, dict) and MARKER in obj


#: How Annotator's exporter begins every line: such a file is read as an export without
#: parsing its first line twice (an export of one long article is one line of megabytes).
_EXPORT_START = '{"%s":' % MARKER
_HEAD = 65536


def is_native_export(path: Path) -> bool:
    """True when the first non-blank line of `path` is a native export record (a line that
    begins as the exporter writes it counts as one: if the rest of it is broken, reading the
    export says where)."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            try:  # the start of the first non-blank line, without reading a line of megabytes
                if fh.read(_HEAD).lstrip().startswith(_EXPORT_START):
                    return True
            except UnicodeDecodeError:
                pass  # past the first line, perhaps: decide as below
            fh.seek(0)
            for line in fh:
                if line.strip():
                    return line.lstrip().startswith(_EXPORT_START) \
                        or is_native_line(json.loads(line))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return False
    return False


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _get(obj: dict, key: str, kind: type | tuple, where: str, default: Any = ...) -> Any:
    if key not in obj:
        if default is ...:
            raise IngestError(f"{where}: missing field {key!r}")
        return default
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise IngestError(f"{where}: field {key!r} has the wrong type")
    if isinstance(value, str) and _UNSTORABLE.search(value):
        # not stripped as for other files: the claims' offsets count these characters
        raise IngestError(f"{where}: field {key!r} holds a NUL or a lone surrogate, which an "
                          "Annotator export never does; the file was changed by hand")
    return value


def _claim(obj: dict, doc_id: str, where: str) -> tuple[Claim, list[VerdictChange]]:
    cid = _get(obj, "id", str, where)
    where = f"{where}, claim {cid}"
    s = lambda key: _get(obj, key, str, where, "")  # noqa: E731
    confidence = _get(obj, "confidence", (int, float, type(None)), where, None)
    evidence = [
        Evidence(url=_get(e, "url", str, where), title=_get(e, "title", str, where, ""),
                 accessed=_get(e, "accessed", str, where, ""), note=_get(e, "note", str, where, ""),
                 id=_get(e, "id", str, where))
        for e in _get(obj, "evidence", list, where, [])
    ]
    claim = Claim(
        id=cid, doc_id=doc_id, start=_get(obj, "start", int, where), end=_get(obj, "end", int, where),
        quote=_get(obj, "quote", str, where), prefix=s("prefix"), suffix=s("suffix"),
        verdict=Verdict.parse(_get(obj, "verdict", str, where)), note=s("note"),
        confidence=None if confidence is None else float(confidence), claimant=s("claimant"),
        reported_by=s("reported_by"), annotator=s("annotator"), created_at=s("created_at"),
        updated_at=s("updated_at"), evidence=evidence,
    )
    history = []
    for h in _get(obj, "history", list, where, []):
        old, new = h.get("old"), h.get("new")
        history.append(VerdictChange(
            claim_id=cid, old=None if old is None else Verdict.parse(old),
            new=None if new is None else Verdict.parse(new),
            annotator=_get(h, "annotator", str, where, ""), at=_get(h, "at", str, where),
            cause=_get(h, "cause", str, where, "edit")))
    return claim, history


#: In JSON text, the only way to write a NUL or a lone surrogate is a \\u escape of one; a line
#: without such an escape cannot hold one, and its strings need not be searched one by one.
_UNSTORABLE_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")
#: What a confidence is, as Annotator writes it (anything else, a bool too, goes to _claim)
_NUMBERS = (int, float)
#: Verdict.parse by a dict lookup for a value as Annotator writes it (the 20,000 parses of a
#: 10,000-claim export cost a tenth of the import); Verdict.parse for any other
_VERDICTS = {v.value: v for v in Verdict}


def _claim_quick(obj: Any, doc_id: str, scan: bool) -> tuple[Claim, list[VerdictChange]] | None:
    """`_claim` for a claim as Annotator writes it, with the same checks in a few bulk steps
    (a 10,000-claim export spent more time in the per-field checks than in storing); None
    when anything is unusual, so that `_claim` decides and names the fault. Written out
    field by field: loops and generators over eight fields cost as much as the JSON parse."""
    try:
        get = obj.get
        cid, start, end, quote, verdict = (obj["id"], obj["start"], obj["end"], obj["quote"],
                                           obj["verdict"])
        prefix, suffix, note, claimant = get("prefix", ""), get("suffix", ""), get("note", ""), \
            get("claimant", "")
        reported_by, annotator, created_at, updated_at = get("reported_by", ""), \
            get("annotator", ""), get("created_at", ""), get("updated_at", "")
        confidence, evidence, history = get("confidence"), get("evidence", []), get("history", [])
    except (KeyError, TypeError, AttributeError):
        return None
    if not (type(cid) is str and type(quote) is str and type(verdict) is str
            and type(start) is int and type(end) is int
            and type(prefix) is str and type(suffix) is str and type(note) is str
            and type(claimant) is str and type(reported_by) is str and type(annotator) is str
            and type(created_at) is str and type(updated_at) is str
            and (confidence is None or type(confidence) in _NUMBERS)
            and type(evidence) is list and not evidence and type(history) is list):
        return None
    if scan and any(_UNSTORABLE.search(t) for t in (
            cid, quote, verdict, prefix, suffix, note, claimant, reported_by, annotator,
            created_at, updated_at)):
        return None
    changes = []
    for h in history:
        if type(h) is not dict:
            return None
        at, who, cause = h.get("at"), h.get("annotator", ""), h.get("cause", "edit")
        if type(at) is not str or type(who) is not str or type(cause) is not str \
                or (scan and any(_UNSTORABLE.search(t) for t in (at, who, cause))):
            return None
        old, new = h.get("old"), h.get("new")
        if old is not None:
            old = (type(old) is str and _VERDICTS.get(old)) or Verdict.parse(old)
        if new is not None:
            new = (type(new) is str and _VERDICTS.get(new)) or Verdict.parse(new)
        changes.append(VerdictChange(cid, old, new, who, at, cause))
    claim = Claim(cid, doc_id, start, end, quote, prefix, suffix,
                  _VERDICTS.get(verdict) or Verdict.parse(verdict), note,
                  None if confidence is None else float(confidence), claimant, reported_by,
                  annotator, created_at, updated_at, [])
    return claim, changes


def _document(obj: dict, where: str) -> Document:
    text = _get(obj, "text", str, where)
    s = lambda key: _get(obj, key, str, where, "")  # noqa: E731
    try:
        direction = Direction(s("direction") or "ltr")
    except ValueError:
        raise IngestError(f"{where}: direction must be ltr or rtl") from None
    return Document(
        id=_get(obj, "id", str, where), title=s("title"), text=text,
        content_hash=content_hash(text), outlet=s("outlet"), url=s("url"),
        published=s("published"), author=s("author"), language=s("language"),
        language_prob=float(_get(obj, "language_prob", (int, float), where, 0.0)),
        language_override=s("language_override"), direction=direction,
        source_name=s("source_name"), source_hash=s("source_hash"), imported_at=s("imported_at"),
    )


def read_native(path: Path, progress: Callable[[int, int], None] | None = None) -> NativeBundle:
    """Parse and check a native export; IngestError (naming the line) if anything is wrong."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(f"cannot read {path}: {exc}") from None
    bundle = NativeBundle()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path.name} line {number}"
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError):
            raise IngestError(f"{where} is not valid JSON (or is nested too deeply)") from None
        if not is_native_line(obj):
            raise IngestError(f"{where} is not an Annotator export record "
                              f"(no {MARKER!r} field)")
        version = obj[MARKER]
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise IngestError(f"{where} was written by a newer Annotator (format {version}); "
                              "update Annotator to read it")
        scan = _UNSTORABLE_ESCAPE.search(line) is not None
        try:
            doc = _document(obj, where)
            bundle.documents.append(doc)
            for c in _get(obj, "claims", list, where, []):
                claim, history = _claim_quick(c, doc.id, scan) or _claim(c, doc.id, where)
                bundle.claims.append(claim)
                bundle.history += history
            for link in _get(obj, "links", list, where, []):
                bundle.links.append(Link(
                    id=_get(link, "id", str, where), source_id=_get(link, "source_id", str, where),
                    target_id=_get(link, "target_id", str, where),
                    kind=LinkKind.parse(_get(link, "kind", str, where)),
                    note=_get(link, "note", str, where, ""),
                    annotator=_get(link, "annotator", str, where, ""),
                    created_at=_get(link, "created_at", str, where)))
        except (AttributeError, TypeError):
            raise IngestError(f"{where}: a claim, evidence or link is not a JSON object") from None
        except AnnotatorError as exc:
            if isinstance(exc, IngestError):
                raise
            raise IngestError(f"{where}: {exc}") from None
        if progress is not None:
            progress(number, len(lines))
    return bundle


def _link_key(a: str, b: str, kind: LinkKind) -> tuple:
    return frozenset((a, b)), LinkKind(kind)


def import_native(project: Project, path: Path,
                  progress: Callable[[int, int], None] | None = None) -> NativeImportResult:
    """Add a native export to `project` (all or nothing, one undo step)."""
    path = Path(path)
    return store_native(project, path, read_native(path, progress))


def store_native(project: Project, path: Path, bundle: NativeBundle) -> NativeImportResult:
    """Add an already read native export (`read_native`) to `project`, all or nothing,
    merging with what the project has (see the module's docstring)."""
    known = {c.id for c in bundle.claims}
    for link in bundle.links:
        for end in (link.source_id, link.target_id):
            if end not in known:
                raise IngestError(f"{path.name}: link {link.id} points at claim {end}, "
                                  "which the file does not hold; nothing was imported")
    # an article the project has, or the file has already given (two exports joined), is one
    same_text: dict[str, str] = {}
    first_by_hash: dict[str, str] = {}
    documents = []
    for d in bundle.documents:
        other = project.find_document_by_hash(d.content_hash) or first_by_hash.get(d.content_hash)
        if other is not None:
            same_text[d.id] = other
        else:
            first_by_hash[d.content_hash] = d.id
            documents.append(d)
    have_claims = project.existing_ids("claims", [c.id for c in bundle.claims])
    claims, seen = [], set(have_claims)
    for c in bundle.claims:  # the first of a claim the file holds twice (joined exports)
        if c.id not in seen:
            seen.add(c.id)
            claims.append(replace(c, doc_id=same_text[c.doc_id]) if c.doc_id in same_text else c)
    # a link is there already if one with its id is, or one of its kind between the same two
    # claims (either way round: Project.add_link allows one such link, and so does the file)
    have_links = project.existing_ids("links", [link.id for link in bundle.links])
    linked = {_link_key(link.source_id, link.target_id, link.kind)
              for cid in {end for link in bundle.links for end in (link.source_id, link.target_id)}
              if cid in have_claims for link in project.links(cid)}
    links = []
    for link in bundle.links:
        key = _link_key(link.source_id, link.target_id, link.kind)
        if link.id in have_links or key in linked:
            have_links.add(link.id)
            continue
        linked.add(key)
        links.append(link)
    new_claims = {c.id for c in claims}
    history = list({(h.claim_id, h.at, h.old, h.new, h.annotator, h.cause): h
                    for h in bundle.history if h.claim_id in new_claims}.values())
    result = NativeImportResult(path, len(documents), len(claims), len(links),
                                len(same_text), len(have_claims), len(have_links),
                                [d.id for d in documents], documents,
                                len({c.doc_id for c in claims}))
    if result.nothing_new:
        return result
    bundle = NativeBundle(documents, claims, links, history)
    try:
        project.restore_records(bundle.documents, bundle.claims, bundle.links, bundle.history,
                        label=f"Import {path.name}")
    except IngestError:
        raise
    except AnnotatorError as exc:
        text = str(exc)
        for table, what in (("documents.id", "documents"), ("claims.id", "claims"),
                            ("evidence.id", "evidence items"), ("links.id", "links")):
            if f"UNIQUE constraint failed: {table}" in text:
                text = f"some {what} of this file are already in the project (same ids)"
        raise IngestError(f"{path.name}: {text}; nothing was imported") from None
    return result
