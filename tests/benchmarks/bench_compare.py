"""P14: comparing outlets (issue 14): analysis cost on import, match and conflicts speed, the
matching gold set, the sentence encoder's speed and memory.

Figures:
- p14_import_s / p14_import_plain_s / p14_import_overhead: importing 1,000 generated articles
  (.txt, through `import_paths`, as the GUI and CLI do) as shipped (small imports analysed in
  their transaction, bulk imports afterwards) against the same import with no analysis at all
  (goal <= 30 %); p14_import_all_inline_sample_*: every article analysed inside the import
  instead, the cost that made bulk imports defer it — a comparison with no goal of its own,
  so timed over the first fifth of the articles only (p14_import_sample_articles, 200 at the
  default scale) beside p14_import_plain_sample_s, the plain import of those same files.
- p14_ensure_s / p14_ensure_per_s: analysing those articles afterwards (`ensure_sentences`, as
  the background worker and the CLI run it; also what an upgrade costs).
- p14_match_ms_median / _p95: `Project.match` for one claim, in-process, warm (goal <= 50 ms),
  in the project those articles were analysed into.
- p14_conflicts_s: `Project.conflicts()` over the 1,000 articles, first call after opening
  (goal <= 2 s); p14_conflicts_warm_s the second call.
- p14_conflicts_distinct_s: the same when no sentence repeats word for word (each gets a
  code word): the generated articles draw on a small pool of sentences, which the
  conflict finder compares once, so this is the harder case.
- p14_gold_recall_at_3 / p14_gold_mrr: compare_gold_matching.json (shared corpus plus three
  further outlets), lexical matching; *_encoder the same with the sentence encoder.
- p14_encoder_sentences_per_s, p14_encoder_memory_mb: `encode_pending` throughput and the
  resident memory the loaded encoder adds (goal <= +250 MB).

Run: `.venv/bin/python tests/benchmarks/bench_compare.py [scale]`; prints the figures as JSON.
"""
from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parents[1]) not in sys.path:  # run as a script: this tree's annotator
    sys.path.insert(0, str(HERE.parents[1]))
GOLD = HERE / "compare_gold_matching.json"
CORPUS = HERE.parents[2] / "shared" / "corpus"
GOALS = {"import_overhead": "<= 0.30", "match_ms": "<= 50", "conflicts_s": "<= 2",
         "encoder_memory_mb": "<= 250"}

_SOURCES = ["Reuters", "Axios", "Antara", "AFP", "kantor berita Interfax", "The Guardian"]
_PLACES = ["Karibia", "Pasifik Timur", "Selat Malaka", "Laut Natuna", "Teluk Benggala"]
_MONTHS = ["Januari", "Maret", "Mei", "Juli", "September", "November"]


def _event_sentences(rng: random.Random, events: int = 150) -> list[str]:
    """Sentences about recurring events (each with its own actors, place and date, as real
    ones have), figures varying between outlets as they do: matching has true pairs and the
    conflict finder real work."""
    from synth import vocabulary

    words = vocabulary()[200:]
    out = []
    for _ in range(2):
        k = rng.randrange(events)
        e = random.Random(k)
        place, month = e.choice(_PLACES), e.choice(_MONTHS)
        actor, ship, unit = (e.choice(words).capitalize() for _ in range(3))
        strikes, toll = e.randint(5, 30) + rng.choice([0, 0, 1, -1]), e.randint(20, 90)
        hedge = rng.choice(["setidaknya", "sedikitnya", "lebih dari", "sekitar", ""])
        out.append(f"Menurut {rng.choice(_SOURCES)}, {strikes} serangan pasukan {actor} terhadap "
                   f"kapal {ship} di {place} pada {e.randint(1, 28)} {month} telah menewaskan "
                   f"{hedge} {toll + rng.choice([0, 0, 4])} orang, kata juru bicara {unit}."
                   .replace("  ", " "))
    return out


def make_texts(n: int) -> list[str]:
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    from bench_import import make_articles

    rng = random.Random(14)
    texts = []
    for text in make_articles(n, seed=14):
        lines = text.split("\n")
        for s in _event_sentences(rng):
            lines.insert(rng.randrange(1, len(lines)), s)
        texts.append("\n".join(lines))
    return texts


def _import(folder: Path, path: Path, mode: str) -> float:
    """Import time with sentence analysis "off", as shipped ("policy": small imports only) or
    "inline" for every article."""
    from annotator.project import compare as project_compare
    from annotator.ingest import language
    from annotator.ingest.runner import import_paths
    from annotator.project import Project

    language.detect_language("Warm-up so that loading the language profiles is not timed here.")
    saved = project_compare.INLINE_MAX_DOCS, project_compare.INLINE_MAX_CHARS
    if mode == "off":
        project_compare.INLINE_MAX_DOCS = 0
    elif mode == "inline":
        project_compare.INLINE_MAX_DOCS = project_compare.INLINE_MAX_CHARS = 10**9
    try:
        if path.exists():
            path.unlink()
        with Project.create(path) as proj:
            started = time.perf_counter()
            import_paths(proj, [folder])
            return time.perf_counter() - started
    finally:
        project_compare.INLINE_MAX_DOCS, project_compare.INLINE_MAX_CHARS = saved


