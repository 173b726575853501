"""Synthetic projects for the benchmarks: reproducible, realistic enough, fast to build.

Texts are made of sentences from a fixed pseudo-Indonesian/English vocabulary (Zipf-like word
frequencies, so full-text search sees common and rare words as in news), with one unique token
per document. Rows go straight into SQLite in one transaction through the schema's own triggers
(FTS indexes included): the facade's per-edit undo recording would only slow set-up down, and
what is measured is reading and searching such a file, not building it.

Other bench modules use `make_project(path, docs, claims_per_doc, doc_chars)` or
`shared_project(...)`, which reuses one file per size within a run (set BENCH_CACHE_DIR).
"""
from __future__ import annotations

import functools
import hashlib
import os
import random
import shutil
import sqlite3
import tempfile
from pathlib import Path

from annotator.core.model import Verdict
from annotator.project import Project

_SYLLABLES = ["ba", "ka", "ma", "na", "ra", "sa", "ta", "ja", "pa", "la", "di", "ri", "ti", "ng",
              "an", "ku", "lu", "mu", "pe", "se", "ter", "ber", "men", "kan", "nya", "lah"]
_COMMON = ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "the", "of", "and", "to", "in",
           "pemerintah", "banjir", "jembatan", "warga", "kata", "menurut", "police", "said"]


def quote_context(text: str, start: int, end: int, width: int = 32) -> tuple[str, str, str]:
    """Prefix, quote and suffix of a span as the facade stores them (32 characters a side),
    for claims written straight into synthetic exports."""
    return text[max(0, start - width):start], text[start:end], text[end:end + width]


def vocabulary(size: int = 6000, seed: int = 7) -> list[str]:
    """The same words at every call: built once (bench_compare asks for them per article)."""
    return list(_vocabulary(size, seed))


@functools.lru_cache(maxsize=None)
def _vocabulary(size: int, seed: int) -> tuple[str, ...]:
    rng = random.Random(seed)
    words = list(_COMMON)
    seen = set(words)
    while len(words) < size:
        w = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return tuple(words)


def sentences(n: int = 3000, seed: int = 11) -> list[str]:
    """A pool of sentences; documents are drawn from it, which keeps generation fast (and
    built once per process: each project built asks for it)."""
    return list(_sentences(n, seed))


@functools.lru_cache(maxsize=None)
def _sentences(n: int, seed: int) -> tuple[str, ...]:
    rng = random.Random(seed)
    words = vocabulary()
    weights = [1.0 / (i + 1) for i in range(len(words))]
    pool = []
    for _ in range(n):
        ws = rng.choices(words, weights, k=rng.randint(8, 22))
        pool.append(ws[0].capitalize() + " " + " ".join(ws[1:]) + ".")
    return tuple(pool)


def make_text(rng: random.Random, pool: list[str], chars: int, tag: str) -> str:
    parts = [f"Laporan {tag}."]
    size = len(parts[0])
    while size < chars:
        s = rng.choice(pool)
        parts.append(s)
        size += len(s) + 1
        if rng.random() < 0.15:
            parts.append("\n")
    return " ".join(parts).replace(" \n ", "\n")[:max(chars, 20)].rstrip() + "."


def make_project(path: str | Path, docs: int, claims_per_doc: int = 0, doc_chars: int = 3000,
                 *, seed: int = 1, annotator: str = "bench") -> Path:
    """Create `path` with `docs` documents of about `doc_chars` characters and
    `claims_per_doc` claims each (spans on word boundaries, verdicts mixed)."""
    path = Path(path)
    if path.exists():
        path.unlink()
    rng = random.Random(seed)
    pool = sentences()
    verdicts = [v.value for v in Verdict]
    stamp = "2026-01-01T00:00:00Z"
    with Project.create(path, name=f"bench {docs} docs", annotator=annotator) as p:
        conn = p._conn
        conn.execute("BEGIN IMMEDIATE")
        doc_rows: list[tuple] = []
        claim_rows: list[tuple] = []
        for i in range(docs):
            doc_id = f"doc-{i:07d}"
            text = make_text(rng, pool, doc_chars, f"nomor{i}")
            doc_rows.append(
                (doc_id, f"Berita {i}: " + text[9:60], f"Outlet {i % 17}",
                 f"https://example.org/{i}", "2026-01-01", "Reporter", text,
                 hashlib.sha256(text.encode()).hexdigest(), f"doc{i}.txt", stamp))
            if claims_per_doc:
                claim_rows += _claims(rng, doc_id, text, claims_per_doc, verdicts, annotator, stamp)
            if len(doc_rows) >= CHUNK or i == docs - 1:
                _store(conn, doc_rows, claim_rows)
                doc_rows, claim_rows = [], []
        conn.execute("COMMIT")
    return path


