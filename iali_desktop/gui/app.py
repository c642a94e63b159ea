"""Starting the window: the Qt application, fonts, palette, language, database, logging.

`run()` is what `iali-desktop` (no command) calls. A brand-new default database is
created and seeded with both action plans, so the first start lands on a real plan.
Errors a person can act on (a busy or foreign database file ...) are shown as a dialog.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from iali_desktop import APP_ID, APP_NAME, __version__
from iali_desktop.domain.errors import DatabaseError, IaliError
from iali_desktop.domain.resource_files import resource
from iali_desktop.services import paths
from iali_desktop.services.setup import initialise
from iali_desktop.services.workspace import Workspace

from . import theme
from .context import AppContext
from .errors import install_excepthook, show_error
from .i18n import Translators
from .icons import app_icon
from .preferences import Preferences
from .single_instance import InstanceGuard

log = logging.getLogger(__name__)

FONT_FAMILY = "DejaVu Sans"
FONT_POINTS = 10


def setup_logging(folder: Path | None = None) -> Path:
    """Log to a rotating file in the platform's log folder (and warnings to stderr)."""
    folder = folder or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{APP_ID}.log"
    root = logging.getLogger()
    for existing in root.handlers:
        if getattr(existing, "baseFilename", None) == str(target.resolve()):
            return target  # already logging there (a second run() in one process)
    handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3,
                                                   encoding="utf-8")
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


def run(db: Path | None, files: list[str]) -> int:
    """Open the window on `db` (default: the user's database); returns the exit code."""
    log_file = setup_logging()
    log.info("starting %s %s (log %s)", APP_NAME, __version__, log_file)
    route_qt_messages()
    app = create_app()
    prefs = Preferences()
    translators = Translators(app)
    translators.apply(prefs.language)
    install_excepthook()
    try:
        ws = open_workspace(db)
    except IaliError as exc:
        show_error(None, exc)
        return 1
    guard = InstanceGuard(ws.path)
    if not guard.acquire():
        # Another window has this database: hand it our bundles and let it come forward.
        ws.close()
        if guard.hand_over(files):
            return 0
        show_error(None, DatabaseError(QCoreApplication.translate(
            "app", "This database is open in another IALI Desktop window that does not "
                   "answer; close it and try again.")))
        return 1
    try:
        return _run_window(app, ws, prefs, translators, guard, files)
    finally:
        guard.release()
        ws.close()


def _run_window(app: QApplication, ws: Workspace, prefs: Preferences,
                translators: Translators, guard: InstanceGuard, files: list[str]) -> int:
    from .first_run_wizard import FirstRunWizard, needs_first_run
    from .main_window import MainWindow  # after the app exists: pages build widgets

    if needs_first_run(ws):
        FirstRunWizard(ws, prefs, translators).exec()
    ctx = AppContext.create(ws, app)
    window = MainWindow(ctx, prefs, translators)
    guard.files_received.connect(window.open_bundles)
    window.show()
    if files:
        window.open_bundles(files)
    return app.exec()
