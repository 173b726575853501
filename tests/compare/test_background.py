"""The window's compare work off its process: helper processes (progress, answer, failure,
cancel), telling another program's edits from our own writers', matching that analyses only
the claim's article, and embeddings committed a chunk at a time."""
from __future__ import annotations

import os
import threading

import pytest

from annotator.core import priority
from annotator.core.errors import AnnotatorError
from annotator.project import Project, helper_process, writes
from annotator.project import compare as project_compare
from annotator.project.background import analyse, clusters, marks_of, match_result
from annotator.project.helper_process import HelperError

from ..conftest import make_document
from . import helper_targets

TEXTS = ["Menurut BNPB, 21 rumah rusak dalam banjir di Kota Waru pada Sabtu (29/11).",
         "BNPB mengatakan 21 rumah rusak akibat banjir di Kota Waru pada Sabtu.",
         "Harga beras naik 5 persen di Pasar Induk, kata pedagang."]


def _docs(project, texts=TEXTS):
    docs = [make_document(t, title=f"Artikel {i}", language="id", outlet=f"Outlet {i}")
            for i, t in enumerate(texts)]
    project.add_documents(docs, undoable=False)
    return docs


# ---------------------------------------------------------------------- helper processes
def test_a_helper_reports_progress_and_answers_from_another_process():
    seen = []
    out = helper_process.run(helper_targets.counts, 3,
                             progress=lambda d, t, what: seen.append((d, t, what)))
    assert out["n"] == 3 and out["pid"] != os.getpid()
    assert seen == [(1, 3, "counting"), (2, 3, "counting"), (3, 3, "counting")]


@pytest.mark.skipif(not hasattr(os, "setpriority"), reason="no nice values on this OS")
def test_a_helper_runs_below_the_window_whichever_thread_starts_it():
    own = os.getpriority(os.PRIO_PROCESS, os.getpid())
    assert helper_process.run(helper_targets.priority, nice=5) == min(19, own + 5)
    assert helper_process.run(helper_targets.priority, nice=0) == own
    found = []
    worker = threading.Thread(target=lambda: (
        priority.lower_thread(5), found.append(helper_process.run(helper_targets.priority,
                                                                  nice=5))))
    worker.start()
    worker.join(60)
    # lowered once, as the window's process +5: not the lowered thread's +5 again
    assert found == [min(19, own + 5)]


@pytest.mark.parametrize("annotator_error", [True, False])
def test_a_helpers_failure_is_a_sentence_for_the_user(annotator_error):
    with pytest.raises(HelperError) as caught:
        helper_process.run(helper_targets.fails, annotator_error)
    assert isinstance(caught.value, AnnotatorError)
    assert str(caught.value) == ("that claim is gone" if annotator_error else "KeyError: 'boom'")


def test_a_helper_that_dies_is_reported_not_waited_for():
    with pytest.raises(HelperError, match="ended without an answer .exit code 3"):
        helper_process.run(helper_targets.dies)


def test_a_cancelled_helper_stops_and_gives_none():
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    assert helper_process.run(helper_targets.until_cancelled, cancelled=cancelled) is None


def test_live_helpers_are_closed_at_exit_before_multiprocessing_joins_them():
    """multiprocessing's exit hook joins every child while the worker threads that own them
    may be closing them; ours runs first and closes them all (the owner's close then does
    nothing)."""
    import multiprocessing

    helper = helper_process.Helper(helper_targets.until_cancelled)
    assert helper in helper_process._live and helper.process.is_alive()
    helper_process._close_live()
    assert not multiprocessing.active_children()
    helper.close()  # the owning thread, later: already done


def test_a_run_whose_helper_the_exit_hook_closed_ends_as_cancelled():
    """The worker thread still waiting on a helper when the program ends: its run gives None
    (as cancelled) instead of failing with "handle is closed" on the closed pipe, which was
    logged as a failed background task at every exit during an analysis."""
    import threading

    outcome: list = []

    def worker():
        try:
            outcome.append(helper_process.run(helper_targets.until_cancelled))
        except BaseException as exc:  # noqa: BLE001 (what the test looks at)
            outcome.append(exc)

    before = set(helper_process._live)
    thread = threading.Thread(target=worker, daemon=True)
    thread.start()
    for _ in range(500):  # until its helper is live
        if set(helper_process._live) - before:
            break
        threading.Event().wait(0.02)
    assert set(helper_process._live) - before
    helper_process._close_live()
    thread.join(10)
    assert outcome == [None]