#: Rows staged per statement: FTS5 writes an index segment at every statement that fires its
#: trigger, so one INSERT … SELECT per chunk builds 100,000 articles in a fraction of the time
#: one INSERT per row takes (see annotator/store/recorder.py insert_rows).
CHUNK = 2000
_DOC_COLS = ("id, title, outlet, url, published, author, language, language_prob, text, "
             "content_hash, source_name, imported_at")
_CLAIM_COLS = ("id, doc_id, span_start, span_end, quote, prefix, suffix, verdict, note, "
               "annotator, created_at, updated_at")


def _store(conn, doc_rows: list[tuple], claim_rows: list[tuple]) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS synth_docs (id, title, outlet, url, published, "
                 "author, text, content_hash, source_name, imported_at)")
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS synth_claims ({_CLAIM_COLS})")
    conn.executemany("INSERT INTO synth_docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", doc_rows)
    conn.execute(f"INSERT INTO main.documents ({_DOC_COLS}) SELECT id, title, outlet, url, "
                 "published, author, 'id', 0.99, text, content_hash, source_name, imported_at "
                 "FROM synth_docs ORDER BY rowid")
    if claim_rows:
        conn.executemany("INSERT INTO synth_claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         claim_rows)
        conn.execute(f"INSERT INTO main.claims ({_CLAIM_COLS}) SELECT {_CLAIM_COLS} "
                     "FROM synth_claims ORDER BY rowid")
    conn.execute("DELETE FROM synth_docs")
    conn.execute("DELETE FROM synth_claims")


def _claims(rng, doc_id, text, n, verdicts, annotator, stamp):
    step = max(1, (len(text) - 12) // n)
    for k in range(n):
        start = min(k * step, len(text) - 12)
        end = min(len(text), start + rng.randint(5, max(6, min(step, 80))))
        yield (f"{doc_id}-c{k:05d}", doc_id, start, end, text[start:end],
               text[max(0, start - 32):start], text[end:end + 32], verdicts[k % 3],
               "catatan" if k % 5 == 0 else "", annotator, stamp, stamp)


def cache_dir() -> Path:
    """The folder of the files built once per run (BENCH_CACHE_DIR: run_all makes a new one
    for each run), else a temp folder."""
    root = Path(os.environ.get("BENCH_CACHE_DIR") or Path(tempfile.gettempdir()) / "annotator-bench")
    root.mkdir(parents=True, exist_ok=True)
    return root


def shared_project(docs: int, claims_per_doc: int = 0, doc_chars: int = 3000, *,
                   seed: int = 1, copy_to: str | Path | None = None) -> Path:
    """Like make_project, but built once per size per run (in BENCH_CACHE_DIR, else a temp
    folder). Callers must not edit it; one that will (an app that writes its analysis, an
    edit) asks for a copy at `copy_to`, which is that path."""
    path = cache_dir() / f"synth-{docs}-{claims_per_doc}-{doc_chars}-{seed}.annot"
    if not path.exists():
        tmp = path.with_suffix(".building")
        make_project(tmp, docs, claims_per_doc, doc_chars, seed=seed)
        shutil.move(str(tmp), str(path))
    if copy_to is not None:
        copy_to = Path(copy_to)
        shutil.copyfile(path, copy_to)
        return copy_to
    return path


def as_schema_5(path: str | Path) -> None:
    """Turn a project into one as Annotator wrote it before m006 (the claim order indexes):
    what an older project's upgrade starts from (the tests' and bench_scale_views')."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for index in ("claims_verdict", "claims_annotator_folded", "claims_annotator",
                      "claims_updated"):
            conn.execute(f"DROP INDEX IF EXISTS {index}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_claim_order_indexes'")
        conn.execute("PRAGMA user_version = 5")
    finally:
        conn.close()
