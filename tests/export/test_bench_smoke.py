"""The P5 benchmark runs at a tiny scale and reports its figures (no timing is asserted)."""
from tests.benchmarks import bench_export


def test_p5_benchmark_reports_its_figures():
    figures = bench_export.run(scale=0.002)
    assert figures["p5_claims"] == 200
    assert figures["p5_goal"] == "<= 2"
    for key in ("p5_export_jsonl_s", "p5_bare_sqlite_json_s", "p5_ratio", "p5_output_mb"):
        assert figures[key] > 0
