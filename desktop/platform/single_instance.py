"""One Meetdesk per person and profile: a second launch hands over to the first and exits.

The first instance listens on a local socket (a named pipe on Windows, a Unix socket
elsewhere) named after the user and the profile folder. A second launch connects, says
"show" (bring the window forward) or "silent" (started at login: nothing to do) and exits.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500


def server_name(profile_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: the folder alone identifies us
        user = ""
    digest = hashlib.sha256(f"{user}\n{profile_dir.resolve()}".encode()).hexdigest()[:20]
    return f"meetdesk-{digest}"


class SingleInstance(QObject):
    """`claim()` is True for the first instance; then `showRequested` fires when a later
    launch asks for the window."""

    showRequested = Signal()

    def __init__(self, profile_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(profile_dir)
        self.server: QLocalServer | None = None

    def claim(self, *, silent: bool = False) -> bool:
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if socket.waitForConnected(CONNECT_TIMEOUT_MS):
            socket.write(b"silent\n" if silent else b"show\n")
            socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
            socket.disconnectFromServer()
            socket.deleteLater()
            return False
        socket.deleteLater()
        # Nobody answered: a socket file left by a crash is removed, then we listen.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            return True  # cannot listen (odd platform): run anyway rather than not at all
        server.newConnection.connect(self._connected)
        self.server = server
        return True

    def _connected(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            message = bytes(socket.readLine().data()).strip()
            if message == b"show":
                self.showRequested.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
