"""install.sh, shipped inside the bundle: menu entry, icons and MIME type under a prefix."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from .packaging_support import APP_ID, PACKAGING, tool


@pytest.fixture
def bundle(tmp_path):
    """A stand-in for dist/annotator: an executable and _internal/, staged as build.sh does."""
    root = tmp_path / "dist" / "annotator"
    (root / "_internal").mkdir(parents=True)
    exe = root / "annotator"
    exe.write_text('#!/bin/sh\necho "bundle ran with: $*"\n')
    exe.chmod(0o755)
    subprocess.run(["bash", str(PACKAGING / "stage.sh"), str(root)], check=True)
    return root


def run_install(bundle, *args, home=None):
    env = {**os.environ, "HOME": str(home or bundle.parent)}
    return subprocess.run(["bash", str(bundle / "install.sh"), *args],
                          capture_output=True, text=True, env=env)


def test_install_then_uninstall_under_a_prefix(bundle, tmp_path):
    prefix = tmp_path / "my apps"  # a space, as in many home folders
    result = run_install(bundle, "--prefix", str(prefix))
    assert result.returncode == 0, result.stderr
    share = prefix / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    for path in (desktop, share / "metainfo" / f"{APP_ID}.metainfo.xml",
                 share / "mime" / "packages" / f"{APP_ID}.xml",
                 share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg",
                 share / "icons/hicolor/48x48/apps" / f"{APP_ID}.png",
                 share / "icons/hicolor/256x256/mimetypes/application-x-annotator-project.png",
                 prefix / "lib/annotator/_internal"):
        assert path.exists(), path
    text = desktop.read_text()
    app = prefix / "lib" / "annotator" / "annotator"
    assert f'Exec="{app}" %f' in text and f"TryExec={app}\n" in text
    out = subprocess.run([str(prefix / "bin" / "annotator"), "x.annot"], capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "bundle ran with: x.annot"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    if shutil.which("update-mime-database"):
        assert (share / "mime" / "application" / "x-annotator-project.xml").is_file()

    again = run_install(bundle, "--prefix", str(prefix))  # upgrading over itself works
    assert again.returncode == 0, again.stderr

    removed = run_install(prefix / "lib" / "annotator", "--uninstall", "--prefix", str(prefix))
    assert removed.returncode == 0, removed.stderr
    # only the desktop's regenerated caches may remain (they then no longer list Annotator)
    leftovers = [p for p in prefix.rglob("*")
                 if p.is_file() and "mime" not in p.parts and not p.name.endswith(".cache")]
    assert leftovers == []
    assert not (prefix / "bin" / "annotator").exists()
    assert not (prefix / "lib" / "annotator").exists()


def test_default_prefix_is_the_users_local_folder(bundle, tmp_path):
    home = tmp_path / "home"
    result = run_install(bundle, home=home)
    assert result.returncode == 0, result.stderr
    assert (home / ".local/share/applications" / f"{APP_ID}.desktop").is_file()
    assert os.readlink(home / ".local/bin/annotator") == str(home / ".local/lib/annotator/annotator")


def test_refuses_to_overwrite_a_folder_that_is_not_a_bundle(bundle, tmp_path):
    prefix = tmp_path / "prefix"
    precious = prefix / "lib" / "annotator"
    precious.mkdir(parents=True)
    (precious / "notes.txt").write_text("mine")
    result = run_install(bundle, "--prefix", str(prefix))
    assert result.returncode == 1
    assert "not an Annotator bundle" in result.stderr
    assert (precious / "notes.txt").read_text() == "mine"


def test_install_script_passes_shellcheck_when_available():
    checker = tool("shellcheck")
    for script in ("install.sh", "stage.sh", "build.sh"):
        result = subprocess.run([checker, "-S", "warning", str(PACKAGING / script)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout
