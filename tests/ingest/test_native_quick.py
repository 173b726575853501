"""The native re-import's quick way (claims read straight into tuples by
ingest/native_claims.claims_quick, checked a document's run at a time by
project/restore._run_is_sound) gives what reading and checking them one by one gives: the
same bundle, the same stored rows, history, change set and undo, and for a damaged file the
same error, naming the same claim."""
from __future__ import annotations

import json
import math

import pytest

from annotator.core.errors import IngestError
from annotator.core.model import Claim, Document, Evidence, Verdict, VerdictChange
from annotator.core.text import content_hash
from annotator.export.jsonl import claim_record, document_record
from annotator.ingest import native
from annotator.ingest.native import read_native
from annotator.ingest.runner import import_paths
from annotator.project import Project, restore

TEXT = ("Polisi menyebut 😀 sembilan orang tewas, kata e\u0301 warga. " * 30).replace(
    "e\u0301", "\u00e9")
STAMP = "2026-01-01T00:00:00.000Z"
VERDICTS = (Verdict.VERIFIED, Verdict.DISPUTED, Verdict.UNVERIFIED)


def _records(n: int = 120, doc_id: str = "doc-1", text: str = TEXT) -> list[dict]:
    doc = Document(id=doc_id, title="Satu", text=text, content_hash=content_hash(text),
                   language="id", imported_at=STAMP)
    record = document_record(doc)
    claims = []
    for k in range(n):
        start = (k * 13) % (len(text) - 40)
        end = start + 5 + k % 30
        c = Claim(id=f"{doc_id}-c{k:03d}", doc_id=doc_id, start=start, end=end,
                  quote=text[start:end], prefix=text[max(0, start - 32):start],
                  suffix=text[end:end + 32], verdict=VERDICTS[k % 3],
                  note="catatan 😀" if k % 4 == 0 else "", confidence=(None, 0.5, 1.0, 0.0)[k % 4],
                  claimant="Ana" if k % 5 == 0 else "", annotator="ana", created_at=STAMP,
                  updated_at=STAMP,
                  evidence=[Evidence(url=f"https://x.test/{k}", id=f"{doc_id}-e{k}")] if k % 17 == 0 else [])
        history = [VerdictChange(c.id, None, VERDICTS[0], "ana", STAMP, "edit")]
        if k % 3:
            history.append(VerdictChange(c.id, VERDICTS[0], c.verdict, "budi", STAMP, "edit"))
        claims.append(claim_record(c, history))
    record["claims"] = claims
    record["links"] = [{"id": f"{doc_id}-l1", "source_id": claims[1]["id"], "target_id": claims[2]["id"],
                        "kind": "supports", "note": "", "annotator": "ana", "created_at": STAMP}]
    return [record]


def _write(tmp_path, records: list[dict], ascii: bool = False):
    """`ascii`: every character past ASCII as a \\u escape, as other tools write JSON (the
    line's strings are then searched for a NUL or a lone surrogate)."""
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=ascii) + "\n" for r in records),
                    encoding="utf-8")
    return path


@pytest.fixture
def one_by_one(monkeypatch):
    """Switch the quick way off: every claim read and checked alone."""
    def switch():
        monkeypatch.setattr(native, "claims_quick", lambda *args: None)
        monkeypatch.setattr(restore, "_run_is_sound", lambda *args: False)
    return switch


def _snapshot(project: Project) -> dict:
    claims = project.claims()
    return {
        "docs": sorted((vars(project.document(d.id)) for d in project.documents()),
                       key=lambda d: d["id"]),
        "claims": sorted((vars(c) | {"evidence": [vars(e) for e in c.evidence]} for c in claims),
                         key=lambda c: c["id"]),
        "links": [vars(link) for link in project.links()],
        "history": {c.id: [vars(h) for h in project.history(c.id)] for c in claims},
    }


def _import(path, target) -> tuple[dict, list]:
    project = Project.create(target, annotator="someone")
    try:
        report = import_paths(project, [path], collect_changes=True)
        assert report.results[0].outcome.value == "imported", report.results[0].message
        stored = _snapshot(project)
        changes = [(c.table, c.key, c.before, c.after) for cs in report.changes
                   for c in cs.changes]
        project.undo()
        assert project.document_count() == 0 and project.claim_count() == 0
        assert project.links() == []
        project.redo()
        again = _snapshot(project)
        for cid, history in again.pop("history").items():  # undo and redo are logged after
            assert history[:len(stored["history"][cid])] == stored["history"][cid]
            assert {h["cause"] for h in history[len(stored["history"][cid]):]} <= {"undo", "redo"}
        assert again == {k: v for k, v in stored.items() if k != "history"}
        assert project.integrity_problems() == []
        return stored, changes
    finally:
        project.close()


