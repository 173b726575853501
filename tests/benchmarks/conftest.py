"""The benchmarks print figures; they are not tests. Keep pytest from collecting them (the
smoke test in tests/safety/test_bench_smoke.py runs the suite at a tiny scale instead)."""
collect_ignore_glob = ["bench_*.py", "run_all.py", "synth.py"]
