"""Statistics: Project.stats over 50,000 claims (1,000 articles, 17 outlets), per grouping,
beside its floors, and the statistics window's redraw (printed, never asserted).

- Floors: `SELECT COUNT(*) FROM claims` (the least any count can cost) and the bare
  `SELECT verdict, COUNT(*) FROM claims GROUP BY verdict` (one pass, no join, no naming).
- Redraw: StatisticsWindow.refresh (query + chart) per grouping, offscreen: what a change costs
  the GUI once the debounce timer fires. Goal: the query a few ms, the redraw well under 100 ms.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_core import _ms  # noqa: E402  (median milliseconds of repeated calls)
from synth import shared_project  # noqa: E402


def run(scale: float = 1.0) -> dict:
    from annotator.core.stats import GroupBy
    from annotator.project import Project

    docs = max(20, int(1000 * scale))
    path = shared_project(docs, 50, 3000)
    repeat = 7 if scale >= 0.5 else 3
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
    out["stats_goal"] = "query a few ms over 50,000 claims; redraw < 100 ms"
    return out


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
