"""The project file as a whole: backups, restore, the early page check, the format version.

These work on a path, not on an open Project (a restore replaces the file; a backup reads it
through its own connection), so they are functions; the GUI and the CLI reach them here and
never import the store.
"""
from __future__ import annotations

from ..store.backup import (
    BackupError, BackupInfo, RestoreResult, backup_dir, backup_if_changed, list_backups,
    make_backup, newest_verified, restore,
)
from ..store.backup_policy import BackupPolicy
from ..store.early_check import start_early_check
from ..store.fileformat import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION", "BackupError", "BackupInfo", "BackupPolicy", "RestoreResult", "backup_dir",
    "backup_if_changed", "list_backups", "make_backup", "newest_verified", "restore",
    "start_early_check",
]
