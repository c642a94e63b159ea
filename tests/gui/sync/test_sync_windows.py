"""Import preview, export, conflicts and peers as a person uses them in the window."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iali_desktop.gui.context import AppContext
from iali_desktop.gui.records.undo import EditFieldsCommand, push
from iali_desktop.gui.sync.conflicts_page import ConflictsPage
from iali_desktop.gui.sync.export_dialog import ExportDialog, default_file_name
from iali_desktop.gui.sync.import_dialog import ImportDialog
from iali_desktop.gui.sync.peers_page import PeersPage
from iali_desktop.services.info import dump_text
from iali_desktop.services.records import RecordService
from iali_desktop.services.setup import initialise
from iali_desktop.services.sync import SyncService
from iali_desktop.services.workspace import Workspace


def preview(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.report is not None or "cannot" in dialog.status.text(),
                    timeout=10000)


def test_import_preview_asks_for_trust_then_applies(qtbot: QtBot, pair: tuple[Workspace, Workspace],
                                                   tmp_path: Path) -> None:
    ana, jean = pair
    person = RecordService(ana).create("person", {"name": "Kwame Mensah", "country": "Ghana"})
    bundle = tmp_path / "ana.ialibundle"
    SyncService(ana).export_bundle(bundle, full=True)
    before = dump_text(jean)

    ctx = AppContext.create(jean)
    changed: list[str] = []
    ctx.events.changed.connect(changed.append)
    local = RecordService(jean).create("person", {"name": "Jean's contact"})
    push(ctx, EditFieldsCommand(ctx, "person", local, {"country": "Togo"}))
    before = dump_text(jean)
    dialog = ImportDialog(ctx, bundle)
    qtbot.addWidget(dialog)
    preview(qtbot, dialog)
    assert dialog.sender_name.text() == "Ana, Americas"
    assert dialog.fingerprint.text() == ana.identity().fingerprint
    assert not dialog.import_button.isEnabled(), "an unknown sender must be trusted first"
    rows = {dialog.counts.item(r, 0).text(): dialog.counts.item(r, 1).text()
            for r in range(dialog.counts.rowCount())}
    assert rows.get("People") == "1"
    assert dump_text(jean) == before, "the preview changes nothing"

    dialog.trust_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.applied is not None, timeout=10000)
    assert RecordService(jean).get("person", person)["name"] == "Kwame Mensah"
    assert "" in changed
    assert "backed up" in dialog.status.text()
    assert ctx.undo.count() == 0, "steps from before an import are not undoable after it"


def test_encrypted_bundle_asks_for_the_passphrase(qtbot: QtBot, pair: tuple[Workspace, Workspace],
                                                  tmp_path: Path) -> None:
    ana, jean = pair
    RecordService(ana).create("person", {"name": "Layla Haddad"})
    bundle = tmp_path / "secret.ialibundle"
    SyncService(ana).export_bundle(bundle, full=True, passphrase="correct horse")
    dialog = ImportDialog(AppContext.create(jean), bundle)
    qtbot.addWidget(dialog)
    preview(qtbot, dialog)
    assert dialog.report is None
    assert not dialog.passphrase_box.isHidden()
    assert not dialog.import_button.isEnabled()
    dialog.passphrase.setText("correct horse")
    preview(qtbot, dialog)
    assert dialog.report is not None and dialog.report.encrypted


def test_a_refused_bundle_says_why_and_offers_nothing(qtbot: QtBot,
                                                      pair: tuple[Workspace, Workspace],
                                                      tmp_path: Path) -> None:
    _ana, jean = pair
    junk = tmp_path / "junk.ialibundle"
    junk.write_bytes(b"this is not a bundle at all")
    dialog = ImportDialog(AppContext.create(jean), junk)
    qtbot.addWidget(dialog)
    preview(qtbot, dialog)
    assert "cannot be imported" in dialog.status.text()
    assert not dialog.import_button.isEnabled()


def test_export_dialog_writes_a_bundle_for_a_peer(qtbot: QtBot, pair: tuple[Workspace, Workspace],
                                                  tmp_path: Path) -> None:
    ana, jean = pair
    hello = tmp_path / "hello.ialibundle"
    SyncService(jean).export_bundle(hello, full=True)
    SyncService(ana).import_bundle(hello, trust=True)
    RecordService(ana).create("organisation", {"name": "ARLAC", "kind": "regional_alliance"})

    dialog = ExportDialog(AppContext.create(ana))
    qtbot.addWidget(dialog)
    dialog.peer.setCurrentIndex(dialog.peer.findData(jean.identity().replica_id))
    assert "jean" in dialog.path.text()
    target = tmp_path / "for-jean.ialibundle"
    dialog.path.setText(str(target))
    dialog.passphrase.setText("a")
    dialog.repeat.setText("b")
    assert dialog.start_export() is None and "differ" in dialog.status.text()
    dialog.repeat.setText("a")
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert target.exists() and dialog.summary is not None and dialog.summary.changes > 0


def test_default_file_name_says_who_for_whom_and_when() -> None:
    import datetime as dt

    name = default_file_name("Ana, Américas", "Jean", dt.date(2026, 11, 25))
    assert name == "ana-am-ricas-to-jean-2026-11-25.ialibundle"
    assert default_file_name("Ana", None, dt.date(2026, 1, 2)).endswith("-full-2026-01-02"
                                                                      ".ialibundle")


def test_conflicts_page_keeps_the_chosen_value(qtbot: QtBot, pair: tuple[Workspace, Workspace],
                                               tmp_path: Path) -> None:
    ana, jean = pair
    person = RecordService(ana).create("person", {"name": "Sofía Ramírez"})
    first = tmp_path / "first.ialibundle"
    SyncService(ana).export_bundle(first, full=True)
    SyncService(jean).import_bundle(first, trust=True)
    RecordService(ana).update("person", person, {"country": "Costa Rica"})
    RecordService(jean).update("person", person, {"country": "Panamá"})
    second = tmp_path / "second.ialibundle"
    SyncService(ana).export_bundle(second, full=True)
    SyncService(jean).import_bundle(second)
    assert SyncService(jean).conflict_count() == 1

    ctx = AppContext.create(jean)
    push(ctx, EditFieldsCommand(ctx, "person", person, {"email": "sofia@example.org"}))
    page = ConflictsPage(ctx)
    qtbot.addWidget(page)
    assert page.current is not None and page.current.record_type == "person"
    texts = {page.values.item(r, 0).text() for r in range(page.values.rowCount())}
    assert texts == {"Costa Rica", "Panamá"}
    row = next(r for r in range(page.values.rowCount())
               if page.values.item(r, 0).text() == "Panamá")
    page.values.selectRow(row)
    assert page.keep_button.isEnabled()
    page.keep_selected()
    assert SyncService(jean).conflict_count() == 0
    assert RecordService(jean).get("person", person)["country"] == "Panamá"
    assert "No open conflicts" in page.summary.text()
    assert ctx.undo.count() == 0, "an earlier step's undo would overwrite the choice"


def test_peers_page_lists_who_we_exchanged_with(qtbot: QtBot, pair: tuple[Workspace, Workspace],
                                                tmp_path: Path) -> None:
    ana, jean = pair
    bundle = tmp_path / "ana.ialibundle"
    SyncService(ana).export_bundle(bundle, full=True)
    SyncService(jean).import_bundle(bundle, trust=True)
    page = PeersPage(AppContext.create(jean))
    qtbot.addWidget(page)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "Ana, Americas"
    assert page.table.item(0, 2).text() == "yes"
    assert page.empty.isHidden()


def test_showing_the_preview_reads_the_bundle(qtbot: QtBot, pair: tuple[Workspace, Workspace],
                                              tmp_path: Path) -> None:
    ana, jean = pair
    RecordService(ana).create("person", {"name": "Aiko Tanaka"})
    bundle = tmp_path / "ana.ialibundle"
    SyncService(ana).export_bundle(bundle, full=True)
    dialog = ImportDialog(AppContext.create(jean), bundle)
    qtbot.addWidget(dialog)
    dialog.show()  # as a double-clicked bundle or File > Import opens it
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert dialog.sender_name.text() == "Ana, Americas"


def test_preview_says_which_changes_are_held_and_why(
        qtbot: QtBot, pair: tuple[Workspace, Workspace], tmp_path: Path) -> None:
    """Jean's edit of Ana's region, in a bundle made for Ana, reaches Kofi before Ana's
    region does: the preview says it is held; Ana's own bundle later applies it."""
    ana, jean = pair
    kofi, _ = initialise(tmp_path / "kofi.db", "Kofi, Africa")
    try:
        region = RecordService(ana).create("region", {"name": "Sahel"})
        from_ana = tmp_path / "ana.ialibundle"
        SyncService(ana).export_bundle(from_ana, full=True)
        SyncService(jean).import_bundle(from_ana, trust=True)
        RecordService(jean).update("region", region, {"name": "Sahel and Sahara"})
        for_ana = tmp_path / "jean-for-ana.ialibundle"
        SyncService(jean).export_bundle(for_ana, peer=ana.identity().replica_id)
        SyncService(kofi).trust(jean.identity().fingerprint)

        dialog = ImportDialog(AppContext.create(kofi), for_ana)
        qtbot.addWidget(dialog)
        preview(qtbot, dialog)
        # "1 change" once the English catalog has the plural forms, "1 change(s)" before.
        assert re.search(r"1 change(\(s\))? by 'Jean, Africa' held, not applied, until the "
                         r"versions they replace arrive\.", dialog.warnings.text())
        assert not dialog.warnings.isHidden()
        assert dialog.import_button.isEnabled(), "importing keeps the held changes"
        dialog.start_import()
        qtbot.waitUntil(lambda: dialog.applied is not None, timeout=10000)
        assert "held until the version it replaces arrives" in dialog.status.text()

        report = SyncService(kofi).import_bundle(from_ana, trust=True)
        assert report.held_applied == 1
        assert RecordService(kofi).get("region", region)["name"] == "Sahel and Sahara"
    finally:
        kofi.close()


