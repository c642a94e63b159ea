"""The window's log: a rotating file in the platform's log folder, Qt's own messages routed
into it, and the one terminal line a failed start prints."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from iali_desktop import APP_ID
from iali_desktop.services import paths

log = logging.getLogger(__name__)

LOG_HANDLER = "iali-desktop-file"


def setup_logging(folder: Path | None = None) -> Path:
    """Log to a rotating file in the platform's log folder; returns the file.

    A later call for another folder (another user folder in tests) moves the log there
    rather than writing to both.
    """
    folder = folder or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{APP_ID}.log"
    root = logging.getLogger()
    for existing in list(root.handlers):
        if existing.get_name() != LOG_HANDLER:
            continue
        if getattr(existing, "baseFilename", None) == str(target.resolve()):
            return target  # already logging there (a second run() in one process)
        root.removeHandler(existing)
        existing.close()
    handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler.set_name(LOG_HANDLER)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("qt")
_qt_log.addHandler(logging.NullHandler())  # to the log file if set up, never to the terminal
_qt_recent: list[str] = []  # Qt's last messages: they explain a fatal one that follows


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    _qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
    if kind == QtMsgType.QtFatalMsg:
        # Qt aborts once this returns (exit 134, nothing on the terminal): say why in one
        # line and end the process ourselves.
        start_failed(explain_qt_failure(message, _qt_recent))
        logging.shutdown()
        os._exit(1)
    _qt_recent.append(message)
    del _qt_recent[:-20]


def explain_qt_failure(fatal: str, earlier: list[str]) -> str:
    """One sentence for a fatal Qt message, from what Qt said just before it."""
    before = " ".join(earlier)
    where = f"; details in {paths.log_dir() / (APP_ID + '.log')}"
    if "platform plugin" not in fatal:
        return f"the window cannot open: {fatal.strip().splitlines()[0]}{where}"
    if "could not connect to display" in before:
        return ("the window cannot open: there is no display to show it on (DISPLAY is "
                f"'{os.environ.get('DISPLAY', '')}'; QT_QPA_PLATFORM=offscreen runs "
                f"without one){where}")
    if "cursor0" in before:
        return ("the window cannot open: Qt's X11 platform needs the system library "
                "libxcb-cursor0 (sudo apt-get install libxcb-cursor0, or run "
                f"scripts/run-app.sh, which installs it){where}")
    return f"the window cannot open: no Qt platform plugin could be loaded{where}"


def route_qt_messages() -> None:
    """Qt's own warnings go to our log file rather than the user's terminal; a fatal one
    also prints one line there."""
    qInstallMessageHandler(_qt_message)


def start_failed(message: str) -> None:
    """A start-up failure: one line on the terminal as well as in the log."""
    log.error("start-up failed: %s", message)
    print(f"iali-desktop: {' '.join(message.split())}", file=sys.stderr, flush=True)