def analysed_project(n: int, copy_to: Path) -> Path:
    """A copy at `copy_to` of make_texts(n) imported from .txt files as shipped, every
    article's sentences analysed: what this module's run builds (and times) first, left in
    the run's cache (synth.cache_dir) for bench_clusters, which run_all runs after it; built
    here when it is not there (a module run on its own)."""
    import shutil

    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    from synth import cache_dir

    from annotator.ingest.runner import import_paths
    from annotator.project import Project

    cached = cache_dir() / f"analysed-{n}.annot"
    if not cached.exists():
        folder = copy_to.parent / "analysed_txt"
        folder.mkdir()
        for i, text in enumerate(make_texts(n)):
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        with Project.create(copy_to) as proj:
            import_paths(proj, [folder])
            proj.ensure_sentences()
        _keep(copy_to, cached)
        return copy_to
    shutil.copyfile(cached, copy_to)
    return copy_to


def _keep(path: Path, cached: Path) -> None:
    """Copy a closed project into the cache, whole or not at all (modules may run at once)."""
    import shutil

    building = cached.with_suffix(".building")
    shutil.copyfile(path, building)
    building.replace(cached)
    if hasattr(os, "sync"):  # the copy's tens of MB written back now, not during the timings
        os.sync()


def _sentence(proj, doc_id: str, fragment: str):
    for a in proj.analyze(doc_id):
        if fragment in a.sentence.text:
            return a.sentence
    raise LookupError(f"{fragment!r} is not a sentence of {doc_id}")


