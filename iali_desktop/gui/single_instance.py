"""One window per database: a second start hands its files to the first and leaves.

The window's exclusive claim on the database (`services.workspace.hold_for_window`, a
lock file beside it that no other process can take while the window lives, see
store/lock.py) says a window has it open; a `QLocalServer` named after the database lets
a second start (say, double-clicking a bundle in an e-mail) pass the bundle to that
window, which raises itself and opens the import preview. If the lock is held but the
first window does not answer, the second start says so and stops, so two windows never
write the same database at once.

The window takes the lock before it touches the database, but starts listening only
once it has painted (`listen`): QtNetwork costs a start about 10 ms it has no use for
before then. A start that finds the lock taken therefore keeps trying to reach the
window for a while (`CONNECT_TIMEOUT_MS`) rather than giving up at the first refusal.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from iali_desktop.domain.errors import DatabaseInUseError
from iali_desktop.services.workspace import DatabaseLock, hold_for_window

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 2000
RETRY_MS = 50  # between attempts to reach a window that is not listening yet
MAX_MESSAGE = 64 * 1024
ACK = b"ok\n"  # the window's answer once it has the files


def server_name(db_path: Path) -> str:
    """A name unique to this user and this database file, short enough for a socket."""
    import getpass  # with the socket, after the first paint (termios, pwd)

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
        db_path.resolve().parent.mkdir(parents=True, exist_ok=True)
        self._claim: DatabaseLock | None = None
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str:
        """The socket's name (`server_name`)."""
        return server_name(self.db_path)

    def acquire(self) -> bool:
        """Take the lock; False when another window holds it. `listen` comes next, once
        the window has painted.

        A crashed window's lock went with its process. Raises DatabaseInUseError (one
        line for the person) when command-line runs keep the database past a short wait.
        """
        try:
            self._claim = hold_for_window(self.db_path)
        except DatabaseInUseError as exc:
            if exc.by_window:
                return False
            raise
        return True

    def listen(self) -> None:
        """Start receiving files from later starts (once; only while the lock is held)."""
        if self._claim is None or self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        name = self.name
        QLocalServer.removeServer(name)  # a socket left behind by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.warning("cannot listen for other starts: %s", server.errorString())
            server.deleteLater()
            return
        server.newConnection.connect(self._accept)
        self._server = server

    @property
    def listening(self) -> bool:
        return self._server is not None

    def stop_listening(self) -> None:
        """Stop receiving files (the lock is kept); `listen` starts again."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def release(self) -> None:
        self.stop_listening()
        if self._claim is not None:
            self._claim.release()
            self._claim = None

    def hand_over(self, files: list[str]) -> bool:
        """Send `files` to the window that holds the lock; True once it confirms.

        A window still starting is not listening yet: it is tried again until
        `CONNECT_TIMEOUT_MS` have passed. A window that is hung (never listens, or its
        socket accepts but nobody reads) never confirms, so the caller can tell the
        person instead of leaving silently.
        """
        from PySide6.QtNetwork import QLocalSocket

        name = self.name
        socket = QLocalSocket()
        deadline = time.monotonic() + CONNECT_TIMEOUT_MS / 1000
        while True:
            socket.connectToServer(name)
            left = int((deadline - time.monotonic()) * 1000)
            if socket.waitForConnected(max(left, 0)):
                break
            socket.abort()
            if time.monotonic() + RETRY_MS / 1000 >= deadline:
                return False
            QThread.msleep(RETRY_MS)
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
