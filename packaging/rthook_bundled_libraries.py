"""PyInstaller runtime hook: `ctypes.util.find_library` also sees the libraries the bundle carries.

annotator.launch asks find_library whether the X11 libraries Qt needs are installed, so that a
bare system gets "install libxcb-cursor0" instead of Qt's page of plugin errors. The bundle
ships those libraries itself (the bootloader puts its folder on the library path), but
find_library only looks at the system's, and would send users to install what they already have.
"""
from __future__ import annotations

import ctypes.util
import sys
from collections.abc import Callable
from pathlib import Path


def bundled_library(name: str, folder: str | Path) -> str | None:
    """The file name of lib<name>.so[.N] in `folder`, as find_library names a library."""
    found = sorted(Path(folder).glob(f"lib{name}.so*"))
    return found[0].name if found else None


def with_bundle(system: Callable[[str], str | None], folder: str | Path) -> Callable[[str], str | None]:
    def find_library(name: str) -> str | None:
        return system(name) or bundled_library(name, folder)
    find_library.__doc__ = system.__doc__
    return find_library


if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
    ctypes.util.find_library = with_bundle(ctypes.util.find_library, sys._MEIPASS)
