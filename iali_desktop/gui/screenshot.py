"""`iali-desktop screenshot`: the main window on one page, or one of its dialogs, rendered
offscreen to a PNG; or every page and dialog at once into a folder.

The README's and the user guide's pictures are made with it, so they show the real
window on real data. It uses a throw-away preferences file (a screenshot must not move
the user's last page) and English unless another language is asked for; `--size` renders
the window at another size (the smallest screens the window must fit are 1024x700).
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from iali_desktop.domain.errors import IaliError

from .page_names import DIALOG_NAMES, PAGE_NAMES

if TYPE_CHECKING:  # Qt loads only when a screenshot is taken
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    from .i18n import Translators
    from .main_window import MainWindow

SIZE = (1280, 800)
SETTLE_MS = 400


@dataclass(frozen=True)
class ShotRequest:
    """What to render: a page, a dialog over its page, or (`every`) all of them."""

    page: str | None = None
    dialog: str | None = None
    size: tuple[int, int] = SIZE
    bundle: Path | None = None  # the bundle the import preview reads
    every: bool = False  # `out` is then a folder: PAGE.png for pages, DIALOG.png for dialogs


def parse_size(text: str) -> tuple[int, int] | None:
    """"1024x700" as (1024, 700); None when it is not a sensible window size."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        return None
    size = (int(width), int(height))
    return size if all(400 <= side <= 8000 for side in size) else None


def screenshot(db: Path | None, page: str | None, out: Path, lang: str | None,
               request: ShotRequest | None = None) -> int:
    """Render `page` (or what `request` asks for) to `out`; 0 when written, 1 when the
    database or a dialog's subject is missing, 2 for a request that makes no sense."""
    request = request or ShotRequest(page=page)
    problem = _problem(request, lang)
    if problem:
        print(f"iali-desktop: {problem}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import create_app
    from .app_logging import route_qt_messages
    from .i18n import Translators

    route_qt_messages()
    app = create_app()
    translators = Translators(app)
    translators.apply(lang or "en")
    try:
        return _render(app, translators, db, request, out)
    finally:
        # The application may live on (a caller in the same process): leave no language.
        translators.remove()


def _problem(request: ShotRequest, lang: str | None) -> str:
    if request.page is not None and request.page not in PAGE_NAMES:
        return f"unknown page '{request.page}' (pages: {', '.join(PAGE_NAMES)})"
    if request.dialog is not None and request.dialog not in DIALOG_NAMES:
        return f"unknown dialog '{request.dialog}' (dialogs: {', '.join(DIALOG_NAMES)})"
    if lang not in (None, "en", "fr", "es"):
        return f"unknown language '{lang}' (languages: en, fr, es)"
    if not request.every and request.page is None and request.dialog is None:
        return "say what to show: --page PAGE, --dialog DIALOG or --all"
    if request.dialog == "import_bundle" and request.bundle is None:
        return "the import preview needs a bundle to read: --bundle FILE"
    if request.bundle is not None and not request.bundle.is_file():
        return f"no bundle at {request.bundle}"
    return ""


def _render(app: QApplication, translators: Translators, db: Path | None,
            request: ShotRequest, out: Path) -> int:
    from iali_desktop.services import paths
    from iali_desktop.services.workspace import Workspace

    from .context import AppContext
    from .main_window import MainWindow
    from .preferences import Preferences

    try:
        ws = Workspace.open(db if db is not None else paths.default_db_path())
    except IaliError as exc:
        print(f"iali-desktop: {exc}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp, ws:
        ctx = AppContext.create(ws, app)
        window = MainWindow(ctx, Preferences(Path(tmp) / "screenshot.ini"), translators)
        window.resize(*request.size)
        window.show()
        try:
            if request.every:
                code = _render_every(window, request, out)
            else:
                code = _save(_shoot(window, request.page, request.dialog, request.bundle),
                             out)
        except LookupError as exc:  # a dialog with nothing to show (no meeting, no task)
            print(f"iali-desktop: {exc}", file=sys.stderr)
            code = 1
        window.close()
        window.deleteLater()
        settle(0)  # delete the window while our Qt message handler is still installed
    return code


def _render_every(window: MainWindow, request: ShotRequest, folder: Path) -> int:
    from .screenshot_dialogs import DIALOGS

    code = 0
    for page in PAGE_NAMES:
        code |= _save(_shoot(window, page, None, None), folder / f"{page}.png")
    for name, shot in DIALOGS.items():
        if shot.own_database_only and window.demo:
            continue  # the sample data makes and takes no bundles
        if shot.needs_bundle and request.bundle is None:
            continue
        try:
            code |= _save(_shoot(window, None, name, request.bundle), folder / f"{name}.png")
        except LookupError as exc:
            print(f"iali-desktop: {name}: {exc}", file=sys.stderr)
            code = 1
    return code


def _shoot(window: MainWindow, page: str | None, dialog: str | None,
           bundle: Path | None) -> QPixmap:
    """The window on `page`, or `dialog` alone (opened over its page)."""
    if dialog is None:
        window.show_page(page or PAGE_NAMES[0])
        settle(SETTLE_MS)
        return window.grab()
    from .screenshot_dialogs import show_dialog

    if page is not None:
        window.show_page(page)
    shown = show_dialog(window, dialog, bundle)
    settle(SETTLE_MS)
    image = shown.grab()
    shown.close()
    shown.deleteLater()
    settle(0)
    return image


def _save(image: QPixmap, out: Path) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        print(f"iali-desktop: could not write {out}", file=sys.stderr)
        return 1
    print(out)
    return 0


def settle(ms: int) -> None:
    """Let pending layouts, timers and background loads finish before grabbing."""
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

    from .background import writer_pool

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QThreadPool.globalInstance().waitForDone(5000)
    writer_pool().waitForDone(5000)  # the import preview reads its bundle there
    loop = QEventLoop()
    QTimer.singleShot(50, loop.quit)
    loop.exec()
