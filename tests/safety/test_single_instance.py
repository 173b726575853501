"""A second launch on an open project hands it to the running window (two real processes)."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtNetwork")


@pytest.fixture
def project(tmp_path):
    """The project path the test's windows claim; the socket a killed one leaves goes after."""
    path = tmp_path / "p.annot"
    yield path
    from PySide6.QtNetwork import QLocalServer

    from annotator.ui.single_instance import server_name

    QLocalServer.removeServer(server_name(path))

SERVER = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from annotator.ui.single_instance import ProjectServer

    app = QCoreApplication([])
    server = ProjectServer()
    ok = server.listen(sys.argv[1])
    print("listening" if ok else "refused", flush=True)
    if not ok:
        sys.exit(0)
    def got(path):
        print("open_requested " + path, flush=True)
        QTimer.singleShot(100, app.quit)
    server.open_requested.connect(got)
    QTimer.singleShot(20000, app.quit)
    app.exec()
""")

CLIENT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication
    from annotator.ui.single_instance import hand_over
    app = QCoreApplication([])
    print("handed" if hand_over(sys.argv[1]) else "not handed", flush=True)
""")


def _env() -> dict:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _client(tmp_path: Path, project: Path) -> str:
    script = tmp_path / "client.py"
    script.write_text(CLIENT)
    out = subprocess.run([sys.executable, str(script), str(project)], capture_output=True,
                         text=True, timeout=60, env=_env())
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def _start_server(tmp_path, project):
    """A window's single-instance server on `project`, in a process of its own."""
    script = tmp_path / "server.py"
    script.write_text(SERVER)
    return script, subprocess.Popen([sys.executable, str(script), str(project)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    env=_env())


def test_no_running_window_means_no_hand_over(tmp_path):
    assert _client(tmp_path, tmp_path / "nobody-has-this.annot") == "not handed"


def test_second_launch_hands_the_project_to_the_running_window(tmp_path, project):
    project.write_bytes(b"")
    _script, first = _start_server(tmp_path, project)
    try:
        assert first.stdout.readline().strip() == "listening", first.stderr.read()
        # another project is not handed over to this window
        assert _client(tmp_path, tmp_path / "other.annot") == "not handed"
        # the same file, named through a different relative path
        relative = os.path.relpath(project, Path.cwd())
        assert _client(tmp_path, Path(relative)) == "handed"
        assert first.stdout.readline().strip() == f"open_requested {project.resolve()}"
    finally:
        first.wait(timeout=30)


def test_a_third_window_cannot_listen_while_one_has_the_project(tmp_path, project):
    script, first = _start_server(tmp_path, project)
    try:
        assert first.stdout.readline().strip() == "listening", first.stderr.read()
        second = subprocess.run([sys.executable, str(script), str(project)], capture_output=True,
                                text=True, timeout=60, env=_env())
        assert second.stdout.splitlines()[0] == "refused"
    finally:
        first.kill()
        first.wait(timeout=30)


def test_socket_left_by_a_crashed_window_is_reclaimed(tmp_path, project):
    script, crashed = _start_server(tmp_path, project)
    assert crashed.stdout.readline().strip() == "listening"
    crashed.kill()  # SIGKILL: the socket file stays behind
    crashed.wait(timeout=30)
    assert _client(tmp_path, project) == "not handed"
    again = subprocess.Popen([sys.executable, str(script), str(project)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=_env())
    try:
        assert again.stdout.readline().strip() == "listening", again.stderr.read()
    finally:
        again.kill()
        again.wait(timeout=30)
