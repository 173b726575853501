"""The rules that keep the bundle small: which Qt plugins and libraries it keeps."""
from __future__ import annotations

from .packaging_support import import_packaging_module

qt_trim = import_packaging_module("qt_trim")

SITE = "/venv/site-packages/"


def binary(dest: str, typecode: str = "BINARY") -> tuple[str, str, str]:
    return dest, SITE + dest, typecode


def plugin(folder: str, name: str) -> tuple[str, str, str]:
    return binary(f"PySide6/Qt/plugins/{folder}/{name}")


def test_keeps_desktop_platforms_and_input_methods_only():
    keep = [plugin("platforms", "libqxcb.so"), plugin("platforms", "libqwayland.so"),
            plugin("platforms", "libqoffscreen.so"),
            plugin("platforminputcontexts", "libibusplatforminputcontextplugin.so"),
            plugin("iconengines", "libqsvgicon.so"), plugin("imageformats", "libqsvg.so")]
    drop = [plugin("platforms", "libqeglfs.so"), plugin("platforms", "libqvnc.so"),
            plugin("platforminputcontexts", "libqtvirtualkeyboardplugin.so"),
            plugin("platformthemes", "libqgtk3.so"), plugin("sqldrivers", "libqsqlite.so"),
            plugin("imageformats", "libqtiff.so"), plugin("qmltooling", "libqmldbg_debugger.so")]
    assert [e for e in keep + drop if not qt_trim.is_unwanted(e[0])] == keep


def test_translations_are_dropped_and_other_data_kept():
    assert qt_trim.is_unwanted("PySide6/Qt/translations/qtbase_id.qm")
    assert not qt_trim.is_unwanted("annotator/resources/samples/claims.json")
    assert not qt_trim.is_unwanted("langdetect/profiles/id")


def test_cxx_runtime_comes_from_the_system():
    assert qt_trim.is_unwanted("libstdc++.so.6") and qt_trim.is_unwanted("libgcc_s.so.1")
    assert not qt_trim.is_unwanted("libxcb-cursor.so.0")


def test_drops_libraries_only_dropped_plugins_linked():
    xcb = plugin("platforms", "libqxcb.so")
    vkb = plugin("platforminputcontexts", "libqtvirtualkeyboardplugin.so")
    gui = binary("PySide6/Qt/lib/libQt6Gui.so.6")
    quick = binary("PySide6/Qt/lib/libQt6Quick.so.6")
    gtk_dep = binary("libatk-1.0.so.0")          # system library copied for the GTK3 theme
    fonts = binary("libfontconfig.so.1")          # system library Qt itself links
    python = binary("libpython3.11.so.1.0")       # loaded by the bootloader, linked by nobody
    ext = binary("PySide6/QtGui.abi3.so", "EXTENSION")
    links = {xcb[1]: {"libQt6Gui.so.6", "libfontconfig.so.1"},
             vkb[1]: {"libQt6Quick.so.6", "libQt6Gui.so.6"},
             ext[1]: {"libQt6Gui.so.6"}}
    datas = [("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
             ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
             ("annotator/resources/icons/annotator.svg", "/repo/resources/icons/annotator.svg", "DATA")]
    binaries = [xcb, vkb, gui, quick, gtk_dep, fonts, python, ext]

    kept, kept_datas, dropped = qt_trim.trim(binaries, datas, lambda src: links.get(src, set()))

    assert kept == [xcb, gui, fonts, python, ext]
    assert [d[0] for d in kept_datas] == ["libQt6Gui.so.6", "annotator/resources/icons/annotator.svg"]
    assert set(dropped) == {vkb[0], quick[0], gtk_dep[0], "libQt6Quick.so.6"}


def test_symlinks_filed_under_binaries_follow_their_target():
    quick = binary("PySide6/Qt/lib/libQt6Quick.so.6")
    link = ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK")
    kept, _, dropped = qt_trim.trim([quick, link], [], lambda src: set())
    assert kept == [] and set(dropped) == {quick[0], link[0]}


def test_excluded_modules_are_not_used_by_the_app():
    import ast

    from .packaging_support import REPO

    used = set()
    for path in (REPO / "annotator").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                used.add(node.module)
                used.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                used.update(a.name for a in node.names)
    assert "PySide6.QtWidgets" in used  # the scan works
    assert not used & set(qt_trim.NEVER_USED)


def test_heavy_modules_left_out_come_from_optional_extras_only():
    from packaging.requirements import Requirement

    from .packaging_support import pyproject

    project = pyproject()["project"]
    optional = {Requirement(r).name.lower() for extra, reqs in project["optional-dependencies"].items()
                if extra != "test" for r in reqs}
    base = {Requirement(r).name.lower() for r in project["dependencies"]}
    for module in qt_trim.HEAVY_OPTIONAL:
        assert module in optional and module not in base


def test_launcher_counts_libraries_the_bundle_carries(tmp_path, monkeypatch):
    import ctypes.util

    from annotator import launch

    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    (tmp_path / "libGLX.so.0").write_bytes(b"")
    system = {"fontconfig": "libfontconfig.so.1"}
    monkeypatch.setattr(ctypes.util, "find_library", system.get)
    monkeypatch.setattr(launch, "_ldconfig_libraries", lambda: frozenset({"libfontconfig"}))
    monkeypatch.setattr(launch, "_multiarch_dirs", lambda: ())  # not Debian's folders
    assert launch.library_present("xcb-cursor", tmp_path)      # bundled only
    assert launch.library_present("fontconfig", tmp_path)      # the system's
    assert not launch.library_present("GL", tmp_path)          # libGLX is another library
    missing = launch.missing_system_packages("xcb", tmp_path)
    assert "libxcb-cursor0" not in missing and "libgl1" in missing
