"""Every acknowledged edit survives SIGKILL at random moments, and the file stays sound.

A writer process makes 1,000 edits through the facade (claims added, a note rewritten, evidence
added), printing each one after the call returned — the moment the app tells the user "saved".
The test kills it at several points (after a given number of acknowledgements and after random
delays, so some kills land inside a transaction or a commit) and then checks the file.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from annotator.project import Project
from tests.conftest import make_document

WRITER = textwrap.dedent("""
    import sys
    from annotator.core.model import Evidence
    from annotator.project import Project

    path, n = sys.argv[1], int(sys.argv[2])
    p = Project.open(path, annotator="crash")
    doc = p.documents()[0].id
    anchor = next(c.id for c in p.claims(doc) if (c.start, c.end) == (0, 8))
    size = len(p.document(doc).text)
    out = sys.stdout
    out.write("ready\\n"); out.flush()
    for i in range(n):
        kind = i % 3
        if kind == 0:
            start = (i * 7) % (size - 10)
            cs = p.add_claim(doc, start, start + 5, "disputed", note=f"edit {i}")
            out.write(f"claim {cs.created[0]}\\n")
        elif kind == 1:
            p.update_claim(anchor, note=str(i))
            out.write(f"note {i}\\n")
        else:
            cs = p.add_evidence(anchor, Evidence(url=f"https://example.org/{i}"))
            out.write(f"evidence {cs.created[0]}\\n")
        out.flush()
    out.write("done\\n"); out.flush()
""")


def _setup(path: Path) -> None:
    with Project.create(path, annotator="t") as p:
        p.add_documents([make_document("Kalimat pertama. " * 60, "Doc")])
        p.add_claim(p.documents()[0].id, 0, 8, "verified", note="-1")


def _run_and_kill(script: Path, project: Path, *, after_acks: int | None,
                  after_seconds: float | None) -> list[str]:
    proc = subprocess.Popen([sys.executable, str(script), str(project), "1000"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    acked: list[str] = []
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    timer = None
    if after_seconds is not None:
        timer = threading.Timer(after_seconds, lambda: proc.send_signal(signal.SIGKILL))
        timer.start()
    for line in proc.stdout:
        acked.append(line.strip())
        if after_acks is not None and len(acked) >= after_acks:
            proc.send_signal(signal.SIGKILL)
            break
    # lines already in the pipe were acknowledged before the kill: count them too
    acked += [line.strip() for line in proc.stdout.read().splitlines()]
    proc.wait(timeout=30)
    if timer:
        timer.cancel()
    assert proc.returncode in (-signal.SIGKILL, 0), proc.stderr.read()
    return [a for a in acked if a and a != "done"]


def _check(project: Path, acked: list[str]) -> None:
    with Project.open(project, full_check=True) as p:
        assert p.integrity_problems() == []
        claim_ids = {c.id for c in p.claims()}
        anchor = next(c for c in p.claims() if c.start == 0 and c.end == 8)
        evidence_ids = {e.id for e in anchor.evidence}
    notes = [int(a.split()[1]) for a in acked if a.startswith("note ")]
    for entry in acked:
        kind, value = entry.split(" ", 1)
        if kind == "claim":
            assert value in claim_ids, f"acknowledged claim {value} lost"
        elif kind == "evidence":
            assert value in evidence_ids, f"acknowledged evidence {value} lost"
    if notes:
        # the last acknowledged note, or the one in flight when the kill came (never older)
        assert int(anchor.note) >= notes[-1], (anchor.note, notes[-1])
        assert int(anchor.note) <= notes[-1] + 3


def test_acknowledged_edits_survive_sigkill(tmp_path):
    seed = int(os.environ.get("CRASH_SEED", time.time_ns() % 100_000))
    rng = random.Random(seed)
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    project = tmp_path / "crash.annot"
    _setup(project)
    plans = [(1, None), (rng.randint(2, 100), None), (rng.randint(100, 600), None),
             (None, rng.uniform(0.05, 0.4)), (None, rng.uniform(0.3, 1.5)), (None, 60.0)]
    total = 0
    for after_acks, after_seconds in plans:
        acked = _run_and_kill(script, project, after_acks=after_acks, after_seconds=after_seconds)
        total += len(acked)
        try:
            _check(project, acked)
        except AssertionError as exc:
            raise AssertionError(f"seed {seed}, kill plan {(after_acks, after_seconds)}: {exc}")
    assert total > 1000  # the last plan lets one writer finish all 1,000 edits


BACKUPS = textwrap.dedent("""
    import sys
    from annotator.project import Project
    from annotator.store import backup

    path = sys.argv[1]
    p = Project.open(path, annotator="crash")
    doc = p.documents()[0].id
    print("ready", flush=True)
    for i in range(10_000):
        p.update_claim(p.claims(doc)[0].id, note=str(i) * 2000)
        info = backup.make_backup(path, keep=3)
        print(f"backup {info.path}", flush=True)
""")


def test_sigkill_during_backups_leaves_only_verified_backups(tmp_path):
    from annotator.store import backup

    seed = int(os.environ.get("CRASH_SEED", time.time_ns() % 100_000))
    rng = random.Random(seed)
    script = tmp_path / "backups.py"
    script.write_text(BACKUPS)
    project = tmp_path / "b.annot"
    with Project.create(project, annotator="t") as p:
        p.add_documents([make_document("Kalimat untuk cadangan. " * 4000, "Doc")])
        p.add_claim(p.documents()[0].id, 0, 8, "verified")
    env = {**os.environ}
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, str(script), str(project)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(rng.uniform(0.2, 1.0))
        proc.send_signal(signal.SIGKILL)
        acked = [line.split(" ", 1)[1] for line in proc.stdout.read().splitlines()
                 if line.startswith("backup ")]
        proc.wait(timeout=30)
        listed = backup.list_backups(project)
        assert listed, f"seed {seed}: no backup survived"
        assert all(backup.verify(b.path) is None for b in listed), f"seed {seed}"
        if acked:  # the newest acknowledged backup is kept (rotation only drops older ones)
            assert Path(acked[-1]) in {b.path for b in listed}, f"seed {seed}"
    with Project.open(project, full_check=True) as p:
        assert p.integrity_problems() == []
    backup.make_backup(project, keep=3)
    assert not [x for x in backup.backup_dir(project).glob("*.partial*")
                if time.time() - x.stat().st_mtime > backup.STALE_PARTIAL_S]
