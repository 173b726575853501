"""An older project's backup and upgrade say how far they are: Project.upgrade reports its
stages, the CLI prints them on stderr, and the desktop app runs them in a worker under a
dialog before it opens the file."""
from __future__ import annotations

import sqlite3
import threading

from click.testing import CliRunner
from sqlite_utils import Database

from annotator.project import Project
from annotator.store import backup
from annotator.store.schema import SCHEMA_VERSION, migrations

from ..benchmarks.synth import as_schema_5
from ..conftest import make_document


def make_v5(path):
    """A project as Annotator wrote it before m006 (the claim order indexes), with claims."""
    with Project.create(path, annotator="ana") as p:
        doc = make_document("Banjir merendam berbagai kampung di tepi sungai pada malam hari.",
                            "Banjir")
        p.add_documents([doc], undoable=False)
        claim = p.add_claim(doc.id, 0, 6, "verified").created[0]
    as_schema_5(path)
    assert [m.name for m in migrations.pending(Database(sqlite3.connect(path)))] == [
        "m006_claim_order_indexes"]
    return doc.id, claim


def _indexes(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        conn.close()


def test_upgrade_reports_check_backup_then_each_step(tmp_path):
    path = tmp_path / "old.annot"
    _doc, claim = make_v5(path)
    assert Project.needs_upgrade(path) and "claims_annotator" not in _indexes(path)
    seen = []
    Project.upgrade(path, lambda *stage: seen.append(stage))
    assert seen == [("check", 0, 1), ("backup", 0, 1), ("backup", 1, 1), ("upgrade", 0, 1),
                    ("upgrade", 1, 1)]
    assert not Project.needs_upgrade(path) and "claims_annotator" in _indexes(path)
    (kept,) = backup.list_backups(path)
    with Project.open(kept.path, readonly=True) as old:  # the backup is the file as it was
        assert old._conn.execute("PRAGMA user_version").fetchone()[0] == 5
    with Project.open(path) as p:
        assert p._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert p.claim(claim).verdict.value == "verified"
    assert len(backup.list_backups(path)) == 1  # opening did not back it up again


def test_cli_prints_the_stages_on_stderr(tmp_path):
    from annotator.cli import main

    path = tmp_path / "old.annot"
    _doc, claim = make_v5(path)
    result = CliRunner().invoke(main, ["claim", "set", str(path), claim, "--verdict",
                                       "disputed"])
    assert result.exit_code == 0, result.output
    assert "backing it up first" in result.stderr
    assert "step 1 of 1" in result.stderr and "old.annot upgraded." in result.stderr
    assert "upgrad" not in result.stdout
    with Project.open(path, readonly=True) as p:
        assert p.claim(claim).verdict.value == "disputed"
    assert not Project.needs_upgrade(path)


def test_gui_upgrades_in_a_worker_under_a_dialog(qtbot, tmp_path, monkeypatch):
    from annotator.ui import upgrade as upgrade_ui
    from annotator.ui.recovery import open_with_recovery

    path = tmp_path / "old.annot"
    _doc, claim = make_v5(path)
    threads, stages = [], []
    real_upgrade = Project.upgrade

    def recording_upgrade(p, progress=None):
        threads.append(threading.current_thread() is threading.main_thread())
        real_upgrade(p, progress)

    real_stage = upgrade_ui.UpgradeDialog.show_stage

    def recording_stage(dialog, stage, done, total):
        stages.append((stage, done, total, dialog.isVisible(), dialog.labelText()))
        real_stage(dialog, stage, done, total)

    monkeypatch.setattr(Project, "upgrade", staticmethod(recording_upgrade))
    monkeypatch.setattr(upgrade_ui.UpgradeDialog, "show_stage", recording_stage)
    project, note = open_with_recovery(path, None, ask=None)
    try:
        assert threads == [False]  # not on the GUI thread
        assert [s[:3] for s in stages] == [("check", 0, 1), ("check", 0, 1), ("backup", 0, 1),
                                           ("backup", 1, 1), ("upgrade", 0, 1),
                                           ("upgrade", 1, 1)]
        assert all(visible for *_s, visible, _label in stages[1:])  # shown while it works
        assert project._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert project.claim(claim).verdict.value == "verified" and note == ""
        assert len(backup.list_backups(path)) == 1
    finally:
        project.close()


def test_gui_leaves_a_current_file_alone(qtbot, tmp_path, monkeypatch):
    from annotator.ui.recovery import open_with_recovery

    path = tmp_path / "new.annot"
    Project.create(path).close()
    monkeypatch.setattr(Project, "upgrade", staticmethod(lambda *a: 1 / 0))
    project, _note = open_with_recovery(path, None, ask=None)
    project.close()
