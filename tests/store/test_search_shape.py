"""The fast search (store/search.py: best rows first, snippets after, whole words as plain
terms, absent word forms left out) finds exactly what the plain FTS5 query finds, in the same
order: the plain query is kept here as the reference."""
from __future__ import annotations

import random
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from annotator.core.errors import ProjectFileError
from annotator.core.summaries import SearchHit
from annotator.project import Project
from annotator.store import search as fulltext
from annotator.store import search_terms
from tests.conftest import make_document

# Indonesian forms, words with longer words under their prefix (banjir: banjirnya), words
# that are the only ones with their prefix, non-ASCII and underscore words, numbers
WORDS = ("tolak menolak ditolak penolakan banjir banjirnya banjiran warga jembatan pemerintah "
         "pemerintahan kata berkata menurut kirim mengirim dikirim pukul memukul sapu menyapu "
         "café Bekasi Sleman kenaikan harga cabai naik 2024 1998 polisi said police the of "
         "snake_case rapat paripurna usulan").split()


def _reference_hits(conn, query: str, limit: int, kind: str) -> list[SearchHit]:
    """The query as Annotator ran it before: one statement, ORDER BY rank, snippet inline."""
    if kind == "document":
        return [SearchHit("document", i, t, None, s) for i, t, s in conn.execute(
            "SELECT d.id, d.title, snippet(documents_fts, 1, '[', ']', '…', 12) "
            "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit))]
    return [SearchHit("claim", doc_id, title, cid, snip, start, end)
            for cid, doc_id, title, snip, start, end in conn.execute(
        "SELECT c.id, c.doc_id, d.title, snippet(claims_fts, -1, '[', ']', '…', 12), "
        "c.span_start, c.span_end FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid "
        "JOIN documents d ON d.id = c.doc_id WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?",
        (query, limit))]


def _reference(conn, text: str, limit: int) -> list[SearchHit]:
    plan = search_terms.plan(text)
    if not plan.words:
        return []
    exact, wider = search_terms.exact_query(plan.words), search_terms.expanded_query(plan.words)
    hits: list[SearchHit] = []
    for kind in ("document", "claim"):
        found = _reference_hits(conn, exact, limit, kind)
        if wider and len(found) < limit:
            seen = {(h.doc_id, h.claim_id) for h in found}
            found += [h for h in _reference_hits(conn, wider, limit, kind)
                      if (h.doc_id, h.claim_id) not in seen][:limit - len(found)]
        hits += found
    if not hits and plan.shortened:
        hits = [*_reference_hits(conn, search_terms.any_query(plan.words), limit, "document"),
                *_reference_hits(conn, search_terms.any_query(plan.words), limit, "claim")]
    return hits


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "shape.annot"
    rng = random.Random(18)
    with Project.create(path, annotator="tester") as p:
        docs = []
        for i in range(300):
            # few lengths, so many rows tie on bm25 and the tie order is tested too
            words = rng.choices(WORDS, k=rng.choice((8, 8, 12, 40)))
            docs.append(make_document(" ".join(words) + f". Nomor{i}.", f"Berita {i % 7}"))
        p.add_documents(docs)
        for d in p.documents()[:120]:
            text = p.document(d.id).text
            for k in range(3):
                start = rng.randrange(0, len(text) - 12)
                end = start + rng.randint(4, 11)
                while not text[start:end].strip():
                    end += 1
                p.add_claim(d.id, start, end, "unverified",
                            note=rng.choice(("", "catatan", "dibantah warga", "menolak")))
    return path


QUERIES = ["tolak", "menolak", "banjir", "banjirnya", "ban", "b", "jembatan warga", "kata",
           "pemerintah kata menurut", "café", "cafe", "Bekasi", "snake_case", "snake", "2024",
           "19", "nomor12", "Nomor1", "kirim", "pukul sapu", "catatan", "bantah", "absent",
           "tolak absent", "police said", "harga cabai naik", "TOLAK", '" OR NEAR( *',
           "Penolakan warga terhadap tambang meluas ke tiga desa dan menurut para tokoh "
           "masyarakat yang hadir dalam pertemuan itu mereka tidak akan pernah menerima"]


@pytest.mark.parametrize("limit", [200, 5])
def test_the_fast_search_finds_what_the_plain_query_finds_in_the_same_order(corpus, limit):
    conn = sqlite3.connect(corpus)
    try:
        for q in QUERIES:
            assert fulltext.search(conn, q, limit) == _reference(conn, q, limit), q
    finally:
        conn.close()


def test_a_whole_word_is_searched_as_a_plain_term_and_a_prefix_stays_a_prefix(corpus):
    conn = sqlite3.connect(corpus)
    try:
        vocab = fulltext._Vocabulary(conn, "documents_fts")
        assert vocab.kind("jembatan") == vocab.WHOLE  # no longer word starts with it
        assert vocab.kind("banjir") == vocab.PREFIX  # banjirnya, banjiran
        assert vocab.kind("Banjirnya") == vocab.WHOLE
        assert vocab.kind("zzz") == vocab.ABSENT
        assert vocab.kind("café") == vocab.PREFIX  # not ASCII: left to FTS5 as typed
        assert vocab.kind("snake_case") == vocab.PREFIX
        # a form that occurs nowhere is left out of the wider query; none at all: no query
        assert "menolakkan" not in fulltext._forms_of(("tolak",), vocab)
        assert '"menolak"' in fulltext._forms_of(("tolak",), vocab)
        assert fulltext._forms_of(("jembatan",), vocab) == ""
        assert fulltext._all_of(("tolak", "zzz"), vocab) == ""
    finally:
        conn.close()


def test_search_follows_edits_and_works_on_a_read_only_project(corpus, tmp_path):
    path = _copy(corpus, tmp_path)
    with Project.open(path) as p:
        assert p.search("policemen") == []
        p.add_documents([make_document("Two policemen were hurt.", "baru")])
        # "police" now has a longer word under it: searched by prefix again
        assert "baru" in [h.doc_title for h in p.search("police")]
        assert [h.doc_title for h in p.search("policemen")] == ["baru"]
    with Project.open(path, readonly=True) as ro:
        assert [h.doc_title for h in ro.search("policemen")] == ["baru"]
        conn = sqlite3.connect(path)
        assert ro.search("pemerintah kata") == _reference(conn, "pemerintah kata", 200)
        conn.close()


def _copy(corpus: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.annot"
    for suffix in ("", "-wal"):
        if Path(str(corpus) + suffix).exists():
            shutil.copy(str(corpus) + suffix, str(path) + suffix)
    return path


@pytest.mark.parametrize("ways", [2, 3])
def test_the_ranking_shared_out_in_rowid_ranges_gives_the_same_hits_in_the_same_order(
        corpus, monkeypatch, ways):
    """Project.search ranks a large table in rowid ranges on its side connections and its
    own at once, and merges the ranges' best by score: the hits and their order are the plain
    query's all the same (here every table is 'large': a part from 2 rows on)."""
    monkeypatch.setattr(fulltext, "PART_ROWS", 2)
    threads: set[str] = set()
    ranges: list[tuple] = []
    ranked = fulltext._ranked

    def recording(conn, fts, query, limit, low=None, high=None):
        threads.add(threading.current_thread().name)
        ranges.append((fts, low, high, '"*' in query))
        return ranked(conn, fts, query, limit, low, high)

    monkeypatch.setattr(fulltext, "_ranked", recording)
    conn = sqlite3.connect(corpus)
    try:
        with Project.open(corpus, readonly=True) as p:
            p._search_side.ways = ways
            for q in QUERIES:
                for limit in (200, 5, 1):
                    assert p.search(q, limit) == _reference(conn, q, limit), q
            assert p._search_side.opened
        assert not p._search_side.opened  # closed with the project
    finally:
        conn.close()
    assert len(threads) >= 2  # the caller's thread and a side one
    assert {fts for fts, low, _, _ in ranges if low is not None} == {
        "documents_fts", "claims_fts"}
    # a prefix term is merged anew in each part: such a query is ranked whole
    assert all((low is None) == prefix for _, low, _, prefix in ranges)
    assert any(prefix for *_, prefix in ranges)


def test_rowid_ranges_cover_the_table_without_overlap(tmp_path, monkeypatch):
    monkeypatch.setattr(fulltext, "PART_ROWS", 10)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE documents (x)")
    conn.executemany("INSERT INTO documents (rowid, x) VALUES (?, 1)",
                     [(r,) for r in (3, 4, 50, 51, 99, 120)])
    for ways in (1, 2, 3, 4, 20):
        parts = fulltext._parts(conn, "documents", ways)
        if ways == 1:
            assert parts == [(None, None)]
            continue
        assert len(parts) == min(ways, 118 // 10)
        assert parts[0][0] == 3 and parts[-1][1] == 120
        assert all(a[1] + 1 == b[0] for a, b in zip(parts, parts[1:]))
    conn.execute("DELETE FROM documents")
    assert fulltext._parts(conn, "documents", 4) == [(None, None)]


def test_a_search_inside_a_read_snapshot_sees_the_snapshot_in_claims_too(corpus, tmp_path):
    """The side connection would see a newer state than the caller's open read transaction:
    inside one, both tables are searched on the caller's connection."""
    path = _copy(corpus, tmp_path)
    with Project.open(path, readonly=True) as reader, Project.open(path) as writer:
        with reader.read_snapshot():
            before = reader.search("catatan")
            doc = writer.documents()[0].id
            text = writer.document(doc).text
            writer.add_claim(doc, 0, len(text.split()[0]), "unverified", note="catatan")
            assert reader.search("catatan") == before
        assert len(reader.search("catatan")) == len(before) + 1


def test_without_a_side_connection_the_search_runs_on_the_projects_own(corpus):
    def refuse():
        raise ProjectFileError("no second connection here")

    side = fulltext.SideReader(refuse, ways=3)
    conn = sqlite3.connect(corpus)
    try:
        for q in ("banjir", "catatan", "tolak"):
            assert fulltext.search(conn, q, side=side) == _reference(conn, q, 200), q
        assert side.submit(len) is None  # not tried again
    finally:
        side.close()
        conn.close()


def test_snippets_come_from_a_temporary_index_left_empty_and_work_in_a_transaction(corpus):
    conn = sqlite3.connect(corpus)
    try:
        conn.execute("BEGIN")
        assert fulltext.search(conn, "warga", 20) == _reference(conn, "warga", 20)
        assert conn.in_transaction  # the caller's transaction is left as it was
        conn.execute("COMMIT")
        for table in ("documents", "claims"):
            assert conn.execute(f"SELECT count(*) FROM temp.search_shown_{table}").fetchone() \
                == (0,)
    finally:
        conn.close()
