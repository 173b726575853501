"""P13: the statistics window's counts and the adjudication queue at 1,000,000 claims (issue
18), each in a process of its own so its peak RSS is its own, beside its floor.

- p13_stats_<by>_ms: Project.stats(by), the aggregate the statistics window shows;
  floor: the bare `SELECT verdict, count(*) FROM claims GROUP BY verdict` (one pass over
  the claims, nothing grouped by what the window groups by).
- p13_stats_window: the window shown (by outlet), then by article, annotator and week: the
  seconds until each chart is shown and the longest gap of a 10 ms timer meanwhile.
- p13_queue_ms / _rss_mb: Project.adjudication_queue("gold") on the synthetic project (one
  annotator: no disagreements) and on a copy where 50,000 claims of 10,000 articles are
  another annotator's ("two": ~100,000 disagreements); floor: the bare aggregate that finds
  the articles two annotators tagged.
- p13_upgrade: opening a copy at schema 5 as the desktop app does (backup, then m006's four
  claim indexes): seconds, and the longest gap of a 10 ms timer meanwhile (the window frozen
  for that long); floor: bare sqlite3 copying the file and building the four indexes.

`python bench_scale_views.py PATH [TWO_PATH]` (or `upgrade PATH WORKDIR`) measures given files (a 1M-claim project is
built once by synth.shared_project at run_all.py --scale 10).
"""
from __future__ import annotations

import json
import os
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
        out.update(measure_stats_window(path))
        out.update(measure_upgrade(path, Path(tmp)))
    return out


UPGRADE_CHILD = r"""
import json, sys, time, os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from annotator.ui.recovery import open_with_recovery
app = QApplication([])
gaps, last = [0.0], [time.perf_counter()]
def beat():
    now = time.perf_counter(); gaps.append(now - last[0]); last[0] = now
timer = QTimer(); timer.setInterval(10); timer.timeout.connect(beat); timer.start()
result = {}
def go():
    t = time.perf_counter(); last[0] = t
    project, _note = open_with_recovery(sys.argv[1], None, ask=None)
    result["s"] = round(time.perf_counter() - t, 1)
    result["version"] = project._conn.execute("PRAGMA user_version").fetchone()[0]
    project.close()
    app.quit()
QTimer.singleShot(200, go)
app.exec()
# the gaps while waiting for the first beat (before go) are not the open's
result["max_gap_ms"] = round(max(gaps[2:] or [0]) * 1000)
print(json.dumps(result))
"""

FLOOR_UPGRADE = r"""
import json, sqlite3, sys, time
t = time.perf_counter()
src = sqlite3.connect(sys.argv[1]); dst = sqlite3.connect(sys.argv[1] + ".floor-copy")
src.backup(dst); dst.close()
for sql in ("CREATE INDEX f1 ON claims(verdict)", "CREATE INDEX f2 ON claims(annotator COLLATE NOCASE)",
            "CREATE INDEX f3 ON claims(annotator)", "CREATE INDEX f4 ON claims(updated_at)"):
    src.execute(sql)
src.rollback() if src.in_transaction else None
for name in ("f1", "f2", "f3", "f4"):
    src.execute(f"DROP INDEX {name}")
print(json.dumps({"s": round(time.perf_counter() - t, 1)}))
"""


STATS_WINDOW_CHILD = r"""
import json, sys, time, os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from annotator.core.stats import GroupBy
from annotator.project import Project
from annotator.ui.statistics.window import StatisticsWindow
project = Project.open(sys.argv[1], page_check=False)
window = StatisticsWindow(project)
gaps, last = [], [time.perf_counter()]
def beat():
    now = time.perf_counter(); gaps.append(now - last[0]); last[0] = now
timer = QTimer(); timer.setInterval(10); timer.timeout.connect(beat)
out, order = {}, [GroupBy.OUTLET, GroupBy.ARTICLE, GroupBy.ANNOTATOR, GroupBy.WEEK]
def next_grouping():
    if not order:
        timer.stop(); app.quit(); return
    by = order.pop(0)
    del gaps[:]
    t = last[0] = time.perf_counter()
    if not window.isVisible():
        window.show()  # counts the first grouping (the outlet)
    else:
        window.set_by(by)
    def wait():
        if window.table is None or window.table.by is not by or getattr(window, "counting", False):
            QTimer.singleShot(10, wait); return
        beat()
        out[by.value] = {"shown_s": round(time.perf_counter() - t, 2),
                         "max_gap_ms": round(max(gaps) * 1000)}
        QTimer.singleShot(50, next_grouping)
    QTimer.singleShot(0, wait)
timer.start()
QTimer.singleShot(100, next_grouping)
app.exec()
print(json.dumps(out))
"""


def measure_stats_window(path: Path) -> dict:
    """p13_stats_window: the statistics window shown and switched to three more groupings,
    offscreen: per grouping the seconds until its chart is shown and the longest gap of a
    10 ms timer meanwhile (the window frozen that long); floor: the timer's gap when nothing
    runs is its 10 ms."""
    res = subprocess.run([sys.executable, "-c", STATS_WINDOW_CHILD, str(path)],
                         capture_output=True, text=True, timeout=900,
                         cwd=tempfile.gettempdir())
    if res.returncode:
        return {"p13_stats_window": {"error": res.stderr.strip().splitlines()[-1:]}}
    return {"p13_stats_window": json.loads(res.stdout.strip().splitlines()[-1])}


def make_v5(path: Path, dest: Path) -> Path:
    """A copy of `path` as Annotator wrote it before m006 (the claim order indexes)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synth import as_schema_5

    shutil.copyfile(path, dest)
    as_schema_5(dest)
    return dest


def measure_upgrade(path: Path, workdir: Path) -> dict:
    """p13_upgrade: opening a 1M-claim project of schema 5 as the app does (the backup, then
    m006), its time and the longest the event loop went without a 10 ms beat; floor: bare
    sqlite3 copying the file with the backup API and building the same four indexes."""
    out = {}
    for name, script in (("p13_upgrade_floor", FLOOR_UPGRADE), ("p13_upgrade", UPGRADE_CHILD)):
        old = make_v5(path, workdir / "v5.annot")
        env = {**os.environ, "ANNOTATOR_DATA_DIR": str(workdir / "data")}  # its backups
        res = subprocess.run([sys.executable, "-c", script, str(old)], capture_output=True,
                             text=True, timeout=1800, cwd=tempfile.gettempdir(), env=env)
        out[name] = (json.loads(res.stdout.strip().splitlines()[-1]) if res.returncode == 0
                     else {"error": res.stderr.strip().splitlines()[-1:]})
        for leftover in workdir.glob("v5.annot*"):
            leftover.unlink()
        shutil.rmtree(workdir / "data", ignore_errors=True)
    return out


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    if args and args[0].name == "upgrade":  # upgrade PATH WORKDIR
        print(json.dumps(measure_upgrade(args[1], args[2]), indent=1))
    elif args and args[0].name == "window":  # window PATH
        print(json.dumps(measure_stats_window(args[1]), indent=1))
    else:
        print(json.dumps(measure(*args) if args else run(), indent=1))
