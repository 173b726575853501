"""The background analysis stores sentences in short write transactions (project/
sentence_parts.py): a long article spans several, small ones share one, and the result is
what one transaction stored."""
from __future__ import annotations

from annotator.compare import codec
from annotator.project import compare as project_compare
from annotator.project import sentence_parts
from annotator.project.sentence_parts import parts

from ..conftest import make_document

SENTENCE = "Jembatan gantung di Desa Tanjung Waru putus pada Sabtu (14/3) dan menewaskan {} orang. "


def _rows(n: int, size: int = 10) -> list[tuple]:
    return [(i, i * size, (i + 1) * size, "x" * size, "h", "{}") for i in range(n)]


def test_pieces_cover_every_row_once_in_order_within_the_limit():
    found = [("a", ("t", "", ""), _rows(3)), ("c", ("v", "", ""), []),
             ("e", ("x", "", ""), _rows(1)), ("b", ("u", "", ""), _rows(25)),
             ("d", ("w", "", ""), _rows(1, size=80))]
    packed = list(parts(found, limit=50))
    for part in packed:
        chars = sum(len(r[3]) for p in part for r in p.rows)
        assert chars <= 50 or (len(part) == 1 and len(part[0].rows) == 1)
    pieces = [p for part in packed for p in part]
    for doc_id, _, rows in found:
        mine = [p for p in pieces if p.doc_id == doc_id]
        assert [r for p in mine for r in p.rows] == rows
        assert [p.first for p in mine] == [True] + [False] * (len(mine) - 1)
        assert [p.last for p in mine] == [False] * (len(mine) - 1) + [True]
        assert {p.total for p in mine} == {len(rows)}
    assert len([p for p in pieces if p.doc_id == "b"]) == 5  # 250 characters, 50 a part
    assert [p.doc_id for p in packed[0]] == ["a", "c", "e"]  # small ones share a part
    assert [p.doc_id for p in packed[-1]] == ["d"]  # a sentence over the limit: on its own


def _commits(project) -> list[str]:
    seen = []
    project._conn.set_trace_callback(lambda sql: seen.append(sql) if sql == "COMMIT" else None)
    return seen


def test_a_long_article_is_stored_over_several_transactions_as_one_would_store_it(
        project, monkeypatch):
    monkeypatch.setattr(project_compare, "INLINE_MAX_CHARS", 0)  # left to the background
    text = "".join(SENTENCE.format(i) for i in range(400))
    doc = make_document(text, published="2026-03-15")
    small = make_document("Dua orang hilang di Sungai Waru pada Minggu.")
    project.add_documents([doc, small])
    assert project.sentence_status().pending == 2
    monkeypatch.setattr(sentence_parts, "PART_CHARS", 5_000)
    monkeypatch.setattr(sentence_parts.parts, "__defaults__", (5_000,))
    commits = _commits(project)
    assert project.ensure_sentences() == 2
    assert len(commits) >= len(text) // 5_000  # ~36 KB of sentences, 5 KB a transaction
    stored = project.analyze(doc.id)
    assert [a.sentence.index for a in stored] == list(range(400))
    expected = project_compare._analyze(doc.id, doc.text, "", "2026-03-15")
    assert [codec.dumps(a) for a in stored] == [codec.dumps(a) for a in expected]
    assert project.sentence_status() == project_compare.SentenceStatus(2, 2, 401)


def test_an_article_changed_between_parts_is_left_pending_without_stale_rows(
        project, monkeypatch):
    monkeypatch.setattr(project_compare, "INLINE_MAX_CHARS", 0)
    doc = make_document("".join(SENTENCE.format(i) for i in range(200)))
    project.add_documents([doc])
    monkeypatch.setattr(sentence_parts.parts, "__defaults__", (2_000,))
    real = project_compare.store.store_part
    calls = []

    def store_then_edit(conn, doc_id, version, rows, **kw):
        real(conn, doc_id, version, rows, **kw)
        calls.append(kw)
        if len(calls) == 2:  # another edit of the text lands between two parts
            conn.execute("UPDATE documents SET text = text || ' Ralat.' WHERE id = ?", (doc_id,))

    monkeypatch.setattr(project_compare.store, "store_part", store_then_edit)
    assert project.ensure_sentences() == 0
    assert len(calls) == 2  # nothing stored after the change
    assert project.sentence_status().pending == 1
    monkeypatch.setattr(project_compare.store, "store_part", real)
    assert project.ensure_sentences() == 1
    stored = project.analyze(doc.id)
    assert stored[-1].sentence.text.endswith("Ralat.")
    assert len({a.sentence.index for a in stored}) == len(stored)
