"""P13: the statistics window's counts and the adjudication queue at 1,000,000 claims (issue
18), each in a process of its own so its peak RSS is its own, beside its floor.

- p13_stats_<by>_ms: Project.stats(by), the aggregate the statistics window shows;
  floor: the bare `SELECT verdict, count(*) FROM claims GROUP BY verdict` (one pass over
  the claims, nothing grouped by what the window groups by).
- p13_queue_ms / _rss_mb: Project.adjudication_queue("gold") on the synthetic project (one
  annotator: no disagreements) and on a copy where 50,000 claims of 10,000 articles are
  another annotator's ("two": ~100,000 disagreements); floor: the bare aggregate that finds
  the articles two annotators tagged.
- p13_rss_floor_mb: a process that opens the project and runs the floor query.

`python bench_scale_views.py PATH [TWO_PATH]` measures given files (a 1M-claim project is
built once by synth.shared_project at run_all.py --scale 10).
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, resource, sqlite3, sys, time
what, path = sys.argv[1], sys.argv[2]
from annotator.core.stats import GroupBy
from annotator.project import Project
FLOOR = {
    "stats": "SELECT verdict, count(*) FROM claims GROUP BY verdict",
    "queue": "SELECT doc_id FROM claims WHERE annotator <> '' AND annotator <> 'gold' "
             "GROUP BY doc_id HAVING min(annotator) < max(annotator)",
}
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if what.startswith("floor_"):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    t = time.perf_counter(); n = len(conn.execute(FLOOR[what[6:]]).fetchall())
else:
    p = Project.open(path, readonly=True, page_check=False)
    t = time.perf_counter()
    if what == "queue":
        n = len(p.adjudication_queue("gold").items)
    else:
        n = p.stats(GroupBy(what[6:])).totals.total
ms = (time.perf_counter() - t) * 1000
print(json.dumps({"ms": round(ms, 1), "n": n,
                  "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                  "rss_before_mb": round(base / 1024, 1)}))
"""


def _child(what: str, path: Path) -> dict:
    # run from a neutral folder: `python -c` puts the working folder first on sys.path
    res = subprocess.run([sys.executable, "-c", CHILD, what, str(path)], capture_output=True,
                         text=True, timeout=900, cwd=tempfile.gettempdir())
    if res.returncode:
        return {"error": res.stderr.strip().splitlines()[-1:]}
    return json.loads(res.stdout)


def measure(path: Path, two: Path | None = None) -> dict:
    from annotator.core.stats import GroupBy

    out: dict = {"p13_stats_floor": _child("floor_stats", path)}
    for by in GroupBy:
        out[f"p13_stats_{by.value}"] = _child(f"stats_{by.value}", path)
    for name, p in (("one", path), ("two", two)):
        if p is not None:
            out[f"p13_queue_{name}_floor"] = _child("floor_queue", p)
            out[f"p13_queue_{name}"] = _child("queue", p)
    return out


def two_annotators(path: Path, dest: Path) -> Path:
    """A copy of `path` where every other claim of every tenth article is another annotator's."""
    shutil.copyfile(path, dest)
    conn = sqlite3.connect(dest)
    conn.execute("UPDATE claims SET annotator = 'ana' WHERE rowid % 2 = 0 AND doc_id IN "
                 "(SELECT id FROM documents WHERE rowid % 10 = 0)")
    conn.commit()
    conn.close()
    return dest


def _built_apart(path: Path, docs: int) -> Path:
    """Built in a child: a child of a process that grew keeps its high-water mark, and the
    measured children would report this one's size."""
    here = str(Path(__file__).resolve().parent)
    subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {here!r}); "
                    f"from synth import make_project; make_project({str(path)!r}, {docs}, 10, "
                    "3000)"], check=True, timeout=900, cwd=tempfile.gettempdir())
    return path


def run(scale: float = 1.0) -> dict:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synth import shared_project

    docs = max(200, int((10_000 if scale >= 10 else 1_000) * scale))
    with tempfile.TemporaryDirectory(prefix="bench_views_") as tmp:
        # the 1M-claim build is shared (5 min); a small one is this module's own, so modules
        # run in parallel never build one file at once
        path = (shared_project(docs, 10, 3000) if scale >= 10
                else _built_apart(Path(tmp) / "views.annot", docs))
        out = {"p13_docs": docs, "p13_claims": docs * 10}
        out.update(measure(path, two_annotators(path, Path(tmp) / "two.annot")))
    return out


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    print(json.dumps(measure(*args) if args else run(), indent=1))
