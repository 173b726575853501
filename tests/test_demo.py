"""The demo project a first-time user sees."""
import json

from annotator.core.model import Verdict
from annotator.project.demo import build_demo, ensure_demo
from annotator.project import Project
from annotator.resources import resource


def test_demo_has_articles_in_two_languages_and_claims_of_each_verdict(tmp_path):
    path = build_demo(tmp_path / "demo.annot")
    with Project.open(path, readonly=True) as proj:
        docs = proj.documents()
        assert {d.effective_language for d in docs} >= {"id", "en"}
        verdicts = {c.verdict for c in proj.claims()}
        assert verdicts == set(Verdict)
        assert any(link.kind.value == "contradicts" for link in proj.links())
        assert proj.integrity_problems() == []
        spec = json.loads(resource("samples", "claims.json").read_text(encoding="utf-8"))
        assert proj.claim_count() == len(spec["claims"])
        assert len(proj.links()) == len(spec["links"])


def test_ensure_demo_builds_once(tmp_path):
    first = ensure_demo()
    stamp = first.stat().st_mtime_ns
    assert ensure_demo() == first and first.stat().st_mtime_ns == stamp
    assert not list(first.parent.glob("*.building*"))
