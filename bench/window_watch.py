"""Watching a real start paint its dashboard: for `bench_start.py` and the start-up test.

Nothing of the app is imported here. An import hook waits for the launch to import the
window's module (`iali_desktop.gui.main_window`, once the application exists) and then
puts an event filter on the dashboard page and its widgets as the window builds them. The
start therefore loads what it loads, in its own order, as `iali-desktop --db FILE` does.
Filters sit on those widgets alone, like the bare baseline's on its label: one on the whole
application would see every event of the start, and makes PySide6 load wrappers for every
class it meets.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType
from typing import Any

WINDOW_MODULE = "iali_desktop.gui.main_window"


def on_dashboard_paint(painted: Callable[[], None],
                       loaded: Callable[[ModuleType], None] | None = None) -> None:
    """Call `painted()` at every paint of the dashboard page or one of its widgets, and
    `loaded(module)` once the window's module is in (the application exists then)."""
    sys.meta_path.insert(0, _WatchWindow(painted, loaded))


class _WatchWindow(MetaPathFinder):
    def __init__(self, painted: Callable[[], None],
                 loaded: Callable[[ModuleType], None] | None) -> None:
        self.painted = painted
        self.loaded = loaded
        self.watcher: Any = None  # the event filter, kept alive here

    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if name != WINDOW_MODULE:
            return None
        spec = PathFinder.find_spec(name, path)
        if spec is None or not isinstance(spec.loader, Loader):
            return spec
        run = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run(module)
            self._watch(module)
            if self.loaded is not None:
                self.loaded(module)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec

    def _watch(self, main_window: ModuleType) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QWidget

        painted = self.painted

        class Painted(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    painted()
                return False

        self.watcher = watcher = Painted()
        page = main_window.MainWindow.page

        def watched_page(window: Any, name: str) -> Any:
            widget = page(window, name)
            if name == "dashboard":
                for part in [widget, *widget.findChildren(QWidget)]:
                    part.installEventFilter(watcher)
            return widget

        main_window.MainWindow.page = watched_page
