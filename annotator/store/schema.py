"""The project file's schema, as sqlite-utils migrations.

Each migration is a list of statements run inside the migration's transaction (executescript
would commit early). `SCHEMA_VERSION` is written to `PRAGMA user_version` so a file from a newer
Annotator can be recognised and refused before anything touches it.
"""
from __future__ import annotations

from . import import_sqlite_utils
from .fileformat import APPLICATION_ID, SCHEMA_VERSION, TOKENIZE

import_sqlite_utils()
from sqlite_utils import Database, Migrations  # noqa: E402

migrations = Migrations("annotator")

def _fts_create(fts: str, content: str, columns: tuple[str, ...], options: str = "") -> str:
    return (f"CREATE VIRTUAL TABLE {fts} USING fts5({', '.join(columns)}, content='{content}', "
            f"content_rowid='rowid', tokenize='{TOKENIZE}'{options})")


def _fts_tables(fts: str, content: str, columns: tuple[str, ...]) -> list[str]:
    """An external-content FTS5 table over `content` and the triggers that keep it in step."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old});"
    insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new});"
    return [
        _fts_create(fts, content, columns),
        f"CREATE TRIGGER {content}_ai AFTER INSERT ON {content} BEGIN {insert} END",
        f"CREATE TRIGGER {content}_ad AFTER DELETE ON {content} BEGIN {delete} END",
        f"CREATE TRIGGER {content}_au AFTER UPDATE OF {cols} ON {content} BEGIN {delete} {insert} END",
    ]


_V1 = [
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        outlet TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        published TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        language_prob REAL NOT NULL DEFAULT 0,
        language_override TEXT NOT NULL DEFAULT '',
        direction TEXT NOT NULL DEFAULT 'ltr' CHECK (direction IN ('ltr', 'rtl')),
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        source_name TEXT NOT NULL DEFAULT '',
        source_hash TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL
    )""",
    """CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id),
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end > span_start),
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        verdict TEXT NOT NULL CHECK (verdict IN ('verified', 'disputed', 'unverified')),
        note TEXT NOT NULL DEFAULT '',
        confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
        claimant TEXT NOT NULL DEFAULT '',
        reported_by TEXT NOT NULL DEFAULT '',
        annotator TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX claims_doc ON claims(doc_id, span_start)",
    """CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL REFERENCES claims(id),
        position INTEGER NOT NULL DEFAULT 0,
        url TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        accessed TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX evidence_claim ON evidence(claim_id, position)",
    """CREATE TABLE links (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES claims(id),
        target_id TEXT NOT NULL REFERENCES claims(id),
        kind TEXT NOT NULL CHECK (kind IN ('same_claim', 'supports', 'contradicts')),
        note TEXT NOT NULL DEFAULT '',
        annotator TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK (source_id <> target_id),
        UNIQUE (source_id, target_id, kind)
    )""",
    "CREATE INDEX links_target ON links(target_id)",
    # Append-only: no foreign key, so a deleted claim's history stays readable.
    """CREATE TABLE verdict_history (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        claim_id TEXT NOT NULL,
        old TEXT,
        new TEXT,
        annotator TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        cause TEXT NOT NULL DEFAULT 'edit'
    )""",
    "CREATE INDEX history_claim ON verdict_history(claim_id, seq)",
    """CREATE TRIGGER history_no_update BEFORE UPDATE ON verdict_history
       BEGIN SELECT RAISE(ABORT, 'verdict history is append-only'); END""",
    """CREATE TRIGGER history_no_delete BEFORE DELETE ON verdict_history
       BEGIN SELECT RAISE(ABORT, 'verdict history is append-only'); END""",
    # Full-text search, kept in step by triggers so every write path (edits, undo, import) agrees.
    *_fts_tables("documents_fts", "documents", ("title", "text")),
    *_fts_tables("claims_fts", "claims", ("quote", "note")),
]


@migrations(name="m001_initial")
def m001_initial(db: Database) -> None:
    for statement in _V1:
        db.execute(statement)
    _stamp(db, 1)


@migrations(name="m002_fts_prefix_index")
def m002_fts_prefix_index(db: Database) -> None:
    """Search types as you go, so short words are prefix queries: with FTS5 prefix indexes a
    3-letter prefix over 10,000 articles takes 28 ms instead of 62 ms. The triggers name the
    tables, not their definitions, so they keep working on the rebuilt tables."""
    for fts, content, columns in (("documents_fts", "documents", ("title", "text")),
                                  ("claims_fts", "claims", ("quote", "note"))):
        db.execute(f"DROP TABLE {fts}")
        db.execute(_fts_create(fts, content, columns, ", prefix='2 3'"))
        db.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    _stamp(db, 2)


@migrations(name="m003_claim_counts_index")
def m003_claim_counts_index(db: Database) -> None:
    """The library shows each article's claims per verdict: counting them from an index on
    (doc_id, verdict) reads the index alone, 9 ms instead of 33 ms for 50,000 claims at every
    start, and makes the per-article recount after an edit an index seek."""
    db.execute("CREATE INDEX claims_doc_verdict ON claims(doc_id, verdict)")
    _stamp(db, 3)


