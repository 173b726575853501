"""Where an export goes: the default beside the project, the file or folder picker, and the
question before an existing export is replaced."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ..file_dialogs import existing_folder, save_file

from .export_filters import FormatInfo


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
        return existing_folder(parent, "Export to folder (new or empty)", str(current.parent))
    return save_file(parent, "Export to file", str(current),
                     f"{info.label} (*{info.suffix});;All files (*)")


def confirm_replace(parent: QWidget, info: FormatInfo, dest: Path) -> bool:
    if not dest.exists() or (info.multi_file and dest.is_dir() and not any(dest.iterdir())):
        return True
    what = "folder" if dest.is_dir() else "file"
    answer = QMessageBox.question(
        parent, "Replace export?", f"The {what} {dest} already exists. Replace it?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
