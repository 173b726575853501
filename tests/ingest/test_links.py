"""Symbolic links in an imported folder (issue 12, item 4): a loop is one failed file, a link
leaving the folder is skipped with a reason, and a link the user names is followed."""
from __future__ import annotations

from annotator.ingest.runner import Outcome, import_paths

from .builders import ARTICLE_EN, ARTICLE_ID


def _folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE_ID, encoding="utf-8")
    (folder / "loop1.txt").symlink_to("loop2.txt")
    (folder / "loop2.txt").symlink_to("loop1.txt")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.txt").write_text(ARTICLE_EN, encoding="utf-8")
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    (folder / "away").symlink_to(outside, target_is_directory=True)
    (folder / "sub").mkdir()
    (folder / "sub" / "same.txt").symlink_to(folder / "good.txt")  # inside: followed
    return folder, outside


def test_a_symlink_loop_is_one_failed_file_and_the_rest_imports(project, tmp_path):
    folder, _ = _folder(tmp_path)
    report = import_paths(project, [folder])
    by_name = {r.path.name: r for r in report.results}
    for name in ("loop1.txt", "loop2.txt"):
        assert by_name[name].outcome is Outcome.FAILED
        assert by_name[name].message == "a symbolic link that loops back on itself"
    assert by_name["good.txt"].outcome is Outcome.IMPORTED
    assert by_name["same.txt"].outcome is Outcome.DUPLICATE


def test_links_leaving_the_folder_are_skipped_with_a_reason(project, tmp_path):
    folder, outside = _folder(tmp_path)
    by_name = {r.path.name: r for r in import_paths(project, [folder]).results}
    for name, what in (("secret.txt", "file"), ("away", "folder")):
        assert by_name[name].outcome is Outcome.FAILED
        assert by_name[name].message.startswith(
            f"skipped: a symbolic link to a {what} outside the imported folder")
    assert project.document_count() == 1  # only good.txt


def test_a_link_named_directly_is_followed(project, tmp_path):
    folder, _ = _folder(tmp_path)
    (secret,) = import_paths(project, [folder / "secret.txt"]).results
    assert secret.outcome is Outcome.IMPORTED
    (loop,) = import_paths(project, [folder / "loop1.txt"]).results
    assert loop.outcome is Outcome.FAILED and "loops back on itself" in loop.message
    (away,) = import_paths(project, [folder / "away"]).results
    assert away.outcome is Outcome.DUPLICATE  # secret.txt again, through the named folder link
