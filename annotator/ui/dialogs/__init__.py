"""Dialogs and panels the main window opens: import, export, search, settings, about, errors.

Each long-running one does its work in annotator.ui.workers, on its own Project. Nothing is
imported here: the window loads each dialog module when the user first opens it, so starting
the app does not pay for the importers, the exporters or package metadata.
"""
