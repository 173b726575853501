"""P11: ten times the project size, on the CLI and facade paths (issue 18), each figure beside
its floor in the same run.

The project is synthetic (synth.make_project: rows written straight into SQLite through the
schema's triggers) of articles of ~3,000 characters with 10 claims each: at `run_all.py
--scale 10` (or more) 10,000 x scale articles, so 100,000 articles and 1,000,000 claims.
Below scale 10 it is a tenth of that (1,000 x scale): P5-P7 already measure the default size,
and the default suite must stay within its 5 minutes.

- p11_build_s: building that project (the synthetic stand-in for importing it).
- p11_search_median_ms / _max_ms: Project.search over the queries of bench_core (goal
  <= 100 ms); floor: the bare FTS5 MATCH on the same file (documents, ORDER BY rank LIMIT
  200); ranking floor: the 200 best articles and claims by bm25, rowids only, which any search
  returning the same hits in the same order has to find.
- p11_tag_median_ms / _p99_ms: Project.set_verdict on claims spread over the project, each
  its own committed transaction (goal: median <= 16 ms); floor: bare sqlite3 doing the same
  writes (UPDATE, one history row, COMMIT, synchronous=FULL).
- p11_export_jsonl_s: the JSONL exporter over everything (goal <= 2 x the floor);
  floor: bench_export.bare_loop, a plain sqlite3 + json loop writing the same rows.
- p11_cli_export_rss_mb, p11_browse_rss_mb: peak RSS (goal <= 500 MB) of `annotator export`
  of everything and of a facade process that browses like the app (library list, one
  article and its claims, searches, every claim iterated); floor: `import annotator.project`.
"""
from __future__ import annotations

import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_core import BROWSE, FLOOR, QUERIES, _ms as _median_ms, _peak_rss_mb  # noqa: E402
from bench_export import bare_loop  # noqa: E402
from synth import make_project  # noqa: E402

CLAIMS_PER_DOC = 10
DOC_CHARS = 3000
TAGS = 200


def _search(path: Path) -> dict:
    from annotator.project import Project
    from annotator.store.queries import fts_query

    with Project.open(path, readonly=True) as p:
        p.search("warmup")
        per_query = {q: _median_ms(lambda q=q: p.search(q), 5) for q in QUERIES}
        conn = sqlite3.connect(path)
        floor = {q: _median_ms(lambda q=q: conn.execute(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT 200",
            (fts_query(q),)).fetchall(), 5) for q in QUERIES}
        ranking = {q: _median_ms(lambda q=q: _ranking_only(conn, fts_query(q)), 5)
                   for q in QUERIES}
        conn.close()
    return {"p11_search_median_ms": round(statistics.median(per_query.values()), 2),
            "p11_search_max_ms": round(max(per_query.values()), 2),
            "p11_search_floor_median_ms": round(statistics.median(floor.values()), 2),
            "p11_search_ranking_floor_median_ms": round(statistics.median(ranking.values()), 2),
            "p11_search_per_query_ms": {q: round(v, 1) for q, v in per_query.items()},
            "p11_search_ranking_floor_per_query_ms": {q: round(v, 1)
                                                      for q, v in ranking.items()}}


def _ranking_only(conn: sqlite3.Connection, query: str) -> None:
    """What the same hits and order cost at the least: the 200 best articles and the 200 best
    claims by bm25 (rowids only: no snippets, no titles, no word forms)."""
    for fts in ("documents_fts", "claims_fts"):
        conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? "
                     f"ORDER BY bm25({fts}), rowid LIMIT 200", (query,)).fetchall()


def _claim_ids(path: Path, n: int) -> list[str]:
    conn = sqlite3.connect(path)
    total = conn.execute("SELECT max(rowid) FROM claims").fetchone()[0]
    rng = random.Random(8)
    rowids = sorted(rng.sample(range(1, total + 1), n))
    ids = [conn.execute("SELECT id FROM claims WHERE rowid = ?", (r,)).fetchone()[0]
           for r in rowids]
    conn.close()
    return ids


