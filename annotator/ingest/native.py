"""Reading the native JSONL export back into a project, losing nothing.

The importer (annotator.ingest.runner) hands a .jsonl or .ndjson file here when
`is_native_export(path)` is true (every native line carries the `annotator_export` marker).
The whole file is parsed and checked before anything is written, then added in one undoable
transaction through `Project.restore_fields`.

Files merge: an article whose text is already in the project is not stored twice, and the
file's claims on it are added to the project's copy (so two colleagues' exports of the same
articles combine); claims, evidence and links already in the project (same id) are left as
they are, so importing a file twice adds nothing.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core import messages
from ..core.errors import AnnotatorError, IngestError, message_of, said
from ..core.model import (
    Direction,
    Document,
    Evidence,
    Link,
    LinkKind,
    change_fields,
    claim_fields,
)
from ..core.native_format import FORMAT_VERSION, MARKER
from ..core.text import content_hash
from .native_claims import UNSTORABLE_ESCAPE, claim, claims_quick, evidence_of
from .native_claims import get as _get

if TYPE_CHECKING:  # the facade, for type checks only (it loads the importers and exporters)
    from ..project import Project


@dataclass
class NativeBundle:
    documents: list[Document] = field(default_factory=list)
    #: core.model.claim_fields of each claim, in the file's order
    claims: list[tuple] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    #: core.model.change_fields of each verdict change, in the file's order
    history: list[tuple] = field(default_factory=list)
    #: the evidence of the claims that have any, by their position in `claims`
    evidence: dict[int, list[Evidence]] = field(default_factory=dict)


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


def _document(obj: dict, where: str, scan: bool) -> Document:
    """`scan`: as native_claims.claims_quick's (a megabyte of text searched for a NUL took a
    tenth of the JSON parse)."""
    text = _get(obj, "text", str, where, scan=scan)
    s = lambda key: _get(obj, key, str, where, "", scan)  # noqa: E731
    try:
        direction = Direction(s("direction") or "ltr")
    except ValueError:
        raise IngestError(said(messages.NATIVE_DIRECTION, where)) from None
    return Document(
        id=_get(obj, "id", str, where, scan=scan), title=s("title"), text=text,
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
        raise IngestError(said(messages.CANNOT_READ_FILE, str(path), str(exc))) from None
    bundle = NativeBundle()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = said(messages.NATIVE_WHERE, path.name, str(number))
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError):
            raise IngestError(said(messages.NATIVE_NOT_JSON, where)) from None
        if not is_native_line(obj):
            raise IngestError(said(messages.NATIVE_NOT_RECORD, where, repr(MARKER)))
        version = obj[MARKER]
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise IngestError(said(messages.NATIVE_NEWER, where, str(version)))
        scan = UNSTORABLE_ESCAPE.search(line) is not None
        try:
            doc = _document(obj, where, scan)
            bundle.documents.append(doc)
            _read_claims(bundle, _get(obj, "claims", list, where, []), doc.id, where, scan)
            for link in _get(obj, "links", list, where, []):
                bundle.links.append(Link(
                    id=_get(link, "id", str, where), source_id=_get(link, "source_id", str, where),
                    target_id=_get(link, "target_id", str, where),
                    kind=LinkKind.parse(_get(link, "kind", str, where)),
                    note=_get(link, "note", str, where, ""),
                    annotator=_get(link, "annotator", str, where, ""),
                    created_at=_get(link, "created_at", str, where)))
        except (AttributeError, TypeError):
            raise IngestError(said(messages.NATIVE_NOT_OBJECT, where)) from None
        except AnnotatorError as exc:
            if isinstance(exc, IngestError):
                raise
            raise IngestError(said(messages.AT, where, message_of(exc))) from None
        if progress is not None:
            progress(number, len(lines))
    return bundle


def _read_claims(bundle: NativeBundle, objs: list, doc_id: str, where: str, scan: bool) -> None:
    at = len(bundle.claims)
    quick = claims_quick(objs, doc_id, scan)
    if quick is None:  # claim by claim, naming the first fault
        for i, obj in enumerate(objs):
            c, history = claim(obj, doc_id, where)
            bundle.claims.append(claim_fields(c))
            bundle.history += map(change_fields, history)
            if c.evidence:
                bundle.evidence[at + i] = c.evidence
        return
    rows, history, with_evidence = quick
    for i in with_evidence:
        bundle.evidence[at + i] = evidence_of(objs[i], said(messages.NATIVE_CLAIM, where,
                                                                   rows[i][0]))
    bundle.claims += rows
    bundle.history += history


_ID, _DOC = itemgetter(0), itemgetter(1)


def _new_claims(bundle: NativeBundle, ids: list[str], distinct: int, have: set[str],
                same_text: dict[str, str]) -> tuple[list[tuple], dict[str, list[Evidence]]]:
    """The claims to add, on the articles they will be on, and their evidence by claim id:
    the first of a claim the file holds twice (joined exports), none the project has."""
    if distinct == len(ids) and not have and not same_text:  # a plain export: all of them
        return bundle.claims, {ids[i]: ev for i, ev in bundle.evidence.items()}
    claims, evidence, seen = [], {}, set(have)
    for i, c in enumerate(bundle.claims):
        if c[0] in seen:
            continue
        seen.add(c[0])
        if c[1] in same_text:
            c = (c[0], same_text[c[1]], *c[2:])
        claims.append(c)
        if i in bundle.evidence:
            evidence[c[0]] = bundle.evidence[i]
    return claims, evidence


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
    ids = list(map(_ID, bundle.claims))
    known = set(ids)
    for link in bundle.links:
        for end in (link.source_id, link.target_id):
            if end not in known:
                raise IngestError(said(messages.NATIVE_DANGLING, path.name, link.id, end))
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
    have_claims = project.existing_ids("claims", ids)
    claims, evidence = _new_claims(bundle, ids, len(known), have_claims, same_text)
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
    history = bundle.history if len(claims) == len(ids) else \
        [h for h in bundle.history if h[0] not in have_claims]  # theirs, as the file has them
    history = list(dict.fromkeys(history))  # a change the file holds twice (joined exports)
    result = NativeImportResult(path, len(documents), len(claims), len(links),
                                len(same_text), len(have_claims), len(have_links),
                                [d.id for d in documents], documents,
                                len(set(map(_DOC, claims))))
    if result.nothing_new:
        return result
    try:
        project.restore_fields(documents, claims, evidence, links, history,
                               label=f"Import {path.name}")
    except IngestError:
        raise
    except AnnotatorError as exc:
        text = message_of(exc)
        for table, what in zip(("documents.id", "claims.id", "evidence.id", "links.id"),
                               messages.ID_KINDS):
            if f"UNIQUE constraint failed: {table}" in text:
                text = said(messages.SAME_IDS, said(what))
        raise IngestError(said(messages.NOTHING_IMPORTED, path.name, text)) from None
    return result
