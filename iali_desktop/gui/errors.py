"""Showing errors to a person: one clear sentence for our errors, never a traceback.

`IaliError`s carry a sentence meant for users and are shown as they are. Anything else
is a bug: it is logged with its traceback and the dialog names the log file instead.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from iali_desktop.domain.errors import IaliError
from iali_desktop.services import paths

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A modal message for an error raised by a user's action."""
    if isinstance(exc, IaliError):
        text = str(exc)
        text = text[:1].upper() + text[1:]
    else:
        text = QCoreApplication.translate(
            "errors", "Something went wrong and the action was not finished. "
            "Details are in the log folder: %1").replace("%1", str(paths.log_dir()))
    title = QCoreApplication.translate("errors", "IALI Desktop")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.exec()


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if not isinstance(exc, IaliError):
        log.error("unexpected error", exc_info=(kind, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, exc, tb)
        return
    show_error(QApplication.activeWindow(), exc)


def install_excepthook() -> None:
    """Errors escaping a slot become a dialog rather than a traceback on the console."""
    sys.excepthook = _hook
