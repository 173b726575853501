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


def test_demo_built_for_an_indonesian_window_speaks_indonesian(tmp_path):
    spec = json.loads(resource("samples", "claims.json").read_text(encoding="utf-8"))
    by_quote = {c["quote"]: c for c in spec["claims"]}
    path = build_demo(tmp_path / "demo-id.annot", language="id")
    with Project.open(path, readonly=True) as proj:
        assert proj.name == spec["name_id"]
        notes = {c.quote: c.note for c in proj.claims()}
    for quote, item in by_quote.items():
        assert notes[quote] == item.get("note_id", item.get("note", ""))
    assert any("sembilan orang tewas" in n for n in notes.values())


def test_demo_in_english_by_default_and_for_unknown_languages(tmp_path):
    spec = json.loads(resource("samples", "claims.json").read_text(encoding="utf-8"))
    for language, name in (("en", "default.annot"), ("fr", "fr.annot")):
        path = build_demo(tmp_path / name, language=language)
        with Project.open(path, readonly=True) as proj:
            assert proj.name == spec["name"]
            assert all(c.note == next(i for i in spec["claims"] if i["quote"] == c.quote).get("note", "")
                       for c in proj.claims())


def test_interface_language_follows_setting_then_locale_variables(monkeypatch):
    """As Qt decides on Unix (checked against QLocale.system() with PySide 6.11)."""
    from annotator.settings import interface_language

    cases = [({"LANG": "id_ID.UTF-8"}, "", "id"),
             ({"LANG": "id_ID.UTF-8"}, "en", "en"),  # the setting wins over the locale
             ({"LANG": "en_US.UTF-8"}, "id", "id"),
             ({"LC_ALL": "C.UTF-8", "LANG": "id_ID.UTF-8"}, "", "en"),  # LC_ALL first
             ({"LC_ALL": "id_ID.UTF-8", "LANG": "en_US.UTF-8"}, "", "id"),
             ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "id_ID.UTF-8"}, "", "id"),
             ({"LANG": "id_ID.UTF-8", "LC_NUMERIC": "en_US.UTF-8"}, "", "id"),
             ({"LC_MESSAGES": "in_ID"}, "", "id"),  # the old code for Indonesian
             ({"LANG": "C.UTF-8", "LANGUAGE": "id"}, "", "id"),  # GNU's list overrides
             ({"LANG": "id_ID.UTF-8", "LANGUAGE": "en:id"}, "", "en"),  # its first entry
             ({"LANG": "C", "LANGUAGE": "id"}, "", "en"),  # but not the C locale
             ({"LC_ALL": "POSIX", "LANGUAGE": "id"}, "", "en"),
             ({"LANG": "indonesian"}, "", "en")]
    for env, setting, expected in cases:
        for name in ("LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANG", "LANGUAGE"):
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        assert interface_language(setting) == expected, (env, setting)
