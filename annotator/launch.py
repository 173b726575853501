"""Start the GUI — after checking, without Qt, that Qt can start at all, and choosing the
project (whose page check then runs while Qt loads: launching is the one place outside the
facade that reaches the store, so the check can start before the facade's modules load).

On a bare Debian/Ubuntu, Qt's xcb platform plugin needs system libraries that pip cannot
install; Qt's own message for that is a page of plugin errors. We look for them first and say
which package to install.
"""
from __future__ import annotations

import functools
import os
import sys
TYPE_CHECKING = False  # typing itself costs a Python start's worth of time

if TYPE_CHECKING:  # imported where used: every command starts here, `annotator docs` (a
    from pathlib import Path  # listing scripts call in loops) has no use for pathlib

#: library soname stem → Debian/Ubuntu package that provides it
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xkbcommon": "libxkbcommon0",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}


#: the exact names Qt's xcb plugin and Qt itself ask the dynamic linker for (their DT_NEEDED)
SONAMES = {
    "xcb-cursor": "libxcb-cursor.so.0", "xcb-icccm": "libxcb-icccm.so.4",
    "xcb-keysyms": "libxcb-keysyms.so.1", "xcb-image": "libxcb-image.so.0",
    "xcb-render-util": "libxcb-render-util.so.0", "xcb-shape": "libxcb-shape.so.0",
    "xcb-xkb": "libxcb-xkb.so.1", "xkbcommon-x11": "libxkbcommon-x11.so.0",
    "xkbcommon": "libxkbcommon.so.0", "EGL": "libEGL.so.1", "GL": "libGL.so.1",
    "fontconfig": "libfontconfig.so.1", "dbus-1": "libdbus-1.so.3",
}


def _multiarch_dirs() -> tuple[str, ...]:
    """Debian's and Ubuntu's library folders for this process's kind (/usr/lib/x86_64-linux-gnu,
    where the packages the hint names install them); none elsewhere."""
    arch = getattr(sys.implementation, "_multiarch", "")
    if not arch:
        return ()
    return tuple(dict.fromkeys(os.path.realpath(f"{root}/{arch}") for root in ("/usr/lib", "/lib")))


def _bundle_dir() -> Path | None:
    """The folder of a PyInstaller bundle, whose own copies of libraries count as installed."""
    from pathlib import Path

    folder = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    return Path(folder) if folder else None


@functools.lru_cache(maxsize=1)
def _ldconfig_libraries() -> frozenset[str]:
    """Library names in the dynamic linker's cache (`ldconfig -p`), read once: asking
    ctypes.util.find_library for each of the 13 libraries runs ldconfig 13 times (20 ms of
    every start on a desktop). Empty when ldconfig cannot be run."""
    import shutil  # here, not at the top: every command starts here, only the GUI needs them
    import subprocess

    tool = shutil.which("ldconfig") or next(
        (t for t in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if os.path.exists(t)), None)
    if tool is None:
        return frozenset()
    try:
        out = subprocess.run([tool, "-p"], capture_output=True, text=True, timeout=10,
                             env={**os.environ, "LC_ALL": "C"}).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    # this process's kind only ("libc6,x86-64"): a 32-bit copy does not count
    want64 = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(os.uname().machine, "")
    names = set()
    for line in out.splitlines()[1:]:
        soname, _, rest = line.strip().partition(" (")
        if soname and want64 in rest.partition(")")[0]:
            names.add(soname.split(".so")[0])
    return frozenset(names)


def library_present(name: str, bundle: Path | None = None) -> bool:
    """Whether the dynamic linker can find library `name`: first its exact file in Debian's
    folders for this kind of machine (13 stat calls, where reading the linker's cache runs
    ldconfig: 20-27 ms of every start on an X11 desktop), then the linker's cache, then
    ctypes' search, then the bundle's own copies."""
    soname = SONAMES.get(name)
    if soname and any(os.path.exists(os.path.join(d, soname)) for d in _multiarch_dirs()):
        return True
    if f"lib{name}" in _ldconfig_libraries():
        return True
    import ctypes.util  # slower (it runs tools per name), for libraries outside the cache

    if ctypes.util.find_library(name):
        return True
    return bundle is not None and any(bundle.glob(f"lib{name}.so*"))


