"""A searchable picker for a reference to another record.

An editable combo box whose completer matches anywhere in a title, so typing "inspec"
finds every inspectorate. The list of candidates is read only when the picker first gets
focus or opens, so a form with five references does not run five queries to appear; a
reference to `term` lists only the entries of the field's vocabulary.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.context import AppContext

MAX_CHOICES = 5000


class RefPicker(QComboBox):
    """Pick one record of a target type by its title; an empty entry means "none"."""

    picked = Signal()

    def __init__(self, ctx: AppContext, target: str, vocabulary: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target = target
        self.vocabulary = vocabulary
        self.scope: tuple[Filter, ...] = ()
        self._loaded = False
        self.setEditable(True)
        self.line = QLineEdit(self)
        self.setLineEdit(self.line)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.line
        line.setPlaceholderText(QCoreApplication.translate("RefPicker", "Type to search…"))
        line.setClearButtonEnabled(True)
        self.addItem("", None)
        self.currentIndexChanged.connect(lambda _i: self.picked.emit())
        line.textEdited.connect(lambda _t: self.picked.emit())

    def setAccessibleName(self, name: str) -> None:
        """Name the text field too: it is what takes the focus and what readers announce."""
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def ensure_loaded(self) -> None:
        """Read the candidates (once); the current choice is kept."""
        if self._loaded:
            return
        self._loaded = True
        current = self.current_id()
        filters = self.scope + ((Filter("vocabulary", Op.EQ, self.vocabulary),)
                                if self.vocabulary else ())
        ids = self.ctx.records.ids(self.target, Query(filters=filters, limit=MAX_CHOICES))
        titles = self.ctx.records.titles(self.target, ids)
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for row_id, title in sorted(titles.items(), key=lambda kv: kv[1].lower()):
            self.addItem(title, row_id)
        self.blockSignals(False)
        self.set_id(current)

    def set_scope(self, filters: tuple[Filter, ...]) -> None:
        """Offer only records matching these filters (a meeting's own agenda items)."""
        if filters != self.scope:
            self.scope = filters
            self._loaded = False

    def reload(self) -> None:
        self._loaded = False
        self.ensure_loaded()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_loaded()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.ensure_loaded()
        super().showPopup()

    def current_id(self) -> str | None:
        """The chosen record id; None for the empty entry (raises on unmatched text)."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            self.ensure_loaded()
            index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            raise ValidationError(QCoreApplication.translate(
                "RefPicker", "no record is called '%1'; pick one from the list").replace(
                "%1", text))
        data = self.itemData(index)
        return str(data) if data else None

    def set_id(self, row_id: str | None) -> None:
        """Show a record (adding its title if the list is not read yet)."""
        self.blockSignals(True)
        try:
            if not row_id:
                self.setCurrentIndex(0)
                self.setEditText("")
                return
            index = self.findData(row_id)
            if index < 0:
                title = self.ctx.records.titles(self.target, [row_id]).get(row_id, row_id)
                self.addItem(title, row_id)
                index = self.count() - 1
            self.setCurrentIndex(index)
            self.line.setCursorPosition(0)
        finally:
            self.blockSignals(False)
