"""A date field people can type into, with a calendar beside it.

Typing goes through `typed_dates.parse_typed_date` (the locale's order or ISO, never a
guess). What cannot be read is flagged at once (red frame, the reason in the tooltip and
`problem`) and stays on screen as typed, so the form refuses to save it rather than saving
something else. Once focus leaves, a date that was read is rewritten in the locale's format,
so the user sees how it was understood ("3/3/2017").
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from iali_desktop.domain.errors import ValidationError

from .typed_dates import example, parse_typed_date, show_date

BAD_STYLE = "QLineEdit { border: 2px solid #b3261e; }"


class DateLine(QWidget):
    """`date()` is the typed date or None; it raises ValidationError for unreadable text."""

    edited = Signal()  # every change by the user (typing or the calendar)
    problem = Signal(str)  # what is wrong with the text ("" once it reads as a date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("e.g. %1").replace("%1", example()))
        room = self.line.fontMetrics().horizontalAdvance("e.g. 00/00/00000")
        self.line.setMaximumWidth(room + 16)
        # Never narrower than a whole date: a narrow form (1024 wide, long French labels)
        # puts the field under its label instead of cutting "1/15/2006" to "/15/2006".
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("00/00/0000") + 16)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.calendar_button.setToolTip(self.tr("Pick a date in a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The calendar is made when first opened: a form and its filters hold several
        # date fields, and each calendar (a table of 42 days under a style sheet) made
        # and restyled with the page cost more than the rest of the field.
        menu = QMenu(self.calendar_button)
        menu.aboutToShow.connect(self._calendar_opens)
        self._menu = menu
        self._calendar: QCalendarWidget | None = None
        self.calendar_button.setMenu(menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        self.setFocusProxy(self.line)
        self._problem = ""
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._tidy)

    def date(self) -> dt.date | None:
        return parse_typed_date(self.line.text())

    def set_date(self, day: dt.date | None) -> None:
        self.line.setText(show_date(day) if day is not None else "")
        self._check()

    def text(self) -> str:
        return self.line.text().strip()

    def problem_text(self) -> str:
        return self._problem

    def _typed(self, _text: str) -> None:
        self._check()
        self.edited.emit()

    def _check(self) -> None:
        try:
            self.date()
            problem = ""
        except ValidationError as exc:
            problem = str(exc)
        self.line.setStyleSheet(BAD_STYLE if problem else "")
        self.line.setToolTip(problem)
        if problem != self._problem:
            self._problem = problem
            self.problem.emit(problem)

    def _tidy(self) -> None:
        """Show a date that was read in the locale's own format."""
        try:
            day = self.date()
        except ValidationError:
            return
        if day is not None and self.line.text() != show_date(day):
            self.line.setText(show_date(day))

    @property
    def calendar(self) -> QCalendarWidget:
        """The calendar the button opens (made on first use)."""
        if self._calendar is None:
            calendar = QCalendarWidget(self._menu)
            calendar.setGridVisible(True)
            holder = QWidgetAction(self._menu)
            holder.setDefaultWidget(calendar)
            self._menu.addAction(holder)
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            self._calendar = calendar
        return self._calendar

    def _calendar_opens(self) -> None:
        try:
            day = self.date()
        except ValidationError:
            day = None
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day) if day
                                      else QDate.currentDate())

    def _picked(self, day: QDate) -> None:
        self._menu.close()
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        self.edited.emit()
        self.line.setFocus()
