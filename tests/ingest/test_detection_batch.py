"""An import detects many files' articles in few calls of the detector (ingest/batch.py) and
gives the same documents, outcomes and report as preparing each file on its own."""
from __future__ import annotations

import json

import pytest

from annotator.ingest import batch as batch_mod
from annotator.ingest import language, prepare, writer
from annotator.ingest.language import Detection, ParagraphCheck, detect_language
from annotator.ingest.prepare import prepare_file, rank
from annotator.ingest.runner import Outcome, import_paths

from .builders import ARTICLE_AR, ARTICLE_EN, ARTICLE_ID

MIXED = "\n".join(ARTICLE_ID.split("\n")[:2] + ARTICLE_EN.split("\n")[:1])
TEXTS = [
    ARTICLE_ID, ARTICLE_EN, ARTICLE_AR, MIXED, "Oke.", "",
    ARTICLE_ID.replace("\n", " "),  # one paragraph: asked alone, not with paragraphs
    "Le conseil municipal a annoncé mardi que le nouveau pont ouvrira à la fin du mois.\n"
    + ARTICLE_EN,  # a French paragraph before English ones
    "\n\n".join([ARTICLE_EN] * 3 + [ARTICLE_ID]),  # blank-line paragraphs
]


@pytest.fixture(params=["langdetect", "langdetect_rs"])
def backend(request):
    if request.param not in language.available_backends():
        pytest.skip(f"{request.param} is not installed")
    language.use_backend(request.param)
    yield request.param
    language.use_backend(None)


@pytest.mark.parametrize("check", [None, ParagraphCheck.ALWAYS, ParagraphCheck.BORDERLINE])
def test_texts_detected_together_get_the_guess_each_gets_alone(backend, check):
    detections = [Detection(t, check) for t in TEXTS]
    rankings = rank([a for d in detections for a in d.asks])
    at, together = 0, []
    for d in detections:
        together.append(d.finish(rankings[at:at + len(d.asks)]))
        at += len(d.asks)
    assert together == [detect_language(t, check) for t in TEXTS]
    if check is ParagraphCheck.ALWAYS:  # (plain langdetect checks borderline texts only)
        assert together[3].code == "" and together[3].reason == "mixed languages"


def _articles(tmp_path, n: int, prefix: str = "Nomor"):
    folder = tmp_path / "in"
    folder.mkdir()
    paragraphs = ARTICLE_ID.split("\n") + ARTICLE_EN.split("\n")
    for i in range(n):
        body = "\n".join(paragraphs[(i + k) % len(paragraphs)] for k in range(3))
        (folder / f"{i:03d}.txt").write_text(f"{prefix} {i}.\n{body}", encoding="utf-8")
    return folder


def _documents(project):
    return sorted((d.content_hash, d.title, d.language, d.language_prob, d.outlet, d.published,
                   d.source_name) for d in (project.document(s.id) for s in project.documents()))


def test_many_files_are_detected_in_few_calls_with_the_same_documents(project, tmp_path,
                                                                      monkeypatch):
    folder = _articles(tmp_path, 40)
    calls = []
    real = language.detect_ranked_many
    monkeypatch.setattr(prepare, "detect_ranked_many", lambda ts: calls.append(len(ts)) or real(ts))
    report = import_paths(project, [folder])
    assert report.ok and project.document_count() == 40
    assert len(calls) < 10 and sum(calls) > 40  # not one call per file
    alone = []
    for f in sorted(folder.iterdir()):
        alone.extend(prepare_file(f).documents)
    assert _documents(project) == sorted(
        (d.content_hash, d.title, d.language, d.language_prob, d.outlet, d.published,
         d.source_name) for d in alone)
    assert [r.path.name for r in report.results] == sorted(f.name for f in folder.iterdir())
    assert all(r.outcome is Outcome.IMPORTED and len(r.doc_ids) == 1 for r in report.results)


def test_duplicates_are_found_across_batches_and_group_commits(project, tmp_path, monkeypatch):
    """Files waiting in the group when a batch is looked up, and repeats inside a batch,
    are duplicates, never a failed group (which would store file by file)."""
    folder = _articles(tmp_path, 12)
    for name in ("003.txt", "007.txt"):  # repeats later in the folder, inside and across
        (folder / f"z{name}").write_text((folder / name).read_text("utf-8"), encoding="utf-8")
    (folder / "zz.txt").write_text((folder / "011.txt").read_text("utf-8"), encoding="utf-8")
    monkeypatch.setattr(writer, "GROUP_FILES", 3)
    monkeypatch.setattr(language, "BATCH_TEXTS", 10)
    monkeypatch.setattr(writer, "store_prepared",
                        lambda *a, **k: pytest.fail("a group failed and was stored file by file"))
    report = import_paths(project, [folder])
    outcomes = {r.path.name: r.outcome for r in report.results}
    assert [n for n, o in outcomes.items() if o is Outcome.DUPLICATE] == [
        "z003.txt", "z007.txt", "zz.txt"]
    assert project.document_count() == 12
    by_name = {r.path.name: r for r in report.results}
    assert by_name["z007.txt"].doc_ids == by_name["007.txt"].doc_ids
    assert by_name["zz.txt"].message.startswith("already in the project as")


