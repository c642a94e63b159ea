"""The Attachments panel on record forms, driven with real dialogs and real drop events."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.main_window import MainWindow
from iali_desktop.gui.records.attachment_files import ADD_DIALOG, SAVE_DIALOG
from iali_desktop.gui.records.attachments_panel import AttachmentsPanel
from iali_desktop.gui.records.meeting_page import MeetingPage
from iali_desktop.gui.records.record_page import RecordPage
from iali_desktop.services import attachments
from iali_desktop.services.search import SearchService


def _page(ctx: AppContext, qtbot: QtBot, type_name: str) -> tuple[RecordPage, AttachmentsPanel]:
    page = RecordPage(ctx, type_name)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    first = page.model.row_id(0)
    assert first is not None and page.show_record(first)
    panel = page.form.attachments
    assert isinstance(panel, AttachmentsPanel) and panel.row_id == first
    return page, panel


def _file(path: Path, size: int) -> Path:
    path.write_bytes(os.urandom(size))
    return path


def _names(panel: AttachmentsPanel) -> list[str]:
    return [panel.list.topLevelItem(r).text(0)  # type: ignore[union-attr]
            for r in range(panel.list.topLevelItemCount())]


def _drop(panel: AttachmentsPanel, paths: list[Path]) -> tuple[bool, bool]:
    """Drag `paths` over the panel and drop them, as a file manager would; returns
    whether the panel accepted the drag and the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPoint(panel.width() // 2, panel.height() // 2)
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    drop = QDropEvent(where.toPointF(), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_files_chosen_in_the_real_file_dialog_are_attached(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    page, panel = _page(ctx, qtbot, "agreement")
    signed = _file(tmp_path / "Signed MOU.pdf", 300_000)
    annex = _file(tmp_path / "Annex.xlsx", 2_000)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(QFileDialog, ADD_DIALOG)
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert Path(dialog.directory().absolutePath()) != ctx.ws.path.parent
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile('"Signed MOU.pdf" "Annex.xlsx"')
    dialog.accept()
    qtbot.waitUntil(lambda: len(panel.shown) == 2, timeout=20_000)
    assert _names(panel) == ["Annex.xlsx", "Signed MOU.pdf"]
    row = panel.list.topLevelItem(1)
    assert row is not None and [row.text(c) for c in (1, 2)] == ["PDF", "300.0 kB"]
    assert row.text(3) == ctx.ws.identity().name and row.text(4)
    stored = attachments.list_for(ctx.ws, "agreement", page.current_id or "")
    copy = tmp_path / "copy.pdf"
    attachments.save_copy(ctx.ws, stored[1].id, copy)
    assert copy.read_bytes() == signed.read_bytes() and annex.exists()


def test_files_dropped_on_the_panel_are_attached_and_folders_refused(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    _, panel = _page(ctx, qtbot, "publication")
    paper = _file(tmp_path / "Position paper.pdf", 50_000)
    assert _drop(panel, [paper]) == (True, True)
    qtbot.waitUntil(lambda: _names(panel) == ["Position paper.pdf"], timeout=20_000)
    folder = tmp_path / "papers"
    folder.mkdir()
    _drop(panel, [folder])
    qtbot.waitUntil(lambda: panel.status.isVisible(), timeout=20_000)
    assert "is a folder, not a file" in panel.status.text()
    assert _names(panel) == ["Position paper.pdf"]
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/paper.pdf")])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, web,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()  # only local files can be attached


def test_a_large_file_is_added_off_the_gui_thread_with_progress(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    _, panel = _page(ctx, qtbot, "agreement")
    big = _file(tmp_path / "Scanned annexes.pdf", 40 * 1024 * 1024)
    seen: list[tuple[int, int, str]] = []
    op = panel.add_files([big])
    assert op is not None
    op.on_progress(lambda done, total, message: seen.append((done, total, message)))
    assert op.running and op.dialog is not None  # returned at once; the work goes on
    assert not panel.add_button.isEnabled()
    qtbot.waitUntil(lambda: not op.running, timeout=120_000)
    assert _names(panel) == ["Scanned annexes.pdf"] and panel.add_button.isEnabled()
    assert len(seen) > 10 and seen[-1][0] == seen[-1][1] == 2 * big.stat().st_size
    assert "Attaching “Scanned annexes.pdf” (1 of 1)" in seen[-1][2]


def test_open_writes_a_private_copy_and_says_where_it_is_when_no_viewer_opens(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    page, panel = _page(ctx, qtbot, "agreement")
    source = _file(tmp_path / "MOU.pdf", 70_000)
    attachments.attach(ctx.ws, "agreement", page.current_id or "", source)
    ctx.events.changed.emit("attachment")
    handed: list[Path] = []
    panel.opener = lambda path: handed.append(path) or False  # no program took it
    panel.list.topLevelItem(0).setSelected(True)  # type: ignore[union-attr]
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(handed), timeout=20_000)
    [copy] = handed
    assert copy.name == "MOU.pdf" and copy.read_bytes() == source.read_bytes()
    assert ctx.ws.path.parent not in copy.parents
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    qtbot.waitUntil(lambda: panel.status.isVisible(), timeout=5_000)
    assert "No program opened “MOU.pdf”" in panel.status.text()
    assert str(copy) in panel.status.text()


def test_save_a_copy_through_the_real_save_dialog(ctx: AppContext, qtbot: QtBot,
                                                  tmp_path: Path) -> None:
    page, panel = _page(ctx, qtbot, "agreement")
    source = _file(tmp_path / "MOU.pdf", 1_500_000)
    attachments.attach(ctx.ws, "agreement", page.current_id or "", source)
    ctx.events.changed.emit("attachment")
    panel.list.topLevelItem(0).setSelected(True)  # type: ignore[union-attr]
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(QFileDialog, SAVE_DIALOG)
    assert isinstance(dialog, QFileDialog)
    assert dialog.selectedFiles()[0].endswith("MOU.pdf")
    target = tmp_path / "out" / "Signed MOU (copy).pdf"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists, timeout=20_000)
    qtbot.waitUntil(lambda: panel.status.isVisible(), timeout=5_000)
    assert target.read_bytes() == source.read_bytes()
    assert list(target.parent.iterdir()) == [target]
    assert "Saved a copy of “MOU.pdf”" in panel.status.text()


def test_remove_is_one_undo_step_and_missing_content_says_not_received_yet(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    page, panel = _page(ctx, qtbot, "agreement")
    owner = page.current_id or ""
    att = attachments.attach(ctx.ws, "agreement", owner, _file(tmp_path / "MOU.pdf", 900))
    ctx.events.changed.emit("attachment")
    monkeypatch.setattr(panel, "confirm_remove", lambda name: name == "MOU.pdf")
    panel.select(att)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert _names(panel) == [] and attachments.list_for(ctx.ws, "agreement", owner) == []
    ctx.undo.undo()
    assert _names(panel) == ["MOU.pdf"]

    # Content gone (as on a replica that received the record without its file).
    attachments.remove(ctx.ws, att)
    attachments.purge_unreferenced(ctx.ws)
    attachments.restore(ctx.ws, att)
    ctx.events.changed.emit("attachment")
    assert _names(panel) == ["MOU.pdf (not received yet)"]
    panel.select(att)
    assert panel.open_selected() is None
    assert "“MOU.pdf” has not been received yet" in panel.status.text()


def test_new_records_wait_for_a_save_and_agenda_items_carry_papers(
        ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    page, panel = _page(ctx, qtbot, "agreement")
    page.new_record()
    assert panel.row_id is None and not panel.add_button.isEnabled()
    assert "Save the record first" in panel.hint.text()
    assert _drop(panel, [_file(tmp_path / "x.pdf", 10)]) == (False, False)

    meeting_page = MeetingPage(ctx)
    qtbot.addWidget(meeting_page)
    meeting = meeting_page.model.row_id(0)
    assert meeting is not None and meeting_page.show_record(meeting)
    agenda = meeting_page.agenda
    item = agenda.ordered_ids()[0]
    agenda._open(item)
    papers = agenda.form.attachments
    assert isinstance(papers, AttachmentsPanel) and papers.type_name == "agenda_item"
    assert papers.row_id == item
    papers.add_files([_file(tmp_path / "Treasurer's report.pdf", 4_000)])
    qtbot.waitUntil(lambda: _names(papers) == ["Treasurer's report.pdf"], timeout=20_000)
    assert [a.name for a in attachments.list_for(ctx.ws, "agenda_item", item)] == [
        "Treasurer's report.pdf"]


def test_a_found_attachment_opens_the_record_it_is_attached_to(
        window: MainWindow, tmp_path: Path) -> None:
    ctx = window.ctx
    agreement = ctx.records.list("agreement")[0]["id"]
    att = attachments.attach(ctx.ws, "agreement", agreement,
                             _file(tmp_path / "Signed MOU with ICOH.pdf", 100))
    [hit] = [h for h in SearchService(ctx.ws).search("ICOH signed")
             if h.record_type == "attachment"]
    assert hit.row_id == att
    window.open_record(hit.record_type, hit.row_id)
    page = window.pages.get("agreements")
    assert isinstance(page, RecordPage) and window.stack.currentWidget() is page
    assert page.current_id == agreement
    assert page.form.attachments is not None and _names(page.form.attachments) == [
        "Signed MOU with ICOH.pdf"]
