"""P15b: the comparison table's claim clusters (Project.clusters) in a 1,000-article project.

Figures:
- p15_clusters_s: building every cluster for `p15_claims` claims (sentence claims with
  figures, a third of them linked to a match), warm (sentences analysed, project open), in
  bench_compare's 1,000 articles (imported from .txt files, sentences analysed: a copy of the
  project that module builds, bench_compare.analysed_project);
  p15_clusters_ms_per_claim the same per claim (one `match` each dominates);
- p15_clusters_helper_s: the same in a helper process, as the comparison table computes them
  (project/background.py: a new process, its own Project, the engine's cache built cold);
  p15_clusters_s is its floor.
- p15_clusters, p15_clusters_with_conflicts, p15_unlinked: what was found.
The table computes this in a helper process while its dock is shown, so the figure is the wait
before the table fills, not a stall of the window.

Run: `.venv/bin/python tests/benchmarks/bench_clusters.py [scale]`; prints JSON.
"""
from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parents[1]) not in sys.path:  # run as a script: this tree's annotator
    sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

CLAIMS = 200


def run(scale: float = 1.0) -> dict:
    from bench_compare import analysed_project

    from annotator.project import Project, background

    n = max(20, int(1000 * scale))
    figures: dict = {"p15_articles": n}
    with tempfile.TemporaryDirectory(prefix="bench_clusters_") as tmp:
        root = Path(tmp)
        # bench_compare's 1,000 articles imported and analysed (built once per run)
        with Project.open(analysed_project(n, root / "p.annot")) as proj:
            proj.ensure_sentences()  # nothing left to analyse: the copy is analysed
            rng = random.Random(15)
            claims = []
            for d in rng.sample(proj.documents(), min(int(CLAIMS * max(scale, 0.1)), n)):
                sentences = [x for x in proj.analyze(d.id) if x.quantities] or proj.analyze(d.id)
                a = rng.choice(sentences)
                claims.append(proj.add_claim(d.id, a.sentence.start, a.sentence.end,
                                             "unverified").created[0])
            for cid in claims[::3]:
                for m in proj.match(cid, top=1):
                    covering = [c for c in proj.claims(m.doc) if c.start < m.end and c.end > m.start]
                    if covering and covering[0].id != cid:
                        proj.add_link(cid, covering[0].id, "same_claim")
            proj.clusters()  # warm: word frequencies and profiles cached as after a first pass
            proj.add_claim(claims and proj.claim(claims[0]).doc_id or "", 0, 1, "verified")
            started = time.perf_counter()
            clusters = proj.clusters()
            elapsed = time.perf_counter() - started
            started = time.perf_counter()
            in_helper = background.clusters(proj.path, False)
            figures["p15_clusters_helper_s"] = round(time.perf_counter() - started, 3)
            figures["p15_clusters_helper_same"] = len(in_helper) == len(clusters)
            figures.update({
                "p15_claims": proj.claim_count(),
                "p15_clusters_s": round(elapsed, 3),
                "p15_clusters_ms_per_claim": round(elapsed * 1000 / max(proj.claim_count(), 1), 2),
                "p15_clusters": len(clusters),
                "p15_clusters_multi": sum(1 for c in clusters if len(c.members) > 1),
                "p15_clusters_with_conflicts": sum(1 for c in clusters if c.conflicts),
                "p15_unlinked": sum(c.unlinked for c in clusters)})
    return figures


if __name__ == "__main__":
    print(json.dumps(run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0), indent=2))