def missing_system_packages(platform: str | None = None, bundle: Path | None = None) -> list[str]:
    """Debian packages Qt needs for `platform` (xcb by default on X11) that are not installed."""
    platform = platform or os.environ.get("QT_QPA_PLATFORM", "")
    if sys.platform != "linux" or platform.startswith(("offscreen", "minimal", "wayland", "vnc")):
        return []
    bundle = bundle or _bundle_dir()
    return sorted({pkg for lib, pkg in XCB_LIBRARIES.items() if not library_present(lib, bundle)})


def display_problem() -> str | None:
    if sys.platform != "linux":
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc")):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return ("no display: DISPLAY and WAYLAND_DISPLAY are not set. Run Annotator in a desktop "
                "session (or set QT_QPA_PLATFORM=offscreen for a headless check).")
    missing = missing_system_packages(platform)
    if missing:
        return ("Qt cannot start: system libraries are missing. Install them with:\n"
                f"    sudo apt-get install -y {' '.join(missing)}")
    return None


def launch_gui(project: Path | None, *, demo: bool = False, smoke_test: bool = False) -> int:
    from .core import startup_gc

    startup_gc.pause()  # until the window has painted (MainWindow, after the first paint)
    problem = display_problem()
    if problem:
        print(f"annotator: {problem}", file=sys.stderr)
        return 3
    from .core.errors import AnnotatorError
    from .project.demo import choose_project
    from .store.early_check import start_early_check  # the facade would load it all before Qt

    try:
        project, demo = choose_project(project, demo)
    except (AnnotatorError, OSError):
        pass  # run() tries again, and says what is wrong in a dialog
    else:
        start_early_check(project)  # runs while Qt and the window's modules load
    # The facade and the store (no Qt) load before Qt: once PySide6 is loaded, each module
    # imported passes through its import hook, which reads the module's source file to see
    # whether it uses PySide6 (shibokensupport's feature check: 10 ms for these 35 modules;
    # ui/pyside_checks.py makes it a read of the file's bytes for the window's modules)
    from .project import facade  # noqa: F401
    from .ui.app import run

    return run(project, demo=demo, smoke_test=smoke_test)


#: The command line's subcommands (annotator.cli; a test keeps the two lists equal). A first
#: word that names a project (see names_a_project), or none, opens the app, as `annotator.cli`
#: does too; any other word is a mistyped command.
SUBCOMMANDS = frozenset({"gui", "new", "import", "docs", "doc", "claim", "lang", "search",
                         "export", "check", "backup", "restore", "agreement", "stats",
                         "analyze", "match", "conflicts"})


def names_a_project(word: str) -> bool:
    """Whether a first word that is no subcommand is meant as a project to open: an existing
    file, a *.annot name (a new project need not exist yet) or a path with a folder in it.
    `annotator matchx` is none of these: a mistyped command, not a project to create."""
    if word.lower().endswith(".annot") or os.sep in word or (os.altsep or os.sep) in word:
        return True
    return os.path.isfile(word)


def no_such_command(word: str) -> str:
    """The one-line error for a first word that is neither a subcommand nor a project."""
    import difflib

    close = difflib.get_close_matches(word, sorted(SUBCOMMANDS), n=3, cutoff=0.5)
    hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return (f"no such command '{word}'.{hint} `annotator --help` lists the commands; "
            "a project to open is a file ending in .annot.")


def main(argv: list[str] | None = None) -> None:
    """The `annotator` command. `annotator` and `annotator PROJECT` start the app at once,
    without loading the command-line parser (click: 30 ms of every start), and so do the
    listings of annotator.cli.quick; everything else, options and --help included, goes to
    annotator.cli."""
    args = sys.argv[1:] if argv is None else list(argv)
    if not args or (len(args) == 1 and args[0] not in SUBCOMMANDS
                    and not args[0].startswith("-") and not os.path.isdir(args[0])
                    and names_a_project(args[0])):
        from pathlib import Path

        sys.exit(launch_gui(Path(args[0]) if args else None))
    from .cli.quick import run_quick

    if run_quick(args):  # `annotator docs P`: answered without loading click
        return
    from .cli import main as command_line

    command_line(args=args, prog_name="annotator")
