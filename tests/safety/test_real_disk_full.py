"""A real full disk (a 3 MB tmpfs), where the privileges allow: edits, exports and backups.

The scenario runs in a private mount namespace (`unshare --mount`), so the small filesystem
vanishes with the process whatever happens. Skipped when not root or when mounting is not
allowed; test_unwritable.py covers disk full through SQLite's page limit everywhere.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

SCENARIO = textwrap.dedent("""
    import json, os, subprocess, sys
    from pathlib import Path
    from annotator.core.errors import AnnotatorError, ProjectFileError
    from annotator.core.model import Document, new_id
    from annotator.core.text import content_hash
    from annotator.project import Project

    mnt = Path(sys.argv[1])
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "none", str(mnt)], check=True)
    os.environ["ANNOTATOR_DATA_DIR"] = str(mnt / "data")
    (mnt / "ballast").write_bytes(bytes(1_000_000))  # another program's file, freed later
    out = {}
    text = "Berita tentang jembatan yang runtuh di Waru. " * 40
    p = Project.create(mnt / "p.annot", annotator="full")
    p.add_documents([Document(id=new_id(), title="A", text=text, content_hash=content_hash(text))])
    doc = p.documents()[0].id
    acked = []
    error = None
    for i in range(10_000):
        try:
            acked.append(p.add_claim(doc, i % 100, i % 100 + 5, "disputed",
                                     note=f"{i} " + "x" * 40_000).created[0])
        except ProjectFileError as exc:
            error = str(exc)
            break
        except Exception as exc:
            out["unexpected"] = repr(exc)
            break
    out["acked"] = len(acked)
    out["edit_error"] = error
    # the same connection still reads everything acknowledged
    out["missing_same_conn"] = len(set(acked) - {c.id for c in p.claims(with_evidence=False)})

    # exporting and backing up onto the full disk: a clear error, no partial file left behind
    try:
        from annotator.export import get_exporter
        get_exporter("jsonl").write(p, mnt / "export.jsonl")
        out["export"] = "written"
    except AnnotatorError as exc:
        out["export"] = "error: " + str(exc)
    except Exception as exc:
        out["export"] = "unexpected: " + repr(exc)
    from annotator.store import backup
    try:
        backup.make_backup(mnt / "p.annot")
        out["backup"] = "written"
    except AnnotatorError as exc:
        out["backup"] = "error: " + str(exc)
    except Exception as exc:
        out["backup"] = "unexpected: " + repr(exc)
    p.close()
    out["leftovers"] = sorted(str(x.relative_to(mnt)) for x in mnt.rglob("*")
                              if x.is_file() and x.name not in ("p.annot", "p.annot-wal",
                                                                "p.annot-shm", "state.json",
                                                                "source.txt", "ballast"))
    # a fresh process view of the file: every acknowledged edit, and sound
    with Project.open(mnt / "p.annot", readonly=True, full_check=True) as q:
        out["missing_reopened"] = len(set(acked) - {c.id for c in q.claims(with_evidence=False)})
        out["problems"] = q.integrity_problems()
    # the user frees space: editing works again
    (mnt / "ballast").unlink()
    with Project.open(mnt / "p.annot", annotator="full") as q:
        q.add_claim(doc, 0, 5, "verified", note="after freeing space")
        out["after_free"] = q.claim_count()

    # the same folder mounted read-only (a CD, a read-only share): reading works, writing is
    # refused in one sentence that does not call the file damaged
    subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
    try:
        with Project.open(mnt / "p.annot", readonly=True) as q:
            out["ro_browse"] = [len(q.documents()), q.claim_count()]
    except AnnotatorError as exc:
        out["ro_browse"] = [type(exc).__name__, str(exc)]
    try:
        with Project.open(mnt / "p.annot", annotator="ro") as q:
            q.add_claim(doc, 0, 5, "verified")
        out["ro_edit"] = "saved"
    except AnnotatorError as exc:
        out["ro_edit"] = [type(exc).__name__, str(exc)]
    cli = subprocess.run([sys.executable, "-m", "annotator.cli", "docs", str(mnt / "p.annot")],
                         capture_output=True, text=True)
    out["ro_cli_docs"] = [cli.returncode, cli.stderr.strip()]
    print(json.dumps(out))
""")


def _can_mount() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare") or not sys.platform.startswith("linux"):
        return False
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c",
                            "mount -t tmpfs -o size=1m none /mnt && umount /mnt"],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount(), reason="needs root and permission to mount a tmpfs")
def test_full_disk_refuses_cleanly_and_loses_nothing(tmp_path):
    script = tmp_path / "scenario.py"
    script.write_text(SCENARIO)
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    res = subprocess.run(["unshare", "--mount", "--propagation", "private", sys.executable,
                          str(script), str(mnt)], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-3000:]
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert "unexpected" not in out, out
    assert out["acked"] > 5 and out["edit_error"], out
    assert "full" in out["edit_error"] and "\n" not in out["edit_error"]
    assert out["missing_same_conn"] == 0 and out["missing_reopened"] == 0
    assert out["problems"] == []
    assert not out["export"].startswith("unexpected"), out["export"]
    assert not out["backup"].startswith("unexpected"), out["backup"]
    assert out["leftovers"] == [] or out["export"] == "written", out["leftovers"]
    assert out["after_free"] == out["acked"] + 1
    assert out["ro_edit"][0] == "ProjectFileError", out
    assert "read-only" in out["ro_edit"][1] or "readonly" in out["ro_edit"][1], out
    assert out["ro_browse"] == [1, out["after_free"]], out["ro_browse"]
    assert out["ro_cli_docs"][0] == 0, out["ro_cli_docs"]