def test_colleagues_page_sends_again_what_a_lost_bundle_carried(
        qtbot: QtBot, pair: tuple[Workspace, Workspace], tmp_path: Path) -> None:
    from PySide6.QtCore import Qt, QTimer

    ana, jean = pair
    for src, dst in ((ana, jean), (jean, ana)):
        hello = tmp_path / f"hello-{src.identity().name[:3]}.ialibundle"
        SyncService(src).export_bundle(hello, full=True)
        SyncService(dst).import_bundle(hello, trust=True)
    RecordService(ana).create("organisation", {"name": "ARLAC", "kind": "regional_alliance"})
    jean_id = jean.identity().replica_id
    lost = SyncService(ana).export_bundle(tmp_path / "lost.ialibundle", peer=jean_id)
    assert lost.changes > 0  # the e-mail is deleted unread
    assert SyncService(ana).export_bundle(tmp_path / "none.ialibundle",
                                          peer=jean_id).changes == 0

    page = PeersPage(AppContext.create(ana))
    qtbot.addWidget(page)
    page.table.selectRow(0)
    assert page.resend_button.isEnabled()
    target = tmp_path / "again.ialibundle"
    seen: list[bool] = []

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog.resend.isChecked())
        dialog.path.setText(str(target))
        dialog.start_export()
        qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
        dialog.accept()

    QTimer.singleShot(200, in_the_dialog)
    qtbot.mouseClick(page.resend_button, Qt.MouseButton.LeftButton)
    assert seen == [True]
    SyncService(jean).import_bundle(target)
    assert dump_text(jean) == dump_text(ana)