@migrations(name="m004_sentences")
def m004_sentences(db: Database) -> None:
    """Each document's sentences with their analysis (figures, dates, sources), the analyser
    version per document, and sentence embeddings cached by sentence hash and model: what
    comparing outlets reads (annotator/store/sentences.py). Derived data, so triggers drop a
    document's sentences when it goes or its text, language or date changes; they are computed
    again (`Project.ensure_sentences`). Existing projects get empty tables: their sentences are
    computed afterwards, in the background."""
    for statement in (
        """CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL,
            idx INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL CHECK (span_end > span_start),
            text TEXT NOT NULL,
            hash TEXT NOT NULL,
            analysis TEXT NOT NULL,
            UNIQUE (doc_id, idx)
        )""",
        "CREATE INDEX sentences_hash ON sentences(hash)",
        """CREATE TABLE analysed_documents (
            doc_id TEXT PRIMARY KEY,
            version INTEGER NOT NULL,
            sentences INTEGER NOT NULL
        ) WITHOUT ROWID""",
        """CREATE TABLE embeddings (
            hash TEXT NOT NULL,
            model TEXT NOT NULL,
            vector BLOB NOT NULL,
            PRIMARY KEY (hash, model)
        ) WITHOUT ROWID""",
        *_fts_tables("sentences_fts", "sentences", ("text",)),
        "CREATE VIRTUAL TABLE sentences_vocab USING fts5vocab(sentences_fts, 'row')",
        """CREATE TRIGGER documents_sentences_ad AFTER DELETE ON documents BEGIN
            DELETE FROM sentences WHERE doc_id = old.id;
            DELETE FROM analysed_documents WHERE doc_id = old.id; END""",
        """CREATE TRIGGER documents_sentences_au
            AFTER UPDATE OF text, language, language_override, published ON documents
            WHEN old.text IS NOT new.text OR old.language IS NOT new.language
              OR old.language_override IS NOT new.language_override
              OR old.published IS NOT new.published BEGIN
            DELETE FROM sentences WHERE doc_id = old.id;
            DELETE FROM analysed_documents WHERE doc_id = old.id; END""",
    ):
        db.execute(statement)
    _stamp(db, 4)


@migrations(name="m005_library_indexes")
def m005_library_indexes(db: Database) -> None:
    """The library and the claims table read a screenful at a time (store/pages.py): their
    default orders, by import and by article title, come from these indexes instead of
    sorting 100,000 articles (a full read of the file) at every start. The label is the
    expression store.pages.LABEL orders by, so SQLite uses the index for it."""
    db.execute("CREATE INDEX documents_imported ON documents(imported_at)")
    db.execute("CREATE INDEX documents_label ON documents("
               "(CASE WHEN title <> '' THEN title ELSE source_name END) COLLATE NOCASE, id)")
    _stamp(db, 5)


@migrations(name="m006_claim_order_indexes")
def m006_claim_order_indexes(db: Database) -> None:
    """The claims table's orders by verdict, annotator and time of edit (store/pages.py
    CLAIM_ORDERS: the column, then rowid) read from these indexes instead of sorting
    1,000,000 claims (seconds); the verdict one also serves the verdict filter. The
    annotator's binary index gives the distinct names (the reading panes' filter menu) by
    stepping from one name to the next instead of reading every claim."""
    db.execute("CREATE INDEX claims_verdict ON claims(verdict)")
    db.execute("CREATE INDEX claims_annotator_folded ON claims(annotator COLLATE NOCASE)")
    db.execute("CREATE INDEX claims_annotator ON claims(annotator)")
    db.execute("CREATE INDEX claims_updated ON claims(updated_at)")
    _stamp(db, 6)


def apply_migrations(conn, progress=None) -> None:
    """Apply every pending migration to an open sqlite3 connection; the version stamp then
    says so even if a migration did not stamp it (see restamp_if_current). `progress(done,
    total)` is called before each migration and once all are done: one at 1,000,000 claims
    (m006's indexes) takes 10 to 20 s, and the user is told which step of how many runs."""
    db = Database(conn)
    pending = [m.name for m in migrations.pending(db)]
    if progress is None:
        migrations.apply(db)
    for k, _name in enumerate(pending if progress is not None else ()):
        progress(k, len(pending))
        migrations.apply(db, stop_before=pending[k + 1:])  # this one only, in its transaction
    if progress is not None:
        progress(len(pending), len(pending))
    restamp_if_current(conn)


def restamp_if_current(conn) -> bool:
    """With every migration recorded as applied, a user_version that disagrees (lowered or
    made negative by another tool) is a wrong stamp, not an old schema: stamp it once, so
    opening does not take an "upgrade" backup at every edit (rotating real backups out).
    True if it stamped."""
    db = Database(conn)
    if migrations.pending(db):
        return False
    if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return False
    _stamp(db, SCHEMA_VERSION)
    return True


assert SCHEMA_VERSION == len(migrations._migrations), "SCHEMA_VERSION must count the migrations"

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "apply_migrations", "migrations"]


def _stamp(db: Database, version: int) -> None:
    db.execute(f"PRAGMA user_version = {int(version)}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
