"""P15: the compare engine in the workbench (issue 15), printed, never asserted.

- p15_stall_*_ms: the longest gap between ticks of a 5 ms QTimer in the GUI thread while the
  background worker analyses the sentences of a 1,000-article project that has none yet, then
  encodes them (the sentence encoder, when installed: measured for ENCODE_SECONDS, then
  cancelled), then while matches are fetched. Goal <= 50 ms.
- p15_match_gui_ms_median / _p95: a claim selected (as a click does) until its matches are on
  screen in the inspector, in the same project; floor: `Project.match` alone, warm, in-process
  (p15_match_floor_ms_median). Goal <= 100 ms. The first request (the match thread's cache
  being built) is reported apart as p15_match_gui_first_ms.

Measured here (2 cores shared with other jobs, encoder installed, 1,000 articles): selected →
matches shown median 40 ms, p95 51 ms (first request 224 ms, the match thread's cache being
built), beside `Project.match` alone 17 ms; longest stall 22 ms while analysing, 99 ms while
encoding and 115 ms while matches are fetched (over the 50 ms goal; not solved yet: the
suspects are long calls in the worker that hold the interpreter, and the other jobs' load).

Run: `.venv/bin/python tests/benchmarks/bench_compare_gui.py [scale]` (offscreen Qt).
"""
from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
if sys.path[0] != str(REPO):
    sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

ENCODE_SECONDS = 15.0
GOALS = {"stall_ms": "<= 50", "match_gui_ms": "<= 100"}


class StallProbe:
    """Longest gap between ticks of a short timer: how long the event loop was held."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def take(self) -> float:
        """The longest gap so far in ms, and start again."""
        self._tick()
        value, self.longest = self.longest * 1000, 0.0
        return round(value, 1)


def _spin(app, until, timeout: float) -> bool:
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        app.processEvents()
        if until():
            return True
        time.sleep(0.001)
    return False


def run(scale: float = 1.0) -> dict:
    from PySide6.QtWidgets import QApplication

    from annotator.project import Project
    from annotator.project.matching import encoder_installed
    from annotator.ui.main_window import MainWindow
    from bench_compare import make_texts
    from tests.conftest import make_document

    n = max(20, int(1000 * scale))
    app = QApplication.instance() or QApplication([])
    figures: dict = {"p15_articles": n, "p15_encoder": encoder_installed()}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("ANNOTATOR_CONFIG_DIR", str(Path(tmp) / "config"))
        os.environ.setdefault("ANNOTATOR_DATA_DIR", str(Path(tmp) / "data"))
        path = Path(tmp) / "p.annot"
        rng = random.Random(15)
        with Project.create(path) as proj:
            docs = [make_document(t, title=f"Artikel {i}", language="id",
                                  outlet=f"Outlet {i % 40}", published=f"2025-{1 + i % 12:02d}-10")
                    for i, t in enumerate(make_texts(n))]
            proj.add_documents(docs, undoable=False)
            figures["p15_pending_at_open"] = proj.sentence_status().pending
        project = Project.open(path)
        probe = StallProbe()
        probe.start()
        window = MainWindow(project)
        window.show()
        app.processEvents()
        probe.take()  # the window's own start is P1's business
        runner = window.compare_runner
        _spin(app, lambda: runner.running, 30)  # it starts a moment after the window opens
        probe.take()
        started = time.perf_counter()
        _spin(app, lambda: project.sentence_status().pending == 0 or not runner.running, 600)
        figures["p15_analysis_s"] = round(time.perf_counter() - started, 2)
        figures["p15_stall_analysis_ms"] = probe.take()
        if runner.running:
            _spin(app, lambda: not runner.running, ENCODE_SECONDS * min(1.0, scale * 10))
            figures["p15_stall_encoding_ms"] = probe.take()
            runner.cancel()  # waits for the batch in hand: not measured
            probe.take()
        _spin(app, lambda: not runner.running, 600)
        # claims on sentences with figures, as a fact-checker picks them
        claims = []
        for d in rng.sample(docs, min(31, len(docs))):
            sentences = [a for a in project.analyze(d.id) if a.quantities] or project.analyze(d.id)
            a = rng.choice(sentences)
            claims.append(project.add_claim(d.id, a.sentence.start, a.sentence.end,
                                            "unverified").created[0])
        app.processEvents()
        panel = window.inspector.matches
        probe.take()
        times = []
        for i, cid in enumerate(claims):
            t0 = time.perf_counter()
            window.select_claim(cid)
            _spin(app, lambda: panel.result is not None and panel.result.claim_id == cid, 30)
            ms = (time.perf_counter() - t0) * 1000
            if i == 0:
                figures["p15_match_gui_first_ms"] = round(ms, 1)
            else:
                times.append(ms)
        figures["p15_stall_matching_ms"] = probe.take()
        times.sort()
        figures["p15_match_gui_ms_median"] = round(statistics.median(times), 1)
        figures["p15_match_gui_ms_p95"] = round(times[int(len(times) * 0.95) - 1], 1)
        window.close()
        app.processEvents()
        project.close()
        with Project.open(path) as proj:
            proj.match(claims[0])
            floor = []
            for cid in claims[1:]:
                t0 = time.perf_counter()
                proj.match(cid)
                floor.append((time.perf_counter() - t0) * 1000)
        figures["p15_match_floor_ms_median"] = round(statistics.median(floor), 1)
        figures["p15_goals"] = GOALS
    return figures


if __name__ == "__main__":
    print(json.dumps(run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0), indent=2))
