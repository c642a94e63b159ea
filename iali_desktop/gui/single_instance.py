"""One window per database: a second start hands its files to the first and leaves.

The window's exclusive claim on the database (`services.workspace.hold_for_window`, a
lock file beside it that no other process can take while the window lives, see
store/lock.py) says a window has it open; a `QLocalServer` named after the database lets
a second start (say, double-clicking a bundle in an e-mail) pass the bundle to that
window, which raises itself and opens the import preview. If the lock is held but the
first window does not answer, the second start says so and stops, so two windows never
write the same database at once.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from iali_desktop.domain.errors import DatabaseInUseError
from iali_desktop.services.workspace import DatabaseLock, hold_for_window

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 2000
MAX_MESSAGE = 64 * 1024
ACK = b"ok\n"  # the window's answer once it has the files


def server_name(db_path: Path) -> str:
    """A name unique to this user and this database file, short enough for a socket."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    digest = hashlib.sha256(f"{user}\0{db_path.resolve()}".encode()).hexdigest()[:20]
    return f"iali-desktop-{digest}"


class InstanceGuard(QObject):
    """Holds the database's window lock and receives files from later starts.

    `files_received(list[str])` is emitted when another start hands over its files (an
    empty list means "just come to the front").
    """

    files_received = Signal(list)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.name = server_name(db_path)
        db_path.resolve().parent.mkdir(parents=True, exist_ok=True)
        self._claim: DatabaseLock | None = None
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock and start listening; False when another window holds it.

        A crashed window's lock went with its process. Raises DatabaseInUseError (one
        line for the person) when command-line runs keep the database past a short wait.
        """
        try:
            self._claim = hold_for_window(self.db_path)
        except DatabaseInUseError as exc:
            if exc.by_window:
                return False
            raise
        QLocalServer.removeServer(self.name)  # a socket left behind by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("cannot listen for other starts: %s", server.errorString())
        else:
            server.newConnection.connect(self._accept)
            self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._claim is not None:
            self._claim.release()
            self._claim = None

    def hand_over(self, files: list[str]) -> bool:
        """Send `files` to the window that holds the lock; True once it confirms.

        A window that is hung (its socket accepts but nobody reads) never confirms, so
        the caller can tell the person instead of leaving silently.
        """
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        payload = json.dumps({"files": [str(Path(f).resolve()) for f in files]}).encode()
        socket.write(payload + b"\n")
        answer = bytearray()
        if socket.waitForBytesWritten(CONNECT_TIMEOUT_MS):
            while b"\n" not in answer and socket.waitForReadyRead(CONNECT_TIMEOUT_MS):
                answer.extend(bytes(socket.readAll().data()))
        socket.abort()
        return bytes(answer).startswith(ACK)

    def _accept(self) -> None:
        # Read each message right away: a later start writes its line as soon as it is
        # connected, so the short wait never holds the window noticeably, and no
        # per-connection Python handler outlives its socket.
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            data = bytearray()
            while b"\n" not in data and len(data) <= MAX_MESSAGE:
                if not socket.bytesAvailable() and not socket.waitForReadyRead(
                        CONNECT_TIMEOUT_MS):
                    break
                data.extend(bytes(socket.readAll().data()))
            if b"\n" in data:
                socket.write(ACK)
                socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
            socket.disconnectFromServer()
            socket.deleteLater()
            if b"\n" in data:
                self._deliver(bytes(data.split(b"\n", 1)[0]))

    def _deliver(self, line: bytes) -> None:
        try:
            message = json.loads(line)
            files = [str(f) for f in message.get("files", []) if isinstance(f, str)]
        except (ValueError, AttributeError):
            log.warning("ignored a malformed message from another start")
            return
        self.files_received.emit(files)
