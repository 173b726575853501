"""The command line: `annotator [PROJECT]` opens the GUI; the subcommands work without Qt.

commands.py holds the group and the editing commands, files.py the commands that look after the
file as a whole (check, backup, restore), common.py what they share (plain.py its part that
needs no click), quick.py the commands answered without loading click at all. Every command
reaches the project through the facade (annotator.project).

`main` loads on first use (PEP 562): importing annotator.cli.quick must not load click.
"""
__all__ = ["main"]


def __getattr__(name: str):  # no typing import: it costs more than this module
    if name == "main":
        from .commands import main

        globals()["main"] = main
        return main
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
