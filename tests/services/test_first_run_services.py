"""The profile the first-run wizard saves, and the warning about unsafe database folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from iali_desktop.domain.errors import ValidationError
from iali_desktop.services.profile import Profile, load_profile, save_profile
from iali_desktop.services.records import RecordService
from iali_desktop.services.storage import filesystem_type, storage_warning
from iali_desktop.services.workspace import Workspace


def test_profile_is_absent_until_saved_then_kept(seeded_db: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        assert load_profile(ws) is None
        region = RecordService(ws).list("region")[0]["id"]
        save_profile(ws, Profile(role="regional_representative", region=region))
    with Workspace.open(seeded_db) as ws:
        assert load_profile(ws) == Profile("regional_representative", region)


def test_profile_refuses_unknown_role_and_region(seeded_db: Path) -> None:
    with Workspace.open(seeded_db) as ws:
        with pytest.raises(ValidationError, match="not a role"):
            save_profile(ws, Profile(role="king", region=None))
        with pytest.raises(ValidationError, match="no region"):
            save_profile(ws, Profile(role=None, region="0190f5a0-0000-7000-8000-000000000000"))
        with pytest.raises(ValidationError, match="no person"):
            save_profile(ws, Profile(role=None, region=None,
                                     person="0190f5a0-0000-7000-8000-000000000000"))
        assert load_profile(ws) is None


def test_profile_does_not_travel_in_the_records(seeded_db: Path) -> None:
    from iali_desktop.services.info import dump_text

    with Workspace.open(seeded_db) as ws:
        before = dump_text(ws)
        save_profile(ws, Profile(role="ec_member", region=None))
        assert dump_text(ws) == before


def mounts(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "mounts"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_network_drive_is_warned_about(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    table = mounts(tmp_path, "/dev/vda / ext4 rw 0 0",
                   f"//server/ec {share} cifs rw 0 0")
    assert filesystem_type(share / "x.db", table) == "cifs"
    warning = storage_warning(share / "iali.db", table)
    assert warning is not None and "network drive" in warning
    assert storage_warning(tmp_path / "local.db", table) is None


def test_cloud_synced_folder_is_warned_about(tmp_path: Path) -> None:
    table = mounts(tmp_path, "/dev/vda / ext4 rw 0 0")
    synced = tmp_path / "OneDrive - IALI" / "data"
    synced.mkdir(parents=True)
    warning = storage_warning(synced / "iali.db", table)
    assert warning is not None and "OneDrive - IALI" in warning
    assert storage_warning(tmp_path / "Documents" / "iali.db", table) is None


def test_seed_versions_of_an_earlier_release_keep_their_numbers() -> None:
    from iali_desktop.services.seeding import LATER_FIELDS, origins, seed_versions

    later = set().union(*LATER_FIELDS)
    for origin in origins():
        versions = seed_versions(origin)
        first = [v for v in versions if (v.record_type, v.field) not in later]
        # every field of the first release comes first, numbered 1..n as before
        assert versions[:len(first)] == first
        assert [v.seq for v in versions] == list(range(1, len(versions) + 1))
    events = next(o for o in origins() if o.name == "reference/events")
    assert any(v.field == "date_precision" for v in seed_versions(events))


def test_a_database_of_the_previous_release_takes_the_corrected_seed_values(
        tmp_path: Path) -> None:
    """The previous release shipped the region code "EC" (the Executive Committee's
    abbreviation everywhere in IALI) and file paths in two descriptions; a database it
    made takes the corrected values when the window opens it (`initialise`), as a version
    that supersedes the old one (no conflict), exactly as a database made now has them."""
    import gzip
    import shutil

    from iali_desktop.domain.query import Filter, Op, Query
    from iali_desktop.services.records import RecordService
    from iali_desktop.services.setup import initialise
    from iali_desktop.services.sync import SyncService

    old = tmp_path / "ana.db"
    data = Path(__file__).resolve().parents[1] / "data" / "format1" / "ana.db.gz"
    with gzip.open(data) as src, old.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    ws, _ = initialise(old)
    with ws:
        records = RecordService(ws)
        (region,) = records.list("region", Query(filters=(
            Filter("name", Op.EQ, "Europe and Central Asia"),)))
        assert region["code"] == "ECA"
        descriptions = [p["description"] or "" for p in records.list("publication")]
        assert not any("resources/plans" in d for d in descriptions)
        assert SyncService(ws).conflict_count() == 0