# ---------------------------------------------------------------------- whose edit is it
def test_only_another_programs_commits_are_news(project):
    _docs(project)
    doc = project.documents()[0]
    looker = writes.ForeignEdits(project)  # the window's connection: its token from now on
    looker.reset()
    with Project.open(project.path) as worker:  # one of the window's workers
        writes.count(worker)
        worker.add_claim(doc.id, 0, 5, "unverified")
        assert not looker.look()
        project.add_claim(doc.id, 6, 10, "unverified")  # the looker's own edit
        assert not looker.look()
        with Project.open(project.path) as other:  # another program (a token of its own)
            other.add_claim(doc.id, 11, 16, "disputed")
            assert looker.look()
            assert not looker.look()  # once
            other.add_claim(doc.id, 17, 20, "disputed")  # ours and theirs between two looks:
            worker.add_claim(doc.id, 21, 25, "unverified")  # theirs is still told
            assert looker.look()
            worker.add_claim(doc.id, 26, 30, "unverified")
            assert not looker.look()


def test_a_program_that_is_not_annotator_is_noticed_too(project):
    """The sqlite3 shell commits without counting itself: a changed data_version with no count
    grown, ours included, is such a program."""
    import sqlite3

    _docs(project)
    looker = writes.ForeignEdits(project)
    looker.reset()
    conn = sqlite3.connect(project.path)
    with conn:
        conn.execute("UPDATE documents SET title = 'Diubah di shell' WHERE rowid = 1")
    conn.close()
    assert looker.look()
    assert not looker.look()


def test_quiet_writers_entries_are_pruned_at_a_writers_first_commit(project, monkeypatch):
    from annotator.store import writers as ledger

    _docs(project)
    doc = project.documents()[0]
    with Project.open(project.path) as old:
        old.add_claim(doc.id, 0, 5, "unverified")
        gone = old.writer
    assert project.writers_ledger()[1][gone] == 1
    with Project.open(project.path) as later:
        later.add_claim(doc.id, 6, 10, "unverified")  # its first commit: `old` is recent
        assert gone in project.writers_ledger()[1]
        monkeypatch.setattr(ledger, "KEEP_SECONDS", -60)  # as if everyone were long quiet
        later.add_claim(doc.id, 11, 16, "unverified")  # not its first: nothing pruned
        assert gone in project.writers_ledger()[1]
        with Project.open(project.path) as much_later:
            much_later.add_claim(doc.id, 17, 20, "unverified")
            kept = much_later.writer
    entries = project.writers_ledger()[1]
    assert entries == {kept: 1}


def test_a_helpers_writes_count_as_ours(project):
    _docs(project)
    looker = writes.ForeignEdits(project)
    looker.reset()
    helper_process.run(helper_targets.writes_a_claim, str(project.path), True)
    assert not looker.look()
    helper_process.run(helper_targets.writes_a_claim, str(project.path), False)
    assert looker.look()


# ---------------------------------------------------------------------- the jobs
def test_matching_for_the_window_analyses_only_the_claims_article(project, monkeypatch):
    monkeypatch.setattr(project_compare, "INLINE_MAX_DOCS", 0)  # all left for later
    a, b, c = _docs(project)
    claim = project.add_claim(a.id, 0, 40, "unverified").created[0]
    assert project.sentence_status().pending == 3
    result = match_result(project, claim, 5)
    assert project.sentence_status().pending == 2  # the claim's own article only
    assert result.matches == [] and result.documents[a.id].title == "Artikel 0"
    project.ensure_sentences()
    result = match_result(project, claim, 5)
    assert result.matches and result.matches[0].doc == b.id


def test_clusters_are_computed_in_a_helper(project):
    a, b, _ = _docs(project)
    project.add_claim(a.id, 0, 40, "unverified")
    found = clusters(project.path, False)
    assert [len(c.members) for c in found] == [len(c.members) for c in project.clusters()]


def test_embeddings_are_committed_a_chunk_at_a_time_and_a_cancel_keeps_them(project,
                                                                            monkeypatch):
    from annotator.compare import encoder

    _docs(project, [f"Kalimat nomor {i} tentang banjir. Dan {i} rumah rusak." for i in range(6)])
    project.ensure_sentences()  # twelve sentences
    calls = []
    monkeypatch.setattr(encoder, "available", lambda: True)

    def encode(texts):
        import numpy as np

        calls.append(len(texts))
        return np.ones((len(texts), encoder.DIMENSIONS), dtype=np.float32)

    monkeypatch.setattr(encoder, "encode", encode)
    commits = []
    transaction = project._transaction

    def counted():
        commits.append(1)
        return transaction()

    monkeypatch.setattr(project, "_transaction", counted)
    done = project.encode_pending(batch=2, chunk=4, cancelled=lambda: len(calls) >= 3)
    assert done == 6 and calls == [2, 2, 2]
    assert len(commits) == 2  # one per chunk of four, and the cancelled chunk's two
    assert project.encode_pending(batch=2, chunk=4) == 6  # the other six sentences


