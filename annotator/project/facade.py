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

from ..core import messages
from ..core.errors import DamagedProjectError, ProjectFileError, ValidationError, said
from ..core.changes import ChangeSet
from ..core.model import (
    Document, now_iso, validate_language, validate_published, validate_url,
)
from ..core.text import display_text, is_normalized_text, require_text
from ..store import database, early_check, meta, queries, search as fulltext, transactions
from ..store.fileformat import SCHEMA_VERSION, is_project_file
from ..store.queries import document_to_row
from ..store.recorder import Recorder, StaleChangeError, replay
from .claims import ProjectClaims
from .compare import ProjectCompare
from .pages import ProjectPages
from .passages import ProjectPassages
from .reads import ProjectReads
from .restore import ProjectRestore
from .stats import ProjectStats
from .team import ProjectTeam
from . import writes
from .text_cache import TextCache

Listener = Callable[[ChangeSet], None]
UNDO_LIMIT = 500


class Project(ProjectClaims, ProjectRestore, ProjectPassages, ProjectTeam, ProjectStats,
              ProjectCompare, ProjectPages, ProjectReads):
    def __init__(self, path: Path, conn: sqlite3.Connection, *, annotator: str = "",
                 readonly: bool = False) -> None:
        self.path = path
        self._conn: sqlite3.Connection = conn  # private: SQL stays in the store
        self.annotator = annotator
        self.readonly = readonly
        self._undo: list[ChangeSet] = []
        self._redo: list[ChangeSet] = []
        self._listeners: list[Listener] = []
        #: whose commits these are in the file's writers' ledger (project/writes.py): the
        #: window's token for its own writers, else one of this Project's own
        self.writer = writes.new_token()
        self._pruned = False  # the ledger's quiet writers are dropped at the first write
        self._pending_check: early_check.EarlyCheck | None = None
        self._texts = TextCache()  # of the articles last read whole (text_cache.py)
        #: searches look for claims on a second connection while articles are found on this
        self._search_side = fulltext.SideReader(
            lambda: database.connect(self.path, readonly=True))

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
             full_check: bool = False, page_check: bool = True,
             defer_check: bool = False) -> "Project":
        """`defer_check`: for the desktop app, which shows a large project while SQLite's page
        check of it (1.3 s for 100,000 articles) goes on in a thread; the window asks
        `checking` and `check_damage()` and takes the damaged-file path if need be. Every
        other check (the header, the length, the format version) is done before this
        returns, and a small file is checked here as always."""
        path = Path(path)
        pending = (early_check.deferred_check(path)
                   if defer_check and page_check and not full_check else None)
        database.inspect_file(path, full_check=full_check,
                              page_check=page_check and pending is None, reading=readonly)
        project = cls(path, database.connect(path, readonly=readonly), annotator=annotator,
                      readonly=readonly)
        project._pending_check = pending
        return project

    @staticmethod
    def needs_upgrade(path: str | Path) -> bool:
        """The file is sound as far as its header tells (no page check) and of an older
        schema: opening it for writing will back it up and upgrade it first."""
        return database.inspect_file(Path(path), page_check=False) < SCHEMA_VERSION

    @staticmethod
    def upgrade(path: str | Path,
                progress: "database.UpgradeProgress | None" = None) -> None:
        """Back up and upgrade an older project now, as opening it would, saying how far it
        is (`progress(stage, done, total)`, stage "check", "backup" or "upgrade"): for a
        worker or a command line that shows it. The file is inspected first, as by `open`."""
        path = Path(path)
        if progress is not None:
            progress("check", 0, 1)
        database.inspect_file(path)
        database.upgrade(path, progress)

    @property
    def check_pending(self) -> bool:
        """open(defer_check=True) left a page check whose finding is not asked for yet."""
        return self._pending_check is not None

    @property
    def checking(self) -> bool:
        """The page check of open(defer_check=True) is still running."""
        return self._pending_check is not None and not self._pending_check.done

    def check_damage(self) -> DamagedProjectError | None:
        """What that check found once it is over (None: sound, or not deferred). Asked once:
        the finding is then forgotten."""
        pending, self._pending_check = self._pending_check, None
        return pending.damage() if pending is not None else None

    @property
    def in_read_only_folder(self) -> bool:
        """Opened read-only from a folder SQLite cannot write its index to: edits are
        impossible there, whoever opens it (the CLI says so beside what it reads)."""
        return self.readonly and database.in_read_only_folder(self.path)

    def close(self) -> None:
        self._search_side.close()
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
        prune, self._pruned = not self._pruned, True
        with transactions.immediate(self._conn, self.path, self.writer, prune):
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
            raise ValidationError(said(messages.TITLE_EMPTY))
        return self._run("Edit document details",
                         lambda rec: rec.update("documents", doc_id, **meta))

    def set_language(self, doc_id: str, language: str) -> ChangeSet:
        """Override the detected language ("" returns to the detected one)."""
        return self.update_document(doc_id, language_override=language)
