"""The dialogs `iali-desktop screenshot --dialog` can show, each opened the way its menu
or button opens it, on the page it belongs to.

Each entry says which page the window shows behind the dialog and how to open it; the
user guide's pictures of dialogs are made from here, so they are the real dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from .page_names import DIALOG_NAMES

if TYPE_CHECKING:
    from .main_window import MainWindow


@dataclass(frozen=True)
class DialogShot:
    page: str  # the page behind the dialog
    open: Callable[[MainWindow, Path | None], QDialog]
    needs_bundle: bool = False  # the import preview reads a bundle file
    own_database_only: bool = False  # the sample data makes and takes no bundles


def _start(window: MainWindow, _bundle: Path | None) -> QDialog:
    from .start_choice import StartChoiceDialog

    return StartChoiceDialog(window)


def _settings(window: MainWindow, _bundle: Path | None) -> QDialog:
    from .settings_dialog import SettingsDialog

    return SettingsDialog(window.ctx, window.prefs, window.translators, window)


def _restore(window: MainWindow, _bundle: Path | None) -> QDialog:
    return window.databases.restore()


def _shortcuts(window: MainWindow, _bundle: Path | None) -> QDialog:
    return window.help.show_shortcuts()


def _guide(window: MainWindow, _bundle: Path | None) -> QDialog:
    return window.help.open_guide()


def _meeting_pack(window: MainWindow, _bundle: Path | None) -> QDialog:
    page = window.page("ec_meetings")
    dialog = page.pack_action.start()  # type: ignore[attr-defined]
    if dialog is None:
        raise LookupError("there is no EC meeting to print a pack of")
    return dialog  # type: ignore[no-any-return]


def _progress_update(window: MainWindow, _bundle: Path | None) -> QDialog:
    from .records.task_update_dialog import TaskUpdateDialog

    task_id = getattr(window.page("tasks"), "current_id", None)
    if not isinstance(task_id, str):
        raise LookupError("there is no task to record progress on")
    return TaskUpdateDialog(window.ctx, task_id, window)


def _calendar(window: MainWindow, _bundle: Path | None) -> QDialog:
    return window.export_calendar()


def _export_bundle(window: MainWindow, _bundle: Path | None) -> QDialog:
    from .sync.export_dialog import ExportDialog

    return ExportDialog(window.ctx, None, window)


def _import_bundle(window: MainWindow, bundle: Path | None) -> QDialog:
    from .sync.import_dialog import ImportDialog

    assert bundle is not None
    return ImportDialog(window.ctx, bundle, window)


DIALOGS: dict[str, DialogShot] = {
    "start": DialogShot("dashboard", _start),
    "settings": DialogShot("dashboard", _settings),
    "restore": DialogShot("dashboard", _restore),
    "shortcuts": DialogShot("dashboard", _shortcuts),
    "guide": DialogShot("dashboard", _guide),
    "meeting_pack": DialogShot("ec_meetings", _meeting_pack),
    "progress_update": DialogShot("tasks", _progress_update),
    "calendar": DialogShot("events", _calendar),
    "export_bundle": DialogShot("peers", _export_bundle, own_database_only=True),
    "import_bundle": DialogShot("peers", _import_bundle, needs_bundle=True,
                                own_database_only=True),
}
if tuple(DIALOGS) != DIALOG_NAMES:  # the command line's list (page_names.py) must match
    raise RuntimeError("gui/page_names.py does not list the dialogs of screenshot_dialogs.py")


def show_dialog(window: MainWindow, name: str, bundle: Path | None) -> QWidget:
    """Open dialog `name` over `window` (showing its page) and return it, shown."""
    shot = DIALOGS[name]
    window.show_page(shot.page)
    dialog = shot.open(window, bundle)
    if not dialog.isVisible():
        dialog.show()
    return dialog
