"""Settings' "Printed documents" box: the association's name and logo, which head the
cover and the footer of the meeting pack (kept in this database's local settings by
`services.association`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from iali_desktop.domain.errors import IaliError
from iali_desktop.services.association import (
    Association,
    load_association,
    read_logo,
    save_association,
)

from .context import AppContext
from .errors import show_error
from .file_dialogs import start_folder

LOGO_PREVIEW = (160, 48)


class AssociationBox(QGroupBox):
    """Edits the association's name and logo; `apply()` saves them through the service
    (raising IaliError with one sentence for what cannot be saved)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Printed documents"))
        self.ctx = ctx
        self.saved = load_association(ctx.ws)
        self.logo: bytes | None = self.saved.logo
        self.name = QLineEdit(self.saved.name, self)
        self.name.setMaxLength(200)
        self.preview = QLabel(self)
        self.preview.setAccessibleName(self.tr("Logo"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.clicked.connect(lambda: self.set_logo(None))
        row = QHBoxLayout()
        row.addWidget(self.preview, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Association &name:"), self.name)
        form.addRow(self.tr("Logo:"), row)
        hint = QLabel(self.tr("They head the cover and the footer of the meeting pack."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow(hint)
        self._last_folder: Path | None = None
        self.set_logo(self.logo)

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        self.remove_button.setEnabled(data is not None)
        if data is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.preview.setPixmap(pixmap.scaled(*LOGO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    def use_logo_file(self, path: Path) -> None:
        """Take the image file as the logo (refused with one sentence when unusable)."""
        self.set_logo(read_logo(path))
        self._last_folder = path.parent

    def choose_logo(self) -> None:
        folder = start_folder(self._last_folder, db_path=self.ctx.ws.path)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the association's logo"), str(folder),
            self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            try:
                self.use_logo_file(Path(chosen))
            except IaliError as exc:
                show_error(self, exc)

    def apply(self) -> None:
        wanted = Association(self.name.text(), self.logo)
        if wanted != self.saved:
            save_association(self.ctx.ws, wanted)
            self.saved = load_association(self.ctx.ws)
