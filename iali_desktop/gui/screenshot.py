"""`iali-desktop screenshot`: the main window on one page, rendered offscreen to a PNG.

The README's pictures are made with it, so they show the real window on real data. It
uses a throw-away preferences file (a screenshot must not move the user's last page)
and English unless another language is asked for.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from iali_desktop.domain.errors import IaliError

if TYPE_CHECKING:  # Qt loads only when a screenshot is taken
    from PySide6.QtWidgets import QApplication

    from .i18n import Translators

SIZE = (1280, 800)
SETTLE_MS = 400


def screenshot(db: Path | None, page: str, out: Path, lang: str | None) -> int:
    from .pages import PAGE_NAMES

    if page not in PAGE_NAMES:
        print(f"iali-desktop: unknown page '{page}' (pages: {', '.join(PAGE_NAMES)})",
              file=sys.stderr)
        return 2
    if lang not in (None, "en", "fr", "es"):
        print(f"iali-desktop: unknown language '{lang}' (languages: en, fr, es)",
              file=sys.stderr)
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
        return _render(app, translators, db, page, out)
    finally:
        # The application may live on (a caller in the same process): leave no language.
        translators.remove()


def _render(app: QApplication, translators: Translators, db: Path | None, page: str,
            out: Path) -> int:
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
        window.resize(*SIZE)
        window.show_page(page)
        window.show()
        settle(SETTLE_MS)
        image = window.grab()
        window.close()
        window.deleteLater()
        settle(0)  # delete the window while our Qt message handler is still installed
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            print(f"iali-desktop: could not write {out}", file=sys.stderr)
            return 1
    print(out)
    return 0


def settle(ms: int) -> None:
    """Let pending layouts, timers and background loads finish before grabbing."""
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QThreadPool.globalInstance().waitForDone(5000)
    loop = QEventLoop()
    QTimer.singleShot(50, loop.quit)
    loop.exec()
