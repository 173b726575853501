"""The facade every caller uses: the GUI, the CLI, importers, exporters and tests.

One Project wraps one open project file. Each edit runs in its own transaction, returns a
ChangeSet, is pushed on an undo stack that lives here (so undo is testable without Qt) and is
announced to subscribers (the GUI refreshes only what the ChangeSet names).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..core.errors import NotFoundError, ProjectFileError, ValidationError
from ..core.changes import ChangeSet
from ..core.model import (
    CONTEXT_CHARS, Claim, ClaimId, Document, Evidence, LinkKind, Verdict, new_id, now_iso,
    validate_confidence, validate_language, validate_published, validate_span_length,
    validate_url,
)
from ..core.text import display_text, is_normalized_text, require_text
from ..store import database, meta, queries, transactions
from ..store.fileformat import is_project_file
from ..store.queries import claim_to_row, document_to_row
from ..store.recorder import Recorder, StaleChangeError, replay
from .compare import ProjectCompare
from .pages import ProjectPages
from .passages import ProjectPassages
from .reads import ProjectReads
from .restore import ProjectRestore
from .stats import ProjectStats
from .team import ProjectTeam
from . import writes

Listener = Callable[[ChangeSet], None]
_UNSET: Any = object()
UNDO_LIMIT = 500


class Project(ProjectRestore, ProjectPassages, ProjectTeam, ProjectStats, ProjectCompare,
              ProjectPages, ProjectReads):
    def __init__(self, path: Path, conn: sqlite3.Connection, *, annotator: str = "",
                 readonly: bool = False) -> None:
        self.path = path
        self._conn: sqlite3.Connection = conn  # private: SQL stays in the store
        self.annotator = annotator
        self.readonly = readonly
        self._undo: list[ChangeSet] = []
        self._redo: list[ChangeSet] = []
        self._listeners: list[Listener] = []
        #: this connection's write transactions begun and ended, when it is one of the
        #: window's writers (project/writes.py; None: not counted)
        self.write_counts: list[int] | None = None

    # ---------------------------------------------------------------- open / close
    @classmethod
    def create(cls, path: str | Path, *, name: str = "", annotator: str = "") -> "Project":
        """A new project at `path`; on any failure nothing is left there (no nameless file)."""
        path = Path(path)
        require_text(name, "the project name")
        project = cls(path, database.create(path), annotator=annotator)
        try:
            with project._transaction():
                meta.write(project._conn, {"name": name or display_text(path.stem),
                                           "created_at": now_iso()})
        except BaseException:
            project.close()
            database.remove_new(path)
            raise
        return project

    @classmethod
    def open(cls, path: str | Path, *, annotator: str = "", readonly: bool = False,
             full_check: bool = False, page_check: bool = True) -> "Project":
        path = Path(path)
        database.inspect_file(path, full_check=full_check, page_check=page_check,
                              reading=readonly)
        return cls(path, database.connect(path, readonly=readonly), annotator=annotator,
                   readonly=readonly)

    @property
    def in_read_only_folder(self) -> bool:
        """Opened read-only from a folder SQLite cannot write its index to: edits are
        impossible there, whoever opens it (the CLI says so beside what it reads)."""
        return self.readonly and database.in_read_only_folder(self.path)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None  # type: ignore[assignment]

    @property
    def closed(self) -> bool:
        return self._conn is None

    @property
    def in_transaction(self) -> bool:
        """Inside a read or write transaction (its data_version is then the snapshot's)."""
        return self._conn is not None and self._conn.in_transaction

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def name(self) -> str:
        return meta.read(self._conn, "name") or self.path.stem

    def owns_file(self, candidate: str | Path) -> bool:
        """Whether `candidate` is this project's own file or one of its -wal/-shm/-journal:
        an import must not read it, nor an export replace it."""
        return is_project_file(candidate, self.path)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # ---------------------------------------------------------------- undo / redo
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def forget_history(self) -> None:
        """Drop undo and redo: after another program edited the file, the recorded row images
        may be stale, and replaying one could overwrite that program's changes."""
        self._undo.clear()
        self._redo.clear()

    def undo(self) -> ChangeSet | None:
        if not self._undo:
            return None
        cs = self._undo[-1]
        self._replay(cs, backwards=True)
        self._redo.append(self._undo.pop())
        self._notify(cs)
        return cs

    def redo(self) -> ChangeSet | None:
        if not self._redo:
            return None
        cs = self._redo[-1]
        self._replay(cs, backwards=False)
        self._undo.append(self._redo.pop())
        self._notify(cs)
        return cs

    def _replay(self, cs: ChangeSet, *, backwards: bool) -> None:
        try:
            with self._transaction():
                replay(self._conn, cs, backwards=backwards, who=self.annotator)
        except StaleChangeError as exc:
            what = {"documents": "an article", "claims": "a claim", "evidence": "evidence",
                    "links": "a link"}.get(exc.table, exc.table)
            raise ProjectFileError(
                f"cannot {'undo' if backwards else 'redo'} “{cs.label}”: {what} it "
                f"{'added' if backwards else 'removed'} was changed since (in another window "
                "or program); nothing was changed") from None

    def adopt_changes(self, changesets: Sequence[ChangeSet], label: str) -> ChangeSet:
        """Make changes already committed on another connection (an import run in a worker
        on its own Project) one undo step here. Nothing is written now; undo and redo check
        that the rows are still as those changes left them."""
        combined = ChangeSet(label, adopted=True)
        for cs in changesets:
            combined.changes.extend(cs.changes)
            combined.created.extend(cs.created)
        if combined:
            self._undo.append(combined)
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()
        return combined

    # ---------------------------------------------------------------- edits
    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.readonly:
            raise ProjectFileError(f"{self.path} is open read-only")
        with writes.counted(self.write_counts), transactions.immediate(self._conn, self.path):
            yield

    @contextmanager
    def _edit(self, label: str, *, undoable: bool = True) -> Iterator[Recorder]:
        cs = ChangeSet(label)
        try:
            with self._transaction():
                yield Recorder(self._conn, cs, self.annotator)
        except sqlite3.IntegrityError as exc:
            raise ValidationError(f"{label}: refused by the project file ({exc})") from None
        except UnicodeEncodeError:  # text that came from bytes that are not UTF-8 (a shell
            # argument, a file name): SQLite stores UTF-8 only, and rolled the edit back
            raise ValidationError(f"{label}: a value holds bytes that are not UTF-8 text; "
                                  "nothing was changed") from None
        except sqlite3.OperationalError as exc:
            raise ProjectFileError(f"{self.path}: the edit could not be saved ({exc})") from None
        if cs and undoable:
            self._undo.append(cs)
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()
        if cs:
            self._notify(cs)

    def _notify(self, cs: ChangeSet) -> None:
        for listener in list(self._listeners):
            listener(cs)

    def _run(self, label: str, body: Callable[[Recorder], None], *, undoable: bool = True) -> ChangeSet:
        with self._edit(label, undoable=undoable) as rec:
            body(rec)
        return rec.changeset

    # documents
    def add_documents(self, docs: Iterable[Document], *, label: str = "",
                      undoable: bool = True, analyse: bool = True) -> ChangeSet:
        """`analyse=False`: never analyse the sentences inside this edit, however few the
        documents (a bulk import's last small group: ensure_sentences does them)."""
        docs = list(docs)

        def body(rec: Recorder) -> None:
            rows = []
            for doc in docs:
                text = doc.text
                if not is_normalized_text(text):
                    raise ValidationError(f"document {doc.title!r}: text is not normalised")
                if not text.strip():
                    raise ValidationError(f"document {doc.title!r} has no text")
                row = document_to_row(doc)
                row["imported_at"] = row["imported_at"] or now_iso()
                rows.append(row)
            rec.insert_many("documents", rows)
            rec.changeset.created.extend(doc.id for doc in docs)
            if analyse:
                self._analyse_inline(docs)  # derived rows: not in the undo record

        return self._run(label or f"Import {len(docs)} article(s)", body, undoable=undoable)

    def remove_document(self, doc_id: str) -> ChangeSet:
        doc_id = self.resolve_document(doc_id)

        def body(rec: Recorder) -> None:
            for cid in queries.claim_ids_of_document(self._conn, doc_id):
                self._delete_claim_rows(rec, cid)
            rec.delete("documents", doc_id)

        return self._run("Remove document", body)

    def update_document(self, doc_id: str, **meta: str) -> ChangeSet:
        allowed = {"title", "outlet", "url", "published", "author", "language_override"}
        unknown = set(meta) - allowed
        if unknown:
            raise ValidationError(f"cannot change {', '.join(sorted(unknown))} of a document")
        doc_id = self.resolve_document(doc_id)
        if "language_override" in meta:
            meta["language_override"] = validate_language(meta["language_override"])
        if "published" in meta:
            meta["published"] = validate_published(meta["published"])
        if "url" in meta:
            meta["url"] = validate_url(meta["url"])
        for key in ("title", "outlet", "author"):
            if key in meta:
                meta[key] = str(meta[key]).strip()
        if "title" in meta and not meta["title"]:
            raise ValidationError("a document's title cannot be empty")
        return self._run("Edit document details",
                         lambda rec: rec.update("documents", doc_id, **meta))

    def set_language(self, doc_id: str, language: str) -> ChangeSet:
        """Override the detected language ("" returns to the detected one)."""
        return self.update_document(doc_id, language_override=language)

    # claims
    def add_claim(self, doc_id: str, start: int, end: int, verdict: Verdict | str, *,
                  note: str = "", confidence: float | None = None, claimant: str = "",
                  reported_by: str = "", evidence: Iterable[Evidence] = (),
                  claim_id: str | None = None) -> ChangeSet:
        """The new claim's id is `changeset.created[0]`."""
        claim = self._new_claim(doc_id, start, end, verdict, note=note, confidence=confidence,
                                claimant=claimant, reported_by=reported_by, claim_id=claim_id)
        verdict = claim.verdict

        def body(rec: Recorder) -> None:
            rec.insert("claims", claim_to_row(claim))
            for pos, ev in enumerate(evidence):
                rec.insert("evidence", self._evidence_row(claim.id, pos, ev))
            rec.changeset.created.append(claim.id)

        return self._run(f"Tag claim as {verdict.value}", body)

    def _new_claim(self, doc_id: str, start: int, end: int, verdict: Verdict | str, *,
                   note: str = "", confidence: float | None = None, claimant: str = "",
                   reported_by: str = "", claim_id: str | None = None) -> Claim:
        """A checked claim to insert (also `link_to_passage`'s, in project/compare.py)."""
        doc_id = self.resolve_document(doc_id)
        verdict = Verdict.parse(verdict)
        confidence = validate_confidence(confidence)
        length, prefix, quote, suffix = queries.text_window(self._conn, doc_id, start, end, CONTEXT_CHARS)
        validate_span_length(length, start, end)
        stamp = now_iso()
        return Claim(
            id=ClaimId(claim_id or new_id()), doc_id=doc_id, start=start, end=end, quote=quote,
            prefix=prefix, suffix=suffix, verdict=verdict, note=note, confidence=confidence,
            claimant=claimant, reported_by=reported_by, annotator=self.annotator,
            created_at=stamp, updated_at=stamp,
        )

    def set_verdict(self, claim_id: str, verdict: Verdict | str) -> ChangeSet:
        claim_id = self.resolve_claim(claim_id)
        verdict = Verdict.parse(verdict)
        return self._run(
            f"Retag claim as {verdict.value}",
            lambda rec: rec.update("claims", claim_id, verdict=verdict.value, updated_at=now_iso()),
        )

    def update_claim(self, claim_id: str, *, note: str = _UNSET, confidence: float | None = _UNSET,
                     claimant: str = _UNSET, reported_by: str = _UNSET) -> ChangeSet:
        claim_id = self.resolve_claim(claim_id)
        values: dict[str, Any] = {}
        if note is not _UNSET:
            values["note"] = note or ""
        if confidence is not _UNSET:
            values["confidence"] = validate_confidence(confidence)
        if claimant is not _UNSET:
            values["claimant"] = claimant or ""
        if reported_by is not _UNSET:
            values["reported_by"] = reported_by or ""
        label = "Edit note" if set(values) == {"note"} else "Edit claim"

        def body(rec: Recorder) -> None:
            before = self.claim(claim_id)
            if any(getattr(before, k) != v for k, v in values.items()):
                rec.update("claims", claim_id, **values, updated_at=now_iso())

        return self._run(label, body)

    def delete_claim(self, claim_id: str) -> ChangeSet:
        claim_id = self.resolve_claim(claim_id)
        return self._run("Delete claim", lambda rec: self._delete_claim_rows(rec, claim_id))

    def _delete_claim_rows(self, rec: Recorder, claim_id: str) -> None:
        for lid in queries.link_ids_of_claim(self._conn, claim_id):
            rec.delete("links", lid)
        for eid in queries.evidence_ids_of_claim(self._conn, claim_id):
            rec.delete("evidence", eid)
        rec.delete("claims", claim_id)

    # evidence
    @staticmethod
    def _evidence_row(claim_id: str, position: int, ev: Evidence) -> dict:
        url = (ev.url or "").strip()
        if not url:
            raise ValidationError("evidence needs a URL (or a reference)")
        return {"id": ev.id or new_id(), "claim_id": claim_id, "position": position, "url": url,
                "title": ev.title, "accessed": ev.accessed, "note": ev.note}

    def add_evidence(self, claim_id: str, evidence: Evidence) -> ChangeSet:
        claim_id = self.resolve_claim(claim_id)

        def body(rec: Recorder) -> None:
            pos = queries.next_evidence_position(self._conn, claim_id)
            row = self._evidence_row(claim_id, pos, evidence)
            rec.insert("evidence", row)
            rec.update("claims", claim_id, updated_at=now_iso())
            rec.changeset.created.append(row["id"])

        return self._run("Add evidence", body)

    def remove_evidence(self, evidence_id: str) -> ChangeSet:
        claim_id = queries.evidence_claim(self._conn, evidence_id)
        if claim_id is None:
            raise NotFoundError(f"no evidence with id {evidence_id}")

        def body(rec: Recorder) -> None:
            rec.delete("evidence", evidence_id)
            rec.update("claims", claim_id, updated_at=now_iso())

        return self._run("Remove evidence", body)

    # links
    def add_link(self, source_id: str, target_id: str, kind: LinkKind | str, *, note: str = "") -> ChangeSet:
        source_id = self.resolve_claim(source_id)
        target_id = self.resolve_claim(target_id)
        kind = LinkKind.parse(kind)
        if source_id == target_id:
            raise ValidationError("a claim cannot be linked to itself")
        for link in self.links(source_id):
            if {link.source_id, link.target_id} == {source_id, target_id} and link.kind == kind:
                raise ValidationError(f"these claims are already linked as {kind.label}")
        link_id = new_id()

        def body(rec: Recorder) -> None:
            rec.insert("links", self._link_row(link_id, source_id, target_id, kind, note))
            rec.changeset.created.append(link_id)

        return self._run(f"Link claims ({kind.label})", body)

    def _link_row(self, link_id: str, source_id: str, target_id: str, kind: LinkKind,
                  note: str = "") -> dict:
        return {"id": link_id, "source_id": source_id, "target_id": target_id,
                "kind": kind.value, "note": note, "annotator": self.annotator,
                "created_at": now_iso()}

    def remove_link(self, link_id: str) -> ChangeSet:
        link_id = queries.resolve_id(self._conn, "links", link_id)
        return self._run("Remove link", lambda rec: rec.delete("links", link_id))
