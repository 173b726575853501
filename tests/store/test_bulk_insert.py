"""Rows stored in one statement (recorder.insert_rows, used by imports and re-imports) are the
rows one INSERT each would store: same values, same SQLite types, same full-text index, same
order; a refused batch leaves nothing behind, not even in the staging table."""
from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from annotator.core.model import Claim, Verdict, VerdictChange
from annotator.core.text import normalize_text
from annotator.project import Project
from annotator.store.recorder import COLUMNS, insert_row, insert_rows

from ..conftest import make_document

TEXT = normalize_text("Polisi menyebut 😀 sembilan orang tewas, kata e\u0301 warga. " * 40)


def _claim_rows(doc_id: str) -> list[dict]:
    rows = []
    for k in range(60):
        start = (k * 37) % (len(TEXT) - 30)
        rows.append({
            "id": f"c{k:03d}", "doc_id": doc_id, "span_start": start, "span_end": start + 20,
            "quote": TEXT[start:start + 20], "prefix": TEXT[max(0, start - 32):start],
            "suffix": TEXT[start + 20:start + 52], "verdict": ("verified", "disputed")[k % 2],
            "note": "catatan 😀" if k % 3 else "", "confidence": (None, 0.1 + 0.2, 1, 0.7)[k % 4],
            "claimant": "", "reported_by": "", "annotator": "ana",
            "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
        })
    return rows


def _stored(path) -> tuple[list, list]:
    conn = sqlite3.connect(path)
    cols = ", ".join(f"{c}, typeof({c})" for c in COLUMNS["claims"])
    rows = conn.execute(f"SELECT rowid, {cols} FROM claims ORDER BY rowid").fetchall()
    hits = conn.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'sembilan OR cat*' "
                        "ORDER BY rowid").fetchall()
    conn.execute("INSERT INTO claims_fts(claims_fts, rank) VALUES ('integrity-check', 1)")
    conn.close()
    return rows, hits


@pytest.fixture(params=[500, 7], ids=["one chunk", "chunks of 7"])
def staged(request, monkeypatch):
    from annotator.store import recorder

    monkeypatch.setattr(recorder, "STAGED_ROWS", request.param)
    return request.param


@pytest.mark.parametrize("how", ["one by one", "in one statement"])
def test_bulk_insert_stores_what_one_insert_each_stores(tmp_path, how, staged):
    stored = {}
    for way in ("one by one", "in one statement"):
        with Project.create(tmp_path / f"{way}.annot") as p:
            doc = make_document(TEXT)
            p.add_documents([replace(doc, id="doc-1")])
        conn = sqlite3.connect(tmp_path / f"{way}.annot", isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        rows = _claim_rows("doc-1")
        if way == "one by one":
            for row in rows:
                insert_row(conn, "claims", row)
        else:
            insert_rows(conn, "claims", rows)
        conn.execute("COMMIT")
        conn.close()
        stored[way] = _stored(tmp_path / f"{way}.annot")
    by_row, bulk = stored["one by one"], stored[how]
    assert [r[1:] for r in bulk[0]] == [r[1:] for r in by_row[0]] and len(bulk[0]) == 60
    assert bulk[1] == by_row[1] and bulk[1]  # the full-text index finds the same claims


def test_a_refused_batch_leaves_nothing(project, staged):
    doc_id = project.add_documents([make_document(TEXT)]).created[0]
    rows = _claim_rows(doc_id)
    rows[40]["id"] = rows[3]["id"]  # a duplicate id: the file refuses the batch
    conn = project._conn
    conn.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.IntegrityError):
        insert_rows(conn, "claims", rows)
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    rows[40]["id"] = "c-other"  # and the next batch goes in whole, staging nothing twice
    conn.execute("BEGIN IMMEDIATE")
    insert_rows(conn, "claims", rows)
    conn.execute("COMMIT")
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 60
    assert conn.execute("SELECT count(*) FROM temp.staging_claims").fetchone()[0] == 0


