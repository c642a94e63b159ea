"""A window that cannot open says why in one line on the terminal (and in the log), exits
non-zero, and shows no traceback: Qt on its own aborts with exit 134 and prints nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from iali_desktop.gui.app_logging import explain_qt_failure

ROOT = Path(__file__).resolve().parents[2]


def start_window(tmp_path: Path, **env_vars: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PYTHONPATH=str(ROOT), HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.update(env_vars)
    return subprocess.run([sys.executable, "-m", "iali_desktop", "--db",
                           str(tmp_path / "mine.db")], env=env, capture_output=True,
                          text=True, timeout=120)


def test_no_display_is_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    result = start_window(tmp_path, QT_QPA_PLATFORM="xcb")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("iali-desktop: the window cannot open: there is no display")
    assert "Traceback" not in result.stderr and result.stdout == ""
    log = next((tmp_path / "state").rglob("iali-desktop.log")).read_text()
    assert lines[0].removeprefix("iali-desktop: ") in log
    assert not (tmp_path / "mine.db").exists()


def test_an_unusable_log_folder_is_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "state").write_text("a file where the log folder should be")
    result = start_window(tmp_path, QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("iali-desktop: the window could not start: ")
    assert "Traceback" not in result.stderr


def test_a_missing_xcb_cursor_library_is_named() -> None:
    """What Qt 6.5+ says on an X display without libxcb-cursor0 (from a real log)."""
    said = ["From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb "
            "platform plugin.",
            'Could not load the Qt platform plugin "xcb" in "" even though it was found.']
    fatal = ("This application failed to start because no Qt platform plugin could be "
             "initialized. Reinstalling the application may fix this problem.\n\nAvailable "
             "platform plugins are: minimal, offscreen, xcb.")
    line = explain_qt_failure(fatal, said)
    assert "sudo apt-get install libxcb-cursor0" in line and "\n" not in line
