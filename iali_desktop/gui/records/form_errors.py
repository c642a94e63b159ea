"""How the record form shows what is wrong: a banner above the fields for the whole
write, a line under each field the domain or the service refused."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from iali_desktop.domain import translation
from iali_desktop.gui.records.editors import FieldEditor

ERROR_STYLE = (
    "color: palette(bright-text); background: #b3261e; padding: 4px 6px; border-radius: 3px;"
)
FIELD_ERROR_STYLE = "color: #b3261e;"



class FormErrors:
    """Mixed into `RecordForm`, whose banner, field editors and error lines it uses."""

    banner: QLabel
    editors: dict[str, FieldEditor]
    field_errors: dict[str, QLabel]

    def show_service_error(self, message: str) -> None:
        """A refusal of a write this form took part in, shown on the form."""
        self._service_error(message)

    def _service_error(self, message: str) -> None:
        field = message.split(":", 1)[0].split(" ", 1)[0]
        if field in self.editors:
            self._show_errors({field: strip_field(field, message)})
        else:
            self._show_errors({}, message)

    def _show_errors(self, errors: Mapping[str, str], general: str = "") -> None:
        for name, text in errors.items():
            self.field_errors[name].setText(text)
            self.field_errors[name].show()
        summary = general or QCoreApplication.translate(
            "RecordForm", "Not saved: please correct the fields marked below."
        )
        self.banner.setText(summary[:1].upper() + summary[1:])
        self.banner.show()
        first = next((self.editors[n] for n in self.editors if n in errors), None)
        if first is not None:
            first.setFocus()

    def _clear_errors(self) -> None:
        self.banner.hide()
        for label in self.field_errors.values():
            label.hide()

    def error_texts(self) -> list[str]:
        """What the form currently shows as wrong (the banner first)."""
        shown = [self.banner.text()] if not self.banner.isHidden() else []
        return shown + [lbl.text() for lbl in self.field_errors.values() if not lbl.isHidden()]


def flag(label: QLabel, text: str) -> None:
    """Show what is wrong with a field as soon as it is typed (empty: nothing is)."""
    label.setText(text[:1].upper() + text[1:])
    label.setVisible(bool(text))


def strip_field(name: str, message: str) -> str:
    """Domain messages start with the field name; inline the label already says it."""
    prefix = translation._("{name}: {why}", name=name, why="")
    text = message[len(prefix) :] if message.startswith(prefix) else message
    return text[:1].upper() + text[1:]
