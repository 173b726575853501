"""The wheel carries resources/ as annotator/resources, and an installed copy finds it.

Built without build isolation from the hatchling in the test environment (the `test` extra),
so the test needs no network; installed with --target into a temporary folder, not editable.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

import pytest

from .packaging_support import REPO, pyproject

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    pytest.importorskip("hatchling", reason="hatchling (the build backend) is not installed")
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--quiet", "--wheel-dir", str(out), str(REPO)],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    (path,) = out.glob("annotator-*.whl")
    return path


def test_wheel_contains_the_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    samples = sorted(p.name for p in (REPO / "resources" / "samples").iterdir() if p.is_file())
    assert any(n.endswith(".md") for n in samples)
    for name in samples:
        assert f"annotator/resources/samples/{name}" in names
    assert "annotator/resources/samples/claims.json" in names
    assert "annotator/resources/icons/annotator.svg" in names
    # the GUI's translation, compiled at build time (hatch_build.py), beside its source
    assert "annotator/resources/translations/annotator_id.qm" in names
    assert "annotator/resources/translations/annotator_id.ts" in names
    version = pyproject()["project"]["version"]
    assert wheel.name.startswith(f"annotator-{version}-")


def test_installed_copy_finds_its_resources_and_builds_the_demo(wheel, tmp_path):
    target = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
         "--target", str(target), str(wheel)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    probe = (
        "import json, annotator\n"
        "from pathlib import Path\n"
        "from annotator.resources import resources_dir\n"
        "from annotator.project.demo import build_demo\n"
        "from annotator.project import Project\n"
        "demo = build_demo(Path('demo.annot'))\n"
        "with Project.open(demo, readonly=True) as p:\n"
        "    counts = [p.document_count(), p.claim_count()]\n"
        "print(json.dumps({'module': annotator.__file__, 'version': annotator.__version__,\n"
        "                  'resources': str(resources_dir()), 'counts': counts}))\n"
    )
    # the target folder first on the path, ahead of the editable source tree; the other
    # dependencies come from this environment
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    info = json.loads(run.stdout.splitlines()[-1])
    assert info["module"].startswith(str(target))
    assert info["resources"] == str(target / "annotator" / "resources")
    assert info["version"] == pyproject()["project"]["version"]
    spec = json.loads((REPO / "resources" / "samples" / "claims.json").read_text(encoding="utf-8"))
    assert info["counts"] == [len(list((REPO / "resources" / "samples").glob("*.md"))),
                              len(spec["claims"])]
