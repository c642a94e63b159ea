"""Starting the window: the Qt application, fonts, palette, language, database, logging.

`run()` is what `iali-desktop` (no command) calls. A brand-new default database is
created and seeded with both action plans, so the first start lands on a real plan.
Errors a person can act on (a busy or foreign database file ...) are shown as a dialog.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QThreadPool,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QImageReader
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow

from iali_desktop import APP_ID, APP_NAME, __version__
from iali_desktop.domain.errors import DatabaseError, IaliError
from iali_desktop.domain.resource_files import resource
from iali_desktop.services import paths
from iali_desktop.services.setup import initialise
from iali_desktop.services.storage import storage_warning
from iali_desktop.services.workspace import Workspace

from . import theme
from .background import writer_pool
from .context import AppContext
from .errors import install_excepthook, show_error
from .i18n import Translators
from .icons import app_icon
from .preferences import Preferences
from .single_instance import InstanceGuard

log = logging.getLogger(__name__)

FONT_FAMILY = "DejaVu Sans"
FONT_POINTS = 10


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


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    _qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages() -> None:
    """Qt's own warnings go to our log file rather than the user's terminal."""
    qInstallMessageHandler(_qt_message)


def register_fonts() -> list[str]:
    """Register the shipped DejaVu fonts; returns the families Qt found in them."""
    families: list[str] = []
    for path in sorted(resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def create_app(argv: list[str] | None = None) -> QApplication:
    """The application object, set up once (tests and the screenshot command reuse it)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        argv if argv is not None else sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("IALI")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    families = register_fonts()
    # Qt ships no fonts: where the system may have none (Linux, offscreen) use ours.
    if FONT_FAMILY in families and (sys.platform.startswith("linux")
                                    or app.platformName() in ("offscreen", "minimal")):
        app.setFont(QFont(FONT_FAMILY, FONT_POINTS))
    app.setWindowIcon(app_icon())
    theme.follow_system(app)
    return app


def open_workspace(db: Path | None) -> Workspace:
    """Open the database, creating and seeding it when it does not exist yet."""
    path = Path(db) if db is not None else paths.default_db_path()
    if not path.exists():
        log.info("creating a new database at %s", path)
        ws, _created = initialise(path)
        return ws
    return Workspace.open(path)


def already_open_message(path: Path) -> str:
    return QCoreApplication.translate(
        "app", "This database is open in another IALI Desktop window that does not "
               "answer; close it and try again.") + f"\n\n{path}"


def run(db: Path | None, files: list[str]) -> int:
    """Open the window on `db` (default: the user's database); returns the exit code.

    The window lock is taken before the database is touched: a second start on the same
    file hands its bundles to the window that has it (exit 0), or, if that window does
    not answer, says so and stops (exit 1) without opening the database at all.
    """
    started = time.monotonic()
    log_file = setup_logging()
    log.info("starting %s %s (log %s)", APP_NAME, __version__, log_file)
    route_qt_messages()
    app = create_app()
    prefs = Preferences()
    translators = Translators(app)
    translators.apply(prefs.language)
    install_excepthook()
    path = Path(db) if db is not None else paths.default_db_path()
    try:
        guard = InstanceGuard(path)
    except OSError as exc:  # the folder cannot be created (read-only, no such drive)
        show_error(None, DatabaseError(f"cannot use {path}: {exc.strerror or exc}"))
        return 1
    try:
        acquired = guard.acquire()
    except IaliError as exc:  # command-line runs still use it, or its folder is unusable
        log.warning("cannot open %s: %s", path, exc)
        print(f"iali-desktop: {exc}", file=sys.stderr)
        show_error(None, exc)
        return 1
    if not acquired:
        if guard.hand_over(files):
            log.info("%s is open in another window: handed it %d file(s)", path, len(files))
            return 0
        message = already_open_message(path)
        log.warning("%s is locked by a window that does not answer", path)
        print(f"iali-desktop: {message}", file=sys.stderr)
        show_error(None, DatabaseError(message))
        return 1
    try:
        try:
            ws = open_workspace(path)
        except IaliError as exc:
            log.warning("cannot open %s: %s", path, exc)
            show_error(None, exc)
            return 1
        try:
            return _run_window(app, ws, prefs, translators, guard, files, started)
        finally:
            ws.close()
    finally:
        guard.release()


def _run_window(app: QApplication, ws: Workspace, prefs: Preferences,
                translators: Translators, guard: InstanceGuard, files: list[str],
                started: float) -> int:
    from .first_run_wizard import FirstRunWizard, needs_first_run
    from .main_window import MainWindow  # after the app exists: pages build widgets

    probe = start_probe(started, len(files))
    if needs_first_run(ws):
        FirstRunWizard(ws, prefs, translators).exec()
    ctx = AppContext.create(ws, app)
    window = MainWindow(ctx, prefs, translators)

    def received(handed: list[str]) -> None:
        log.info("another start handed over %d file(s)", len(handed))
        window.open_bundles(handed)

    guard.files_received.connect(received)
    window.show()
    warning = storage_warning(ws.path)
    if ws.read_only:
        warning = QCoreApplication.translate(
            "app", "This database is read-only here (%1): you can read it but not change "
                   "it.").replace("%1", ws.read_only)
    if warning:
        log.warning("%s", warning)
        window.statusBar().showMessage("⚠ " + warning)
    if files:
        window.open_bundles(files)
    code = app.exec()
    if probe is not None:
        probe.stop()
    # Work still running in the background uses the database: let it finish before the
    # database and its lock are given up, so no other process can start on it meanwhile.
    writer_pool().waitForDone()
    QThreadPool.globalInstance().waitForDone()
    # Nor may the closed window (or a dialog of it) read the database after it is given
    # up: delete it now rather than when the process ends.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code


EXIT_AFTER_START = "IALI_DESKTOP_EXIT_AFTER_START"
SETTLE_S = 5.0


def start_probe(started: float, bundles: int) -> QTimer | None:
    """A check for packaged builds, off unless `IALI_DESKTOP_EXIT_AFTER_START=1`.

    Each dialog that comes up (the first-run wizard, the import preview of each bundle)
    is noted with its status line, once that no longer says it is working ("…") or after
    `SETTLE_S`, and cancelled; once the main window is up and every bundle's preview has
    been seen, one line goes to the log ("start check: ...") and the window closes, so
    `run()` returns 0. Cancelling changes nothing in the database.
    """
    if os.environ.get(EXIT_AFTER_START) != "1":
        return None
    seen: list[str] = []
    since: dict[int, float] = {}

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            status = getattr(modal, "status", None)
            text = status.text() if isinstance(status, QLabel) else ""
            first = since.setdefault(id(modal), time.monotonic())
            if text.endswith("…") and time.monotonic() - first < SETTLE_S:
                return  # still reading or checking: give it a moment
            note = f" ({text})" if text else ""
            seen.append(f"{type(modal).__name__} '{modal.windowTitle()}'{note}")
            modal.reject()
            return
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QMainWindow) and w.isVisible()), None)
        previews = sum(1 for s in seen if s.startswith("ImportDialog"))
        if window is None or previews < bundles:
            return
        timer.stop()
        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        log.info("start check: window up in %.2f s on %s; page %s; dialogs: %s; image "
                 "formats svg=%s ico=%s; font %s", time.monotonic() - started,
                 QGuiApplication.platformName(),
                 getattr(window, "current_page", lambda: None)(), "; ".join(seen) or "none",
                 "svg" in formats, "ico" in formats, QApplication.font().family())
        window.close()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(100)
    return timer
