"""A project in a read-only folder with no `-shm` left (issue 12, item 7): reading commands
read it (immutable), edits are refused saying they are impossible, and a `-wal` holding pages
that cannot be read there is named instead of being ignored. Runs as `nobody` when root."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from annotator.project import Project
from tests.conftest import make_document

REPO = Path(__file__).resolve().parents[2]

AS_USER = textwrap.dedent("""
    import getpass, hashlib, json, os, sys
    import encodings.idna, sqlite_utils
    import annotator.cli, annotator.cli.common, annotator.cli.files, annotator.project
    import annotator.settings, annotator.store.backup, annotator.store.database
    if os.geteuid() == 0:
        os.setgid(65534)
        os.setuid(65534)
    from annotator.cli import main
    main(sys.argv[1:])
""")


@pytest.fixture
def locked():
    """A folder outside pytest's private tmp tree (so `nobody` can reach it), made read-only
    after the project is written."""
    base = Path(tempfile.mkdtemp(prefix="annot-rof-"))
    base.chmod(0o755)
    folder = base / "locked"
    folder.mkdir()
    path = folder / "p.annot"
    with Project.create(path, annotator="t") as p:
        p.add_documents([make_document("Isi berita yang dibaca saja. " * 10, "Dibaca")])
    yield path
    folder.chmod(0o755)
    shutil.rmtree(base, ignore_errors=True)


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, HOME="/tmp", ANNOTATOR_CONFIG_DIR="/tmp/annot-rof-cfg",
               ANNOTATOR_DATA_DIR="/tmp/annot-rof-data")
    return subprocess.run([sys.executable, "-c", AS_USER, *args], capture_output=True,
                          text=True, timeout=60, cwd=str(REPO), env=env)


def test_reading_works_and_edits_say_they_are_impossible(locked):
    assert not Path(str(locked) + "-shm").exists()
    locked.parent.chmod(0o555)
    before = locked.read_bytes()
    docs = _cli("docs", str(locked))
    assert docs.returncode == 0, docs.stderr
    assert "Dibaca" in docs.stdout
    assert "read-only folder" in docs.stderr and "edits to it are impossible" in docs.stderr
    edit = _cli("claim", "add", str(locked), "--doc", docs.stdout.split()[0], "--start", "0",
                "--end", "3", "--verdict", "verified")
    assert edit.returncode == 2
    assert edit.stderr.count("\n") == 1 and "edits are impossible" in edit.stderr
    assert locked.read_bytes() == before
    assert sorted(p.name for p in locked.parent.iterdir()) == ["p.annot"]


def test_a_wal_that_cannot_be_read_there_is_named(locked):
    conn = sqlite3.connect(locked)  # leave pages in the log: no checkpoint on close
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE meta SET value = 'renamed' WHERE key = 'name'")
    conn.commit()
    os.link(str(locked) + "-wal", str(locked) + ".keep")  # the log outlives the close
    conn.close()
    os.replace(str(locked) + ".keep", str(locked) + "-wal")
    Path(str(locked) + "-shm").unlink(missing_ok=True)
    assert Path(str(locked) + "-wal").stat().st_size > 0
    locked.parent.chmod(0o555)
    docs = _cli("docs", str(locked))
    assert docs.returncode == 2
    assert "p.annot-wal" in docs.stderr and "copy the project with its -wal" in docs.stderr
