"""File dialogs that never open the files they list.

Qt's file dialog reads each listed file to tell its type and icon (by content when the name
does not say). For the open project that is fatal: on POSIX, closing ANY descriptor of a file
drops every lock this process holds on it, and the project's SQLite locks (on the file and its
-shm) are what stop another program from deleting the write-ahead log under the window (edits
lost) or resetting its shared index. So every dialog here lists files by name only, through
QuietIconProvider, and is Qt's own dialog: a platform dialog may run in-process and read files
the same way.
"""
from __future__ import annotations

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget
from PySide6.QtCore import QCoreApplication
from .i18n import arg


class QuietIconProvider(QFileIconProvider):
    """Icons and type names from what a path is, not from what is in it (the style's folder
    and file icons)."""

    def icon(self, what):  # (IconType) or (QFileInfo): one Python method serves both
        if isinstance(what, QFileInfo):
            kind = (QFileIconProvider.IconType.Folder if what.isDir()
                    else QFileIconProvider.IconType.File)
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix()
        return (arg(QCoreApplication.translate("FileDialogs", "%1 file"), suffix.upper()) if suffix
                else QCoreApplication.translate("FileDialogs", "File"))


def _dialog(parent: QWidget | None, caption: str, directory: str, name_filter: str = ""
            ) -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.resize(880, 540)  # Qt's own default is cramped
    provider = QuietIconProvider()
    dialog.setIconProvider(provider)
    dialog._icon_provider = provider  # the dialog does not own it: keep it alive as long
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() else []
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, caption: str, directory: str, name_filter: str) -> str:
    """The chosen existing file, or "" when cancelled."""
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return next(iter(_run(dialog)), "")


def open_files(parent: QWidget | None, caption: str, directory: str,
               name_filter: str) -> list[str]:
    dialog = _dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def save_file(parent: QWidget | None, caption: str, path: str, name_filter: str) -> str:
    """A file name to write (the dialog asks before an existing file is replaced)."""
    dialog = _dialog(parent, caption, path, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return next(iter(_run(dialog)), "")


def existing_folder(parent: QWidget | None, caption: str, directory: str = "") -> str:
    dialog = _dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return next(iter(_run(dialog)), "")
