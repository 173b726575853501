"""The command line: `annotator [PROJECT]` opens the GUI; the subcommands work without Qt.

main.py holds the group and the editing commands, files.py the commands that look after the
file as a whole (check, backup, restore), common.py what they share. Every command reaches the
project through the facade (annotator.project).
"""
from .main import main

__all__ = ["main"]