def test_the_compare_cache_outlives_claim_edits_but_not_sentence_changes(project, monkeypatch):
    """The match helper's cache after the window's edit (another connection's commit): kept
    when only claims changed, built again when sentences or dates did."""
    from annotator.compare import encoder

    a, b, _c = _docs(project)
    claim = project.add_claim(a.id, 0, 40, "unverified").created[0]
    with Project.open(project.path) as helper:
        first = helper.match(claim)
        cache = helper._cache()
        project.set_verdict(claim, "disputed")
        project.add_claim(b.id, 0, 10, "verified")
        assert helper.match(claim) == first and helper._cache() is cache
        monkeypatch.setattr(encoder, "available", lambda: True)
        monkeypatch.setattr(encoder, "encode", lambda texts: __import__("numpy").ones(
            (len(texts), encoder.DIMENSIONS), dtype="float32"))
        cache._embedding_index()
        project.encode_pending()  # new embeddings: the same cache reads them again
        assert helper._cache() is cache and cache._vectors is None
        project.update_document(b.id, published="2024-01-31")
        assert helper._cache() is not cache
        cache = helper._cache()
        project.remove_document(b.id)  # another text in its place
        project.add_documents([make_document(b.text.replace("21 rumah", "12 rumah"),
                                             language="id")], undoable=False)
        project.ensure_sentences()
        assert helper._cache() is not cache
        assert any("12 rumah" in m.quote for m in helper.match(claim))


def test_the_analysis_sends_the_conflict_marks_of_every_document(project):
    from tests.compare.analyses import AXIOS, BELASAN

    a, b = (make_document(t, language="id", published=p) for t, p in (
        ("Presiden ingin bicara. " + AXIOS, "2025-11-21"),
        ("Kapal tiba pekan lalu. " + BELASAN, "2025-10-30")))
    project.add_documents([a, b], undoable=False)
    summary = analyse(project.path)
    expected = {}
    for c in project.conflicts():
        for here, there in ((c.a, c.b), (c.b, c.a)):
            expected.setdefault(here.doc, []).append(
                (here.start, here.end, c.kind, c.why, there.doc, there.start, there.end))
    assert expected and set(expected) == {a.id, b.id}
    assert {doc: [tuple(m) for m in marks_of(text)] for doc, text in summary.marks.items()} \
        == expected


# ---------------------------------------------------------------------- analysis and edits
def test_an_edit_while_a_long_article_is_analysed_does_not_wait_for_it(project, monkeypatch):
    """The analysis runs with no write transaction open: a window's edit made meanwhile is
    committed at once instead of waiting out the busy timeout ("database is locked")."""
    import threading

    monkeypatch.setattr(project_compare, "INLINE_MAX_DOCS", 0)  # all left for the analysis
    a, b, _c = _docs(project)
    analysing, release = threading.Event(), threading.Event()
    real = project_compare._analyze

    def slow(*args):
        analysing.set()
        assert release.wait(30)
        return real(*args)

    monkeypatch.setattr(project_compare, "_analyze", slow)
    outcome = []
    with Project.open(project.path) as worker:
        thread = threading.Thread(target=lambda: outcome.append(worker.ensure_sentences()))
        thread.start()
        try:
            assert analysing.wait(30)
            project.add_claim(b.id, 0, 5, "disputed")  # would have waited for `release`
        finally:
            release.set()
            thread.join(60)
    assert outcome == [3] and project.sentence_status().pending == 0


def test_an_article_changed_while_it_was_analysed_is_left_for_the_next_run(project, monkeypatch):
    monkeypatch.setattr(project_compare, "INLINE_MAX_DOCS", 0)
    a, b, c = _docs(project)
    real = project_compare._analyze
    changed = []

    def meanwhile(doc_id, *args):
        if doc_id == a.id and not changed:
            with Project.open(project.path) as other:  # another program, mid-analysis
                other.set_language(a.id, "en")
            changed.append(doc_id)
        return real(doc_id, *args)

    monkeypatch.setattr(project_compare, "_analyze", meanwhile)
    assert project.ensure_sentences() == 2  # a's sentences were of the old language
    assert project.sentence_status().pending == 1
    assert project.ensure_sentences() == 1
    assert project.sentence_status().pending == 0
