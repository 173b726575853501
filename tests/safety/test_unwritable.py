"""Disk full and read-only locations: a clear ProjectFileError, nothing earlier lost.

Disk full is simulated with `PRAGMA max_page_count` (SQLite then fails exactly as with ENOSPC:
SQLITE_FULL). Read-only files and folders need a non-root user, since root ignores
permissions: when the tests run as root the scenario runs in a child that drops to `nobody`
after importing everything.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from annotator.core.errors import ProjectFileError
from annotator.project import Project
from tests.conftest import make_document


def _fill_up(p: Project) -> None:
    pages = p._conn.execute("PRAGMA page_count").fetchone()[0]
    p._conn.execute(f"PRAGMA max_page_count = {pages}")


def test_disk_full_on_edit_is_a_clear_error_and_loses_nothing(project):
    project.add_documents([make_document("Isi berita pertama yang cukup panjang. " * 20, "A")])
    doc = project.documents()[0].id
    first = project.add_claim(doc, 0, 4, "verified", note="kept").created[0]
    undo_label = project.undo_label
    _fill_up(project)
    with pytest.raises(ProjectFileError, match="could not be saved.*full"):
        project.add_claim(doc, 5, 10, "disputed", note="x" * 200_000)
    with pytest.raises(ProjectFileError, match="could not be saved.*full"):
        project.add_documents([make_document("Berita kedua. " * 5000, "B")])
    assert project.undo_label == undo_label  # a failed edit is not on the undo stack
    assert [c.id for c in project.claims()] == [first]
    assert project.integrity_problems() == []
    project._conn.execute("PRAGMA max_page_count = 1073741823")  # space freed again
    project.add_claim(doc, 5, 10, "disputed", note="after")
    assert project.claim_count() == 2
    assert project.undo() is not None and project.claim_count() == 1


def test_disk_full_on_undo_keeps_the_stacks_consistent(project):
    project.add_documents([make_document("Isi berita pertama. " * 20, "A")])
    doc = project.documents()[0].id
    project.add_claim(doc, 0, 4, "verified", note="n" * 50_000)
    project.delete_claim(project.claims()[0].id)
    _fill_up(project)
    with pytest.raises(ProjectFileError):
        project.undo()  # re-inserting 50 kB of note needs new pages
    assert project.can_undo and project.undo_label == "Delete claim"
    project._conn.execute("PRAGMA max_page_count = 1073741823")
    project.undo()
    assert project.claim_count() == 1


SCENARIO = textwrap.dedent("""
    import json, os, sys
    import annotator.project, annotator.store.database, annotator.core.errors
    import sqlite_utils, encodings.idna  # everything the scenario needs, before losing /root
    from annotator.core.errors import AnnotatorError
    from annotator.project import Project

    path = sys.argv[1]
    if os.geteuid() == 0:
        os.setgid(65534)
        os.setuid(65534)
    result = {}
    try:
        p = Project.open(path, annotator="ro")
    except AnnotatorError as exc:
        result["open_error"] = [type(exc).__name__, str(exc)]
    else:
        result["claims_before"] = p.claim_count()
        try:
            p.add_claim(p.documents()[0].id, 0, 4, "disputed")
            result["edit"] = "saved"
        except AnnotatorError as exc:
            result["edit_error"] = [type(exc).__name__, str(exc)]
        except Exception as exc:
            result["unexpected"] = repr(exc)
        p.close()
    print(json.dumps(result))
""")


@pytest.fixture
def shared_dir():
    """A folder outside pytest's private (0700) tmp tree, so `nobody` can reach it."""
    path = Path(tempfile.mkdtemp(prefix="annot-ro-"))
    path.chmod(0o755)
    yield path
    for p in [path, *path.rglob("*")]:
        try:
            p.chmod(0o755 if p.is_dir() else 0o644)
        except OSError:
            pass
    shutil.rmtree(path, ignore_errors=True)


def _scenario(tmp_path: Path, project: Path) -> dict:
    script = tmp_path / "scenario.py"
    script.write_text(SCENARIO)
    out = subprocess.run([sys.executable, str(script), str(project)], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def _make(folder: Path) -> Path:
    path = folder / "p.annot"
    with Project.create(path, annotator="t") as p:
        p.add_documents([make_document("Isi berita yang dibaca saja. " * 10, "A")])
        p.add_claim(p.documents()[0].id, 0, 3, "verified")
    return path


def _assert_clean_refusal(result: dict) -> None:
    assert "unexpected" not in result, result
    assert "edit" not in result, f"an edit was saved into a read-only location: {result}"
    name, message = result.get("open_error") or result["edit_error"]
    # never "damaged": that would steer the user to restoring a backup over a sound file
    assert name == "ProjectFileError", result
    assert "read-only" in message or "readonly" in message
    assert "\n" not in message and "Traceback" not in message


def test_read_only_file(tmp_path, shared_dir):
    path = _make(shared_dir)
    path.chmod(0o444)
    before = path.read_bytes()
    result = _scenario(tmp_path, path)
    _assert_clean_refusal(result)
    assert path.read_bytes() == before
    with Project.open(path, readonly=True) as p:
        assert p.claim_count() == 1


def test_read_only_folder(tmp_path, shared_dir):
    folder = shared_dir / "locked"
    folder.mkdir()
    path = _make(folder)
    path.chmod(0o666)
    folder.chmod(0o555)
    before = path.read_bytes()
    result = _scenario(tmp_path, path)
    _assert_clean_refusal(result)
    assert path.read_bytes() == before
    folder.chmod(0o755)
    with Project.open(path, readonly=True) as p:
        assert p.claim_count() == 1


def test_cli_edit_of_read_only_project_is_one_line(tmp_path, shared_dir):
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions; covered by the scenario tests above")
    path = _make(shared_dir)
    path.chmod(0o444)
    out = subprocess.run([sys.executable, "-m", "annotator.cli", "claim", "add", str(path),
                          "--doc", "", "--start", "0", "--end", "3", "--verdict", "disputed"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert out.stderr.startswith("error: ") and "Traceback" not in out.stderr
