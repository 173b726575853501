"""The freedesktop files: menu entry, AppStream metadata and the *.annot MIME type."""
from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from annotator.project import Project
from .packaging_support import (APP_ID, DESKTOP, METAINFO, MIME_TYPE, MIME_XML, pyproject, tool)

MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_opens_project_files_with_the_installed_command():
    entry = desktop_entry()
    scripts = pyproject()["project"]["scripts"]
    command, *args = entry["Exec"].split()
    assert command in scripts and scripts[command] == "annotator.launch:main"
    assert args == ["%f"], "the app takes one project path, as `annotator PROJECT.annot`"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Icon"] == APP_ID


def test_metainfo_agrees_with_desktop_entry_and_pyproject():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert MIME_TYPE in [m.text for m in root.iter("mediatype")]
    assert root.findtext("provides/binary") == desktop_entry()["TryExec"]
    newest = root.find("releases/release")
    assert newest.get("version") == pyproject()["project"]["version"], \
        "add a <release> for the new version to the metainfo file"


def _magic_rule() -> tuple[str, int, str, int]:
    mime = ET.parse(MIME_XML).getroot().find("m:mime-type", MIME_NS)
    outer = mime.find("m:magic/m:match", MIME_NS)
    inner = outer.find("m:match", MIME_NS)
    return outer.get("value"), int(outer.get("offset")), inner.get("value"), int(inner.get("offset"))


def test_mime_type_matches_real_project_files(tmp_path):
    mime = ET.parse(MIME_XML).getroot().find("m:mime-type", MIME_NS)
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", MIME_NS)] == ["*.annot"]
    path = tmp_path / "real.annot"
    Project.create(path, annotator="tester").close()
    head = path.read_bytes()[:100]
    sqlite_magic, off1, app_magic, off2 = _magic_rule()
    assert head[off1:off1 + len(sqlite_magic)] == sqlite_magic.encode()
    assert head[off2:off2 + len(app_magic)] == app_magic.encode(), \
        "the magic rule must follow the project file's PRAGMA application_id"


@pytest.fixture
def mime_db(tmp_path):
    """A private MIME database holding only our definition (plus the system's, for parents)."""
    data = tmp_path / "xdg"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME_XML, data / "mime" / "packages" / f"{APP_ID}.xml")
    result = subprocess.run([tool("update-mime-database"), str(data / "mime")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (data / "mime" / "application" / "x-annotator-project.xml").is_file()
    return data


def test_desktops_recognise_project_files_by_name_and_by_content(mime_db, tmp_path):
    gio = tool("gio")
    project = tmp_path / "named.annot"
    Project.create(project, annotator="tester").close()
    renamed = tmp_path / "mailed-attachment.bin"
    shutil.copy(project, renamed)
    plain_sqlite = tmp_path / "other.bin"
    import sqlite3
    with sqlite3.connect(plain_sqlite) as con:
        con.execute("create table t (x)")
    con.close()
    env = {"XDG_DATA_HOME": str(mime_db), "XDG_DATA_DIRS": "/usr/share", "PATH": "/usr/bin:/bin"}

    def content_type(path) -> str:
        out = subprocess.run([gio, "info", "-a", "standard::content-type", str(path)],
                             capture_output=True, text=True, env=env, check=True).stdout
        return out.rsplit("standard::content-type:", 1)[1].strip()

    assert content_type(project) == MIME_TYPE
    assert content_type(renamed) == MIME_TYPE
    assert content_type(plain_sqlite) != MIME_TYPE
