"""P6 full-text search, P7 peak memory, and CLI start-up — each beside its floor.

- P6: `Project.search` (FTS5 over texts, quotes and notes, with snippets) on 10,000 documents,
  median of repeated queries of common, rare, multi-word and prefix words; floor: the bare FTS5
  MATCH on the same file with no snippet and no join.
- P6b: a pasted paragraph (50 and 200 words, drawn from a stored article) and Indonesian word
  forms ("tolak", expanded to menolak, ditolak, penolakan …) on 1,500 documents; goal
  <= 100 ms (issue 12: a 200-word paste took over 2 minutes before queries were shortened).
- P7: peak RSS (ru_maxrss of a child process, read with wait4) of a process that opens a
  10,000-document project and browses it like the app (library list, a document, its claims,
  a search); and, when the GUI is built, of `annotator gui --smoke-test` on it. Floors: the same
  process with nothing opened, and a bare PySide6 window.
- CLI: wall time of non-GUI commands beside `python -c pass` (medians of rounds that run each
  command in turn, and the least disturbed run of `docs` and of the floor), and the Qt modules
  they loaded (must be none). Goal: `annotator docs` <= 3 x `python -c pass` (issue 18).
"""
from __future__ import annotations

import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import make_project, shared_project  # noqa: E402

QUERIES = ["banjir", "jembatan warga", "nomor4321", "pemerintah kata menurut", "ber", "tatarisa"]


def _ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def bench_search(docs: int) -> dict:
    from annotator.project import Project
    from annotator.store.queries import fts_query

    path = shared_project(docs, 5, 3000)
    with Project.open(path, readonly=True) as p:
        p.search("warmup")
        per_query = {q: _ms(lambda q=q: p.search(q), 5) for q in QUERIES}
        floor = {q: _ms(lambda q=q: p._conn.execute(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT 200",
            (fts_query(q),)).fetchall(), 5) for q in QUERIES}
        hits = {q: len(p.search(q)) for q in QUERIES}
    return {
        "p6_docs": docs,
        "p6_search_median_ms": round(statistics.median(per_query.values()), 2),
        "p6_search_max_ms": round(max(per_query.values()), 2),
        "p6_fts_floor_median_ms": round(statistics.median(floor.values()), 2),
        "p6_per_query_ms": {q: round(v, 2) for q, v in per_query.items()},
        "p6_floor_per_query_ms": {q: round(v, 2) for q, v in floor.items()},
        "p6_hits": hits,
        "p6_goal": "search <= 50 ms",
    }


def _corpus_project(docs: int, folder: Path) -> Path | None:
    """`docs` articles made of the real Indonesian corpus's paragraphs, shuffled (each with a
    unique last line): real word frequencies, which is where long queries were slow."""
    import random

    from annotator.core.model import Document, new_id
    from annotator.core.text import content_hash, normalize_text
    from annotator.project import Project

    corpus = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
    texts = [f.read_text(encoding="utf-8") for f in sorted(corpus.glob("*.txt"))]
    if not texts:
        return None
    path = folder / f"corpus-{docs}.annot"
    rng = random.Random(3)
    paragraphs = [p for t in texts for p in t.split("\n\n") if p.strip()]
    batch = []
    for i in range(docs):
        text = normalize_text("\n\n".join(rng.sample(paragraphs, min(20, len(paragraphs))))
                              + f"\n\nnomor{i}")
        batch.append(Document(id=new_id(), title=f"Artikel {i}", text=text,
                              content_hash=content_hash(text)))
    with Project.create(path) as p:
        p.add_documents(batch)
    return path