def test_a_repeat_of_a_file_waiting_in_the_group_is_a_duplicate(project, tmp_path, monkeypatch):
    """a.txt waits in the group when the second batch is looked up; the group commits while
    that batch is stored; the repeat of a.txt in it must still be seen."""
    folder = tmp_path / "in"
    folder.mkdir()
    line = "Warga desa membersihkan saluran air bersama setelah banjir surut pada hari Senin."
    for name, n in (("1a.txt", 1), ("2b.txt", 2), ("3c.txt", 3), ("4a.txt", 1)):
        (folder / name).write_text(f"Nomor {n}. {line}", encoding="utf-8")  # one text each
    monkeypatch.setattr(language, "BATCH_TEXTS", 2)
    monkeypatch.setattr(writer, "GROUP_FILES", 3)
    monkeypatch.setattr(writer, "GROUP_SECONDS", 60)
    monkeypatch.setattr(batch_mod, "GROUP_SECONDS", 60)
    monkeypatch.setattr(writer, "store_prepared",
                        lambda *a, **k: pytest.fail("a group failed and was stored file by file"))
    report = import_paths(project, [folder])
    assert [r.outcome for r in report.results] == [Outcome.IMPORTED] * 3 + [Outcome.DUPLICATE]
    assert report.results[3].doc_ids == report.results[0].doc_ids
    assert project.document_count() == 3


def test_a_detector_that_breaks_fails_the_waiting_files_and_claims_nothing(project, tmp_path,
                                                                          monkeypatch):
    folder = _articles(tmp_path, 5)

    def broken(texts):
        raise RuntimeError("no language detector installed: install langdetect")

    monkeypatch.setattr(prepare, "detect_ranked_many", broken)
    report = import_paths(project, [folder])
    assert [r.outcome for r in report.results] == [Outcome.FAILED] * 5
    assert all("no language detector" in r.message and not r.doc_ids for r in report.results)
    assert project.document_count() == 0 and not report.ok


def test_a_file_bigger_than_a_batch_is_detected_alone_and_can_be_cancelled(project, tmp_path,
                                                                         monkeypatch):
    folder = _articles(tmp_path, 2)
    big = folder / "z.jsonl"
    big.write_text("\n".join(json.dumps({"text": f"Data {i}.\n{ARTICLE_ID}"})
                             for i in range(30)), encoding="utf-8")
    monkeypatch.setattr(language, "BATCH_TEXTS", 8)
    monkeypatch.setattr(prepare, "CANCEL_WITHIN_FILE_AFTER", 0.0)
    calls = []
    real = language.detect_ranked_many
    monkeypatch.setattr(prepare, "detect_ranked_many", lambda ts: calls.append(len(ts)) or real(ts))
    polls = []

    def cancelled() -> bool:
        polls.append(len(calls))
        return len(calls) >= 4  # some way into z.jsonl's calls

    report = import_paths(project, [folder], cancelled=cancelled)
    assert report.cancelled
    assert [r.path.name for r in report.results] == ["000.txt", "001.txt"]
    assert project.document_count() == 2 and all(n <= 8 for n in calls)
    report = import_paths(project, [big])
    assert report.ok and project.document_count() == 32


def test_a_slow_import_still_stores_its_first_files_soon(project, tmp_path, monkeypatch):
    """A batch waits at most GROUP_SECONDS for more texts (here: none at all)."""
    folder = _articles(tmp_path, 3)
    monkeypatch.setattr(batch_mod, "GROUP_SECONDS", 0.0)
    calls = []
    real = language.detect_ranked_many
    monkeypatch.setattr(prepare, "detect_ranked_many", lambda ts: calls.append(len(ts)) or real(ts))
    assert import_paths(project, [folder]).ok
    assert len(calls) == 3  # one per file: none waited


def test_documents_by_hashes_is_one_lookup_for_many(project, tmp_path):
    import_paths(project, [_articles(tmp_path, 3)])
    docs = [project.document(s.id) for s in project.documents()]
    found = project.find_documents_by_hashes([d.content_hash for d in docs] + ["0" * 64])
    assert found == {d.content_hash: d.id for d in docs}


