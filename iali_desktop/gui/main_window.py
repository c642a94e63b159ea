"""The one main window: sidebar of pages, the page stack, menus, search and status bar.

Pages are built the first time they are shown (the registry in `pages.py` says how), so
opening the window costs one page. Navigation to a record arrives as the
`ctx.events.open_record` signal from any page, the dashboard or the search popup.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iali_desktop import APP_NAME
from iali_desktop.services import paths

from . import wheel_guard
from .context import AppContext
from .demo_banner import DemoBanner
from .edit_actions import EditActions
from .i18n import Translators
from .icons import app_icon
from .navigation import resolve
from .pages import PAGE_NAMES, page_spec
from .preferences import Preferences
from .search_field import SearchField
from .shortcuts import UndoKeyRouter
from .sidebar import Sidebar
from .status_bar import AppStatusBar
from .sync.bundle_drop import BundleDropFilter
from .sync.folder_sync import FolderSyncController
from .window_menus import WindowMenus

if TYPE_CHECKING:
    from .search_popup import SearchPopup

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 800)
SELF_TRANSLATING = {"dashboard", "plan"}  # pages that retranslate on LanguageChange


class MainWindow(WindowMenus, QMainWindow):
    """The workspace window; everything it shows comes through `ctx`."""

    def __init__(self, ctx: AppContext, prefs: Preferences,
                 translators: Translators | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.prefs = prefs
        ctx.prefs = prefs  # pages remember their lists' columns there
        self.translators = translators
        self.pages: dict[str, QWidget] = {}
        self._dirty_pages: set[str] = set()
        self._old_language: set[str] = set()  # pages kept in the old language (unsaved)
        self._page_language = translators.language if translators is not None else ""
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.sidebar = Sidebar(self)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(1, 1)
        self.demo = ctx.ws.identity().demo
        self.home_db: Path | None = None  # the user's own database (run() sets it)
        self.switch_to: Path | None = None  # the database to open once this window closes
        self.demo_banner: DemoBanner | None = None
        if self.demo:  # the sample data: a banner above every page
            central = QWidget(self)
            column = QVBoxLayout(central)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            self.demo_banner = DemoBanner(central)
            self.demo_banner.back_requested.connect(self.switch_database)
            column.addWidget(self.demo_banner)
            column.addWidget(self.splitter, 1)
            self.setCentralWidget(central)
        else:
            self.setCentralWidget(self.splitter)
        self.status = AppStatusBar(ctx, self)
        self.setStatusBar(self.status)
        self.search_popup: SearchPopup | None = None  # built (and loaded) on first use
        self.edit = EditActions(self, self.current_widget)
        self._build_actions()
        self.search_field = SearchField(self.menuBar(), self.find_action, self._search_typed)
        # At the right of the menu bar: always in reach, no extra row.
        self.menuBar().setCornerWidget(self.search_field, Qt.Corner.TopRightCorner)
        self.search_field.show()
        self.undo_keys = UndoKeyRouter(self)
        self.status.first_painted.connect(self._install_application_filters)
        self._retranslate()
        self.setAcceptDrops(True)  # a .ialibundle dropped on the window: its preview
        self.installEventFilter(BundleDropFilter(self.open_bundles, self))
        self.sidebar.page_selected.connect(self.show_page)
        ctx.events.open_record.connect(self.open_record)
        ctx.events.notice.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.status.conflicts_clicked.connect(lambda: self.show_page("conflicts"))
        self.status.folder_clicked.connect(lambda: self.show_page("peers"))
        # The sample data never syncs; every other database follows its sync folder.
        self.folder_sync = None if self.demo else FolderSyncController(ctx, self)
        geometry = prefs.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        splitter = prefs.splitter_state
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([self.sidebar.sizeHint().width(),
                                    self.width() - self.sidebar.sizeHint().width()])
        last = prefs.last_page
        self.show_page(last if last in PAGE_NAMES else PAGE_NAMES[0])

    # -- pages -----------------------------------------------------------------------

    def page(self, name: str) -> QWidget:
        """The page called `name`, built on first use."""
        widget = self.pages.get(name)
        if widget is None:
            widget = page_spec(name).factory(self.ctx)
            widget.setObjectName(f"page_{name}")
            self.pages[name] = widget
            self.stack.addWidget(widget)
            use_launcher = getattr(widget, "use_launcher", None)
            if callable(use_launcher):  # pages that print (the EC meeting pack)
                use_launcher(self.reports)
            use_calendar = getattr(widget, "use_calendar", None)
            if callable(use_calendar):  # event pages ("Add to calendar…")
                use_calendar(self.calendar)
            adopt = getattr(widget, "adopt_window_shortcuts", None)
            if callable(adopt):  # New/Save/Delete keys are the window's (edit_actions)
                adopt()
            dirty = getattr(widget, "dirty_changed", None)
            if dirty is not None:
                dirty.connect(lambda flag, n=name: self._page_dirty(n, bool(flag)))
        return widget

    def show_page(self, name: str) -> QWidget:
        """Switch pages, unless the page being left keeps the user (unsaved form)."""
        current = self.stack.currentWidget()
        target = self.pages.get(name)
        if current is not None and current is not target and not _may_leave(current):
            self.sidebar.select_page(self._name_of(current))
            return current
        widget = self.page(name)
        self.stack.setCurrentWidget(widget)
        self.sidebar.select_page(name)
        self.prefs.last_page = name
        self.edit.update(widget)
        return widget

    def _name_of(self, widget: QWidget) -> str:
        return next(n for n, w in self.pages.items() if w is widget)

    def _page_dirty(self, name: str, dirty: bool) -> None:
        if dirty:
            self._dirty_pages.add(name)
        else:
            self._dirty_pages.discard(name)
            if name in self._old_language:  # saved (or reverted): now it can switch
                QTimer.singleShot(0, lambda: self._rebuild_pages([name]))
        self._update_modified()

    def _language_changed(self) -> None:
        """Pages read their labels once; rebuild them in the new language. A page with
        unsaved edits is kept as it is and switches once they are saved or reverted."""
        language = self.translators.language if self.translators is not None else ""
        if language == self._page_language or not self.isVisible():
            return  # a closed window (its workspace may be closed too) rebuilds nothing
        self._page_language = language
        names = [n for n in self.pages if n not in SELF_TRANSLATING]
        kept = [n for n in names if n in self._dirty_pages]
        self._old_language.update(kept)
        self._rebuild_pages([n for n in names if n not in kept])
        if kept:
            self.statusBar().showMessage(self.tr(
                "Pages with unsaved changes switch to the new language once saved."), 15000)

    def _rebuild_pages(self, names: list[str]) -> None:
        """Drop these pages and build them again, keeping the page and record shown."""
        current = self.current_page()
        for name in names:
            widget = self.pages.pop(name, None)
            self._old_language.discard(name)
            if widget is None:
                continue
            selected = getattr(widget, "current_id", None)
            self.stack.removeWidget(widget)
            widget.deleteLater()
            if name == current:
                page = self.page(name)
                self.stack.setCurrentWidget(page)
                show = getattr(page, "show_record", None)
                if isinstance(selected, str) and callable(show):
                    show(selected)

    def _update_modified(self) -> None:
        """Marked while some page holds edits not written yet; every undoable command is
        already in the database, so the undo stack has no say."""
        self.setWindowModified(bool(self._dirty_pages))

    def current_page(self) -> str | None:
        return self.sidebar.current_page()

    def open_record(self, type_name: str, row_id: str) -> None:
        """Show a record on its page (the answer to `ctx.events.open_record`)."""
        target = resolve(self.ctx, type_name, row_id)
        if target is None:
            self.statusBar().showMessage(self.tr("That record no longer exists."), 5000)
            return
        page = self.show_page(target.page)
        if page is not self.pages.get(target.page):
            return  # the page being left kept the user (unsaved edits): stay there
        show = getattr(page, "show_record", None)
        if callable(show):
            show(target.row_id)

    def open_bundles(self, files: list[str]) -> None:
        """Bundles from the command line or a second start: each gets the import preview."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.sync_menu.import_bundles(files)

    # -- actions ---------------------------------------------------------------------

    def open_search(self, text: str | None = None) -> SearchPopup:
        if self.search_popup is None:
            from .search_popup import SearchPopup

            self.search_popup = SearchPopup(self.ctx, self)
        if text is not None:
            self.search_popup.carry_on(text)
        self.search_popup.show()
        self.search_popup.raise_()
        self.search_popup.activateWindow()
        return self.search_popup

    def _search_typed(self, text: str) -> None:
        self.open_search(text).run_search()

    def current_widget(self) -> QWidget | None:
        return self.stack.currentWidget()

    def open_database(self, path: Path) -> None:
        """Close this window so that `run()` opens `path` (created if new)."""
        if path.resolve() == self.ctx.ws.path.resolve():
            return
        self.switch_to = path
        if not self.close():
            self.switch_to = None

    def switch_database(self) -> None:
        """Close this window so that `run()` opens the sample data, or (from the sample
        data) the user's own database; unsaved edits may keep the window open."""
        if self.demo:
            target = self.home_db or paths.default_db_path()
            if target.exists() and target.resolve() == self.ctx.ws.path.resolve():
                target = paths.default_db_path()
        else:
            target = paths.demo_db_path()
        if target.resolve() == self.ctx.ws.path.resolve():
            return
        self.switch_to = target
        if not self.close():
            self.switch_to = None

    def _install_application_filters(self) -> None:
        """The undo key router and the wheel guard see every event of the application.
        They are installed once the window has painted: the first objects such a filter
        is handed make PySide6 load its wrappers for every class (about 50 ms), and no
        key or wheel turn reaches a field before the window is there."""
        self.undo_keys.install()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            wheel_guard.install(app)

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.prefs, self.translators, self)
        dialog.exec()
        if self.folder_sync is not None:
            self.folder_sync.apply_setting()
        self.status.refresh()
        self._retranslate()  # the title shows the replica name

    def export_calendar(self) -> QDialog:
        """File › Export calendar…: window-modal, deleted once closed."""
        from .calendar.export_dialog import CalendarExportDialog

        dialog = CalendarExportDialog(self.ctx, self.calendar, self)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    # -- window ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._install_undo_actions()
            self._language_changed()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        title = f"{APP_NAME} — {self.ctx.ws.identity().name}[*]"
        if self.demo:
            title += " — " + self.tr("SAMPLE DATA (fictional)")
        self.setWindowTitle(title)
        self._retranslate_menus()
    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(_may_leave(page) for page in self.pages.values()):
            event.ignore()
            return
        self.prefs.geometry = self.saveGeometry()
        self.prefs.splitter_state = self.splitter.saveState()
        self.prefs.sync()
        if self.folder_sync is not None:
            self.folder_sync.stop()
        self.undo_keys.remove()
        super().closeEvent(event)


def _may_leave(page: QWidget) -> bool:
    """Pages with unsaved input (the record form) say whether they may be left."""
    maybe_leave = getattr(page, "maybe_leave", None)
    return bool(maybe_leave()) if callable(maybe_leave) else True
