"""The command line's file-safety commands: check, backup and restore (commands.py adds them).

Kept apart from the editing commands: they deal with the project file as a whole.
"""
from __future__ import annotations

from pathlib import Path

import click

from .common import fail, open_project, project_arg, user_errors


@click.command()
@project_arg
@user_errors
def check(project: Path) -> None:
    """Check the project file's integrity; exit 0 only if it is sound."""
    with open_project(project, readonly=True, full_check=True) as proj:
        problems = proj.integrity_problems()
        docs_n, claims_n = proj.document_count(), proj.claim_count()
    if problems:
        for p in problems:
            click.echo(f"problem: {p}", err=True)
        fail(f"{project} has {len(problems)} problem(s)", 1)
    click.echo(f"ok: {project} ({docs_n} documents, {claims_n} claims)")


@click.command()
@project_arg
@click.option("--list", "list_only", is_flag=True, help="List the backups (newest first) instead.")
@user_errors
def backup(project: Path, list_only: bool) -> None:
    """Back up PROJECT now (verified; the oldest beyond 10 are rotated out)."""
    from ..project import files as backups

    if list_only:
        items = backups.list_backups(project)
        for b in items:
            click.echo(f"{b.label}  {b.size / 1e6:8.2f} MB  {b.path}")
        if not items:
            click.echo(f"no backups of {project} in {backups.backup_dir(project)}")
        return
    info = backups.make_backup(project)
    click.echo(f"backed up {project} to {info.path}")


@click.command()
@project_arg
@click.argument("backup_file", required=False,
                type=click.Path(readable=False, path_type=Path))
@user_errors
def restore(project: Path, backup_file: Path | None) -> None:
    """Replace PROJECT by BACKUP_FILE (default: the newest verified backup).

    The current file is backed up first (or, if damaged, moved aside untouched), so a restore
    can itself be undone by restoring that backup.
    """
    from ..project import files as backups

    if backup_file is None:
        newest = backups.newest_verified(project)
        if newest is None:
            fail(f"no verified backup of {project} in {backups.backup_dir(project)}")
        backup_file = newest.path
    result = backups.restore(project, backup_file)
    click.echo(f"restored {project} from {result.restored_from}")
    if result.previous is not None:
        what = "damaged file moved aside to" if result.previous_was_damaged else "previous version backed up to"
        click.echo(f"{what} {result.previous}")
