"""Never a half-written export: failures midway, a full disk, cancel; plus progress reports."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from annotator.export import FORMATS, ExportCancelled, ExportError, ExportFilter, exporter_class, get_exporter
from annotator.export import atomic, jsonl


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _dest(tmp_path, fmt):
    return tmp_path / ("out" + exporter_class(fmt).suffix)


def _skip_missing(fmt):
    if fmt == "spacy":
        pytest.importorskip("spacy")
    if fmt == "parquet":
        pytest.importorskip("pyarrow")


def test_exporter_failing_midway_leaves_the_old_file(corpus, tmp_path, monkeypatch):
    dest = tmp_path / "claims.jsonl"
    dest.write_text("previous export\n", encoding="utf-8")
    calls = []

    def failing(c, history):
        calls.append(c)
        if len(calls) > 3:
            raise RuntimeError("exporter bug")
        return {"id": c.id}

    monkeypatch.setattr(jsonl, "claim_record", failing)
    with pytest.raises(RuntimeError):
        get_exporter("jsonl").write(corpus.project, dest, ExportFilter())
    assert len(calls) == 4
    assert dest.read_text(encoding="utf-8") == "previous export\n"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_full_disk_is_a_clear_error_and_writes_nothing(fmt, corpus, tmp_path, monkeypatch):
    _skip_missing(fmt)

    def no_space(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    dest = _dest(tmp_path, fmt)
    with pytest.raises(ExportError, match="disk is full; nothing was written"):
        get_exporter(fmt).write(corpus.project, dest, ExportFilter())
    assert not dest.exists()
    assert _leftovers(tmp_path) == []


def test_full_disk_while_writing_keeps_the_previous_export(corpus, tmp_path, monkeypatch):
    dest = tmp_path / "claims.jsonl"
    get_exporter("jsonl").write(corpus.project, dest, ExportFilter())
    before = dest.read_bytes()
    real_open = open

    class TinyDisk:
        """A file object whose writes fail once 200 bytes are in."""

        def __init__(self, fh):
            self.fh, self.written = fh, 0

        def write(self, data):
            self.written += len(data)
            if self.written > 200:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return self.fh.write(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self.fh.__exit__(*exc)

    monkeypatch.setattr(atomic, "open", lambda *a, **k: TinyDisk(real_open(*a, **k)), raising=False)
    with pytest.raises(ExportError, match="disk is full"):
        get_exporter("jsonl").write(corpus.project, dest, ExportFilter(), )
    assert dest.read_bytes() == before
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", ["brat", "labelstudio"])
def test_folder_export_failing_midway_keeps_the_old_folder(fmt, corpus, tmp_path, monkeypatch):
    dest = tmp_path / "export"
    get_exporter(fmt).write(corpus.project, dest, ExportFilter())
    before = sorted(p.name for p in dest.iterdir())
    module = __import__(f"annotator.export.{fmt}", fromlist=["x"])
    target = "ann_text" if fmt == "brat" else "task"

    def boom(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(module, target, boom)
    with pytest.raises(ExportError, match="disk is full"):
        get_exporter(fmt).write(corpus.project, dest, ExportFilter())
    assert sorted(p.name for p in dest.iterdir()) == before
    assert _leftovers(tmp_path) == []


def test_folder_export_replaces_its_own_previous_export_but_never_a_user_folder(corpus, tmp_path):
    dest = tmp_path / "brat"
    get_exporter("brat").write(corpus.project, dest, ExportFilter())
    get_exporter("brat").write(corpus.project, dest, ExportFilter(doc_ids=[corpus.docs["he"]]))
    assert len(list(dest.glob("*.ann"))) == 1
    assert _leftovers(tmp_path) == []
    mine = tmp_path / "photos"
    mine.mkdir()
    (mine / "holiday.jpg").write_bytes(b"jpeg")
    with pytest.raises(ExportError, match="already holds other files"):
        get_exporter("brat").write(corpus.project, mine, ExportFilter())
    assert [p.name for p in mine.iterdir()] == ["holiday.jpg"]
    empty = tmp_path / "empty"
    empty.mkdir()
    get_exporter("labelstudio").write(corpus.project, empty, ExportFilter())
    assert (empty / "tasks.json").is_file()


def test_bad_destinations_are_one_sentence_errors(corpus, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        get_exporter("csv").write(corpus.project, tmp_path / "nope" / "a.csv", ExportFilter())
    with pytest.raises(ExportError, match="it is a folder"):
        get_exporter("csv").write(corpus.project, tmp_path, ExportFilter())
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="it is a file"):
        get_exporter("brat").write(corpus.project, tmp_path / "file", ExportFilter())


@pytest.mark.parametrize("fmt", FORMATS)
def test_cancel_writes_nothing(fmt, corpus, tmp_path):
    _skip_missing(fmt)
    dest = _dest(tmp_path, fmt)
    seen = []

    def cancelled():
        seen.append(1)
        return len(seen) > 2

    with pytest.raises(ExportCancelled, match="cancelled"):
        get_exporter(fmt).write(corpus.project, dest, ExportFilter(), cancelled=cancelled)
    assert not dest.exists()
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_progress_climbs_to_the_total(fmt, corpus, tmp_path):
    _skip_missing(fmt)
    reports = []
    result = get_exporter(fmt).write(corpus.project, _dest(tmp_path, fmt), ExportFilter(),
                                     progress=lambda done, total: reports.append((done, total)))
    assert reports[0][0] == 0 and len(reports) >= 3
    dones = [d for d, _ in reports]
    assert dones == sorted(dones)
    assert all(d <= t for d, t in reports)
    assert reports[-1][0] == reports[-1][1] == corpus.project.claim_count()
    assert result.as_json()["format"] == fmt


def test_export_from_a_read_only_project_is_one_snapshot(corpus, tmp_path):
    """Edits made by the app while a worker exports do not leak into the file half-way."""
    from annotator.project import Project

    writer = corpus.project
    before = {c.id for c in writer.claims()}
    reader = Project.open(writer.path, readonly=True)
    edited = []

    def edit_midway(done, total):
        if done and not edited:  # after the first document is written
            writer.delete_claim(corpus.claims["ar2"])
            writer.add_claim(corpus.docs["he"], 0, 5, "verified")
            edited.append(True)

    dest = tmp_path / "snap.jsonl"
    try:
        get_exporter("jsonl").write(reader, dest, ExportFilter(), progress=edit_midway)
    finally:
        reader.close()
    assert edited
    lines = [__import__("json").loads(line) for line in dest.read_text(encoding="utf-8").splitlines()]
    assert {c["id"] for line in lines for c in line["claims"]} == before
    assert writer.claim_count() == len(before)  # (one deleted, one added) the edits did happen


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_exports_get_ordinary_permissions_not_private_temp_ones(corpus, tmp_path):
    old = os.umask(0o022)
    try:
        new_file = tmp_path / "a.csv"
        get_exporter("csv").write(corpus.project, new_file, ExportFilter())
        assert new_file.stat().st_mode & 0o777 == 0o644
        folder = tmp_path / "brat"
        get_exporter("brat").write(corpus.project, folder, ExportFilter())
        assert folder.stat().st_mode & 0o777 == 0o755
        os.chmod(new_file, 0o640)  # a replaced file keeps the permissions it had
        get_exporter("csv").write(corpus.project, new_file, ExportFilter())
        assert new_file.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_an_export_never_replaces_the_project_or_its_sqlite_files(corpus, suffix):
    path = corpus.project.path
    before = path.read_bytes()
    claims = corpus.project.claim_count()
    for fmt in ("jsonl", "csv"):
        with pytest.raises(ExportError, match="the project's own file"):
            get_exporter(fmt).write(corpus.project, Path(f"{path}{suffix}"), ExportFilter())
    assert path.read_bytes() == before and corpus.project.claim_count() == claims
