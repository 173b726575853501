"""P14a: sentence analysis (issue 14): precision and recall on the hand-written gold set, and
the cost of `analyze_document` per article.

Figures:
- p14a_quantities_precision / _recall: a found figure is right when its value, min, max and
  counted noun all equal the gold ones; p14a_dates_*: right when the date is equal and one
  text holds the other ("pada Kamis lalu" and "Kamis lalu");
- p14a_chain_precision / _recall: over the sources of the attribution chains (origin and
  relays), p14a_chain_exact: sentences whose whole chain is right, p14a_anonymous_accuracy;
- p14a_modality_accuracy, p14a_negation_accuracy: over the sentences the gold set marks;
- each also per source ("corpus": quoted from the shared corpus; "own": written for the set;
  "heldout": written after the analysers were tuned on the others);
- p14a_ms_per_article: `analyze_document` over 1,000 generated articles of ~3 KB (the import
  benchmark's texts, two joined), one run (pure computation, 7 s of it: little noise beyond a
  shared machine's; best of two until issue 18's suite budget); p14a_ms_per_article_corpus
  the same over the shared corpus texts when present.

Run: `.venv/bin/python tests/benchmarks/bench_analysis.py [scale] [--misses]`; prints the figures
as JSON (with --misses, every disagreement with the gold set on stderr). run_all.py runs it too.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "compare_gold_analysis.json"
CORPUS = HERE.parents[2] / "shared" / "corpus"
sys.path.insert(0, str(HERE.parents[1]))

from annotator.compare.analyze import analyze_document  # noqa: E402


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def score_gold(show_misses: bool = False) -> dict:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["sentences"]
    tallies: dict[str, dict[str, int]] = {}

    def add(source: str, key: str, n: int) -> None:
        for group in (source, "all"):
            t = tallies.setdefault(group, {})
            t[key] = t.get(key, 0) + n

    def miss(kind: str, text: str, want, got) -> None:
        if show_misses:
            print(f"[{kind}] {text[:70]!r}\n    want {want}\n    got  {got}", file=sys.stderr)

    for item in gold:
        src = item["source"]
        result = analyze_document("gold", item["text"], "", item.get("published", ""))
        quantities = [q for a in result for q in a.quantities]
        dates = [d for a in result for d in a.dates]
        first = result[0] if result else None
        # figures
        want_q = [(g["value"], g["min"], g["max"], g["unit"]) for g in item["quantities"]]
        got_q = [(q.value, q.min, q.max, q.unit) for q in quantities]
        right = sum(1 for g in got_q if any(all(_close(x, y) if not isinstance(y, str) else x == y
                                                for x, y in zip(g, w)) for w in want_q))
        add(src, "q_found", len(got_q)); add(src, "q_gold", len(want_q)); add(src, "q_right", right)
        if right != len(got_q) or right != len(want_q):
            miss("figures", item["text"], want_q, got_q)
        # dates
        want_d = [(g["text"], g["date"]) for g in item["dates"]]
        got_d = [(d.text, d.date) for d in dates]
        right = sum(1 for g in got_d if any(g[1] == w[1] and (g[0] in w[0] or w[0] in g[0])
                                            for w in want_d))
        add(src, "d_found", len(got_d)); add(src, "d_gold", len(want_d)); add(src, "d_right", right)
        if right != len(got_d) or right != len(want_d):
            miss("dates", item["text"], want_d, got_d)
        # attribution
        att = first.attribution if first else None
        want_chain = item["attribution"]["chain"]
        got_chain = list(att.chain) if att else []
        right = sum(1 for n in got_chain if n in want_chain)
        add(src, "c_found", len(got_chain)); add(src, "c_gold", len(want_chain))
        add(src, "c_right", right); add(src, "sentences", 1)
        add(src, "c_exact", int(got_chain == want_chain))
        add(src, "anon_right", int(bool(att and att.anonymous) == item["attribution"]["anonymous"]))
        if got_chain != want_chain or bool(att and att.anonymous) != item["attribution"]["anonymous"]:
            miss("attribution", item["text"], item["attribution"],
                 att and (att.claimant, att.chain, att.anonymous))
        if "modality" in item and first:
            add(src, "m_gold", 1); add(src, "m_right", int(first.modality.value == item["modality"]))
            if first.modality.value != item["modality"]:
                miss("modality", item["text"], item["modality"], first.modality.value)
        if "negated" in item and first:
            add(src, "n_gold", 1); add(src, "n_right", int(first.negated == item["negated"]))
            if first.negated != item["negated"]:
                miss("negation", item["text"], item["negated"], first.negated)

    out: dict = {}
    for group, t in tallies.items():
        suffix = "" if group == "all" else f"_{group}"
        g = t.get
        out[f"p14a_quantities_precision{suffix}"] = _ratio(g("q_right", 0), g("q_found", 0))
        out[f"p14a_quantities_recall{suffix}"] = _ratio(g("q_right", 0), g("q_gold", 0))
        out[f"p14a_dates_precision{suffix}"] = _ratio(g("d_right", 0), g("d_found", 0))
        out[f"p14a_dates_recall{suffix}"] = _ratio(g("d_right", 0), g("d_gold", 0))
        out[f"p14a_chain_precision{suffix}"] = _ratio(g("c_right", 0), g("c_found", 0))
        out[f"p14a_chain_recall{suffix}"] = _ratio(g("c_right", 0), g("c_gold", 0))
        out[f"p14a_chain_exact{suffix}"] = _ratio(g("c_exact", 0), g("sentences", 0))
        out[f"p14a_anonymous_accuracy{suffix}"] = _ratio(g("anon_right", 0), g("sentences", 0))
        out[f"p14a_modality_accuracy{suffix}"] = _ratio(g("m_right", 0), g("m_gold", 0))
        out[f"p14a_negation_accuracy{suffix}"] = _ratio(g("n_right", 0), g("n_gold", 0))
    out["p14a_gold_sentences"] = len(gold)
    return out


def _ms_per_article(texts: list[str], runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        for text in texts:
            analyze_document("bench", text, "", "2025-12-02")
        best = min(best, (time.perf_counter() - t0) / len(texts))
    return round(best * 1000, 3)


def run(scale: float = 1.0, show_misses: bool = False) -> dict:
    """The figures (run_all's contract); `scale` 1 analyses 1,000 articles."""
    sys.path.insert(0, str(HERE))
    from bench_import import make_articles

    figures = score_gold(show_misses)
    n = max(10, int(1000 * scale))
    base = make_articles(2 * n, seed=14)
    texts = ["\n".join(base[i:i + 2]) for i in range(0, 2 * n, 2)]
    figures["p14a_articles"] = n
    figures["p14a_article_chars"] = round(sum(map(len, texts)) / len(texts))
    figures["p14a_ms_per_article"] = _ms_per_article(texts)
    corpus = ([p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
              if CORPUS.is_dir() else [])
    if corpus:
        figures["p14a_ms_per_article_corpus"] = _ms_per_article(corpus * max(1, n // 10))
    return figures


def main() -> None:
    scale = next((float(a) for a in sys.argv[1:] if not a.startswith("--")), 1.0)
    print(json.dumps(run(scale, "--misses" in sys.argv), indent=1))


if __name__ == "__main__":
    main()
