"""The files attached to the record on a form: add (button or drag and drop), open in the
system's viewer, save a copy, remove.

Attachments are written at once, not with the form's Save: adding runs off the GUI thread
with progress (a paper may be hundreds of megabytes), removing is an undoable deletion on
the window's undo stack. An attachment whose content has not arrived by sync yet is listed
as "not received yet" and cannot be opened or saved until it does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMimeDatabase, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.gui.background import BackgroundOp
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.header_lines import WholeLabels
from iali_desktop.gui.records.attachment_files import (
    AttachmentDialogs,
    Opener,
    open_in_viewer,
    viewing_copy,
)
from iali_desktop.gui.records.undo import DeleteRecordCommand, push
from iali_desktop.services import attachments
from iali_desktop.services.attachments import Attachment

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole
TYPE = "attachment"


class AttachmentsPanel(QGroupBox):
    """The attachments of one record of `type_name` (none while the record is new)."""

    def __init__(self, ctx: AppContext, type_name: str, parent: QWidget | None = None, *,
                 opener: Opener = open_in_viewer) -> None:
        super().__init__(translate("AttachmentsPanel", "Attachments"), parent)
        self.ctx = ctx
        self.type_name = type_name
        self.opener = opener
        self.dialogs = AttachmentDialogs(ctx)
        self.row_id: str | None = None
        self.shown: list[Attachment] = []
        self.op: BackgroundOp | None = None  # the add or copy running, if any
        self.setAcceptDrops(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        labels = [
            translate("AttachmentsPanel", "Name"), translate("AttachmentsPanel", "Type"),
            translate("AttachmentsPanel", "Size"), translate("AttachmentsPanel", "Added by"),
            translate("AttachmentsPanel", "Date")]
        self.list.setHeaderLabels(labels)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            self.list.header().setSectionResizeMode(column,
                                                    QHeaderView.ResizeMode.ResizeToContents)
        self.header_labels = WholeLabels(
            self.list.header(), lambda c, text: self.list.headerItem().setText(c, text))
        self.header_labels.set_labels(labels)
        self.list.setAccessibleName(translate("AttachmentsPanel", "Attached files"))
        self.list.setMaximumHeight(150)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item, _col: self.open_selected())
        self.add_button = QPushButton(translate("AttachmentsPanel", "A&ttach files…"), self)
        self.open_button = QPushButton(translate("AttachmentsPanel", "&Open"), self)
        self.save_button = QPushButton(translate("AttachmentsPanel", "Save a &copy…"), self)
        self.remove_button = QPushButton(translate("AttachmentsPanel", "Remove…"), self)
        self.add_button.clicked.connect(self.ask_files)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.ask_save)
        self.remove_button.clicked.connect(self.remove_selected)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        # Two rows of two: in one row the French and Spanish labels made every record form
        # wider than the window leaves it.
        buttons = QGridLayout()
        for i, button in enumerate((self.add_button, self.open_button, self.save_button,
                                    self.remove_button)):
            buttons.addWidget(button, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        ctx.events.changed.connect(self._data_changed)
        self.set_record(None)

    # -- which record --------------------------------------------------------------------
    def set_record(self, row_id: str | None) -> None:
        if row_id != self.row_id:
            self.status.hide()
        self.row_id = row_id
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.shown = (attachments.list_for(self.ctx.ws, self.type_name, self.row_id)
                      if self.row_id else [])
        self.list.clear()
        for found in self.shown:
            item = QTreeWidgetItem(self.list, _cells(found))
            item.setData(0, ID_ROLE, found.id)
            item.setToolTip(0, found.name)
            item.setToolTip(1, _type_comment(found))
            if not found.present:
                font = QFont(item.font(0))
                font.setItalic(True)
                for column in range(5):
                    item.setFont(column, font)
            if selected is not None and found.id == selected.id:
                item.setSelected(True)
        self.list.setEnabled(self.row_id is not None)
        self.hint.setText(
            translate("AttachmentsPanel", "Save the record first to attach files to it.")
            if self.row_id is None else
            translate("AttachmentsPanel", "Drop files here to attach them.") if self.shown else
            translate("AttachmentsPanel", "No files yet: attach some, or drop them here."))
        self._update_buttons()

    def selected(self) -> Attachment | None:
        items = self.list.selectedItems()
        if not items:
            return None
        wanted = items[0].data(0, ID_ROLE)
        return next((a for a in self.shown if a.id == wanted), None)

    def select(self, attachment_id: str) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None:
                item.setSelected(item.data(0, ID_ROLE) == attachment_id)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        idle = self.op is None or not self.op.running
        self.add_button.setEnabled(self.row_id is not None and idle)
        self.open_button.setEnabled(chosen is not None and idle)
        self.save_button.setEnabled(chosen is not None and idle)
        self.remove_button.setEnabled(chosen is not None)

    def _data_changed(self, type_name: str) -> None:
        if type_name in (TYPE, ""):
            self.refresh()

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    # -- adding --------------------------------------------------------------------------
    def ask_files(self) -> QFileDialog | None:
        if self.row_id is None:
            return None
        return self.dialogs.ask_files(self, self.add_files)

    def add_files(self, paths: Sequence[Path]) -> BackgroundOp | None:
        """Attach files, off the GUI thread, one after the other, with progress."""
        row_id, type_name, ws = self.row_id, self.type_name, self.ctx.ws
        if row_id is None or not paths:
            return None
        files = list(paths)
        template = translate("AttachmentsPanel", "Attaching “%1” (%2 of %3)…")

        def work(progress: attachments.Progress) -> list[str]:
            added = []
            for number, path in enumerate(files, start=1):
                def report(done: int, total: int, name: str, number: int = number) -> None:
                    progress(done, total, template.replace("%1", name).replace(
                        "%2", str(number)).replace("%3", str(len(files))))
                added.append(attachments.attach(ws, type_name, row_id, path, progress=report))
            return added

        self.status.hide()
        op = BackgroundOp(self, work)
        op.on_success(self._added).on_failure(self._failed)
        op.with_progress(translate("AttachmentsPanel", "Attaching files…"))
        self.op = op.run()
        self._update_buttons()
        return op

    def _added(self, ids: list[str]) -> None:
        self.ctx.events.changed.emit(TYPE)
        if ids:
            self.select(ids[-1])
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.ctx.events.changed.emit(TYPE)  # the files before the refused one were added
        self.say(message[:1].upper() + message[1:])
        self._update_buttons()

    # -- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.row_id is not None and _local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.row_id is not None and _local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData().urls())
        if self.row_id is None or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(files)

    # -- reading -------------------------------------------------------------------------
    def open_selected(self) -> BackgroundOp | None:
        """Open a copy of the selected file in the system's viewer."""
        chosen = self._readable()
        if chosen is None:
            return None
        target = viewing_copy(chosen.id, attachments.clean_name(chosen.name))
        return self._copy(chosen, target, lambda: self._opened(chosen, target),
                          translate("AttachmentsPanel", "Opening “%1”…").replace("%1", chosen.name))

    def _opened(self, chosen: Attachment, target: Path) -> None:
        if self.opener(target):
            return
        self.say(translate("AttachmentsPanel", "No program opened “%1”. A copy is at %2")
                 .replace("%1", chosen.name).replace("%2", str(target)))

    def ask_save(self) -> QFileDialog | None:
        chosen = self._readable()
        if chosen is None:
            return None
        return self.dialogs.ask_save(self, attachments.clean_name(chosen.name),
                                     lambda path: self.save_to(chosen, path))

    def save_to(self, chosen: Attachment, path: Path) -> BackgroundOp | None:
        return self._copy(chosen, path, lambda: self.say(
            translate("AttachmentsPanel", "Saved a copy of “%1” as %2")
            .replace("%1", chosen.name).replace("%2", str(path))),
            translate("AttachmentsPanel", "Saving “%1”…").replace("%1", chosen.name))

    def _readable(self) -> Attachment | None:
        chosen = self.selected()
        if chosen is not None and not chosen.present:
            self.say(translate("AttachmentsPanel", "“%1” has not been received yet: it comes "
                               "with a colleague's bundle that carries files.")
                     .replace("%1", chosen.name))
            return None
        return chosen

    def _copy(self, chosen: Attachment, target: Path, done: Callable[[], object], label: str
              ) -> BackgroundOp:
        ws = self.ctx.ws
        op = BackgroundOp(self, lambda _progress: attachments.save_copy(ws, chosen.id, target))
        def finished(_result: object) -> None:
            done()
            self._update_buttons()

        op.on_success(finished)
        op.on_failure(self._failed)
        op.with_progress(label)
        self.status.hide()
        self.op = op.run()
        self._update_buttons()
        return op

    # -- removing ------------------------------------------------------------------------
    def remove_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None or not self.confirm_remove(chosen.name):
            return False
        outcome = push(self.ctx, DeleteRecordCommand(self.ctx, TYPE, chosen.id))
        if not outcome.ok:
            self.say(outcome.error)
        return outcome.ok

    def confirm_remove(self, name: str) -> bool:
        answer = QMessageBox.question(
            self, translate("AttachmentsPanel", "Remove attachment"),
            translate("AttachmentsPanel", "Remove “%1” from this record? You can undo this.")
            .replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def _cells(found: Attachment) -> list[str]:
    locale = QLocale()
    name = found.name if found.present else translate(
        "AttachmentsPanel", "%1 (not received yet)").replace("%1", found.name)
    size = locale.formattedDataSize(found.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
    date = QDate.fromString(found.added_at[:10], Qt.DateFormat.ISODate)
    return [name, _short_type(found), size, found.added_by,
            locale.toString(date, QLocale.FormatType.ShortFormat) if date.isValid() else ""]


def _short_type(found: Attachment) -> str:
    """"PDF", "DOCX": the file's own extension, short enough for a narrow column."""
    suffix = Path(found.name).suffix.lstrip(".")
    if suffix and len(suffix) <= 5:
        return suffix.upper()
    kind = QMimeDatabase().mimeTypeForName(found.media_type)
    return kind.preferredSuffix().upper() or found.media_type


def _type_comment(found: Attachment) -> str:
    kind = QMimeDatabase().mimeTypeForName(found.media_type)
    return kind.comment() if kind.isValid() else found.media_type


def _local_files(urls: Sequence[QUrl]) -> list[Path]:
    """The dropped items when every one of them is a local file (folders are refused by
    the service with a clear sentence, so they pass here)."""
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return paths if paths and len(paths) == len(urls) else []
