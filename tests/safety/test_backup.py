"""Backups: verified before rotation, offered after damage, restore reversible, CLI commands."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.core.errors import DamagedProjectError, ProjectLockedError
from annotator.project import Project
from annotator.store import backup
from annotator.store.backup_policy import BackupPolicy
from annotator.store.fileformat import APPLICATION_ID
from tests.conftest import claim_count, damage_pages, make_document


def _project(path: Path, n_claims: int = 3) -> Path:
    with Project.create(path, annotator="t") as p:
        p.add_documents([make_document("Alpha beta gamma delta epsilon zeta eta theta.", "A")])
        doc = p.documents()[0].id
        for i in range(n_claims):
            p.add_claim(doc, i, i + 5, "verified", note=f"n{i}")
    return path


def test_backup_is_a_verified_self_contained_copy(tmp_path):
    proj = _project(tmp_path / "p.annot")
    info = backup.make_backup(proj)
    assert info.path.parent == backup.backup_dir(proj)
    assert not Path(str(info.path) + "-wal").exists()
    assert backup.verify(info.path) is None
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 3
    conn.close()
    assert [b.path for b in backup.list_backups(proj)] == [info.path]
    assert backup.newest_verified(proj) == info
    assert len(info.label) == 19


def test_backup_while_a_writer_has_the_project_open(tmp_path):
    proj = _project(tmp_path / "p.annot")
    with Project.open(proj, annotator="t") as p:
        doc = p.documents()[0].id
        p.add_claim(doc, 10, 14, "disputed")  # in the WAL, not yet checkpointed
        info = backup.make_backup(proj)
        p.add_claim(doc, 20, 24, "disputed")
    conn = sqlite3.connect(info.path)
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 4
    conn.close()


def test_unchanged_project_is_not_backed_up_again(tmp_path):
    proj = _project(tmp_path / "p.annot")
    assert backup.changed_since_last_backup(proj)
    first = backup.backup_if_changed(proj)
    assert first is not None
    with Project.open(proj, annotator="t") as p:  # browse without editing
        p.documents()
        p.claims()
    assert not backup.changed_since_last_backup(proj)
    assert backup.backup_if_changed(proj) is None
    with Project.open(proj, annotator="t") as p:
        p.set_verdict(p.claims()[0].id, "disputed")
    assert backup.changed_since_last_backup(proj)
    second = backup.backup_if_changed(proj)
    assert second is not None and second.path != first.path
    assert len(backup.list_backups(proj)) == 2


def test_identical_content_does_not_rotate_history_out(tmp_path):
    proj = _project(tmp_path / "p.annot")
    first = backup.make_backup(proj)
    again = backup.make_backup(proj)
    assert again.path == first.path
    assert len(backup.list_backups(proj)) == 1


def test_rotation_keeps_the_newest_and_only_after_verifying(tmp_path, monkeypatch):
    proj = _project(tmp_path / "p.annot")
    made = []
    for i in range(5):
        with Project.open(proj, annotator="t") as p:
            p.update_claim(p.claims()[0].id, note=f"version {i}")
        made.append(backup.make_backup(proj, keep=3).path)
    assert [b.path for b in backup.list_backups(proj)] == made[::-1][:3]

    # a backup that fails verification rotates nothing out and leaves no file behind
    with Project.open(proj, annotator="t") as p:
        p.update_claim(p.claims()[0].id, note="final")
    with monkeypatch.context() as m:
        m.setattr(backup, "verify", lambda path: "simulated bad sector")
        with pytest.raises(backup.BackupError, match="failed verification"):
            backup.make_backup(proj, keep=3)
    assert [b.path for b in backup.list_backups(proj)] == made[::-1][:3]
    assert not list(backup.backup_dir(proj).glob("*.partial*"))


def test_leftover_partial_backup_is_ignored_and_cleaned(tmp_path):
    proj = _project(tmp_path / "p.annot")
    folder = backup.backup_dir(proj)
    folder.mkdir(parents=True)
    partial = folder / "backup-20260101T000000-000000.annot.partial"
    partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # killed mid-backup
    running = folder / "backup-20260101T000001-000000.annot.partial"
    running.write_bytes(b"another process is writing this one")
    old = time.time() - backup.STALE_PARTIAL_S - 60
    os.utime(partial, (old, old))
    assert backup.list_backups(proj) == []
    assert backup.newest_verified(proj) is None
    backup.make_backup(proj)
    assert not partial.exists()
    assert running.exists()  # a concurrent backup's file is left alone


def test_newest_verified_skips_a_rotten_backup(tmp_path):
    proj = _project(tmp_path / "p.annot", n_claims=30)
    good = backup.make_backup(proj)
    with Project.open(proj, annotator="t") as p:
        p.update_claim(p.claims()[0].id, note="newer")
    newer = backup.make_backup(proj)
    damage_pages(newer.path)
    assert backup.verify(newer.path) is not None
    assert backup.newest_verified(proj) == good


def test_damaged_project_detected_kept_aside_and_restored(tmp_path):
    proj = _project(tmp_path / "p.annot", n_claims=40)
    good = backup.make_backup(proj)
    damage_pages(proj)
    damaged_bytes = proj.read_bytes()
    with pytest.raises(DamagedProjectError):
        Project.open(proj)
    assert proj.read_bytes() == damaged_bytes  # detection changed nothing

    offer = backup.newest_verified(proj)
    assert offer == good
    result = backup.restore(proj, offer)
    assert result.previous_was_damaged
    assert result.previous.name.startswith("p.annot.damaged-")
    assert result.previous.read_bytes() == damaged_bytes  # kept aside untouched
    assert claim_count(proj) == 40
    with Project.open(proj, full_check=True) as p:
        assert p.integrity_problems() == []


def test_restore_is_reversible(tmp_path):
    proj = _project(tmp_path / "p.annot", n_claims=2)
    old = backup.make_backup(proj)
    with Project.open(proj, annotator="t") as p:
        p.add_claim(p.documents()[0].id, 30, 35, "unverified")
    assert claim_count(proj) == 3
    result = backup.restore(proj, old.path)
    assert not result.previous_was_damaged
    assert claim_count(proj) == 2
    assert backup.verify(result.previous) is None
    backup.restore(proj, result.previous)  # undo the restore
    assert claim_count(proj) == 3


def test_restore_refuses_while_the_project_is_open(tmp_path):
    proj = _project(tmp_path / "p.annot")
    old = backup.make_backup(proj)
    with Project.open(proj, annotator="t") as p:
        p.add_claim(p.documents()[0].id, 30, 35, "unverified")
        with pytest.raises(ProjectLockedError, match="close it"):
            backup.restore(proj, old)
        assert p.claim_count() == 4  # the open project is untouched and still works
        p.add_claim(p.documents()[0].id, 36, 40, "unverified")
    assert claim_count(proj) == 5


def test_restore_refuses_a_bad_backup(tmp_path):
    proj = _project(tmp_path / "p.annot")
    bogus = tmp_path / "bogus.annot"
    bogus.write_bytes(b"not a database")
    before = proj.read_bytes()
    with pytest.raises(backup.BackupError, match="cannot be restored"):
        backup.restore(proj, bogus)
    assert proj.read_bytes() == before


def test_backup_into_unwritable_data_dir_is_a_clear_error(tmp_path, monkeypatch):
    proj = _project(tmp_path / "p.annot")
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(blocker))
    with pytest.raises(backup.BackupError, match="could not be backed up"):
        backup.make_backup(proj)
    assert claim_count(proj) == 3


def test_policy_backs_up_on_open_and_after_interval_of_editing(tmp_path):
    proj = _project(tmp_path / "p.annot")
    now = [0.0]
    policy = BackupPolicy(proj, interval_s=1800, clock=lambda: now[0])
    assert policy.on_open() is not None
    assert policy.on_open() is None  # unchanged since
    with Project.open(proj, annotator="t") as p:
        p.subscribe(policy.note_edit)
        p.set_verdict(p.claims()[0].id, "disputed")
        now[0] = 1799
        assert not policy.due() and policy.tick() is None
        now[0] = 1800
        assert policy.due()
        info = policy.tick()
        assert info is not None
        assert policy.tick() is None  # nothing edited since
        p.set_verdict(p.claims()[0].id, "verified")
        assert policy.on_close() is not None
    assert len(backup.list_backups(proj)) == 3


def test_policy_failure_does_not_raise(tmp_path, monkeypatch):
    proj = _project(tmp_path / "p.annot")
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(blocker))
    policy = BackupPolicy(proj, interval_s=0)
    assert policy.on_open() is None
    assert "could not be backed up" in policy.last_error
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(tmp_path / "data"))  # writable again:
    # the next tick retries, with no edit
    assert policy.due() and policy.tick() is not None
    assert policy.last_error == "" and not policy.due()


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "annotator.cli", *args], capture_output=True,
                          text=True, env=os.environ.copy(), timeout=60)


def test_cli_backup_list_and_restore(tmp_path):
    proj = _project(tmp_path / "p.annot", n_claims=20)
    out = _cli("backup", str(proj))
    assert out.returncode == 0, out.stderr
    assert "backed up" in out.stdout
    listed = _cli("backup", str(proj), "--list")
    assert listed.returncode == 0 and ".annot" in listed.stdout

    damage_pages(proj)
    check = _cli("check", str(proj))
    assert check.returncode != 0
    assert f"annotator restore {proj}" in check.stderr  # the way out, with the backup's date
    assert check.stderr.count("\n") == 1
    refused = _cli("backup", str(proj))  # a damaged file is not backed up: one line says why
    assert refused.returncode != 0 and refused.stderr.count("\n") == 1, refused.stderr
    res = _cli("restore", str(proj))
    assert res.returncode == 0, res.stderr
    assert "damaged file moved aside" in res.stdout
    assert claim_count(proj) == 20
    assert _cli("check", str(proj)).returncode == 0


def test_cli_restore_without_backups_fails_cleanly(tmp_path):
    proj = _project(tmp_path / "p.annot")
    res = _cli("restore", str(proj))
    assert res.returncode == 2
    assert res.stderr.startswith("error: no verified backup")
    assert "Traceback" not in res.stderr


def test_restore_to_a_missing_file_keeps_an_orphan_wal_aside(tmp_path):
    proj = _project(tmp_path / "p.annot", n_claims=4)
    good = backup.make_backup(proj)
    proj.unlink()
    orphan = Path(str(proj) + "-wal")
    orphan.write_bytes(b"a WAL from some other file")
    result = backup.restore(proj, good)
    assert result.previous is None
    assert not orphan.exists()
    assert [p.read_bytes() for p in tmp_path.glob("p.annot.orphan-*-wal")] == [b"a WAL from some other file"]
    assert claim_count(proj) == 4
