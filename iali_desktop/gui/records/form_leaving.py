"""Leaving a record form with unsaved edits: save them, discard them, or stay."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class FormLeaving(QWidget):
    """Mixed into `RecordForm`, whose dirty state, save, revert and title it uses."""

    _dirty: bool
    save_on_leave: Callable[[], bool] | None
    save: Callable[[], bool]
    revert: Callable[[], None]
    title: Callable[[], str]

    def maybe_leave(self) -> bool:
        """Before showing another record: True when it is fine to move on."""
        if not self._dirty:
            return True
        answer = self.ask_leave()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_on_leave() if self.save_on_leave is not None else self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def ask_leave(self) -> QMessageBox.StandardButton:
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.question(
            self,
            QCoreApplication.translate("RecordForm", "Unsaved changes"),
            QCoreApplication.translate(
                "RecordForm", "“%1” has unsaved changes. Save them?").replace("%1", self.title()),
            buttons,
            QMessageBox.StandardButton.Save,
        )
