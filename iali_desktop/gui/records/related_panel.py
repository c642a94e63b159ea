"""The records that point at the one on screen: an organisation's people, engagements,
agreements and events; a person's roles, assignments and tasks.

Read only while the panel is visible (the query looks at every table), and refreshed when
any record changes. Activating an entry asks the main window to open that record.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from iali_desktop.domain.errors import IaliError
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.labels import type_label
from iali_desktop.gui.records.display import shown_title

_TYPE = Qt.ItemDataRole.UserRole
_ID = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate


class RelatedPanel(QWidget):
    """Grouped by record type; Enter or a double click opens the record."""

    def __init__(self, ctx: AppContext, type_name: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.type_name = type_name
        self.row_id: str | None = None
        self._stale = True
        self._entries: list[tuple[str, str]] = []
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(translate("RelatedPanel", "Related records"))
        self.tree.itemActivated.connect(self._open)
        self.empty = QLabel(translate("RelatedPanel", "No other record refers to this one."), self)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        ctx.events.changed.connect(self._changed)

    def set_record(self, row_id: str | None) -> None:
        self.row_id = row_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _changed(self, _type_name: str) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self.tree.clear()
        self._entries = []
        found: dict[str, list[str]] = {}
        if self.row_id is not None:
            try:
                found = self.ctx.records.referencing(self.type_name, self.row_id)
            except IaliError:
                found = {}
        for type_name, ids in found.items():
            titles = self.ctx.records.titles(type_name, ids)
            group = QTreeWidgetItem([f"{type_label(type_name, plural=True)} ({len(ids)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for row_id in sorted(ids, key=lambda i: titles.get(i, "").lower()):
                item = QTreeWidgetItem([shown_title(type_name, titles.get(row_id, row_id))])
                item.setData(0, _TYPE, type_name)
                item.setData(0, _ID, row_id)
                item.setToolTip(0, translate("RelatedPanel", "Open this record"))
                self._entries.append((type_name, item.text(0)))
                group.addChild(item)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        self.empty.setVisible(not found)
        self.tree.setVisible(bool(found))

    def entries(self) -> list[tuple[str, str]]:
        """(type, title) of every listed record, for tests and screen readers alike."""
        return list(self._entries)

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        type_name, row_id = item.data(0, _TYPE), item.data(0, _ID)
        if type_name and row_id:
            self.ctx.events.open_record.emit(str(type_name), str(row_id))