def gold(root: Path, use_encoder: bool) -> dict:
    from annotator.compare import encoder
    from annotator.core.model import Document, new_id
    from annotator.core.text import content_hash, normalize_text
    from annotator.project import Project

    data = json.loads(GOLD.read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
    texts.update(data["articles"])
    path = root / f"gold{int(use_encoder)}.annot"
    saved = encoder.available
    if not use_encoder:
        encoder.available = lambda: False
    try:
        with Project.create(path) as proj:
            ids = {}
            for name, text in texts.items():
                text = normalize_text(text).strip()
                doc = Document(id=new_id(), title=name, text=text, content_hash=content_hash(text))
                proj.add_documents([doc])
                ids[name] = doc.id
            if use_encoder:
                proj.encode_pending()
            hits, rr = 0, 0.0
            for pair in data["pairs"]:
                q = _sentence(proj, ids[pair["query"][0]], pair["query"][1])
                wanted = {(ids[f], _sentence(proj, ids[f], frag).start) for f, frag in pair["same"]}
                ranked = [(m.doc, m.start) for m in proj.match_sentence(q.doc_id, q.start, q.end, top=10)]
                ranks = [i for i, key in enumerate(ranked) if key in wanted]
                hits += bool(ranks and ranks[0] < 3)
                rr += 1.0 / (ranks[0] + 1) if ranks else 0.0
            n = len(data["pairs"])
            return {"pairs": n, "recall_at_3": round(hits / n, 3), "mrr": round(rr / n, 3)}
    finally:
        encoder.available = saved


def _distinct_conflicts(root: Path, texts: list[str]) -> float:
    import re

    from annotator.core.model import Document, new_id
    from annotator.core.text import content_hash, normalize_text
    from annotator.project import Project

    count = iter(range(10**9))

    def tag(_m) -> str:  # letters, not digits: a number would be a figure to compare
        n, out = next(count), ""
        while True:
            n, r = divmod(n, 26)
            out += "bcdfghjklmnpqrstvwxyzaeiou"[r]
            if not n:
                return f" (kode {out}q)."

    distinct = [normalize_text(re.sub(r"\.(?= |\n|$)", tag, t)) for t in texts]
    path = root / "distinct.annot"
    with Project.create(path) as proj:
        proj.add_documents([Document(id=new_id(), title=str(i), text=t, content_hash=content_hash(t))
                            for i, t in enumerate(distinct)], undoable=False)
        proj.ensure_sentences()
    with Project.open(path) as proj:
        started = time.perf_counter()
        proj.conflicts()
        return round(time.perf_counter() - started, 3)


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096 / 2**20


def encoder_figures(root: Path, texts: list[str]) -> dict:
    from annotator.compare import encoder
    from annotator.ingest.runner import import_paths
    from annotator.project import Project

    if not encoder.available():
        return {"p14_encoder": "not installed (lexical matching only)"}
    folder = root / "enc"
    folder.mkdir()
    for i, text in enumerate(texts[:40]):
        (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")
    with Project.create(root / "enc.annot") as proj:
        import_paths(proj, [folder])
        proj.ensure_sentences()
    code = (f"import sys, time; sys.path.insert(0, {str(HERE)!r})\n"
            "from bench_compare import _rss_mb\n"
            "from annotator.project import Project\n"
            f"p = Project.open({str(root / 'enc.annot')!r}); p.analyze()\n"
            "before = _rss_mb(); t = time.perf_counter(); n = p.encode_pending()\n"
            "print(n, time.perf_counter() - t, _rss_mb() - before)\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=str(HERE.parents[1]), timeout=600)
    if res.returncode != 0:
        return {"p14_encoder": "error: " + res.stderr.strip().splitlines()[-1][-300:]}
    done, seconds, memory = res.stdout.split()[-3:]
    return {"p14_encoder": encoder.MODEL, "p14_encoder_sentences": int(done),
            "p14_encoder_sentences_per_s": round(int(done) / float(seconds), 1),
            "p14_encoder_memory_mb": round(float(memory), 1),
            "p14_encoder_memory_goal": GOALS["encoder_memory_mb"]}


def run(scale: float = 1.0) -> dict:
    from annotator.project import Project

    n = max(20, int(1000 * scale))
    texts = make_texts(n)
    figures: dict = {"p14_articles": n}
    with tempfile.TemporaryDirectory(prefix="bench_compare_") as tmp:
        root = Path(tmp)
        folder = root / "txt"
        folder.mkdir()
        sample = root / "sample"  # the all-inline comparison: no goal, a fifth of the files
        sample.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
            if i < max(10, n // 5):
                (sample / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        plain, policy, plain_sample, inline_sample = [], [], [], []
        for r in range(2):  # interleaved: a busy moment of the machine hits all alike
            plain.append(_import(folder, root / f"plain{r}.annot", "off"))
            policy.append(_import(folder, root / "policy.annot", "policy"))
            plain_sample.append(_import(sample, root / "plain_sample.annot", "off"))
            inline_sample.append(_import(sample, root / "inline_sample.annot", "inline"))
        figures.update({"p14_import_plain_s": round(min(plain), 3),
                        "p14_import_s": round(min(policy), 3),
                        "p14_import_overhead": round(min(policy) / min(plain) - 1, 3),
                        "p14_import_overhead_goal": GOALS["import_overhead"],
                        "p14_import_sample_articles": len(list(sample.iterdir())),
                        "p14_import_plain_sample_s": round(min(plain_sample), 3),
                        "p14_import_all_inline_sample_s": round(min(inline_sample), 3),
                        "p14_import_all_inline_sample_overhead":
                            round(min(inline_sample) / min(plain_sample) - 1, 3)})
        with Project.open(root / "policy.annot") as proj:
            started = time.perf_counter()
            done = proj.ensure_sentences()
            figures["p14_ensure_s"] = round(time.perf_counter() - started, 3)
            figures["p14_ensure_per_s"] = round(done / max(figures["p14_ensure_s"], 1e-9), 1)
        from synth import cache_dir

        _keep(root / "policy.annot", cache_dir() / f"analysed-{n}.annot")  # for bench_clusters
        with Project.open(root / "policy.annot") as proj:  # every article analysed now
            status = proj.sentence_status()
            figures["p14_sentences"] = status.sentences
            started = time.perf_counter()
            found = proj.conflicts()
            figures["p14_conflicts_s"] = round(time.perf_counter() - started, 3)
            started = time.perf_counter()
            proj.conflicts()
            figures["p14_conflicts_warm_s"] = round(time.perf_counter() - started, 3)
            figures["p14_conflicts_found"] = len(found)
            figures["p14_conflicts_goal"] = GOALS["conflicts_s"]
            rng = random.Random(5)
            claims = []
            for d in rng.sample(proj.documents(), min(50, n)):
                a = rng.choice([x for x in proj.analyze(d.id) if x.quantities] or proj.analyze(d.id))
                claims.append(proj.add_claim(d.id, a.sentence.start, a.sentence.end,
                                             "unverified").created[0])
            proj.match(claims[0])  # warm
            times = []
            for cid in claims:
                started = time.perf_counter()
                proj.match(cid)
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            figures.update({"p14_match_ms_median": round(statistics.median(times), 2),
                            "p14_match_ms_p95": round(times[int(len(times) * 0.95) - 1], 2),
                            "p14_match_goal_ms": GOALS["match_ms"]})
        figures["p14_conflicts_distinct_s"] = _distinct_conflicts(root, texts)
        if CORPUS.is_dir():
            lexical = gold(root, use_encoder=False)
            figures.update({"p14_gold_pairs": lexical["pairs"],
                            "p14_gold_recall_at_3": lexical["recall_at_3"],
                            "p14_gold_mrr": lexical["mrr"]})
            from annotator.compare import encoder

            if encoder.available():
                enc = gold(root, use_encoder=True)
                figures.update({"p14_gold_recall_at_3_encoder": enc["recall_at_3"],
                                "p14_gold_mrr_encoder": enc["mrr"]})
        else:
            figures["p14_gold"] = "skipped: ../shared/corpus is not present"
        figures.update(encoder_figures(root, texts))
    return figures


if __name__ == "__main__":
    print(json.dumps(run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0), indent=2))
