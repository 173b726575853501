"""Does the window stay responsive while the import and export dialogs work? (printed, never asserted)

While a dialog's worker runs, a 5 ms QTimer in the GUI thread records when it actually fires;
the longest gap between two ticks is the longest time the event loop was blocked (a frame is
16 ms; issue 4 asks for no freeze over ~100 ms). Beside each: the same work without the GUI
(import_paths / exporter.write called directly), so the cost of running it in a worker shows.

- Import: N generated .txt articles (default 1,000, ~2,500 characters each) through ImportDialog.
- Export: a project of D documents × 50 claims (default 2,000 × 50 = 100,000 claims) to JSONL
  through ExportDialog.

Run: `.venv/bin/python tests/benchmarks/bench_dialogs.py [articles] [export_docs]`
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_NAME", "bench")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QTimer, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from synth import make_project, make_text, sentences  # noqa: E402

from annotator.export import ExportFilter, get_exporter  # noqa: E402
from annotator.ingest.runner import import_paths  # noqa: E402
from annotator.project import Project  # noqa: E402


class Heartbeat:
    """Ticks every 5 ms in the GUI thread and remembers the gaps between ticks."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def report(self, what: str) -> str:
        gaps = sorted(self.gaps) or [0.0]
        p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
        return (f"{what}: event loop ticks {len(gaps)}, median gap {statistics.median(gaps) * 1e3:.1f} ms, "
                f"p99 {p99 * 1e3:.1f} ms, longest {gaps[-1] * 1e3:.1f} ms")


def spin_until(app: QApplication, cond) -> None:
    while not cond():
        app.processEvents()
        time.sleep(0.001)


def write_articles(folder: Path, n: int) -> list[Path]:
    rng = random.Random(3)
    pool = sentences()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"artikel-{i:05d}.txt"
        p.write_text(f"# Berita nomor {i}\n\n" + make_text(rng, pool, 2500, f"unik{i}"), encoding="utf-8")
        paths.append(p)
    return paths


def bench_import(app: QApplication, tmp: Path, n: int) -> None:
    from annotator.ui.dialogs.import_dialog import ImportDialog

    folder = tmp / "articles"
    write_articles(folder, n)
    bare = tmp / "bare.annot"
    Project.create(bare).close()
    t0 = time.perf_counter()
    with Project.open(bare) as p:
        report = import_paths(p, [folder])
    floor = time.perf_counter() - t0
    print(f"import {n} articles without GUI: {floor:.2f} s ({n / floor:.0f} articles/s), "
          f"{report.count(report.results[0].outcome)} {report.results[0].outcome.value}")

    target = tmp / "gui.annot"
    Project.create(target).close()
    beat = Heartbeat()
    beat.start()
    t0 = time.perf_counter()
    dialog = ImportDialog(target, [folder])
    dialog.show()
    spin_until(app, lambda: dialog.report is not None)
    wall = time.perf_counter() - t0
    beat.stop()
    imported = sum(len(r.doc_ids) for r in dialog.report.results)
    print(f"import {n} articles through ImportDialog: {wall:.2f} s ({imported} imported; "
          f"{wall / floor:.2f} x the GUI-less run)")
    print("  " + beat.report("during import"))
    dialog.close()


def bench_export(app: QApplication, tmp: Path, docs: int) -> None:
    from annotator.ui.dialogs.export_dialog import ExportDialog

    path = make_project(tmp / "export.annot", docs, claims_per_doc=50, doc_chars=3000)
    t0 = time.perf_counter()
    with Project.open(path, readonly=True) as p:
        result = get_exporter("jsonl").write(p, tmp / "floor.jsonl", ExportFilter())
    floor = time.perf_counter() - t0
    print(f"export {result.claims:,} claims to JSONL without GUI: {floor:.2f} s")

    dialog = ExportDialog(path)
    dialog.show()
    spin_until(app, lambda: dialog.choices is not None)
    dialog.set_format("jsonl")
    dialog.dest_edit.setText(str(tmp / "gui.jsonl"))
    spin_until(app, lambda: not dialog._side_tasks and not dialog._preview_timer.isActive())
    beat = Heartbeat()
    beat.start()
    t0 = time.perf_counter()
    dialog.start()
    spin_until(app, lambda: not dialog.running)
    wall = time.perf_counter() - t0
    beat.stop()
    claims = dialog.result_obj.claims if dialog.result_obj else 0
    print(f"export {claims:,} claims through ExportDialog: {wall:.2f} s ({wall / floor:.2f} x)")
    print("  " + beat.report("during export"))
    dialog.close()


def _quiet(mode, context, message) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform's noise
        sys.stderr.write(message + "\n")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    docs = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        warm = tmp / "warm.annot"  # load langdetect's profiles once, outside the timings
        Project.create(warm).close()
        with Project.open(warm) as p:
            import_paths(p, write_articles(tmp / "warm", 2))
        bench_import(app, tmp, n)
        bench_export(app, tmp, docs)


if __name__ == "__main__":
    main()
