"""Where an export goes: the default beside the project, the file or folder picker, and the
question before an existing export is replaced."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ..file_dialogs import existing_folder, save_file

from .export_filters import FormatInfo
from PySide6.QtCore import QCoreApplication

from ..i18n import arg


def default(project_path: Path, info: FormatInfo) -> Path:
    """Beside the project, named after it: `venezuela.csv`, not `venezuela-csv.csv`; the
    format's name is added only where the suffix does not tell it (`venezuela-doccano.jsonl`,
    a `venezuela-brat` folder)."""
    suffix = info.suffix or ("" if info.multi_file else ".out")
    said = suffix.lstrip(".").lower() == info.name.lower()
    base = project_path.parent / (project_path.stem if said else f"{project_path.stem}-{info.name}")
    return base.with_name(base.name + suffix) if suffix and not info.multi_file else base


def follow_format(current: Path, info: FormatInfo) -> Path:
    """The user's chosen destination, with the suffix of a newly chosen format (none for a folder)."""
    if info.multi_file:
        return current.with_suffix("")
    return current.with_suffix(info.suffix) if info.suffix else current


def ask(parent: QWidget, info: FormatInfo, current: Path) -> str:
    """The chosen path, or "" when the user cancelled."""
    if info.multi_file:
        return existing_folder(parent, QCoreApplication.translate(
            "ExportDestination", "Export to folder (new or empty)"), str(current.parent))
    return save_file(parent, QCoreApplication.translate("ExportDestination", "Export to file"),
                     str(current), arg(QCoreApplication.translate(
                         "ExportDestination", "%1 (*%2);;All files (*)"), info.shown_label, info.suffix))


def read_only_file(dest: Path) -> bool:
    """A regular file (through a link) without write permission bits or access: the export
    replaces it only when the user says so (the CLI's --force)."""
    try:
        mode = dest.stat().st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and (not (mode & 0o222) or not os.access(dest, os.W_OK))


def confirm_replace(parent: QWidget, info: FormatInfo, dest: Path) -> bool:
    """Ask before replacing an existing file or folder; a read-only file is named as such."""
    if not dest.exists() or (info.multi_file and dest.is_dir() and not any(dest.iterdir())):
        return True
    question = arg(QCoreApplication.translate(
        "ExportDestination", "The folder %1 already exists. Replace it?") if dest.is_dir() else
        QCoreApplication.translate("ExportDestination", "The file %1 already exists. Replace it?"),
        dest)
    if not info.multi_file and read_only_file(dest):
        question = arg(QCoreApplication.translate(
            "ExportDestination", "The file %1 is read-only. Replace it anyway?"), dest)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ExportDestination", "Replace export?"), question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
