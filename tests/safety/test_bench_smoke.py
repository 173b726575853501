"""The benchmark suite runs end to end at a tiny size, so it cannot rot unnoticed.

Figures are not checked (speed goals are printed by the suite, never asserted in tests); what is
checked is that run_all prints one JSON object, every present bench module returns figures
(not an error), and the non-GUI CLI loaded no Qt module.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RUN_ALL = Path(__file__).resolve().parent.parent / "benchmarks" / "run_all.py"


def test_run_all_at_tiny_scale():
    out = subprocess.run([sys.executable, str(RUN_ALL), "--scale", "0.002", "--parallel",
                          "--budget", "240"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)  # exactly one JSON object on stdout
    ran = [k[:-len("_wall_s")] for k in report if k.endswith("_wall_s")]
    assert {"gui", "import", "export", "core"} <= set(ran)
    for name in ran:
        assert isinstance(report[name], dict), f"{name}: {report[name]}"
    core = report["core"]
    for key in ("p6_search_median_ms", "p6_fts_floor_median_ms", "p7_rss_mb",
                "p7_floor_python_mb", "cli_docs_ms", "cli_python_pass_ms"):
        assert isinstance(core[key], (int, float)) and core[key] > 0, key
    assert core["cli_qt_modules_loaded"] == []


def test_run_all_reports_missing_modules(tmp_path, monkeypatch):
    sys.path.insert(0, str(RUN_ALL.parent))
    try:
        import run_all
    finally:
        sys.path.pop(0)
    monkeypatch.setattr(run_all, "HERE", tmp_path)
    assert run_all.run_module("bench_nothing", 0.01, 10, {}) == "missing"
    (tmp_path / "bench_broken.py").write_text("def run(scale):\n    raise RuntimeError('boom')\n")
    result = run_all.run_module("bench_broken", 0.01, 60, {"PATH": ""})
    assert result.startswith("error: ") and "boom" in result
