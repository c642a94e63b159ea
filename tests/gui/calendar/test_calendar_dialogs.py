"""File › Export calendar… and the event pages' "Add to calendar…", driven through the
real dialogs; the written files are read back with icalendar."""

from __future__ import annotations

from pathlib import Path

import icalendar
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from iali_desktop.domain.query import Filter, Op, Query
from iali_desktop.gui.calendar.calendar_files import CalendarFiles
from iali_desktop.gui.calendar.export_dialog import CalendarExportDialog
from iali_desktop.gui.context import AppContext
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.preferences import Preferences
from iali_desktop.gui.records.meeting_page import MeetingPage
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.services.profile import Profile, load_profile, save_profile


def uids(path: Path) -> set[str]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]) for e in cal.walk("VEVENT")}


def uid_set(ids: list[str]) -> set[str]:
    return {f"{i}@iali-desktop" for i in ids}


def open_dialog(window: MainWindow, qtbot: QtBot) -> CalendarExportDialog:
    window.calendar_action.trigger()
    dialog = window.findChild(CalendarExportDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_file_menu_exports_a_region_to_the_remembered_folder(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    ctx = window.ctx
    assert window.calendar_action in window.file_menu.actions()
    dialog = open_dialog(window, qtbot)
    first = Path(dialog.path.text())
    assert first.parent != ctx.ws.path.parent and first.suffix == ".ics"
    assert dialog.all_radio.isChecked()
    regions = [e["region"] for e in ctx.records.list("event") if e["region"]]
    region = max(set(regions), key=regions.count)
    index = dialog.region.findData(region)
    dialog.region.setCurrentIndex(index or 1)  # a different region from the one shown
    assert dialog.region_radio.isChecked()  # picking a region chooses "events of a region"
    dialog.region.setCurrentIndex(index)
    folder = tmp_path / "calendars"  # not the database's folder, where no dialog starts
    folder.mkdir()
    dialog.path.setText(str(folder / "region"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=30_000)
    written = folder / "region.ics"
    expected = ctx.records.ids("event", Query(filters=(Filter("region", Op.EQ, region),)))
    assert expected and uids(written) == uid_set(expected)
    assert str(written) in dialog.status.text()
    dialog.path.setText(str(tmp_path / "missing" / "x.ics"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "not written" in dialog.status.text(), timeout=30_000)
    assert "does not exist" in dialog.status.text() and dialog.export_button.isEnabled()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not window.findChildren(CalendarExportDialog))  # deleted once closed
    again = open_dialog(window, qtbot)
    assert Path(again.path.text()).parent == folder == window.prefs.calendar_folder


def test_what_i_attend_exports_my_events_and_remembers_who_i_am(
        shell_ctx: AppContext, prefs: Preferences, qtbot: QtBot, tmp_path: Path) -> None:
    records = shell_ctx.records
    save_profile(shell_ctx.ws, Profile(role="ec_member", region=None))
    links = records.list("event_participant")
    person = links[0]["person"]
    files = CalendarFiles(shell_ctx, prefs)
    dialog = CalendarExportDialog(shell_ctx, files)
    qtbot.addWidget(dialog)
    dialog.mine_radio.setChecked(True)
    dialog.path.setText(str(tmp_path / "mine.ics"))
    dialog.export_button.click()
    assert "choose who you are" in dialog.status.text().lower()
    assert not (tmp_path / "mine.ics").exists()
    dialog.person.setCurrentIndex(dialog.person.findData(person))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=30_000)
    attended = {r["event"] for r in links if r["person"] == person}
    assert uids(tmp_path / "mine.ics") == uid_set(sorted(attended))
    profile = load_profile(shell_ctx.ws)
    assert profile is not None and profile.person == person and profile.role == "ec_member"
    next_time = CalendarExportDialog(shell_ctx, files)
    qtbot.addWidget(next_time)
    assert next_time.mine_radio.isChecked() and next_time.person.currentData() == person


def test_add_to_calendar_saves_the_shown_event_and_opens_it(
        shell_ctx: AppContext, prefs: Preferences, qtbot: QtBot, tmp_path: Path) -> None:
    page = RecordPage(shell_ctx, "event")
    qtbot.addWidget(page)
    opened: list[Path] = []
    page.use_calendar(CalendarFiles(shell_ctx, prefs, opener=opened.append))
    assert page.calendar is not None and not page.calendar.action.isEnabled()
    event = page.model.row_id(0)
    assert event is not None and page.show_record(event)
    assert page.calendar.action.isEnabled()
    page.calendar.action.trigger()
    chooser = page.findChild(QFileDialog, "calendar_file_dialog")
    assert isinstance(chooser, QFileDialog)
    assert chooser.selectedFiles()[0].endswith(".ics")
    chooser.selectFile(str(tmp_path / "one event"))
    chooser.accept()
    assert opened == [tmp_path / "one event.ics"]
    assert uids(opened[0]) == uid_set([event])
    assert prefs.calendar_folder == tmp_path


def test_the_meeting_page_has_add_to_calendar_with_the_window_folder(
        window: MainWindow) -> None:
    page = window.show_page("ec_meetings")
    assert isinstance(page, MeetingPage) and page.calendar is not None
    assert page.calendar.files is window.calendar
    assert page.calendar.action in page.type_toolbar.actions()
