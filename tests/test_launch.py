"""The launcher says what is missing instead of dumping Qt's plugin errors."""
import ctypes.util
import os
import subprocess
import sys
from pathlib import Path

from annotator import launch


def test_missing_xcb_libraries_are_named_with_the_install_command(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    present = {"xcb-icccm", "xcb-keysyms", "xcb-image", "xcb-render-util", "xcb-shape", "xcb-xkb",
               "xkbcommon", "EGL", "GL", "fontconfig", "dbus-1"}
    monkeypatch.setattr(ctypes.util, "find_library", lambda n: f"lib{n}.so" if n in present else None)
    monkeypatch.setattr(launch, "_ldconfig_libraries", lambda: frozenset({"libGL", "libEGL"}))
    monkeypatch.setattr(launch, "_multiarch_dirs", lambda: ())  # not Debian's folders
    message = launch.display_problem()
    assert message is not None
    assert "sudo apt-get install -y libxcb-cursor0 libxkbcommon-x11-0" in message


def test_the_linker_cache_is_read_once_for_all_libraries(monkeypatch):
    monkeypatch.setattr(launch, "_multiarch_dirs", lambda: ())  # not Debian's folders
    launch._ldconfig_libraries.cache_clear()
    runs = []
    real = subprocess.run
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: runs.append(a) or real(*a, **k))
    monkeypatch.setattr(ctypes.util, "find_library", lambda n: None)
    present = [n for n in launch.XCB_LIBRARIES if launch.library_present(n)]
    launch._ldconfig_libraries.cache_clear()
    assert len(runs) == 1 and runs[0][0][1] == "-p"
    assert "fontconfig" in present  # Qt itself needs it even offscreen: installed here


def test_libraries_in_debians_folders_are_found_without_running_ldconfig(tmp_path, monkeypatch):
    """The soname in /usr/lib/<arch> answers at once; one not there still asks the linker's
    cache (ldconfig runs then, once), and the hint names only what neither has."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(launch, "_multiarch_dirs", lambda: (str(tmp_path),))
    monkeypatch.setattr(ctypes.util, "find_library", lambda n: None)
    cache_reads = []
    monkeypatch.setattr(launch, "_ldconfig_libraries",
                        lambda: cache_reads.append(1) or frozenset({"libGL"}))
    assert set(launch.SONAMES) == set(launch.XCB_LIBRARIES)  # a file for each library named
    for soname in launch.SONAMES.values():
        (tmp_path / soname).write_bytes(b"")
    assert launch.display_problem() is None and cache_reads == []
    (tmp_path / "libGL.so.1").unlink()  # elsewhere, in the linker's cache
    (tmp_path / "libxcb-cursor.so.0").unlink()  # nowhere
    (tmp_path / "libxcb-cursor.so.0.0.0").write_bytes(b"")  # not the name Qt asks for
    message = launch.display_problem()
    assert message is not None and message.endswith("sudo apt-get install -y libxcb-cursor0")
    assert cache_reads  # asked only for the two not found


def test_the_multiarch_folders_are_this_kinds(monkeypatch):
    monkeypatch.setattr(sys.implementation, "_multiarch", "x86_64-linux-gnu", raising=False)
    dirs = launch._multiarch_dirs()
    assert dirs and all(d.endswith("/x86_64-linux-gnu") for d in dirs)
    assert len(dirs) == len(set(dirs))  # /lib -> /usr/lib on a merged /usr: listed once
    monkeypatch.setattr(sys.implementation, "_multiarch", "", raising=False)
    assert launch._multiarch_dirs() == ()


def test_no_problem_offscreen(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert launch.display_problem() is None


def test_gui_without_display_exits_with_a_sentence(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "annotator.cli"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3
    assert "no display" in proc.stderr and "Traceback" not in proc.stderr


def test_launch_checks_the_chosen_project_while_qt_loads(tmp_path, monkeypatch):
    """The page check starts before the GUI modules load, on the project that run() opens."""
    from annotator.project import Project
    from annotator.store import early_check
    from annotator.ui import app

    path = tmp_path / "p.annot"
    Project.create(path).close()
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    started, ran = [], []
    monkeypatch.setattr(early_check, "start_early_check", started.append)
    monkeypatch.setattr(app, "run", lambda project, demo, smoke_test: ran.append(project) or 0)
    assert launch.launch_gui(path) == 0
    assert started == ran == [path]


def test_the_launcher_knows_every_subcommand():
    from annotator.cli import main

    assert launch.SUBCOMMANDS == set(main.commands)


def test_opening_the_app_does_not_load_the_command_line_parser(tmp_path):
    """`annotator` and `annotator PROJECT` go straight to the launcher (here: no display)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = ("import sys\nfrom annotator.launch import main\ntry:\n    main(sys.argv[1:])\n"
            "except SystemExit as e:\n    print(e.code, 'click' in sys.modules)\n")
    for args in ([], [str(tmp_path / "p.annot")]):
        out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                             text=True, timeout=60)
        assert out.stdout.split() == ["3", "False"], out.stderr
    # anything else is the command line's
    out = subprocess.run([sys.executable, "-c", code, "docs", "--help"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert "Usage: annotator docs" in out.stdout and out.stdout.split()[-2:] == ["0", "True"]


def _run_launcher(args, tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(Path(launch.__file__).parents[1])  # this tree, run from tmp_path
    code = ("import sys\nfrom annotator.launch import main\ntry:\n    main(sys.argv[1:])\n"
            "except SystemExit as e:\n    print(e.code, 'click' in sys.modules)\n")
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                          text=True, timeout=60, cwd=tmp_path)


def test_a_mistyped_command_is_named_not_opened_as_a_project(tmp_path):
    """`annotator matchx` said nothing and opened the app (here: exit 3, no display)."""
    for args in (["matchx"], ["matchx", "--help"], ["serch", "p.annot", "x"]):
        out = _run_launcher(args, tmp_path)
        assert out.stdout.split()[0] == "2", (args, out.stdout, out.stderr)
        assert f"no such command '{args[0]}'" in out.stderr
        assert "Usage: annotator gui" not in out.stdout
        assert len(out.stderr.strip().splitlines()) == 1
    assert "Did you mean 'search'?" in _run_launcher(["serch"], tmp_path).stderr


def test_a_project_path_still_opens_the_app_even_before_it_exists(tmp_path):
    (tmp_path / "existing").write_text("")
    for args in (["some/new.annot"], ["new.ANNOT"], ["existing"]):
        out = _run_launcher(args, tmp_path)
        assert out.stdout.split() == ["3", "False"], (args, out.stdout, out.stderr)


def test_a_command_does_not_load_what_only_the_gui_start_needs():
    """Every command starts in annotator.launch: shutil and subprocess (15 ms) are for the
    GUI's library check only."""
    code = ("import sys; import annotator.launch; "
            "print(sorted(m for m in ('shutil', 'subprocess') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True,
                         check=True, env={"PYTHONPATH": str(Path(launch.__file__).parents[1])})
    assert out.stdout.strip() == "[]"
