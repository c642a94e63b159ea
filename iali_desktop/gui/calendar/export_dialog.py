"""File › Export calendar…: all events, a region's, or what I attend, as one .ics file.

Importing a newer file into a calendar program updates the events an earlier one added
(same UID, higher SEQUENCE) rather than adding copies. The person chosen for "what I
attend" is kept in the profile, so the dialog offers it again next time.
"""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from iali_desktop.domain.errors import IaliError
from iali_desktop.gui.background import BackgroundOp
from iali_desktop.gui.calendar.calendar_files import CalendarFiles, file_name, with_suffix
from iali_desktop.gui.context import AppContext
from iali_desktop.services.calendar_export import CalendarExport, CalendarService
from iali_desktop.services.profile import load_profile, save_profile

ALL, REGION, MINE = "all", "region", "mine"


class CalendarExportDialog(QDialog):
    """Choose which events and the file; Export writes it and says where."""

    def __init__(self, ctx: AppContext, files: CalendarFiles,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.files = files
        self.profile = load_profile(ctx.ws)
        self.result_: CalendarExport | None = None
        self.op: BackgroundOp | None = None
        self.setWindowTitle(self.tr("Export calendar"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Write events to a calendar file (.ics) for Outlook, Thunderbird, Google "
            "Calendar or your phone. Importing a newer file updates the events instead "
            "of adding them twice."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.which = QButtonGroup(self)
        self.all_radio = QRadioButton(self.tr("&All events, past and upcoming"), self)
        self.region_radio = QRadioButton(self.tr("Events of a &region:"), self)
        self.mine_radio = QRadioButton(self.tr("Events I &attend, as:"), self)
        self.region = QComboBox(self)
        self.region.setAccessibleName(self.tr("Region"))
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Who you are"))
        self.person.addItem(self.tr("(choose who you are)"), None)
        for key, title in self._titles("region"):
            self.region.addItem(title, key)
        for key, title in self._titles("person"):
            self.person.addItem(title, key)
        form = QFormLayout()
        form.addRow(self.all_radio)
        form.addRow(self.region_radio, self.region)
        form.addRow(self.mine_radio, self.person)
        layout.addLayout(form)
        for n, radio in enumerate((self.all_radio, self.region_radio, self.mine_radio)):
            self.which.addButton(radio, n)
        self._preselect()

        row = QHBoxLayout()
        self.path = QLineEdit(str(files.folder() / file_name(self.tr("IALI events"))), self)
        self.path.setAccessibleName(self.tr("Calendar file"))
        self.browse = QPushButton(self.tr("&Choose…"), self)
        self.browse.clicked.connect(self.choose_file)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    def _titles(self, type_name: str) -> list[tuple[str, str]]:
        records = self.ctx.records
        titles = records.titles(type_name, records.ids(type_name))
        return sorted(titles.items(), key=lambda kv: kv[1].casefold())

    def _preselect(self) -> None:
        p = self.profile
        if p is not None and p.region is not None:
            self.region.setCurrentIndex(max(self.region.findData(p.region), 0))
        if p is not None and p.person is not None and self.person.findData(p.person) > 0:
            self.person.setCurrentIndex(self.person.findData(p.person))
            self.mine_radio.setChecked(True)
        else:
            self.all_radio.setChecked(True)
        for combo, radio in ((self.region, self.region_radio), (self.person, self.mine_radio)):
            # picking in a list means that choice, even the item already shown
            combo.currentIndexChanged.connect(lambda _i, r=radio: r.setChecked(True))
            combo.activated.connect(lambda _i, r=radio: r.setChecked(True))

    def scope(self) -> str:
        return (ALL, REGION, MINE)[self.which.checkedId()]

    def choose_file(self) -> None:
        current = Path(self.path.text().strip() or file_name(self.tr("IALI events")))
        self.files.ask(self, self.tr("Save the calendar as"), current.name,
                       lambda path: self.path.setText(str(path)))

    def export(self) -> BackgroundOp | None:
        """Write the file off the GUI thread (thousands of events take seconds)."""
        if not self.path.text().strip():
            self.status.setText(self.tr("Choose the file to write the calendar to."))
            return None
        out = with_suffix(Path(self.path.text().strip()).expanduser())
        scope, region, person = self.scope(), self.region.currentData(), \
            self.person.currentData()
        if scope == REGION and region is None:
            self.status.setText(self.tr("There is no region to choose yet."))
            return None
        if scope == MINE and person is None:
            self.status.setText(self.tr("Choose who you are, to export the events you "
                                        "attend."))
            return None
        ws = self.ctx.ws
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing the calendar…"))
        self.op = BackgroundOp(self, lambda _progress: CalendarService(ws).export(
            out, region=region if scope == REGION else None,
            person=person if scope == MINE else None))
        self.op.on_success(lambda result: self._exported(result, scope, person))
        self.op.on_failure(self._failed).run()
        return self.op

    def _exported(self, result: CalendarExport, scope: str, person: str | None) -> None:
        self.export_button.setEnabled(True)
        if scope == MINE and person is not None:
            # a person deleted meanwhile is not kept; the file is written all the same
            with contextlib.suppress(IaliError):
                self._keep_person(person)
        self.files.remember(result.path)
        self.result_ = result
        self.status.setText(self.tr("Wrote %1 events to %2.").replace(
            "%1", str(result.events)).replace("%2", str(result.path)))

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("The calendar was not written: %1").replace(
            "%1", message[:1].upper() + message[1:]))

    def _keep_person(self, person: str) -> None:
        """Remember who "I" am for the next export (in this database's profile, once the
        first-run set-up has made one: saving one here would skip that set-up)."""
        if self.profile is not None and self.profile.person != person:
            self.profile = dataclasses.replace(self.profile, person=person)
            save_profile(self.ctx.ws, self.profile)
