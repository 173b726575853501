"""Dialogs and panels the main window opens: import, export, search, settings, about, errors.

Each long-running one does its work in annotator.ui.workers, on its own Project.
"""
from .about_dialog import show_about
from .errors import show_error
from .import_dialog import ImportDialog
from .search_panel import SearchPanel
from .settings_dialog import SettingsDialog, ensure_annotator_name

__all__ = ["ExportDialog", "ImportDialog", "SearchPanel", "SettingsDialog",
           "ensure_annotator_name", "show_about", "show_error"]


def __getattr__(name: str):
    # The export dialog needs annotator.export, which loads the exporters; import it on use.
    if name == "ExportDialog":
        from .export_dialog import ExportDialog
        return ExportDialog
    raise AttributeError(name)
