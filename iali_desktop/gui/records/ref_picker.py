"""A searchable picker for a reference to another record.

An editable combo box whose completer matches anywhere in a title, so typing "inspec"
finds every inspectorate. The list of candidates is read only when the picker first gets
focus or opens, so a form with five references does not run five queries to appear; a
reference to `term` lists only the entries of the field's vocabulary.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from iali_desktop.domain.errors import ValidationError
from iali_desktop.domain.fields import FieldKind
from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.context import AppContext
from iali_desktop.services.records import record_type

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
        titles = distinct_titles(self.ctx, self.target, self.ctx.records.titles(self.target, ids))
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        collator = QCollator(QLocale())  # the user's language order: Émilie before Rahul
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        collator.setNumericMode(True)
        for row_id, title in sorted(titles.items(), key=lambda kv: collator.sortKey(kv[1])):
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
        """The chosen record id; None for the empty entry (raises on unmatched text).

        The chosen item's own id when the text is still that item's (two records may
        share a title); only typed text is matched against the titles.
        """
        text = self.currentText().strip()
        if not text:
            return None
        if self.currentIndex() >= 0 and self.itemText(self.currentIndex()).strip() == text:
            data = self.currentData()
            return str(data) if data else None
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

    def state(self) -> object:
        """What the picker shows, for "has this changed": the id of a chosen item, or the
        typed text (so loading the list, which relabels items, is not an edit)."""
        text = self.currentText().strip()
        if self.currentIndex() >= 0 and self.itemText(self.currentIndex()).strip() == text:
            return ("id", self.currentData())
        return ("text", text)

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


def distinct_titles(ctx: AppContext, type_name: str, titles: dict[str, str]) -> dict[str, str]:
    """Titles made distinguishable: where several records share one, each gets its parent's
    name (the first required reference, e.g. an action area's or a task's plan), a plan
    shown by its period "2025–2028"."""
    count: dict[str, int] = {}
    for title in titles.values():
        count[title.lower()] = count.get(title.lower(), 0) + 1
    shared = [row_id for row_id, title in titles.items() if count[title.lower()] > 1]
    parent = next((spec for spec in record_type(type_name).fields
                   if spec.required and spec.kind is FieldKind.REF and spec.target), None)
    if not shared or parent is None or parent.target is None:
        return titles
    rows = ctx.records.rows(type_name, shared)
    parent_ids = sorted({str(row[parent.name]) for row in rows.values() if row.get(parent.name)})
    parents = ctx.records.rows(parent.target, parent_ids)
    names: dict[str, str] = {}
    for parent_id, row in parents.items():
        start, end = row.get("period_start"), row.get("period_end")
        names[parent_id] = f"{start}–{end}" if start and end else ctx.records.title(
            parent.target, parent_id)
    out = dict(titles)
    for row_id in shared:
        name = names.get(str(rows.get(row_id, {}).get(parent.name) or ""))
        if name:
            out[row_id] = f"{titles[row_id]} ({name})"
    return out