def test_a_reimport_is_one_undo_step_that_removes_every_row(project):
    doc = make_document(TEXT)
    claims = [Claim(id=r["id"], doc_id=doc.id, start=r["span_start"], end=r["span_end"],
                    quote=r["quote"], prefix=r["prefix"], suffix=r["suffix"],
                    verdict=Verdict(r["verdict"]), note=r["note"],
                    confidence=r["confidence"], annotator="ana") for r in _claim_rows(doc.id)]
    history = [VerdictChange(c.id, None, c.verdict, "ana", "2026-01-01T00:00:00Z", "edit")
               for c in claims]
    project.restore_records([doc], claims, [], history)
    assert project.claim_count() == 60
    assert {h.cause for h in project.history(claims[5].id)} == {"edit"}
    project.undo()
    assert project.claim_count() == 0 and project.document_count() == 0
    project.redo()
    assert project.claim_count() == 60 and project.search("sembilan")


def test_history_stored_in_one_statement_is_the_history_one_insert_each_stores(tmp_path, staged):
    """verbatim.append_history stages the lines (AUTOINCREMENT costs a sequence update per
    statement): the same lines, seq numbers in the same order, the same sequence after."""
    from annotator.store.verbatim import HISTORY_COLUMNS, append_history

    lines = [(f"c{k % 13:03d}", (None, "verified", "disputed")[k % 3],
              ("verified", "disputed", "unverified")[k % 3], "ana" if k % 2 else "",
              f"2026-01-01T00:00:{k % 60:02d}Z", ("edit", "undo", "redo: x")[k % 3])
             for k in range(50)]
    stored = {}
    for way in ("one by one", "in one statement"):
        Project.create(tmp_path / f"{way}.annot").close()
        conn = sqlite3.connect(tmp_path / f"{way}.annot", isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO verdict_history (claim_id, new, at) VALUES ('x', 'verified', 't')")
        if way == "one by one":
            for line in lines:
                conn.execute(f"INSERT INTO verdict_history ({', '.join(HISTORY_COLUMNS)}) "
                             "VALUES (?, ?, ?, ?, ?, ?)", line)
        else:
            append_history(conn, lines)
        conn.execute("COMMIT")
        stored[way] = (conn.execute("SELECT seq, * FROM verdict_history ORDER BY seq").fetchall(),
                       conn.execute("SELECT * FROM sqlite_sequence").fetchall())
        conn.close()
    assert stored["in one statement"] == stored["one by one"]
    assert [r[2:] for r in stored["one by one"][0][1:]] == lines


def test_claims_stored_from_their_fields_are_recorded_as_their_rows(project):
    """verbatim's claim rows (a dict display written out) have the store's columns, in order,
    and are the rows claim_to_row makes: what undo and redo write back."""
    from annotator.core.changes import ChangeSet
    from annotator.core.model import claim_fields
    from annotator.store.queries import claim_to_row
    from annotator.store.verbatim import insert_claim_fields_verbatim

    doc_id = project.add_documents([make_document(TEXT)]).created[0]
    claims = [Claim(id=r["id"], doc_id=doc_id, start=r["span_start"], end=r["span_end"],
                    quote=r["quote"], prefix=r["prefix"], suffix=r["suffix"],
                    verdict=Verdict(r["verdict"]), note=r["note"], confidence=r["confidence"],
                    annotator="ana", created_at="t0", updated_at="t1")
              for r in _claim_rows(doc_id)]
    changes = ChangeSet("x")
    conn = project._conn
    conn.execute("BEGIN IMMEDIATE")
    insert_claim_fields_verbatim(conn, changes, [claim_fields(c) for c in claims])
    conn.execute("ROLLBACK")
    rows = [c.after for c in changes.changes]
    assert rows == [claim_to_row(c) for c in claims]
    assert all(tuple(row) == COLUMNS["claims"] for row in rows)
    assert [c.key for c in changes.changes] == [c.id for c in claims]
