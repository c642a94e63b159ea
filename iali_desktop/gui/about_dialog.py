"""Help > About: the version, the licence, where this database lives and where the logs go."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from iali_desktop import APP_NAME, __version__
from iali_desktop.services import paths

from .context import AppContext


def about_text(ctx: AppContext) -> str:
    """The dialog's rich text: name and version, what it is, licence, data and log folders."""
    lines = [
        QCoreApplication.translate("about",
                                   "The offline workspace of the IALI Executive Committee."),
        QCoreApplication.translate("about", "Licence: MIT"),
    ]
    database = QCoreApplication.translate("about", "Database:")
    folder = QCoreApplication.translate("about", "Data folder:")
    logs = QCoreApplication.translate("about", "Log folder:")
    return (
        f"<h3>{escape(APP_NAME)} {escape(__version__)}</h3>"
        + "".join(f"<p>{escape(line)}</p>" for line in lines)
        + f"<p>{escape(database)} <code>{escape(str(ctx.ws.path))}</code><br>"
        f"{escape(folder)} <code>{escape(str(ctx.ws.path.parent))}</code><br>"
        f"{escape(logs)} <code>{escape(str(paths.log_dir()))}</code></p>"
    )


def show_about(ctx: AppContext, parent: QWidget | None = None) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("about", "About IALI Desktop"),
                      about_text(ctx))
