"""Looking changes nothing; a second writer waits or fails cleanly, never corrupts.

brat rewrote files just by viewing them: here opening and browsing a project (the facade as the
GUI uses it, the read-only CLI commands, and the GUI itself when it is built) must leave the file
byte-identical and `PRAGMA data_version` (bumped by any other connection's commit) unchanged.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from annotator.core.model import Evidence
from annotator.project import Project
from tests.conftest import make_document


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _wal_frames(path: Path) -> int:
    wal = Path(str(path) + "-wal")
    return wal.stat().st_size if wal.exists() else 0


@pytest.fixture
def browsed(tmp_path) -> Path:
    path = tmp_path / "b.annot"
    with Project.create(path, annotator="t") as p:
        p.add_documents([make_document(f"Berita nomor {i} tentang banjir di Jakarta. " * 5, f"D{i}")
                         for i in range(5)])
        docs = [d.id for d in p.documents()]
        a = p.add_claim(docs[0], 0, 6, "verified", evidence=[Evidence("https://e.org")]).created[0]
        b = p.add_claim(docs[1], 0, 6, "disputed").created[0]
        p.add_link(a, b, "contradicts")
    return path


class _Observer:
    """A separate connection: its data_version changes iff someone else committed."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)

    def version(self) -> int:
        return self.conn.execute("PRAGMA data_version").fetchone()[0]


def _browse(p: Project) -> None:
    for d in p.documents():
        doc = p.document(d.id)
        assert doc.text
        for c in p.claims(d.id):
            p.claim(c.id)
            p.history(c.id)
            p.links(c.id)
    p.links(doc_ids=[d.id for d in p.documents()])
    p.search("banjir Jakarta")
    p.search('"; DROP TABLE claims; --')
    p.annotators()
    p.integrity_problems()
    assert not p.can_undo


@pytest.mark.parametrize("readonly", [False, True])
def test_browsing_through_the_facade_changes_nothing(browsed, readonly):
    before = _digest(browsed)
    observer = _Observer(browsed)
    v0 = observer.version()
    with Project.open(browsed, annotator="someone else", readonly=readonly) as p:
        _browse(p)
        assert observer.version() == v0
    assert observer.version() == v0
    observer.conn.close()
    assert _digest(browsed) == before
    assert _wal_frames(browsed) == 0


def test_read_only_cli_commands_change_nothing(browsed):
    before = _digest(browsed)
    for cmd, extra in ((["docs"], ["--json"]), (["claim", "list"], ["--json"]),
                       (["search"], ["banjir"]), (["check"], []), (["backup"], ["--list"])):
        out = subprocess.run([sys.executable, "-m", "annotator.cli", *cmd, str(browsed), *extra],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, (cmd, out.stderr)
    assert _digest(browsed) == before


def test_gui_smoke_open_changes_nothing(browsed):
    before = _digest(browsed)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "annotator.cli", "gui", "--smoke-test",
                          str(browsed)], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert _digest(browsed) == before


# ------------------------------------------------------------------ two processes, one file
HOLDER = textwrap.dedent("""
    import sys, time
    from annotator.project import Project
    p = Project.open(sys.argv[1], annotator="gui")
    print("ready", flush=True)
    for line in sys.stdin:
        cmd, _, arg = line.strip().partition(" ")
        if cmd == "hold":  # a long edit: the write lock held for `arg` seconds
            with p._transaction():
                p._conn.execute("UPDATE meta SET value = 'held' WHERE key = 'name'")
                print("holding", flush=True)
                time.sleep(float(arg))
            print("released", flush=True)
        elif cmd == "count":
            print(p.claim_count(), flush=True)
        elif cmd == "edit":
            p.add_claim(p.documents()[0].id, 10, 15, "unverified")
            print("edited", flush=True)
        elif cmd == "jobs":  # what the window does beside its own connection
            from annotator.store import backup, database, early_check
            early_check.start_early_check(sys.argv[1])
            database.inspect_file(sys.argv[1])  # a str or a Path
            Project.open(sys.argv[1], readonly=True, page_check=False).close()  # claims, search
            backup.backup_if_changed(sys.argv[1])
            backup.make_backup(sys.argv[1])
            print("done", flush=True)
        elif cmd == "quit":
            break
    p.close()
""")


def _cli_add(path: Path, doc: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "annotator.cli", "claim", "add", str(path),
                           "--doc", doc, "--start", "0", "--end", "4", "--verdict", "disputed"],
                          capture_output=True, text=True, timeout=60)


