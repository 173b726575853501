"""One window per project file: a second launch hands the project over instead of writing too.

The window that has a project open listens on a local socket named after the project's absolute
path (per user, so other accounts cannot reach it). A second `annotator PROJECT` first calls
`hand_over(PROJECT)`: if a window answers, it raises itself and the second process exits.
A socket left behind by a crashed window answers nothing, and is removed before listening.

Protocol: the client sends the absolute path and a newline; the server answers "ok\\n" and
emits `open_requested(path)`.
"""
from __future__ import annotations

import getpass
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..core.digest import sha256_hex

CONNECT_TIMEOUT_MS = 500
REPLY_TIMEOUT_MS = 2000


def _user() -> str:
    try:
        return str(os.getuid())
    except AttributeError:  # Windows
        try:
            return getpass.getuser()
        except Exception:
            return "user"


def server_name(project: str | Path) -> str:
    """The socket name for one project: stable across launches, distinct per file and user."""
    # fsencode: a file name need not be UTF-8 (b"\xff" arrives as a lone surrogate)
    key = sha256_hex(os.fsencode(Path(project).resolve()))[:24]
    return f"annotator-{_user()}-{key}"


def hand_over(project: str | Path, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """True if a running window has this project open and took the request (it raises itself);
    False if none answers, so the caller may open the project itself."""
    resolved = str(Path(project).resolve())
    sock = QLocalSocket()
    sock.connectToServer(server_name(resolved))
    if not sock.waitForConnected(timeout_ms):
        return False
    try:
        sock.write(os.fsencode(resolved) + b"\n")
        if not sock.waitForBytesWritten(timeout_ms):
            return False
        reply = b""
        while not reply.endswith(b"\n"):
            if not sock.bytesAvailable() and not sock.waitForReadyRead(REPLY_TIMEOUT_MS):
                return False
            reply += bytes(sock.readAll().data())
        return reply.strip() == b"ok"
    finally:
        sock.disconnectFromServer()


class ProjectServer(QObject):
    """Listens for `hand_over` calls on the project currently open in this window."""

    open_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}
        self.project: Path | None = None

    def listen(self, project: str | Path) -> bool:
        """Claim `project` for this window. False means another live window already has it
        (call `hand_over` and let that window take it, or tell the user)."""
        self.close()
        name = server_name(project)
        server = QLocalServer(self)
        # No socket options on purpose: with them Qt binds in a temporary folder and renames
        # over an existing socket, stealing a live window's name. Plain bind() fails instead,
        # which is the lock. The name is per user; the socket file gets the umask's mode.
        if not server.listen(name):
            if hand_over(project):
                server.deleteLater()
                return False
            QLocalServer.removeServer(name)  # left behind by a window that crashed
            if not server.listen(name):
                server.deleteLater()
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        self.project = Path(project).resolve()
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self.project = None

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._drop(s))

    def _read(self, sock: QLocalSocket) -> None:
        data = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        if len(data) > 64 * 1024:  # not one of ours
            sock.abort()
            return
        self._buffers[sock] = data
        if not data.endswith(b"\n"):
            return
        path = os.fsdecode(data.rstrip(b"\n"))
        sock.write(b"ok\n")
        sock.flush()
        self.open_requested.emit(path)

    def _drop(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()