@pytest.mark.parametrize("ascii", [False, True])
def test_the_quick_way_reads_what_one_by_one_reads(tmp_path, one_by_one, ascii):
    records = _records() + _records(30, "doc-2", TEXT[:900] + " lain.")
    path = _write(tmp_path, records, ascii)
    quick = read_native(path)
    assert quick.claims and quick.history and quick.evidence
    # the quick way was taken: each line's claims at once, each article's run of them sound
    assert all(native.claims_quick(r["claims"], r["id"], ascii) is not None for r in records)
    assert restore._run_is_sound(TEXT, [c for c in quick.claims if c[1] == "doc-1"])
    one_by_one()
    assert read_native(path) == quick


def test_the_quick_way_stores_what_one_by_one_stores(tmp_path, one_by_one):
    path = _write(tmp_path, _records() + _records(30, "doc-2", TEXT[:900] + " lain."))
    stored, changes = _import(path, tmp_path / "quick.annot")
    assert len(stored["claims"]) == 150 and sum(map(len, stored["history"].values())) == 250
    assert sum(len(c["evidence"]) for c in stored["claims"]) == 10
    one_by_one()
    assert _import(path, tmp_path / "slow.annot") == (stored, changes)


@pytest.mark.parametrize("change", [
    {"verdict": "Disputed "}, {"confidence": 1}, {"prefix": None}, {"history": []},
    {"history": [{"old": None, "new": "VERIFIED", "at": STAMP}]}, {"evidence": []},
], ids=repr)
def test_a_claim_not_as_annotator_writes_it_is_read_one_by_one_alike(tmp_path, change,
                                                                       one_by_one):
    records = _records()
    claim = records[0]["claims"][60]
    if change.get("prefix", "") is None:
        del claim["prefix"]
    else:
        claim.update(change)
    path = _write(tmp_path, records)
    quick = read_native(path)
    one_by_one()
    assert read_native(path) == quick


def _nan(claim: dict) -> None:
    claim["confidence"] = math.nan


@pytest.mark.parametrize("damage", [
    lambda c: c.update(quote=c["quote"] + "x"),
    lambda c: c.update(start=c["end"]),
    lambda c: c.update(end=10**6),
    lambda c: c.update(start=-1),
    lambda c: c.update(start="3"),
    lambda c: c.update(start=True),
    lambda c: c.update(verdict="maybe"),
    lambda c: c.update(note="a\x00b"),
    lambda c: c.update(annotator="\ud800"),
    lambda c: c.update(confidence=1.5),
    _nan,
    lambda c: c.pop("quote"),
    lambda c: c.update(evidence=[{"title": "no url"}]),
    lambda c: c.update(evidence=["not an object"]),
    lambda c: c.update(history=[["not", "an", "object"]]),
    lambda c: c["history"][0].update(new="maybe"),
    lambda c: c["history"][0].pop("at"),
], ids=lambda f: f.__name__ if f is _nan else None)
def test_a_damaged_claim_is_named_alike_and_nothing_is_stored(tmp_path, damage, one_by_one):
    records = _records()
    for k in (70, 90):  # the first of two faulty claims is the one named
        damage(records[0]["claims"][k])
    path = _write(tmp_path, records, ascii=True)

    def refusal(name: str) -> str:
        project = Project.create(tmp_path / name)
        try:
            with pytest.raises(IngestError) as caught:
                native.import_native(project, path)
            assert project.document_count() == 0 and project.claim_count() == 0
            return str(caught.value)
        finally:
            project.close()

    quick = refusal("quick.annot")
    one_by_one()
    assert refusal("slow.annot") == quick


@pytest.mark.parametrize("evidence_first", [True, False])
def test_the_first_faulty_claim_is_named_whether_its_quote_or_its_evidence_is_wrong(
        tmp_path, evidence_first):
    records = _records()
    claims = records[0]["claims"]
    claims[51]["evidence"][0]["url"] = "  "  # a URL of blanks: refused when stored
    quote_at = 60 if evidence_first else 40
    claims[quote_at]["quote"] += "x"
    path = _write(tmp_path, records)
    project = Project.create(tmp_path / "p.annot")
    try:
        with pytest.raises(IngestError) as caught:
            native.import_native(project, path)
        assert project.claim_count() == 0
    finally:
        project.close()
    if evidence_first:
        assert "evidence needs a URL" in str(caught.value)
    else:
        assert f"claim doc-1-c{quote_at:03d}: quote does not match" in str(caught.value)
