"""Paths and arguments that are not UTF-8 (issue 12, item 6): a file name's byte b"\\xff"
reaches Python as a lone surrogate (os.fsdecode); every command still works or says one line."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.project import Project
from tests.conftest import damage_pages

BAD = os.fsdecode(b"a\xffb")


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args, code=0):
        result = runner.invoke(main, [str(a) for a in args])
        assert result.exception is None or isinstance(result.exception, SystemExit), \
            result.exception
        assert result.exit_code == code, result.output
        return result
    return invoke


@pytest.fixture
def odd(tmp_path, run) -> Path:
    path = tmp_path / os.fsdecode(b"proj\xff.annot")
    run("new", path)
    article = tmp_path / "a.txt"
    article.write_text("Banjir di Kota Lestari\n\nDua belas rumah terendam pada Senin pagi.",
                       encoding="utf-8")
    run("import", path, article)
    return path


def test_new_on_a_non_utf8_path_prints_its_bytes_and_names_the_project(odd, run):
    assert os.fsencode(odd).endswith(b"proj\xff.annot")
    with Project.open(odd, readonly=True) as proj:
        assert proj.name == "proj\ufffd"
    out = run("docs", odd).output
    assert "Banjir" in out


def test_backup_list_and_restore_on_a_non_utf8_path(odd, run):
    made = run("backup", odd).stdout_bytes
    assert b"proj\xff.annot" in made
    listed = run("backup", "--list", odd).stdout_bytes
    assert listed.count(b"\n") == 1 and b".annot" in listed
    restored = run("restore", odd).stdout_bytes
    assert restored.startswith(b"restored ") and b"proj\xff.annot" in restored


def test_the_damaged_file_message_on_a_non_utf8_path(odd, run):
    run("backup", odd)
    damage_pages(odd)
    result = run("claim", "list", odd, code=2)
    assert b"proj\xff.annot is damaged" in result.stderr_bytes
    assert b"A verified backup from" in result.stderr_bytes


def test_upgrade_on_open_of_a_non_utf8_path_makes_its_backup(odd, run):
    conn = sqlite3.connect(odd)
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    doc = run("docs", odd).output.split()[0]
    run("claim", "add", odd, "--doc", doc, "--start", "0", "--end", "6", "--verdict", "verified")
    assert run("backup", "--list", odd).stdout_bytes.count(b"\n") == 1


def test_a_non_utf8_note_is_one_line_and_changes_nothing(odd, run):
    doc = run("docs", odd).output.split()[0]
    result = run("claim", "add", odd, "--doc", doc, "--start", "0", "--end", "6",
                 "--verdict", "verified", "--note", BAD, code=2)
    assert result.output.count("\n") == 1
    assert "a value holds bytes that are not UTF-8 text; nothing was changed" in result.output
    assert run("claim", "list", odd).output == ""


def test_new_with_a_non_utf8_name_leaves_no_project(tmp_path, run):
    path = tmp_path / "n.annot"
    result = run("new", path, "--name", BAD, code=2)
    assert result.output == ("error: the project name holds bytes that are not UTF-8 text; "
                             "type it again or use another name\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [["docs"], ["check"], ["claim", "list"], ["backup"],
                                  ["import", "{p}"], ["export", "--format", "csv", "-o", "o.csv"]])
def test_a_folder_named_like_a_project_is_one_sentence(tmp_path, run, args):
    folder = tmp_path / "x.annot"
    folder.mkdir()
    argv = [args[0], folder, *[a.replace("{p}", str(folder)) for a in args[1:]]]
    if args[0] == "claim":
        argv = ["claim", "list", folder]
    result = run(*argv, code=2)
    assert result.output == f"error: {folder} is a folder, not an Annotator project file\n"


def test_restoring_from_a_folder_is_one_sentence(odd, tmp_path, run):
    folder = tmp_path / "b.annot"
    folder.mkdir()
    result = run("restore", odd, folder, code=2)
    assert result.output == "error: b.annot cannot be restored: it is a folder, not a backup file\n"


def test_an_unreadable_project_is_one_sentence_not_a_usage_error(odd, run, monkeypatch):
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p) == str(odd)
                        and mode == os.R_OK else real(p, mode, **kw))
    result = run("docs", odd, code=2)
    assert result.output.count("\n") == 1 and "permission denied" in result.output
    assert "Usage:" not in result.output
