"""Run every benchmark and print ONE JSON object: each figure beside its floor and goal.

    python tests/benchmarks/run_all.py [--scale S] [--only core,gui,...] [--budget SECONDS]

Each bench module (bench_gui P1-P3, bench_import P4, bench_export P5, bench_core P6, P7 and
CLI start, bench_agreement P9, and the discovered ones: bench_reimport P10, bench_scale P11 and
bench_scale_gui P12 — ten times the size at --scale 10 —, bench_analysis, bench_compare and
bench_compare_gui P14-P15, bench_clusters, bench_stats, bench_hostile P8, bench_scale_views)
runs in its own child process, one after another — a crash or a leak in one cannot skew
another — and shares one folder of synthetic projects (BENCH_CACHE_DIR, new for each run) so
each is built once (bench_clusters runs after bench_compare and starts from a copy of the
project that module imported and analysed). A module that is not there is reported as "missing", one that fails as "error: ...".
Any other bench_*.py with a `run(scale)` function is run too; one without (bench_dialogs,
run on its own) is listed under "not_in_suite". The whole run is held to a time budget
(default 5 minutes); a module still running when it ends is stopped and reported as
"timeout". Beside each module's figures, `<name>_wall_s` is its wall time and
`<name>_cpu_s` the CPU time (user + system) of its process and the processes it waited for:
on a shared machine the wall time grows with the others' load, the CPU time much less.
Not part of the tests' pass/fail: figures are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: no per-child CPU time
    resource = None

HERE = Path(__file__).resolve().parent
MODULES = {"gui": "bench_gui", "import": "bench_import", "export": "bench_export",
           "agreement": "bench_agreement", "core": "bench_core"}

CHILD = """
import json, sys
sys.path.insert(0, {here!r})
import {module} as bench
result = bench.run({scale!r})
sys.stdout.write("\\nBENCH_RESULT " + json.dumps(result, ensure_ascii=False) + "\\n")
"""


def discover() -> tuple[dict[str, str], list[str]]:
    """The contract modules, plus any other bench_*.py that follows the contract
    (defines `run(scale)`); files without it are named so they are not silently skipped."""
    modules = dict(MODULES)
    skipped = []
    for path in sorted(HERE.glob("bench_*.py")):
        if path.stem in MODULES.values():
            continue
        if "\ndef run(" in path.read_text(encoding="utf-8"):
            modules[path.stem[len("bench_"):]] = path.stem
        else:
            skipped.append(f"{path.name} (no run(scale) function)")
    return modules, skipped


def run_module(module: str, scale: float, timeout: float, env: dict) -> dict | str:
    if not (HERE / f"{module}.py").exists():
        return "missing"
    if timeout <= 1:
        return "timeout: no time left in the budget"
    code = CHILD.format(here=str(HERE), module=module, scale=scale)
    try:
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=timeout, env=env, cwd=str(HERE.parent.parent))
    except subprocess.TimeoutExpired:
        return f"timeout: still running after {timeout:.0f} s"
    for line in reversed(res.stdout.splitlines()):
        if line.startswith("BENCH_RESULT "):
            return json.loads(line[len("BENCH_RESULT "):])
    tail = " | ".join(res.stderr.strip().splitlines()[-3:]) or "no output"
    return f"error: exit {res.returncode}: {tail[-600:]}"


def children_cpu() -> float:
    """User + system seconds of the finished children (and theirs): the module's own cost,
    which other load on the machine inflates far less than its wall time."""
    if resource is None:
        return 0.0
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Annotator benchmark suite")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="size factor: 1 = the sizes of the goals; 0.01 for a smoke run")
    parser.add_argument("--only", default="", help="comma-separated subset of: " + ", ".join(MODULES))
    parser.add_argument("--budget", type=float, default=300.0, help="seconds for the whole run")
    parser.add_argument("--parallel", action="store_true",
                        help="run the modules at the same time (smoke runs only: figures skew)")
    args = parser.parse_args(argv)
    modules, skipped = discover()
    chosen = [m.strip() for m in args.only.split(",") if m.strip()] or list(modules)
    unknown = set(chosen) - set(modules)
    if unknown:
        parser.error(f"unknown module(s): {', '.join(sorted(unknown))}")

    started = time.monotonic()
    report: dict = {"scale": args.scale, "python": platform.python_version(),
                    "cpus": os.cpu_count(), "machine": platform.machine()}
    with tempfile.TemporaryDirectory(prefix="annotator-bench-") as cache:
        env = {**os.environ, "BENCH_CACHE_DIR": cache,  # and settings and backups of its own
               "ANNOTATOR_CONFIG_DIR": os.path.join(cache, "config"),
               "ANNOTATOR_DATA_DIR": os.path.join(cache, "data")}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # core last: its figures are the cheapest and it must not starve the others' budget
        order = [m for m in ("gui", "import", "export", "agreement") if m in chosen]
        # clusters after compare: it starts from the analysed project compare leaves
        order += sorted((m for m in chosen if m not in MODULES), key=lambda m: (m == "clusters", m))
        order += ["core"] if "core" in chosen else []
        def one(name: str) -> None:
            left = args.budget - (time.monotonic() - started)
            t0, cpu0 = time.monotonic(), children_cpu()
            report[name] = run_module(modules[name], args.scale, left, env)
            report[f"{name}_wall_s"] = round(time.monotonic() - t0, 1)
            if not args.parallel and resource is not None:
                report[f"{name}_cpu_s"] = round(children_cpu() - cpu0, 1)

        if args.parallel:
            with ThreadPoolExecutor(len(order) or 1) as pool:
                list(pool.map(one, order))
        else:
            for name in order:
                one(name)
    if skipped:
        report["not_in_suite"] = skipped
    report["total_s"] = round(time.monotonic() - started, 1)
    if not args.parallel and resource is not None:
        report["total_cpu_s"] = round(sum(v for k, v in report.items() if k.endswith("_cpu_s")), 1)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
