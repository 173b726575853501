"""Export destinations that are not plain files (issue 12, item 5): special files are refused,
symbolic links written through, read-only files replaced only when the user says so."""
from __future__ import annotations

import os
import stat

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.export import ExportError, ReadOnlyTargetError, get_exporter
from tests.conftest import make_document


@pytest.fixture
def proj(project):
    project.add_documents([make_document("Banjir melanda kota pada Senin pagi.", title="B")])
    return project


def _export(project, dest, fmt="jsonl", **kwargs):
    return get_exporter(fmt).write(project, dest, **kwargs)


def test_a_fifo_is_refused_and_stays_a_fifo(proj, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="named pipe"):
        _export(proj, fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "test.annot", "test.annot-shm",
                                                        "test.annot-wal"]


def test_a_character_device_is_refused(proj):
    with pytest.raises(ExportError, match="character device"):
        _export(proj, "/dev/null", "csv")
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_a_symlink_is_written_through_and_stays_a_link(proj, tmp_path):
    target = tmp_path / "real.jsonl"
    target.write_text("old")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target.name)
    _export(proj, link)
    assert link.is_symlink() and os.readlink(link) == "real.jsonl"
    assert '"annotator_export"' in target.read_text()
    dangling = tmp_path / "new-link.jsonl"
    dangling.symlink_to("created.jsonl")
    _export(proj, dangling)
    assert dangling.is_symlink() and (tmp_path / "created.jsonl").is_file()
    loop = tmp_path / "loop.jsonl"
    loop.symlink_to("loop.jsonl")
    with pytest.raises(ExportError, match="loops"):
        _export(proj, loop)


def test_a_folder_format_writes_through_a_link_to_its_folder(proj, tmp_path):
    real = tmp_path / "brat-real"
    real.mkdir()
    link = tmp_path / "brat"
    link.symlink_to(real, target_is_directory=True)
    _export(proj, link, "brat")
    assert link.is_symlink() and (real / "annotation.conf").is_file()


def test_a_read_only_file_is_replaced_only_when_asked(proj, tmp_path):
    dest = tmp_path / "ro.jsonl"
    dest.write_text("keep")
    dest.chmod(0o444)
    with pytest.raises(ReadOnlyTargetError, match="read-only"):
        _export(proj, dest)
    assert dest.read_text() == "keep"
    _export(proj, dest, replace_readonly=True)
    assert '"annotator_export"' in dest.read_text()
    assert stat.S_IMODE(dest.stat().st_mode) == 0o444  # the replaced file keeps its mode


def test_the_cli_refuses_a_read_only_file_without_force(proj, tmp_path):
    dest = tmp_path / "ro.csv"
    dest.write_text("keep")
    dest.chmod(0o444)
    path = str(proj.path)
    proj.close()
    runner = CliRunner()
    refused = runner.invoke(main, ["export", path, "--format", "csv", "-o", str(dest)])
    assert refused.exit_code == 2
    assert refused.output.strip() == f"error: {dest} is read-only; replace it anyway with " \
                                     "--force (or choose another name)"
    assert dest.read_text() == "keep"
    forced = runner.invoke(main, ["export", path, "--format", "csv", "-o", str(dest), "--force"])
    assert forced.exit_code == 0, forced.output
    assert dest.read_text() != "keep"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = runner.invoke(main, ["export", path, "--format", "csv", "-o", str(fifo), "--force"])
    assert result.exit_code == 2 and "named pipe (FIFO), not a regular file" in result.output
