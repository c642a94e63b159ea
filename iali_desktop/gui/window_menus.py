"""The main window's menu bar: File, Edit, Go, Sync, Reports and Help, their actions and
shortcuts, and their texts in the current language.

A mixin of `MainWindow`, kept apart so that the window's module holds pages and
navigation only; the actions stay attributes of the window (tests and pages reach them
there).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from .calendar.calendar_files import CalendarFiles
from .database_actions import DatabaseActions
from .help_actions import HelpActions
from .icons import icon
from .pages import PAGES
from .reports.launcher import ReportLauncher
from .reports.reports_menu import ReportsMenu
from .shortcuts import PREFERENCES_FALLBACK, keys, with_shortcut_tip
from .sync_menu import SyncMenu

if TYPE_CHECKING:
    from .context import AppContext
    from .edit_actions import EditActions
    from .preferences import Preferences
    from .search_field import SearchField


def _tr(text: str) -> str:
    # The context stays "MainWindow", where these texts were and are translated.
    return QCoreApplication.translate("MainWindow", text)


class WindowMenus(QMainWindow):
    """Builds and retranslates the menu bar of the window it is mixed into."""

    ctx: AppContext
    prefs: Preferences
    demo: bool
    edit: EditActions
    search_field: SearchField

    # The window's own navigation, which the menus' actions call.
    show_page: Callable[[str], QWidget]
    open_settings: Callable[[], None]
    switch_database: Callable[[], None]
    open_database: Callable[[Path], None]
    export_calendar: Callable[[], QDialog]

    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.go_menu = bar.addMenu("")
        self.sync_menu = SyncMenu(self.ctx, self, self)
        bar.addMenu(self.sync_menu)
        self.reports = ReportLauncher(self.ctx, self.prefs, parent=self)
        self.reports_menu = ReportsMenu(self.reports, self, self)
        bar.addMenu(self.reports_menu)
        self.help_menu = bar.addMenu("")
        self.calendar = CalendarFiles(self.ctx, self.prefs, parent=self)
        self.calendar_action = QAction("", self)
        self.calendar_action.triggered.connect(lambda _checked=False: self.export_calendar())

        self.settings_action = QAction(icon("settings"), "", self)
        self.settings_action.setShortcuts(keys(QKeySequence.StandardKey.Preferences,
                                               PREFERENCES_FALLBACK))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.switch_action = QAction("", self)
        self.switch_action.triggered.connect(self.switch_database)
        if self.demo:  # the sample data neither makes nor takes bundles
            self.sync_menu.export_action.setEnabled(False)
            self.sync_menu.import_action.setEnabled(False)
        self.quit_action = QAction("", self)
        # Ctrl+Q where the platform names no Quit key (Windows, some Linux desktops).
        self.quit_action.setShortcuts(keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.databases = DatabaseActions(self.ctx, self.prefs, self, self.open_database)
        self.databases.add_to(self.file_menu)
        self.file_menu.addAction(self.sync_menu.import_action)
        self.file_menu.addAction(self.sync_menu.export_action)
        self.file_menu.addAction(self.calendar_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.switch_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self.find_action = QAction(icon("search"), "", self)
        self.find_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find),
                                       QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K)])
        self.find_action.triggered.connect(lambda _c=False: self.search_field.focus_search())
        self.edit_menu.addActions([self.edit.new, self.edit.save, self.edit.delete])
        self.edit_menu.addSeparator()
        self._install_undo_actions()
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)

        self.page_actions: dict[str, QAction] = {}
        for number, spec in enumerate(PAGES, start=1):
            action = QAction(icon(spec.icon), "", self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, n=spec.name: self.show_page(n))
            self.go_menu.addAction(action)
            self.page_actions[spec.name] = action

        self.about_action = QAction("", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._show_about)
        self.help = HelpActions(self, self.menus)
        self.help_menu.addAction(self.help.guide_action)
        self.help_menu.addAction(self.help.keys_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _show_about(self) -> None:
        from .about_dialog import show_about  # loads on first use, not at start

        show_about(self.ctx, self)

    def _install_undo_actions(self) -> None:
        self.undo_action, self.redo_action = self.edit.install_undo(
            self.edit_menu, self.ctx.undo, self.undo_action, self.redo_action)

    def menus(self) -> list[QMenu]:
        return [self.file_menu, self.edit_menu, self.go_menu, self.sync_menu, self.reports_menu,
                self.help_menu]

    def _retranslate_menus(self) -> None:
        self.switch_action.setText(_tr("&Back to my database") if self.demo
                                   else _tr("E&xplore with sample data"))
        self.file_menu.setTitle(_tr("&File"))
        self.edit_menu.setTitle(_tr("&Edit"))
        self.go_menu.setTitle(_tr("&Go"))
        self.help_menu.setTitle(_tr("&Help"))
        self.settings_action.setText(_tr("&Settings…"))
        self.calendar_action.setText(_tr("Export &calendar…"))
        self.quit_action.setText(_tr("&Quit"))
        self.find_action.setText(_tr("&Find…"))
        self.about_action.setText(_tr("&About IALI Desktop"))
        self.help.retranslate()
        self.databases.retranslate()
        self.edit.retranslate()
        for action in (self.settings_action, self.find_action, self.quit_action):
            with_shortcut_tip(action)
        for spec in PAGES:
            self.page_actions[spec.name].setText(spec.title())