def _tag(path: Path) -> dict:
    from annotator.project import Project

    ids = _claim_ids(path, TAGS * 2)
    verdicts = ("verified", "disputed", "unverified")
    with Project.open(path, annotator="bench") as p:
        times = []
        for k, cid in enumerate(ids[:TAGS]):
            t0 = time.perf_counter()
            p.set_verdict(cid, verdicts[k % 3])
            times.append((time.perf_counter() - t0) * 1000)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    floor = []
    for k, cid in enumerate(ids[TAGS:]):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        old = conn.execute("SELECT verdict FROM claims WHERE id = ?", (cid,)).fetchone()[0]
        conn.execute("UPDATE claims SET verdict = ?, updated_at = ? WHERE id = ?",
                     (verdicts[k % 3], "2026-02-01T00:00:00Z", cid))
        conn.execute("INSERT INTO verdict_history (claim_id, old, new, annotator, at, cause) "
                     "VALUES (?, ?, ?, 'bench', '2026-02-01T00:00:00Z', 'edit')",
                     (cid, old, verdicts[k % 3]))
        conn.execute("COMMIT")
        floor.append((time.perf_counter() - t0) * 1000)
    conn.close()
    times.sort()
    return {"p11_tag_median_ms": round(statistics.median(times), 2),
            "p11_tag_p99_ms": round(times[int(len(times) * 0.99) - 1], 2),
            "p11_tag_floor_median_ms": round(statistics.median(floor), 2),
            "p11_tags": len(times)}


def _export(path: Path, tmp: Path) -> dict:
    from annotator.project import Project
    from annotator.project.exports import ExportFilter, get_exporter

    with Project.open(path, readonly=True) as p:
        t0 = time.perf_counter()
        get_exporter("jsonl").write(p, tmp / "out.jsonl", ExportFilter())
        export_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    bare_loop(path, tmp / "floor.jsonl")
    floor_s = time.perf_counter() - t0
    return {"p11_export_jsonl_s": round(export_s, 2), "p11_export_floor_s": round(floor_s, 2),
            "p11_export_ratio": round(export_s / floor_s, 2),
            "p11_export_mb": round((tmp / "out.jsonl").stat().st_size / 1e6, 1)}


def _memory(path: Path, tmp: Path) -> dict:
    py = sys.executable
    script = Path(py).parent / "annotator"
    base = [str(script)] if script.exists() else [py, "-m", "annotator.cli"]
    out = {}
    rss, rc = _peak_rss_mb([*base, "export", str(path), "--format", "jsonl", "-o",
                            str(tmp / "cli.jsonl")])
    out["p11_cli_export_rss_mb"] = rss if rc == 0 else f"error: export exited {rc}"
    rss, rc = _peak_rss_mb([py, "-c", BROWSE, str(path)])
    out["p11_browse_rss_mb"] = rss if rc == 0 else f"error: browse exited {rc}"
    out["p11_rss_floor_mb"], _ = _peak_rss_mb([py, "-c", FLOOR])
    return out


def run(scale: float = 1.0) -> dict:
    docs = max(200, int((10_000 if scale >= 10 else 1_000) * scale))
    with tempfile.TemporaryDirectory(prefix="bench_scale_") as tmp:
        tmp = Path(tmp)
        t0 = time.perf_counter()
        path = make_project(tmp / "scale.annot", docs, CLAIMS_PER_DOC, DOC_CHARS)
        out: dict = {"p11_docs": docs, "p11_claims": docs * CLAIMS_PER_DOC,
                     "p11_build_s": round(time.perf_counter() - t0, 1),
                     "p11_file_mb": round(path.stat().st_size / 1e6)}
        out.update(_search(path))
        out.update(_tag(path))
        out.update(_export(path, tmp))
        out.update(_memory(path, tmp))
    out["p11_goals"] = ("search <= 100 ms; tag median <= 16 ms; export <= 2 x floor; "
                        "peak RSS <= 500 MB")
    return out


if __name__ == "__main__":
    print(json.dumps(run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0), indent=2))
