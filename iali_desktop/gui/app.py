"""Starting the window: the Qt application, fonts, palette, language, database, logging.

`run()` is what `iali-desktop` (no command) calls. A first start asks whether to create
the user's database (seeded with both action plans, nothing else) or to explore the
sample data, a separate database holding the fictional demo dataset.
Errors a person can act on (a busy or foreign database file ...) are shown as a dialog;
a damaged one brings the offer to restore its newest intact backup.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
from pathlib import Path

# PySide6 reads the source of every module imported after it (its `__feature__` import
# hook), which makes each of those imports several times slower. The services, the store
# and SQLAlchemy behind the window are therefore imported before Qt: about 80 ms less
# before the first paint (bench/bench_start.py).
from iali_desktop.services import overview, plans, records, search, workspace  # noqa: F401

# isort: split

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QImageReader
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow

from iali_desktop import APP_ID, APP_NAME, __version__, collector
from iali_desktop.domain.errors import DatabaseDamaged, DatabaseError, IaliError
from iali_desktop.domain.resource_files import resource
from iali_desktop.services import paths
from iali_desktop.services.profile import needs_first_run
from iali_desktop.services.storage import storage_warning
from iali_desktop.services.workspace import Workspace

from . import theme
from .app_logging import LOG_HANDLER, route_qt_messages, setup_logging, start_failed
from .background import writer_pool
from .context import AppContext
from .errors import install_excepthook, show_error
from .i18n import Translators
from .icons import app_icon
from .intact_check import IntactCheck
from .preferences import Preferences
from .single_instance import InstanceGuard

log = logging.getLogger(__name__)

# When the window starts listening for later starts if it has not painted by then.
LISTEN_AT_LATEST_MS = 5000
# When the cycle collector, paused for the start (`collector`), runs again whatever the
# window is doing (a question asked before it, a start on a slow machine).
COLLECT_AT_LATEST_MS = 5000
FONT_FAMILY = "DejaVu Sans"
FONT_POINTS = 10


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
    """The application object, set up once (tests and the screenshot command reuse it).
    The wheel guard comes with the main window's first paint (`MainWindow`)."""
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


def open_workspace(db: Path | None, defer_check: bool = False) -> Workspace:
    """Open the database, creating and seeding it when it does not exist yet (the
    sample-data file is created with the demo dataset in it). `defer_check`: see
    `IntactCheck`."""
    path = Path(db) if db is not None else paths.default_db_path()
    if paths.is_demo_path(path):
        from iali_desktop.services.demo_database import open_demo_database

        return open_demo_database(path)
    if not path.exists():
        # Creating and seeding a database loads what an existing one's start never needs.
        from iali_desktop.services.setup import initialise

        log.info("creating a new database at %s", path)
        ws, _created = initialise(path)
        return ws
    return Workspace.open(path, defer_check=defer_check)


def already_open_message(path: Path) -> str:
    return QCoreApplication.translate(
        "app", "This database is open in another IALI Desktop window that does not "
               "answer; close it and try again.") + f"\n\n{path}"


def choose_first_database() -> Path | None:
    """First start (no database of the user's yet): a clean one, or the sample data."""
    from .start_choice import StartChoice, StartChoiceDialog

    dialog = StartChoiceDialog()
    dialog.exec()
    if dialog.choice is None:
        return None
    return paths.demo_db_path() if dialog.choice is StartChoice.SAMPLE \
        else paths.default_db_path()


def run(db: Path | None, files: list[str]) -> int:
    """Open the window on `db` (default: the user's database); returns the exit code.

    A first start without `db` asks whether to begin with a clean database or the
    sample data. File > Explore with sample data (and back) closes the window and opens
    another here, on the other database. A failure to start is one line on the terminal
    (and the traceback in the log), never a traceback on the terminal.
    """
    try:
        return _run(db, files)
    except Exception as exc:  # a bug or the system refusing: say so in one line
        logged = any(h.get_name() == LOG_HANDLER for h in logging.getLogger().handlers)
        if logged:  # without the log file, Python would print the traceback instead
            log.exception("the window could not start")
        where = f"; details in {paths.log_dir()}" if logged else ""
        message = f"the window could not start: {exc or type(exc).__name__}{where}"
        print(f"iali-desktop: {' '.join(message.split())}", file=sys.stderr, flush=True)
        return 1


def _run(db: Path | None, files: list[str]) -> int:
    started = time.monotonic()
    log_file = setup_logging()
    log.info("starting %s %s (log %s)", APP_NAME, __version__, log_file)
    route_qt_messages()
    app = create_app()
    QTimer.singleShot(COLLECT_AT_LATEST_MS, collector.resume)
    prefs = Preferences()
    translators = Translators(app)
    translators.apply(prefs.language)
    install_excepthook()
    probe = start_probe(started, len(files))
    home = Path(db) if db is not None else paths.default_db_path()
    path: Path | None = home
    if db is None and not home.exists():
        path = choose_first_database()
    code = 0
    try:
        while path is not None:
            code, path = _run_on(app, path, home, prefs, translators, files)
            files = []
        return code
    finally:
        if probe is not None:
            probe.stop()


