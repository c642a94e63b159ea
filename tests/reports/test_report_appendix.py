"""The meeting pack's appendix lists fields that have concurrent, unresolved versions."""

from __future__ import annotations

import shutil
from pathlib import Path

from report_helpers import TODAY, section_text
from sqlalchemy import func, insert, select

from iali_desktop.reports import build_meeting_pack
from iali_desktop.services.records import RecordService
from iali_desktop.services.reporting import open_conflicts
from iali_desktop.services.workspace import Workspace
from iali_desktop.store.models import Change

OTHER_REPLICA = "0190ffff-0000-7000-8000-00000000beef"


def _competing_edit(ws: Workspace, record_type: str, row_id: str, field: str,
                    value: str) -> None:
    """A second head for one field, as an import of a concurrent edit would leave it."""
    table = Change.__table__
    with ws.write() as tx:
        stamp = tx.execute(select(table.c.hlc).where(
            table.c.row_id == row_id, table.c.field == field)).scalars().first()
        seq = tx.execute(select(func.count()).select_from(table).where(
            table.c.replica == OTHER_REPLICA)).scalar_one() + 1
        tx.execute(insert(table).values(
            replica=OTHER_REPLICA, seq=seq, hlc=(stamp or 0) + 1, record_type=record_type,
            row_id=row_id, field=field, value=f'"{value}"', is_head=True))


def test_open_conflicts_are_listed_with_record_and_field(report_db: Path, meeting_id: str,
                                                         tmp_path: Path) -> None:
    db = shutil.copyfile(report_db, tmp_path / "conflicted.db")
    with Workspace.open(db) as ws:
        event = RecordService(ws).get("event", meeting_id)
        _competing_edit(ws, "event", meeting_id, "place", "Lyon")
        found = open_conflicts(ws)
        assert [(c.record_type, c.title, c.field) for c in found] == [
            ("event", event["name"], "Place")]
        assert sorted(v.text for v in found[0].values) == sorted([event["place"], "Lyon"])
        assert [v.text for v in found[0].values if v.shown] == ["Lyon"]  # the later stamp
        pdf = build_meeting_pack(ws, meeting_id, tmp_path / "pack.pdf", as_of=TODAY)
    appendix = section_text(pdf, "Appendix: open sync conflicts")
    assert "Fields edited on two computers at once" in appendix
    assert "Event EC meeting (autumn) Place" in appendix
    assert "• Lyon (shown now)" in appendix
    assert "Geneva" in appendix


def test_french_appendix_translates_the_field(report_db: Path, meeting_id: str,
                                              tmp_path: Path) -> None:
    db = shutil.copyfile(report_db, tmp_path / "conflicted.db")
    with Workspace.open(db) as ws:
        _competing_edit(ws, "event", meeting_id, "place", "Lyon")
        pdf = build_meeting_pack(ws, meeting_id, tmp_path / "fr.pdf", lang="fr", as_of=TODAY)
    appendix = section_text(pdf, "Annexe : conflits de synchronisation ouverts")
    assert "Événement EC meeting (autumn) Lieu" in appendix
    assert "• Lyon (affichée)" in appendix