@pytest.fixture
def holder(browsed, tmp_path):
    script = tmp_path / "holder.py"
    script.write_text(HOLDER)
    proc = subprocess.Popen([sys.executable, str(script), str(browsed)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()

    def ask(cmd: str) -> str:
        proc.stdin.write(cmd + "\n")
        proc.stdin.flush()
        return proc.stdout.readline().strip()

    yield ask
    try:
        proc.stdin.write("quit\n")  # unless the test already made it quit
        proc.stdin.close()
    except (BrokenPipeError, ValueError):
        pass
    proc.wait(timeout=30)


def _doc(path: Path) -> str:
    with Project.open(path, readonly=True) as p:
        return p.documents()[0].id


def test_cli_writer_beside_an_open_window(browsed, holder):
    doc = _doc(browsed)
    n = int(holder("count"))
    out = _cli_add(browsed, doc)
    assert out.returncode == 0, out.stderr
    assert int(holder("count")) == n + 1  # the window sees it on its next read
    assert holder("edit") == "edited"  # and can still write
    with Project.open(browsed, full_check=True) as p:
        assert p.integrity_problems() == [] and p.claim_count() == n + 2


def test_the_windows_background_jobs_keep_its_locks(browsed, holder):
    """On POSIX, closing any descriptor of a file drops all of the process's locks on it: if
    a background job opened the project with Python's open(), a CLI writer would take itself
    for the last user and delete the WAL under the window, whose later edits then overwrite
    the CLI's (this lost a claim before it was fixed)."""
    doc = _doc(browsed)
    n = int(holder("count"))
    assert holder("edit") == "edited" and holder("jobs") == "done"
    for _ in range(2):
        assert _cli_add(browsed, doc).returncode == 0
        assert holder("edit") == "edited"
    holder("quit")
    with Project.open(browsed, full_check=True) as p:
        assert p.integrity_problems() == [] and p.claim_count() == n + 5


def test_no_background_job_opens_the_project_file_outside_sqlite(browsed, tmp_path):
    """Every Python-level open() of the project file is a lock drop (see above): none may
    happen while the file is open. An audit hook sees every open() Python makes."""
    from annotator.export import ExportFilter, get_exporter
    from annotator.ingest.runner import import_paths
    from annotator.store import backup, database, early_check

    watched = {str(browsed.resolve())}
    opened: list[str] = []

    def hook(event, args):
        if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            name = os.fsdecode(args[0])
            if os.path.abspath(name) in watched or os.path.abspath(name).startswith(
                    tuple(w + "-" for w in watched)):
                opened.append(name)
    sys.addaudithook(hook)  # hooks cannot be removed: it only reports on `watched`
    try:
        article = tmp_path / "new.txt"
        article.write_text("Warga melaporkan banjir setinggi satu meter di tepi sungai.",
                           encoding="utf-8")
        with Project.open(browsed, annotator="t") as p:
            p.add_claim(p.documents()[0].id, 0, 6, "verified")
            early_check.start_early_check(browsed)
            database.inspect_file(browsed)
            database.inspect_file(browsed, full_check=True)
            Project.open(browsed, readonly=True, page_check=False).close()
            backup.changed_since_last_backup(browsed)
            backup.backup_if_changed(browsed)
            backup.make_backup(browsed)
            backup.verify_live(browsed)
            import_paths(p, [article])
            for fmt in ("jsonl", "csv", "w3c"):
                get_exporter(fmt).write(p, tmp_path / f"out.{fmt}", ExportFilter())
            p.search("banjir")
    finally:
        watched.clear()
    assert opened == []


def test_cli_writer_waits_for_a_short_lock(browsed, holder):
    doc = _doc(browsed)
    assert holder("hold 1.5") == "holding"
    t0 = time.monotonic()
    out = _cli_add(browsed, doc)
    waited = time.monotonic() - t0
    assert out.returncode == 0, out.stderr
    assert waited > 0.5  # it waited on the busy timeout instead of failing
    with Project.open(browsed, full_check=True) as p:
        assert p.integrity_problems() == [] and p.claim_count() == 3


def test_cli_writer_fails_cleanly_on_a_long_lock(browsed, holder):
    doc = _doc(browsed)
    assert holder("hold 8") == "holding"
    out = _cli_add(browsed, doc)
    assert out.returncode == 2
    assert out.stderr.startswith("error: ") and out.stderr.count("\n") == 1, out.stderr
    assert "Traceback" not in out.stderr
    with Project.open(browsed, full_check=True) as p:
        assert p.integrity_problems() == [] and p.claim_count() == 2