def _run_on(app: QApplication, path: Path, home: Path, prefs: Preferences,
            translators: Translators, files: list[str]) -> tuple[int, Path | None]:
    """One window on one database: (exit code, the database to open next or None).

    The window lock is taken before the database is touched: a second start on the same
    file hands its bundles to the window that has it (exit 0), or, if that window does
    not answer, says so and stops (exit 1) without opening the database at all.
    """
    try:
        guard = InstanceGuard(path)
    except OSError as exc:  # the folder cannot be created (read-only, no such drive)
        error = DatabaseError(f"cannot use {path}: {exc.strerror or exc}")
        start_failed(str(error))
        show_error(None, error)
        return 1, None
    try:
        acquired = guard.acquire()
    except IaliError as exc:  # command-line runs still use it, or its folder is unusable
        log.warning("cannot open %s: %s", path, exc)
        start_failed(str(exc))
        show_error(None, exc)
        return 1, None
    if not acquired:
        if guard.hand_over(files):
            log.info("%s is open in another window: handed it %d file(s)", path, len(files))
            return 0, None
        message = already_open_message(path)
        log.warning("%s is locked by a window that does not answer", path)
        start_failed(message)
        show_error(None, DatabaseError(message))
        return 1, None
    try:
        check: IntactCheck | None = None
        try:
            ws = open_workspace(path, defer_check=True)
            check = IntactCheck(ws)
        except DatabaseDamaged as exc:
            restored = _offer_restore(path, exc)
            if restored is None:
                return 1, None
            ws = restored
        except IaliError as exc:
            start_failed(f"cannot open {path}: {exc}")
            show_error(None, exc)
            return 1, None
        try:
            try:
                return _run_window(app, ws, home, prefs, translators, guard, files, check)
            except DatabaseDamaged as exc:  # found by the check, before the window showed
                ws.close()
                restored = _offer_restore(path, exc)
                if restored is None:
                    return 1, None
                ws = restored
                return _run_window(app, ws, home, prefs, translators, guard, files, None)
        finally:
            ws.close()
    finally:
        guard.release()


def _offer_restore(path: Path, damage: DatabaseDamaged) -> Workspace | None:
    log.warning("cannot open %s: %s", path, damage)
    from .restore_offer import offer_restore

    return offer_restore(path, damage)


def _run_window(app: QApplication, ws: Workspace, home: Path, prefs: Preferences,
                translators: Translators, guard: InstanceGuard, files: list[str],
                check: IntactCheck | None) -> tuple[int, Path | None]:
    """Build and show the window; DatabaseDamaged when `check` finds the database damaged:
    before the window shows (nothing shown), or, for a large file checked after the first
    paint, once it has (the window closes; nothing was written, see `IntactCheck`)."""
    from .main_window import MainWindow  # after the app exists: pages build widgets

    def confirm_intact() -> None:
        damage = check.wait() if check is not None else None
        if damage is not None:
            raise damage

    if needs_first_run(ws):
        from .first_run_wizard import FirstRunWizard  # a first start only

        confirm_intact()  # the wizard writes
        FirstRunWizard(ws, prefs, translators).exec()
    ctx = AppContext.create(ws, app)
    try:
        window = MainWindow(ctx, prefs, translators)
    except Exception:
        confirm_intact()  # a read failed on a damaged file: the damage is the news
        raise
    late = check is not None and not check.before_window
    if not late:
        try:
            confirm_intact()
        except DatabaseDamaged:
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            raise
    window.home_db = home

    def received(handed: list[str]) -> None:
        log.info("another start handed over %d file(s)", len(handed))
        window.open_bundles(handed)

    guard.files_received.connect(received)
    window.status.first_painted.connect(collector.resume)
    window.status.first_painted.connect(guard.listen)
    # A window that is not painted soon (started minimised) still answers later starts.
    QTimer.singleShot(LISTEN_AT_LATEST_MS, guard.listen)
    window.show()
    if late and check is not None:
        def verdict(damage: DatabaseDamaged | None) -> None:
            if damage is not None:  # leave every event loop (dialogs too): the offer follows
                log.warning("the database check found damage after the window opened")
                app.exit(1)

        check.then(verdict)
        check.start_on(window.status.first_painted)
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
    guard.files_received.disconnect(received)
    # Until another window takes them (a restore offer may come first), later starts are
    # told that no window answers rather than acknowledged and their files dropped.
    guard.stop_listening()
    # Work still running in the background uses the database: let it finish before the
    # database and its lock are given up, so no other process can start on it meanwhile.
    writer_pool().waitForDone()
    QThreadPool.globalInstance().waitForDone()
    # Nor may the closed window (or a dialog of it) read the database after it is given
    # up: delete it now rather than when the process ends.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if late:
        confirm_intact()  # damage found after the window opened: the offer comes next
    return code, window.switch_to


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