def bench_long_query(docs: int) -> dict:
    """P6b on real Indonesian text (the shared corpus) when present, else the synthetic one."""
    from annotator.project import Project

    with tempfile.TemporaryDirectory() as folder:
        path = _corpus_project(docs, Path(folder)) or shared_project(docs, 5, 3000)
        with Project.open(path, readonly=True) as p:
            words = p.document(p.documents()[docs // 2].id).text.split()
            pastes = {n: " ".join(words[5:5 + n]) for n in (10, 50, 200)}
            p.search("warmup")
            out = {f"p6b_paste_{n}_words_ms": round(_ms(lambda q=q: p.search(q), 3), 2)
                   for n, q in pastes.items()}
            out["p6b_paste_200_words_hits"] = len(p.search(pastes[200]))
            edited = pastes[200] + " zzyzxqqvorbelkata"  # a long word no article holds: any-word
            out["p6b_paste_edited_ms"] = round(_ms(lambda: p.search(edited), 3), 2)
            out["p6b_word_forms_ms"] = round(_ms(lambda: p.search("tolak"), 5), 2)
            out["p6b_text"] = "corpus" if path.name.startswith("corpus") else "synthetic"
    out["p6b_docs"] = docs
    out["p6b_goal"] = "a 200-word paste <= 100 ms at 1,500 documents"
    return out


BROWSE = """
import sys
from annotator.project import Project
p = Project.open(sys.argv[1], annotator="bench")
docs = p.documents()
d = p.document(docs[len(docs) // 2].id)
claims = p.claims(d.id)
p.search("banjir")
p.search("jembatan warga")
n = sum(1 for _ in p.iter_claims(with_evidence=False))
p.close()
"""

FLOOR = "import annotator.project"

QT_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show()
app.processEvents()
w.close()
"""


LAUNCHER = """
import os, subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(p.pid, 0)
print(usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def _peak_rss_mb(cmd: list[str], env: dict | None = None) -> tuple[float, int]:
    """Peak RSS of one child. Linux keeps a process's RSS high-water mark across exec, so a
    child forked from this (big) process would report our size: a small launcher forks it."""
    res = subprocess.run([sys.executable, "-c", LAUNCHER, *cmd], capture_output=True, text=True,
                         env=env, timeout=600)
    kb, code = res.stdout.split()
    return round(int(kb) / 1024, 1), int(code)


def bench_memory(docs: int) -> dict:
    path = shared_project(docs, 5, 3000)
    py = sys.executable
    out: dict = {"p7_docs": docs}
    out["p7_rss_mb"], rc = _peak_rss_mb([py, "-c", BROWSE, str(path)])
    out["p7_floor_python_mb"], _ = _peak_rss_mb([py, "-c", FLOOR])
    if rc != 0:
        out["p7_rss_mb"] = f"error: browse exited {rc}"
    if importlib.util.find_spec("annotator.ui.app") is not None:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        gui, rc = _peak_rss_mb([py, "-m", "annotator.cli", "gui", "--smoke-test", str(path)], env)
        out["p7_gui_rss_mb"] = gui if rc == 0 else f"error: gui --smoke-test exited {rc}"
        out["p7_floor_qt_window_mb"], _ = _peak_rss_mb([py, "-c", QT_WINDOW], env)
    else:
        out["p7_gui_rss_mb"] = "missing (annotator.ui.app)"
    out["p7_goal"] = "peak RSS <= 300 MB"
    return out


QT_PROBE = """
import json, sys
from annotator.cli import main
for args in json.loads(sys.argv[1]):
    try:
        main(args, prog_name="annotator")
    except SystemExit as exc:
        if exc.code not in (0, None):
            sys.stderr.write(f"PROBE_FAILED={args[0]} exit {exc.code}\\n")
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
sys.stderr.write("QT_MODULES=" + ",".join(qt) + "\\n")
"""


def _wall_ms(commands: dict[str, list[str]], repeat: int) -> dict[str, list[float]]:
    """Wall times of each command, `repeat` rounds of all of them in turn: a busy moment of a
    shared machine then slows a command and its floor alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, cmd in commands.items():
            t0 = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times[name].append((time.perf_counter() - t0) * 1000)
    return times


def bench_cli(repeat: int) -> dict:
    py = sys.executable
    script = Path(py).parent / "annotator"
    base = [str(script)] if script.exists() else [py, "-m", "annotator.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp) / "cli.annot", 20, 3, 800)
        times = _wall_ms({
            "cli_python_pass_ms": [py, "-c", "pass"],
            "cli_version_ms": [*base, "--version"],
            "cli_docs_ms": [*base, "docs", str(project)],
            "cli_search_ms": [*base, "search", str(project), "banjir"],
        }, repeat)
        out = {name: round(statistics.median(t), 1) for name, t in times.items()}
        # the least disturbed runs too: on a shared machine the medians carry its load
        out["cli_python_pass_min_ms"] = round(min(times["cli_python_pass_ms"]), 1)
        out["cli_docs_min_ms"] = round(min(times["cli_docs_ms"]), 1)
        out["cli_docs_ratio_min"] = round(out["cli_docs_min_ms"] / out["cli_python_pass_min_ms"], 2)
        commands = [["docs", str(project)], ["claim", "list", str(project)],
                    ["search", str(project), "banjir"], ["check", str(project)],
                    ["backup", str(project), "--list"], ["export", "--help"]]
        res = subprocess.run([py, "-c", QT_PROBE, json.dumps(commands)], capture_output=True,
                             text=True, timeout=120)
        lines = res.stderr.splitlines()
        qt = {f"probe failed: {x}" for x in lines if x.startswith("PROBE_FAILED=")}
        found = [x for x in lines if x.startswith("QT_MODULES=")]
        if not found:
            qt.add(f"probe failed: {res.stderr.strip()[-300:]}")
        else:
            qt.update(m for m in found[-1][len("QT_MODULES="):].split(",") if m)
    out["cli_docs_ratio"] = round(out["cli_docs_ms"] / out["cli_python_pass_ms"], 2)
    out["cli_qt_modules_loaded"] = sorted(qt)
    out["cli_goal"] = "no Qt module imported by non-GUI commands"
    out["cli_docs_goal"] = "cli_docs_ratio <= 3 (issue 18)"
    return out


def run(scale: float = 1.0) -> dict:
    docs = max(50, int(10_000 * scale))
    repeat = 7 if scale >= 0.5 else 3 if scale >= 0.05 else 1
    out: dict = {}
    t0 = time.perf_counter()
    out.update(bench_search(docs))
    out.update(bench_long_query(max(50, int(1_500 * scale))))
    out.update(bench_memory(docs))
    out.update(bench_cli(max(repeat, 11) if scale >= 0.5 else repeat))
    out["core_seconds"] = round(time.perf_counter() - t0, 1)
    return out


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    print(json.dumps(run(parser.parse_args().scale), ensure_ascii=False, indent=2))
