"""A second start on the same database hands its bundle to the open window and leaves."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from iali_desktop.gui.single_instance import InstanceGuard


def test_second_start_is_refused_the_lock_and_hands_over_its_files(
        qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "iali.db"
    first = InstanceGuard(db)
    assert first.acquire()
    first.listen()
    bundle = tmp_path / "from-ana.ialibundle"
    second = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from iali_desktop.gui.single_instance import InstanceGuard
        app = QCoreApplication([])
        guard = InstanceGuard(Path({str(db)!r}))
        refused = not guard.acquire()
        sys.exit(0 if refused and guard.hand_over([{str(bundle)!r}]) else 1)
    """)
    try:
        with qtbot.waitSignal(first.files_received, timeout=20000) as received:
            child = subprocess.Popen([sys.executable, "-c", second],
                                     env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert child.wait(timeout=20) == 0, "the second start was refused and heard back"
        assert received.args == [[str(bundle.resolve())]]
    finally:
        first.release()
    late = InstanceGuard(db)
    assert late.acquire(), "the lock is free once the first window closes"
    late.release()


def test_a_window_that_does_not_answer_is_reported_not_trusted(tmp_path: Path) -> None:
    db = tmp_path / "iali.db"
    first = InstanceGuard(db)
    assert first.acquire()
    first.listen()  # listening, but this thread never runs an event loop for it
    try:
        second = InstanceGuard(db)
        assert not second.acquire()
        assert not second.hand_over([str(tmp_path / "x.ialibundle")])
    finally:
        first.release()


def test_a_start_made_while_the_window_is_not_listening_yet_waits_for_it(
        qtbot: QtBot, tmp_path: Path) -> None:
    # The window listens only once it has painted; a start in between keeps trying.
    db = tmp_path / "iali.db"
    first = InstanceGuard(db)
    assert first.acquire()
    bundle = tmp_path / "early.ialibundle"
    second = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from iali_desktop.gui.single_instance import InstanceGuard
        app = QCoreApplication([])
        guard = InstanceGuard(Path({str(db)!r}))
        refused = not guard.acquire()
        print("refused" if refused else "acquired", flush=True)
        sys.exit(0 if refused and guard.hand_over([{str(bundle)!r}]) else 1)
    """)
    try:
        child = subprocess.Popen([sys.executable, "-c", second], stdout=subprocess.PIPE,
                                 text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert child.stdout is not None and child.stdout.readline().strip() == "refused"
        with qtbot.waitSignal(first.files_received, timeout=20000) as received:
            qtbot.wait(300)  # the second start is trying to reach a window not listening
            assert not first.listening
            first.listen()
        assert child.wait(timeout=20) == 0, "the second start reached the window once it listened"
        assert received.args == [[str(bundle.resolve())]]
    finally:
        first.release()


def reachable(guard: InstanceGuard) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(guard.name)
    reached = socket.waitForConnected(500)
    socket.abort()
    return reached


def test_a_window_that_stops_listening_keeps_its_database(tmp_path: Path) -> None:
    # A closed window whose restore offer comes next: later starts are not acknowledged
    # (their files would be dropped), and the database stays its.
    db = tmp_path / "iali.db"
    first = InstanceGuard(db)
    assert first.acquire()
    try:
        first.listen()
        assert reachable(first)
        first.stop_listening()
        assert not first.listening and not reachable(first)
        assert not InstanceGuard(db).acquire(), "the lock is kept"
        first.listen()  # the restored database's window
        assert reachable(first)
    finally:
        first.release()


def test_other_databases_do_not_share_a_window(tmp_path: Path) -> None:
    a = InstanceGuard(tmp_path / "a.db")
    b = InstanceGuard(tmp_path / "b.db")
    try:
        assert a.acquire() and b.acquire()
        assert a.name != b.name
    finally:
        a.release()
        b.release()


def test_a_crashed_window_does_not_keep_the_database_locked(tmp_path: Path) -> None:
    db = tmp_path / "iali.db"
    holder = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from iali_desktop.gui.single_instance import InstanceGuard
        app = QCoreApplication([])
        guard = InstanceGuard(Path({str(db)!r}))
        assert guard.acquire()
        print("ready", flush=True)
        time.sleep(60)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE,
                             text=True, env=env)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        late = InstanceGuard(db)
        assert not late.acquire()
        child.kill()  # the first window crashes
        child.wait(timeout=10)
        assert late.acquire()
        late.release()
    finally:
        if child.poll() is None:
            child.kill()