def test_a_few_files_are_analysed_as_stored_a_bulk_import_never(project, tmp_path, monkeypatch):
    """Sentence analysis inside the import's edit is for a few files; a bulk import's last,
    small group (here 7 files in groups of 3: the last holds one) is left to
    ensure_sentences like the rest."""
    (tmp_path / "few").mkdir()
    (tmp_path / "bulk").mkdir()
    assert import_paths(project, [_articles(tmp_path / "few", 2)]).ok
    assert project.sentence_status().pending == 0
    monkeypatch.setattr(writer, "GROUP_FILES", 3)
    assert import_paths(project, [_articles(tmp_path / "bulk", 7, "Berita")]).ok
    assert project.sentence_status().pending == 7


def test_files_are_read_while_the_detector_works_on_the_batch_before(project, tmp_path,
                                                                     monkeypatch):
    import threading

    folder = _articles(tmp_path, 12)
    monkeypatch.setattr(language, "BATCH_TEXTS", 8)
    events = []
    real_rank, real_start = language.detect_ranked_many, prepare.read_file

    def detect(texts):
        events.append(("detect", threading.current_thread().name))
        return real_rank(texts)

    def read(path, *a, **k):
        events.append(("read", path.name))
        return real_start(path, *a, **k)

    monkeypatch.setattr(prepare, "detect_ranked_many", detect)
    monkeypatch.setattr(prepare, "read_file", read)
    report = import_paths(project, [folder], all_cores=True)
    assert report.ok and project.document_count() == 12
    threads = {name for kind, name in events if kind == "detect"}
    assert threads and all(name.startswith("annotator-detect") for name in threads)
    # the first batch is handed over before the files after it are read
    first_detect = next(i for i, e in enumerate(events) if e[0] == "detect")
    assert any(kind == "read" for kind, _ in events[first_detect:])
    # on two cores, with a window to keep responsive, the detector works in the import's thread
    import os

    events.clear()
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    (tmp_path / "more").mkdir()
    report = import_paths(project, [_articles(tmp_path / "more", 4, "Lain")])
    assert report.ok and {name for kind, name in events if kind == "detect"} == {
        threading.current_thread().name}


def test_the_detector_loads_ahead_only_when_the_files_need_it(monkeypatch, tmp_path):
    from annotator.ingest.runner import get_ready

    monkeypatch.setattr(language, "_detectors", {})
    assert get_ready([tmp_path / "export.jsonl", tmp_path / "more.NDJSON"]) is None
    assert language._detectors == {}
    loading = get_ready([tmp_path / "export.jsonl", tmp_path / "folder"])
    assert loading is not None
    loading.join(30)
    assert language._detectors and get_ready([tmp_path / "a.txt"]) is None  # loaded already


def test_a_dataset_detected_a_batch_at_a_time_gives_what_prepare_file_gives(project, tmp_path,
                                                                           monkeypatch):
    paragraphs = ARTICLE_ID.split("\n") + ARTICLE_EN.split("\n")
    data = tmp_path / "set.jsonl"
    data.write_text("\n".join(json.dumps({"text": f"Isi {i}.\n" + "\n".join(
        paragraphs[(i + k) % len(paragraphs)] for k in range(1 + i % 4))}) for i in range(40)),
        encoding="utf-8")
    monkeypatch.setattr(language, "BATCH_TEXTS", 16)
    calls = []
    real = language.detect_ranked_many
    monkeypatch.setattr(prepare, "detect_ranked_many", lambda ts: calls.append(len(ts)) or real(ts))
    report = import_paths(project, [data])
    assert report.ok and project.document_count() == 40 and len(calls) > 3
    alone = prepare_file(data).documents
    assert _documents(project) == sorted(
        (d.content_hash, d.title, d.language, d.language_prob, d.outlet, d.published,
         d.source_name) for d in alone)


def test_sizing_the_detectors_pool_leaves_the_environment_as_it_was(monkeypatch):
    import os

    seen = []
    monkeypatch.delenv("RAYON_NUM_THREADS", raising=False)
    language._size_thread_pool(lambda texts: seen.append(os.environ.get("RAYON_NUM_THREADS")))
    assert seen == [str(max(1, (os.cpu_count() or 2) - 1))]
    assert "RAYON_NUM_THREADS" not in os.environ
    monkeypatch.setenv("RAYON_NUM_THREADS", "3")  # the user's choice is theirs
    language._size_thread_pool(lambda texts: seen.append("called"))
    assert seen[-1] != "called" and os.environ["RAYON_NUM_THREADS"] == "3"
