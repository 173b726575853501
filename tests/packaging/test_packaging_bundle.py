"""The PyInstaller spec builds a bundle that starts offscreen on the demo project and on a path.

The same check as packaging/build.sh, run with this environment's PyInstaller (the `test`
extra) so that a module imported only by name, or a Qt plugin the trim drops, fails here.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .packaging_support import PACKAGING, REPO, pyproject

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(PACKAGING / "annotator.spec")],
        cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    exe = work / "dist" / "annotator" / "annotator"
    assert exe.is_file()
    return exe


def run(exe, *args, env_dir):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_DATA_DIR": str(env_dir / "data"),
           "ANNOTATOR_CONFIG_DIR": str(env_dir / "config"), "ANNOTATOR_NAME": "smoke-test"}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=120)


def test_bundle_carries_resources_and_only_the_wanted_qt_plugins(bundle):
    internal = bundle.parent / "_internal"
    assert (internal / "annotator" / "resources" / "samples" / "claims.json").is_file()
    assert (internal / "annotator" / "resources" / "icons" / "annotator.svg").is_file()
    assert (internal / "annotator" / "resources" / "translations" / "annotator_id.qm").is_file()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforms" / "libqxcb.so").is_file()
    assert (plugins / "platforms" / "libqoffscreen.so").is_file()
    assert not (plugins / "platforms" / "libqeglfs.so").exists()
    assert not (plugins / "platformthemes" / "libqgtk3.so").exists()
    assert not list(internal.rglob("libQt6Quick.so*"))
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_bundle_opens_the_demo_and_a_project_path_offscreen(bundle, tmp_path):
    version = run(bundle, "--version", env_dir=tmp_path)
    assert version.stdout.strip() == f"annotator, version {pyproject()['project']['version']}"
    smoke = run(bundle, "gui", "--smoke-test", "--demo", env_dir=tmp_path)
    assert smoke.returncode == 0, smoke.stderr
    demo = tmp_path / "data" / "demo.annot"
    assert demo.is_file()
    by_path = run(bundle, str(demo), "--smoke-test", env_dir=tmp_path)
    assert by_path.returncode == 0, by_path.stderr
    check = run(bundle, "check", str(demo), env_dir=tmp_path)
    assert check.returncode == 0 and check.stdout.startswith("ok:"), check.stderr
