"""`calendar export`: the .ics file the command writes, read back with icalendar."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest

from iali_desktop.cli import main
from iali_desktop.services.profile import Profile, save_profile
from iali_desktop.services.workspace import Workspace


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def uids(path: Path) -> set[str]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]) for e in cal.walk("VEVENT")}


def test_calendar_export_all_region_person_mine_and_one_event(
        seeded_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(seeded_db)]
    _, out, _ = run(capsys, "records", "list", "region", *db, "--json")
    region = json.loads(out)[0]["id"]
    _, out, _ = run(capsys, "records", "list", "person", *db, "--json")
    person = json.loads(out)[0]["id"]
    _, out, _ = run(capsys, "records", "list", "event", *db, "--json")
    seeded = {f"{e['id']}@iali-desktop" for e in json.loads(out)}
    code, out, err = run(capsys, "records", "add", "event", *db, "name=EC meeting",
                         "kind=ec_meeting", "start_date=2026-05-04", f"region={region}")
    assert code == 0, err
    event = out.strip()
    run(capsys, "records", "add", "event_participant", *db, f"event={event}",
        f"person={person}")
    uid = f"{event}@iali-desktop"

    code, out, err = run(capsys, "calendar", "export", *db, "--out", str(tmp_path / "all.ics"))
    assert code == 0, err
    assert uids(tmp_path / "all.ics") == seeded | {uid}
    assert out == f"wrote {len(seeded) + 1} events to {tmp_path / 'all.ics'}\n"

    run(capsys, "calendar", "export", *db, "--out", str(tmp_path / "r.ics"), "--region", region)
    assert uid in uids(tmp_path / "r.ics") and uids(tmp_path / "r.ics") < seeded | {uid}
    run(capsys, "calendar", "export", *db, "--out", str(tmp_path / "p.ics"), "--person", person)
    assert uids(tmp_path / "p.ics") == {uid}
    run(capsys, "calendar", "export", *db, "--out", str(tmp_path / "e.ics"), "--event", event)
    assert uids(tmp_path / "e.ics") == {uid}

    code, _, err = run(capsys, "calendar", "export", *db, "--out", str(tmp_path / "m.ics"),
                       "--mine")
    assert code == 1 and "no person is set as you" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "m.ics").exists()
    with Workspace.open(seeded_db) as ws:
        save_profile(ws, Profile(role=None, region=None, person=person))
    code, _, err = run(capsys, "calendar", "export", *db, "--out", str(tmp_path / "m.ics"),
                       "--mine")
    assert code == 0, err
    assert uids(tmp_path / "m.ics") == {uid}

    code, _, err = run(capsys, "calendar", "export", *db, "--out", str(tmp_path / "x.ics"),
                       "--person", region)
    assert code == 1 and err.strip().endswith(f"no person with id {region}")
