"""In-place editors for the plan tree: status list, owner picker, due date, progress.

The editor matches the column and the record (a task's status list differs from a key
outcome's); the progress column is also painted as a bar so the tree reads at a glance
(`ProgressDelegate`, set on that column alone).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QWidget,
)

from iali_desktop.domain.errors import ValidationError

from .context import AppContext
from .date_line import DateLine
from .labels import choice_label
from .plan_model import COL_DUE, COL_OWNER, COL_PROGRESS, COL_STATUS, STATUS_CHOICES
from .plan_nodes import Node
from .records.ref_picker import RefPicker

EDIT = Qt.ItemDataRole.EditRole
MARGIN = 2  # around a bar's picture: the style draws an empty bar's edge just outside it
Index = QModelIndex | QPersistentModelIndex


class OptionalDateEdit(DateLine):
    """The due date typed in place (the locale's order or ISO, as in every form); empty
    means no date. Text that is no date is refused when the edit ends, never guessed."""

    def set_value(self, day: dt.date | None) -> None:
        self.set_date(day)

    def value(self) -> dt.date | None:
        return self.date()


def _editor_value(editor: QWidget) -> Any:
    if isinstance(editor, RefPicker):
        return editor.current_id()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, OptionalDateEdit):
        return editor.value()
    if isinstance(editor, QSpinBox):
        editor.interpretText()
        return editor.value()
    return None


class PlanDelegate(QStyledItemDelegate):
    """Creates the editor for each editable column of `PlanTreeModel`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._initial: dict[int, Any] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        node = index.internalPointer()
        assert isinstance(node, Node)
        col = index.column()
        if col == COL_STATUS:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Status"))
            for value in STATUS_CHOICES[node.kind]:
                combo.addItem(choice_label(value), value)
            return combo
        if col == COL_OWNER:
            picker = RefPicker(self.ctx, "person", parent=parent)
            picker.setAccessibleName(self.tr("Owner"))
            picker.ensure_loaded()
            return picker
        if col == COL_DUE:
            date = OptionalDateEdit(parent)
            date.setAccessibleName(self.tr("Due date"))
            return date
        if col == COL_PROGRESS:
            spin = QSpinBox(parent)
            spin.setRange(0, 100)
            spin.setSingleStep(10)
            spin.setSuffix("%")
            spin.setAccessibleName(self.tr("Progress"))
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value: Any = index.data(EDIT)
        if isinstance(editor, RefPicker):
            editor.set_id(value)
        elif isinstance(editor, QComboBox):
            found = editor.findData(value or "not_started")
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, OptionalDateEdit):
            editor.set_value(value if isinstance(value, dt.date) else None)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        else:
            super().setEditorData(editor, index)
            return
        # What the editor showed at first: leaving a cell untouched must write nothing,
        # not today's date into a task with no due date, nor "not started" into a blank.
        self._initial[id(editor)] = _editor_value(editor)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, RefPicker | QComboBox | OptionalDateEdit | QSpinBox):
            super().setModelData(editor, model, index)
            return
        try:
            value = _editor_value(editor)
        except ValidationError as exc:  # "3/3/17": say why, write nothing
            refused = getattr(model, "refused", None)
            if refused is not None:
                refused.emit(str(exc))
            return
        if value != self._initial.get(id(editor), object()):
            model.setData(index, value, EDIT)

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        self._initial.pop(id(editor), None)
        super().destroyEditor(editor, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Rows tall enough for an editor and a readable progress bar."""
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))


class ProgressDelegate(PlanDelegate):
    """The progress column's delegate: the same editor, and a bar. Only this column is
    painted in Python; the view paints the others' thousands of cells itself. A bar is
    drawn by the style once per look (value, size, state, palette) and copied after:
    the style's gradients took longer than the rest of the tree's paint."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._bars: dict[tuple[Any, ...], QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        node = index.internalPointer()
        text = index.data()
        if index.column() != COL_PROGRESS or not isinstance(node, Node) \
                or node.kind not in ("task", "area") or not text:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                            option.widget)
        rect = option.rect.adjusted(3, 3, -3, -3)
        ratio = painter.device().devicePixelRatioF()
        key = (str(text), rect.width(), rect.height(), int(option.state.value),
               option.palette.cacheKey(), option.font.key(), ratio, option.direction, id(style))
        pixmap = self._bars.get(key)
        if pixmap is None:
            pixmap = self._bar(style, option, str(text), rect.size(), ratio)
            if len(self._bars) > 500:  # a resized column or a new theme: start again
                self._bars.clear()
            self._bars[key] = pixmap
        painter.drawPixmap(rect.topLeft() - QPoint(MARGIN, MARGIN), pixmap)

    @staticmethod
    def _bar(style: QStyle, option: QStyleOptionViewItem, text: str, size: QSize,
             ratio: float) -> QPixmap:
        pixmap = QPixmap((size + QSize(2 * MARGIN, 2 * MARGIN)) * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(QPoint(MARGIN, MARGIN), size)
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = int(text.rstrip("%") or 0)
        bar.text = text
        bar.textVisible = True
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        bar.direction = option.direction
        painter = QPainter(pixmap)
        painter.setFont(option.font)
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
        painter.end()
        return pixmap
