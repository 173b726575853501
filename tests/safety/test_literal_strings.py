"""User text is stored literally: quotes, brackets, SQL comment marks, NUL, very long strings.

No SQL is built from user text (every value is a bound parameter, FTS queries are quoted
terms); these tests store hostile strings in every free-text field and read them back unchanged,
through the facade, after reopening the file, and through the CLI's JSON.
"""
from __future__ import annotations

import json
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pytest

from annotator.core.errors import NotFoundError
from annotator.core.model import Evidence
from annotator.project import Project
from tests.conftest import make_document

NASTY = [
    "'", '"', "''; DROP TABLE claims; --", '"); DELETE FROM documents; --', "-- comment",
    "/* c */", "[brackets] {braces} (parens) <angle>", "\x00", "a\x00b\x00", "%", "_", "\\",
    "NEAR(a b)", 'title:"x" OR *', "\u202eRTL override", "\ufeffBOM", "\r\n\r", "\t",
    "x" * 1_000_000, "😀" * 10_000,
]


@pytest.fixture
def doc(project):
    project.add_documents([make_document("Teks berita untuk diuji dengan catatan aneh. " * 4, "D")])
    return project.documents()[0].id


def test_nasty_strings_in_every_field_stored_literally(project, doc, tmp_path):
    ids = []
    for i, s in enumerate(NASTY):
        cs = project.add_claim(doc, i, i + 3, "disputed", note=s, claimant=s, reported_by=s,
                               evidence=[Evidence(url=f"https://e.org/{i}?q={s[:100]}", title=s,
                                                  accessed=s[:50], note=s)])
        ids.append(cs.created[0])
    for cid, s in zip(ids, NASTY):
        c = project.claim(cid)
        assert (c.note, c.claimant, c.reported_by) == (s, s, s)
        assert (c.evidence[0].title, c.evidence[0].note) == (s, s)
    link = project.add_link(ids[0], ids[1], "contradicts", note=NASTY[2]).created[0]
    assert project.links(ids[0])[0].note == NASTY[2]
    project.update_document(doc, title=NASTY[3], outlet=NASTY[6], author=NASTY[8])
    path = project.path
    project.close()
    with Project.open(path, full_check=True) as p:
        assert p.integrity_problems() == []
        for cid, s in zip(ids, NASTY):
            assert p.claim(cid).note == s
        d = p.document(doc)
        assert (d.title, d.outlet, d.author) == (NASTY[3], NASTY[6], NASTY[8])
        assert [lk.id for lk in p.links(ids[0])] == [link]
        assert {t for (t,) in p._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")} >= {"claims", "documents"}


def test_hostile_search_and_id_text_is_harmless(project, doc):
    project.add_claim(doc, 0, 4, "verified", note="kata biasa")
    for s in NASTY[:18] + ['"', '""', "*", "AND", "OR NOT", "^", ":", "a*b", "(", ")"]:
        project.search(s)  # no exception, whatever FTS5 syntax the user types
        with pytest.raises(NotFoundError):
            project.resolve_claim(s if s.strip() else "nothing")
    assert project.search("kata")  # and ordinary words still find things
    with pytest.raises(NotFoundError):
        project.resolve_document("%")  # LIKE wildcards are escaped, not a match-all
    with pytest.raises(NotFoundError):
        project.resolve_document("_")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=st.text(), claimant=st.text(max_size=200), title=st.text(min_size=1, max_size=200))
def test_any_text_round_trips(project, doc, note, claimant, title):
    cid = project.add_claim(doc, 5, 9, "unverified", note=note, claimant=claimant,
                            evidence=[Evidence(url="ref:1", title=title)]).created[0]
    c = project.claim(cid)
    assert (c.note, c.claimant, c.evidence[0].title) == (note, claimant, title)
    changed = project.update_claim(cid, note=title)
    assert project.claim(cid).note == title
    assert bool(changed) == (title != note)
    if changed:
        project.undo()
    assert project.claim(cid).note == note


def test_cli_stores_shell_level_nasty_strings_literally(tmp_path):
    path = tmp_path / "cli.annot"
    with Project.create(path, annotator="t") as p:
        p.add_documents([make_document("Teks berita untuk diuji lewat baris perintah.", "D")])
        doc = p.documents()[0].id
    note = "\"quoted\" 'single' [x] {y} -- ; DROP TABLE claims; \\ %_ 😀\u05d0"
    add = subprocess.run([sys.executable, "-m", "annotator.cli", "claim", "add", str(path),
                          "--doc", doc[:8], "--start", "0", "--end", "4", "--verdict", "disputed",
                          "--note", note, "--json"], capture_output=True, text=True, timeout=60)
    assert add.returncode == 0, add.stderr
    assert json.loads(add.stdout)["note"] == note
    listed = subprocess.run([sys.executable, "-m", "annotator.cli", "claim", "list", str(path),
                             "--json"], capture_output=True, text=True, timeout=60)
    assert json.loads(listed.stdout)[0]["note"] == note
