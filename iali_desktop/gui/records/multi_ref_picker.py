"""Several references to records of one type: a list of the chosen ones plus a picker.

Used for fields such as an engagement's organisations or a task's related areas, where the
order chosen is kept and each record appears once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.errors import ValidationError
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.ref_picker import RefPicker, distinct_titles

_ID = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #b3261e;"  # as the record form's field errors


translate = QCoreApplication.translate


class MultiRefPicker(QWidget):
    """Choose an ordered set of records; `changed` fires on every add or removal."""

    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        target: str,
        vocabulary: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target = target
        self.chosen = QListWidget(self)
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen.setMaximumHeight(84)
        self.picker = RefPicker(ctx, target, vocabulary, self)
        self.add_button = QPushButton(translate("MultiRefPicker", "Add"), self)
        self.remove_button = QPushButton(translate("MultiRefPicker", "Remove"), self)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.picker.line.returnPressed.connect(self._add)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chosen)
        layout.addLayout(row)
        self.message = QLabel(self)  # typed text that names no record
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.picker.line.textEdited.connect(lambda _t: self.message.hide())
        self.setFocusProxy(self.picker)

    def set_accessible_name(self, name: str) -> None:
        self.chosen.setAccessibleName(name)
        self.picker.setAccessibleName(translate("MultiRefPicker", "Add to %1").replace("%1", name))
        self.add_button.setAccessibleName(
            translate("MultiRefPicker", "Add to %1").replace("%1", name)
        )
        self.remove_button.setAccessibleName(
            translate("MultiRefPicker", "Remove from %1").replace("%1", name)
        )

    def ids(self) -> list[str]:
        return [str(self.chosen.item(i).data(_ID)) for i in range(self.chosen.count())]

    def set_ids(self, ids: list[str]) -> None:
        self.chosen.clear()
        titles = distinct_titles(self.ctx, self.target,
                                 self.ctx.records.titles(self.target, ids)) if ids else {}
        for row_id in ids:
            self._append(row_id, titles.get(row_id, row_id))

    def _append(self, row_id: str, title: str) -> None:
        item = QListWidgetItem(title)
        item.setData(_ID, row_id)
        self.chosen.addItem(item)

    def _add(self) -> None:
        try:
            row_id = self.picker.current_id()
        except ValidationError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        self.message.hide()
        if row_id and row_id not in self.ids():
            self._append(row_id, self.picker.currentText())
            self.changed.emit()
        self.picker.set_id(None)

    def _remove(self) -> None:
        items = self.chosen.selectedItems()
        for item in items:
            self.chosen.takeItem(self.chosen.row(item))
        if items:
            self.changed.emit()
