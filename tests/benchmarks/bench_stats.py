"""Statistics: Project.stats over 50,000 claims (1,000 articles, 17 outlets), per grouping,
beside its floors, and the statistics window's redraw (printed, never asserted).

- Floors: `SELECT COUNT(*) FROM claims` (the least any count can cost) and the bare
  `SELECT verdict, COUNT(*) FROM claims GROUP BY verdict` (one pass, no join, no naming).
- Redraw: StatisticsWindow.refresh (query + chart) per grouping, offscreen: what a change costs
  the GUI once the debounce timer fires. Goal: the query a few ms, the redraw well under 100 ms.
- Conflicts per outlet, on 1,000 articles with figures that disagree between outlets
  (bench_compare.make_texts; 17 outlets, 50 claims each, sentences analysed beforehand):
  stats_conflicts_survey_s (Project.survey_conflicts on a fresh open: the pass and the
  sentences' digest) beside its floor stats_conflicts_pass_s (Project.conflicts() alone, fresh
  open); stats_conflicts_recount_ms (conflict_stats against a kept survey: what a claim edit
  costs) beside stats_conflicts_state_ms (the digest alone); and the GUI's longest event-loop
  gap while the window counts in the background (stats_conflicts_gui_gap_ms) beside the same
  timer's longest gap with nothing running (floor). Goal: the recount well under a second; the
  gap within a few frames of the floor.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_core import _ms  # noqa: E402  (median milliseconds of repeated calls)
from synth import cache_dir, shared_project  # noqa: E402


def run(scale: float = 1.0) -> dict:
    from annotator.core.stats import GroupBy
    from annotator.project import Project

    docs = max(20, int(1000 * scale))
    path = shared_project(docs, 50, 3000)
    repeat = 5 if scale >= 0.5 else 3  # medians of 5: each call is a few ms of fixed work
    out: dict = {"stats_docs": docs}
    with Project.open(path, readonly=True) as p:
        out["stats_claims"] = p.claim_count()
        p.stats("outlet")  # warm the page cache
        out["stats_query_ms"] = {g.value: round(_ms(lambda g=g: p.stats(g), repeat), 2)
                                 for g in GroupBy}
        conn = p._conn  # the floors are bare SQL on the same connection
        out["stats_floor_count_ms"] = round(_ms(
            lambda: conn.execute("SELECT COUNT(*) FROM claims").fetchall(), repeat), 2)
        out["stats_floor_group_by_verdict_ms"] = round(_ms(
            lambda: conn.execute("SELECT verdict, COUNT(*) FROM claims GROUP BY verdict")
            .fetchall(), repeat), 2)
    out.update(_redraw(path, repeat))
    out.update(_conflicts(max(20, int(1000 * scale))))
    out["stats_goal"] = ("query a few ms over 50,000 claims; redraw < 100 ms; conflicts recount "
                         "< 1 s; GUI gap while counting near its floor")
    return out


def _conflict_project(docs: int) -> Path:
    """Articles with disagreeing figures (as bench_compare makes them), 17 outlets, 50 claims
    each, sentences analysed; built once per size like synth.shared_project."""
    import hashlib
    import random
    import shutil

    from bench_compare import make_texts
    from synth import _claims, _store

    from annotator.project import Project

    path = cache_dir() / f"conflicts-{docs}.annot"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    rng, stamp = random.Random(17), "2026-01-01T00:00:00Z"
    with Project.create(tmp) as p:
        rows, claims = [], []
        for i, text in enumerate(make_texts(docs)):
            doc_id = f"doc-{i:07d}"
            rows.append((doc_id, f"Berita {i}", f"Outlet {i % 17}", f"https://example.org/{i}",
                         f"2026-01-{1 + i % 28:02d}", "Reporter", text,
                         hashlib.sha256(text.encode()).hexdigest(), f"doc{i}.txt", stamp))
            claims += _claims(rng, doc_id, text, 50, ["verified", "disputed", "unverified"],
                              "bench", stamp)
        p._conn.execute("BEGIN IMMEDIATE")
        _store(p._conn, rows, claims)
        p._conn.execute("COMMIT")
        p.ensure_sentences()
    shutil.move(str(tmp), str(path))
    return path


def _conflicts(docs: int) -> dict:
    from annotator.project import Project
    from annotator.store import stats as stats_queries

    path = _conflict_project(docs)
    out: dict = {"stats_conflicts_docs": docs}
    with Project.open(path, readonly=True) as p:
        t0 = time.perf_counter()
        found = p.conflicts()
        out["stats_conflicts_pass_s"] = round(time.perf_counter() - t0, 3)
        out["stats_conflicts_found"] = len(found)
    with Project.open(path, readonly=True) as p:
        t0 = time.perf_counter()
        survey = p.survey_conflicts()
        out["stats_conflicts_survey_s"] = round(time.perf_counter() - t0, 3)
        out["stats_conflicts_recount_ms"] = round(_ms(lambda: p.conflict_stats(survey), 3), 1)
        out["stats_conflicts_state_ms"] = round(_ms(
            lambda: stats_queries.sentences_state(p._conn), 3), 1)
        table = p.conflict_stats(survey)
        out["stats_conflicts_claims_conflicting"] = table.totals.claims["conflicting"]
        out["stats_conflicts_claims"] = table.totals.claims["total"]
    out.update(_gui_gap(path))
    return out


def _gui_gap(path: Path) -> dict:
    """The longest wait between two ticks of a 10 ms timer: idle, then while the statistics
    window counts the conflicts in its background Task."""
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from annotator.project import Project
        from annotator.ui.statistics.window import StatisticsWindow
    except ImportError as exc:
        return {"stats_conflicts_gui": f"skipped: {exc}"}
    app = QApplication.instance() or QApplication([])

    def longest_gap(until) -> float:
        ticks = [time.perf_counter()]
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start(10)
        while not until(ticks):
            app.processEvents()
            time.sleep(0.002)
        timer.stop()
        return max(b - a for a, b in zip(ticks, ticks[1:])) * 1000

    with Project.open(path, readonly=True) as p:
        window = StatisticsWindow(p)
        window.show()
        app.processEvents()
        started = time.perf_counter()
        floor = longest_gap(lambda ticks: ticks[-1] - started > 2.0)
        window.set_by("conflicts")
        view = window.conflicts
        started = time.perf_counter()
        gap = longest_gap(lambda ticks: not view.computing)
        counted = time.perf_counter() - started
        window.close()
    return {"stats_conflicts_gui_gap_ms": round(gap, 1),
            "stats_conflicts_gui_gap_floor_ms": round(floor, 1),
            "stats_conflicts_gui_count_s": round(counted, 2)}


def _redraw(path: Path, repeat: int) -> dict:
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from annotator.core.stats import GroupBy
        from annotator.project import Project
        from annotator.ui.statistics.window import StatisticsWindow
    except ImportError as exc:
        return {"stats_redraw": f"skipped: {exc}"}
    app = QApplication.instance() or QApplication([])
    with Project.open(path, readonly=True) as p:
        t0 = time.perf_counter()
        window = StatisticsWindow(p)
        window.show()
        app.processEvents()
        first = (time.perf_counter() - t0) * 1000
        per = {}
        for g in (GroupBy.OUTLET, GroupBy.ARTICLE, GroupBy.WEEK):
            window.set_by(g)

            def redraw() -> None:
                window.table = None  # else an unchanged count skips the chart
                window.refresh()
                app.processEvents()
            per[g.value] = round(_ms(redraw, repeat), 1)
        window.close()
    return {"stats_window_first_show_ms": round(first, 1), "stats_redraw_ms": per}


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    print(json.dumps(run(parser.parse_args().scale), ensure_ascii=False, indent=2))
