"""Which parts of Qt the bundle keeps: the plugins the workbench uses and the libraries they need.

PyInstaller's PySide6 hooks copy every plugin of each imported Qt module (QtGui alone brings
~40: EGLFS, VNC, the virtual keyboard with QtQuick behind it, GTK's theme with GTK behind it…)
and the libraries those plugins link. Annotator is a QtWidgets desktop app on X11 or Wayland,
so the spec keeps an allow-list of plugins, then drops every Qt library, and every system
library PyInstaller copied, that no remaining binary links to. Pure functions over
PyInstaller's (dest, src, typecode) tuples, so tests can check the rules without a build.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

QT_ROOT = "PySide6/Qt"
PLUGINS = f"{QT_ROOT}/plugins"
QT_LIBS = f"{QT_ROOT}/lib"

#: plugin folder -> plugin files kept; folders not listed are dropped whole
KEEP_PLUGINS: dict[str, frozenset[str]] = {
    # X11 and Wayland sessions, plus offscreen/minimal for headless checks (the smoke test)
    "platforms": frozenset({"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so"}),
    "xcbglintegrations": frozenset({"libqxcb-glx-integration.so", "libqxcb-egl-integration.so"}),
    "wayland-shell-integration": frozenset({"libxdg-shell.so"}),
    "wayland-decoration-client": frozenset({"libbradient.so", "libadwaita.so"}),
    "wayland-graphics-integration-client": frozenset({"libqt-plugin-wayland-egl.so"}),
    # typing in any language: dead keys (compose) and input methods such as IBus for CJK
    "platforminputcontexts": frozenset({
        "libcomposeplatforminputcontextplugin.so", "libibusplatforminputcontextplugin.so",
    }),
    # native file dialogs through the desktop portal (GNOME, KDE, Flatpak); the GTK3 theme is
    # left out because it would drag GTK and its dependency tree into the bundle
    "platformthemes": frozenset({"libqxdgdesktopportal.so"}),
    # the app icon and any SVG icons; PNG support is built into QtGui
    "imageformats": frozenset({"libqsvg.so", "libqico.so", "libqjpeg.so"}),
    "iconengines": frozenset({"libqsvgicon.so"}),
}

#: modules never bundled even if some dependency mentions them; the app imports none of them
#: (tests/packaging checks that against annotator's own imports)
NEVER_USED = [
    "tkinter", "_tkinter", "pydoc_data", "lib2to3",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtDesigner", "PySide6.QtMultimedia", "PySide6.Qt3DCore",
]
#: optional export formats' libraries (pyproject extras "parquet" and "spacy"): hundreds of MB,
#: so the bundle leaves them out and those two formats say what they need, as without the extra
HEAVY_OPTIONAL = ["pyarrow", "spacy"]
EXCLUDED_MODULES = NEVER_USED + HEAVY_OPTIONAL

#: libraries always taken from the user's system: the graphics drivers (Mesa) that Qt may load
#: link the system's C++ runtime, and a bundled older copy would shadow it and break them
FROM_SYSTEM = frozenset({"libstdc++.so.6", "libgcc_s.so.1"})

Entry = tuple  # PyInstaller TOC entry: (dest_name, src_name, typecode)


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def is_unwanted(dest: str) -> bool:
    """True for a Qt plugin not on the allow-list, a Qt translation catalogue (the UI is
    English), or a library that must come from the system (FROM_SYSTEM)."""
    path = dest.replace("\\", "/")
    if path in FROM_SYSTEM:
        return True
    if path.startswith(f"{QT_ROOT}/translations/"):
        return True
    if not path.startswith(f"{PLUGINS}/"):
        return False
    parts = _parts(path)
    folder = parts[3] if len(parts) > 4 else ""
    return parts[-1] not in KEEP_PLUGINS.get(folder, frozenset())


def is_removable_library(dest: str) -> bool:
    """A shared library kept only if something else links to it: Qt's, or one PyInstaller
    copied from the system beside the executable (libpython is loaded by the bootloader itself)."""
    path = dest.replace("\\", "/")
    if path.startswith(f"{QT_LIBS}/"):
        return True
    return "/" not in path and ".so" in path and not path.startswith("libpython")


def trim(binaries: Iterable[Entry], datas: Iterable[Entry],
         needed_by: Callable[[str], Iterable[str]]) -> tuple[list[Entry], list[Entry], list[str]]:
    """Drop unwanted plugins and translations, then the libraries nothing kept links to.

    `needed_by(src)` gives the file names of the shared libraries a binary loads (transitively,
    as ldd reports them). Returns the kept binaries, the kept datas and the dropped dest names.
    PyInstaller's top-level SYMLINK entries go with the library they point to.
    """
    binaries, datas = list(binaries), list(datas)
    dropped = [e[0] for e in (*binaries, *datas) if is_unwanted(e[0])]
    binaries = [e for e in binaries if not is_unwanted(e[0])]
    datas = [e for e in datas if not is_unwanted(e[0])]

    needed: set[str] = set()
    for dest, src, typecode in binaries:
        if typecode != "SYMLINK" and not is_removable_library(dest):
            needed.update(needed_by(src))
    kept = []
    for entry in binaries:
        dest, _, typecode = entry
        if typecode != "SYMLINK" and is_removable_library(dest) \
                and PurePosixPath(dest).name not in needed:
            dropped.append(dest)
        else:
            kept.append(entry)
    # PyInstaller files some of those links under datas, others under binaries
    gone = set(dropped)
    dangling = [e for e in (*kept, *datas) if e[2] == "SYMLINK" and e[1] in gone]
    kept = [e for e in kept if e not in dangling]
    datas = [e for e in datas if e not in dangling]
    return kept, datas, dropped + [e[0] for e in dangling]
