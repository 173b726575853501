"""The launcher says what is missing instead of dumping Qt's plugin errors."""
import ctypes.util
import os
import subprocess
import sys

from annotator import launch


def test_missing_xcb_libraries_are_named_with_the_install_command(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    present = {"xcb-icccm", "xcb-keysyms", "xcb-image", "xcb-render-util", "xcb-shape", "xcb-xkb",
               "xkbcommon", "EGL", "GL", "fontconfig", "dbus-1"}
    monkeypatch.setattr(ctypes.util, "find_library", lambda n: f"lib{n}.so" if n in present else None)
    message = launch.display_problem()
    assert message is not None
    assert "sudo apt-get install -y libxcb-cursor0 libxkbcommon-x11-0" in message


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
