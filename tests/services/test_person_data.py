"""Subject access: everything held about one person, as JSON and as a PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from iali_desktop.cli import main
from iali_desktop.services import backups
from iali_desktop.services.records import RecordService
from iali_desktop.services.workspace import Workspace

NAME = "Ngozi Ọkafor-Wałęsa"
EMAIL = "ngozi.okafor@example.org"


def _person_with_records(ws: Workspace) -> tuple[str, dict[str, str]]:
    rs = RecordService(ws)
    person = rs.create("person", {"name": NAME, "email": EMAIL, "phone": "+234 1 555"})
    rs.update("person", person, {"email": "n.okafor@example.org"})
    rs.update("person", person, {"email": EMAIL})
    event = rs.create("event", {"name": "West Africa labour inspection forum",
                                "kind": "regional_conference", "start_date": "2026-05-04"})
    region = rs.ids("region")[0]
    related = {
        "engagement": rs.create("engagement", {
            "date": "2026-02-03", "kind": "meeting", "people": [person],
            "summary": "Briefing on the Global Code of Integrity"}),
        "event_participant": rs.create("event_participant", {
            "event": event, "person": person, "role": "speaker"}),
        "expert": rs.create("expert", {"person": person, "listing_status": "listed",
                                       "languages": ["yo", "en"]}),
        "representative_assignment": rs.create("representative_assignment", {
            "person": person, "region": region, "start_date": "2025-01-01"}),
    }
    gone = rs.create("engagement", {"date": "2025-01-01", "kind": "call", "people": [person],
                                    "summary": "Deleted call about dues"})
    rs.delete("engagement", gone)
    related["deleted engagement"] = gone
    return person, related


@pytest.fixture
def ws(seeded_db: Path) -> Workspace:
    return Workspace.open(seeded_db)


def test_the_json_export_holds_the_person_every_related_record_and_the_history(
        ws: Workspace, seeded_db: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    backups.back_up(ws, "manual")  # made before the person existed: not listed
    person, related = _person_with_records(ws)
    backup = backups.back_up(ws, "manual")  # holds the person: listed among the files
    ws.close()
    out = tmp_path / "ngozi.json"
    assert main(["records", "export-person", person, "--out", str(out),
                 "--db", str(seeded_db)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    fields = {f["field"]: f["value"] for f in data["person"]["fields"]}
    assert fields["name"] == NAME and fields["email"] == EMAIL
    found = {r["id"]: r for r in data["related"]}
    assert set(related.values()) <= set(found)
    assert found[related["deleted engagement"]]["deleted"] is True
    assert found[related["event_participant"]]["refers_by"] == ["person"]
    emails = [v["value"] for v in data["history"] if v["field"] == "email"]
    assert emails == [EMAIL, "n.okafor@example.org", EMAIL]
    assert all(v["when"].endswith("+00:00") and v["by"] for v in data["history"])
    assert [f["file"] for f in data["files"]] == [str(backup)]
    assert out.read_bytes() == json.dumps(data, indent=2, sort_keys=True,
                                          ensure_ascii=False).encode() + b"\n"


def test_the_pdf_export_prints_the_name_and_the_related_records(
        ws: Workspace, seeded_db: Path, tmp_path: Path) -> None:
    person, _related = _person_with_records(ws)
    ws.close()
    out = tmp_path / "ngozi.pdf"
    assert main(["records", "export-person", person, "--out", str(out),
                 "--db", str(seeded_db)]) == 0
    reader = pypdf.PdfReader(out)
    text = "".join(p.extract_text() for p in reader.pages)
    for expected in (NAME, EMAIL, "Briefing on the Global Code of Integrity",
                     "Deleted call about dues", "Participant", "Expert",
                     "Representative assignment", "n.okafor@example.org"):
        assert expected in text, expected
    fonts = {str(f.get_object().get("/BaseFont")) for p in reader.pages
             for f in (p["/Resources"].get_object().get("/Font") or {}).values()}
    assert any("DejaVu" in f for f in fonts), fonts


def test_the_export_of_an_erased_person_says_so_and_holds_no_erased_value(
        ws: Workspace, tmp_path: Path) -> None:
    from iali_desktop.services import erasure, person_data

    person, related = _person_with_records(ws)
    before = backups.back_up(ws, "manual")  # holds the person's data
    erasure.erase(ws, "person", person)
    data = person_data.collect(ws, person).data
    out = person_data.export_json(ws, person, tmp_path / "erased.json").read_text("utf-8")
    ws.close()
    assert data["person"]["erased"] is True
    assert [f["field"] for f in data["person"]["fields"]] == []  # only personal fields set
    assert {r["id"] for r in data["related"]} == set(related.values())  # references hold
    emails = [v for v in data["history"] if v["field"] == "email"]
    assert len(emails) == 3 and all(v["erased"] and v["value"] is None for v in emails)
    assert [v["label"] for v in data["history"] if v["field"] == "_erased"] == ["Erased"]
    assert [(f["file"], f["still_holds_erased_data"]) for f in data["files"]] == \
        [(str(before), True)]
    for secret in (EMAIL, "n.okafor", "Ọkafor", "+234 1 555"):
        assert secret not in out
