"""`init`, `info`, `dump`, `search`, `--version` and the default database, as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from iali_desktop import __version__
from iali_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_info_shows_both_seeded_plans(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    code, out, _ = run(capsys, "init", "--db", str(db), "--name", "Ana, Americas")
    assert code == 0
    assert "Ana, Americas" in out and "key fingerprint" in out

    code, out, _ = run(capsys, "info", "--db", str(db), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["replica"]["name"] == "Ana, Americas"
    periods = sorted(p["period"] for p in data["plans"])
    assert periods == ["2011-2014", "2021-2024"]
    assert data["counts"]["action_area"] == 12
    assert data["counts"]["task"] > 0
    assert data["schema_version"] != "none"


def test_init_again_keeps_identity_and_adds_nothing(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    run(capsys, "init", "--db", str(db))
    first = json.loads(run(capsys, "info", "--db", str(db), "--json")[1])
    code, out, _ = run(capsys, "init", "--db", str(db))
    assert code == 0 and "already set up" in out
    second = json.loads(run(capsys, "info", "--db", str(db), "--json")[1])
    assert first["replica"]["id"] == second["replica"]["id"]
    assert first["counts"] == second["counts"]


def test_demo_dataset_is_added_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    code, out, _ = run(capsys, "init", "--db", str(db), "--demo")
    assert code == 0 and "demo records" in out
    counts = json.loads(run(capsys, "info", "--db", str(db), "--json")[1])["counts"]
    code, out, _ = run(capsys, "init", "--db", str(db), "--demo")
    assert "nothing added" in out
    assert json.loads(run(capsys, "info", "--db", str(db), "--json")[1])["counts"] == counts
    assert counts["engagement"] > 0 and counts["member"] > 0 and counts["decision"] > 0


def test_init_demo_never_adds_the_demo_set_to_a_database_with_records(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "mine.db"
    run(capsys, "init", "--db", str(db))
    assert run(capsys, "records", "add", "person", "--db", str(db), "name=Awa Diallo")[0] == 0
    before = json.loads(run(capsys, "info", "--db", str(db), "--json")[1])
    code, _out, err = run(capsys, "init", "--db", str(db), "--demo")
    assert code == 1 and "already holds records" in err and len(err.splitlines()) == 1
    after = json.loads(run(capsys, "info", "--db", str(db), "--json")[1])
    assert after == before and not after["demo"]


def test_init_demo_without_db_makes_the_separate_sample_file(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    from iali_desktop.services import paths

    monkeypatch.setenv("IALI_DESKTOP_DB", str(tmp_path / "mine.db"))
    code, out, _ = run(capsys, "init", "--demo")
    assert code == 0 and str(paths.demo_db_path()) in out
    assert not (tmp_path / "mine.db").exists()
    data = json.loads(run(capsys, "info", "--db", str(paths.demo_db_path()), "--json")[1])
    assert data["demo"] and data["counts"]["engagement"] > 0


def test_environment_variable_names_the_default_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("IALI_DESKTOP_DB", str(db))
    assert run(capsys, "init")[0] == 0
    assert db.exists()
    data = json.loads(run(capsys, "info", "--json")[1])
    assert data["database"] == str(db)


def test_default_database_lives_in_the_user_data_folder(
        capsys: pytest.CaptureFixture[str]) -> None:
    from iali_desktop.services.paths import default_db_path

    assert run(capsys, "init")[0] == 0
    data = json.loads(run(capsys, "info", "--json")[1])
    assert Path(data["database"]) == default_db_path()
    assert "iali-desktop" in data["database"]


def test_dump_is_identical_for_two_installs_of_the_same_seeds(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    run(capsys, "init", "--db", str(a), "--name", "A")
    run(capsys, "init", "--db", str(b), "--name", "B")
    code_a, dump_a, _ = run(capsys, "dump", "--db", str(a))
    code_b, dump_b, _ = run(capsys, "dump", "--db", str(b))
    assert code_a == code_b == 0
    assert dump_a == dump_b
    data = json.loads(dump_a)
    assert len(data["action_plan"]) == 2


def test_search_is_accent_insensitive(seeded_db: Path, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    code, out, _ = run(capsys, "records", "add", "organisation", "--db", str(seeded_db),
                       "name=Inspection du travail de La Réunion", "kind=national_inspectorate")
    assert code == 0
    new_id = out.strip()
    code, out, _ = run(capsys, "search", "reunion", "--db", str(seeded_db), "--json")
    assert code == 0
    hits = json.loads(out)
    assert any(h["id"] == new_id and h["type"] == "organisation" for h in hits)


def test_search_finds_seeded_partners(seeded_db: Path, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    code, out, _ = run(capsys, "search", "ASEAN", "--db", str(seeded_db))
    assert code == 0 and "ASEAN" in out
    code, out, _ = run(capsys, "search", "zzqx-nothing", "--db", str(seeded_db))
    assert code == 0 and "nothing found" in out


def test_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_module_entry_point_runs_as_a_program(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    done = subprocess.run([sys.executable, "-m", "iali_desktop", "init", "--db", str(db)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([sys.executable, "-m", "iali_desktop", "info", "--db", str(db)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0
    assert "2021" in done.stdout


def test_search_follows_a_renamed_organisation_to_its_member(
        seeded_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(seeded_db)]
    org = run(capsys, "records", "add", "organisation", *db, "name=Inspection Alpha",
              "kind=national_inspectorate")[1].strip()
    member = run(capsys, "records", "add", "member", *db, f"organisation={org}",
                 "status=active")[1].strip()
    run(capsys, "records", "set", "organisation", org, *db, "name=Inspection Zuluvian")
    hits = json.loads(run(capsys, "search", "Zuluvian", *db, "--json")[1])
    assert {(h["type"], h["id"]) for h in hits} >= {("organisation", org), ("member", member)}


def test_version_is_answered_by_the_entry_point(capsys: pytest.CaptureFixture[str]) -> None:
    from iali_desktop.__main__ import main as entry

    assert entry(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"IALI Desktop {__version__}"


def test_a_reader_that_stops_early_gets_no_traceback(seeded_db: Path) -> None:
    reader = subprocess.Popen([sys.executable, "-m", "iali_desktop", "dump", "--db",
                               str(seeded_db)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    assert reader.stdout is not None and reader.stderr is not None
    assert reader.stdout.readline().startswith(b"{")
    reader.stdout.close()  # like `| head -1`
    stderr = reader.stderr.read().decode()
    reader.wait(timeout=120)
    assert "Traceback" not in stderr
