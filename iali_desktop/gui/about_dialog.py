"""Help > About: the version, the licence and where this database lives."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from iali_desktop import APP_NAME, __version__

from .context import AppContext


def show_about(ctx: AppContext, parent: QWidget | None = None) -> None:
    lines = [
        QCoreApplication.translate("about",
                                   "The offline workspace of the IALI Executive Committee."),
        QCoreApplication.translate("about", "Licence: MIT"),
    ]
    database = QCoreApplication.translate("about", "Database:")
    folder = QCoreApplication.translate("about", "Data folder:")
    text = (
        f"<h3>{escape(APP_NAME)} {escape(__version__)}</h3>"
        + "".join(f"<p>{escape(line)}</p>" for line in lines)
        + f"<p>{escape(database)} <code>{escape(str(ctx.ws.path))}</code><br>"
        f"{escape(folder)} <code>{escape(str(ctx.ws.path.parent))}</code></p>"
    )
    QMessageBox.about(parent, QCoreApplication.translate("about", "About IALI Desktop"), text)
