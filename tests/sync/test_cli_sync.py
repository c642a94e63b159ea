"""The sync commands as a user runs them: three databases edited independently converge,
conflicts are listed and resolved, refused bundles change nothing, backups restore."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iali_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return out


@pytest.fixture
def three(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    dbs = {}
    for name in ("ana", "ben", "cleo"):
        db = tmp_path / name / f"{name}.db"
        db.parent.mkdir()
        ok(capsys, "init", "--db", str(db), "--name", name)
        dbs[name] = str(db)
    return dbs


def exchange(capsys: pytest.CaptureFixture[str], tmp_path: Path, dbs: dict[str, str],
             src: str, dst: str, n: list[int] = [0]) -> None:  # noqa: B006 - a counter
    n[0] += 1
    bundle = str(tmp_path / f"{src}-{dst}-{n[0]}.ialibundle")
    peers = json.loads(ok(capsys, "peers", "--db", dbs[src], "--json"))
    known = {p["name"] for p in peers}
    ok(capsys, "export", "--db", dbs[src], "--out", bundle,
       *(["--to", dst] if dst in known else ["--full"]))
    ok(capsys, "import", bundle, "--db", dbs[dst], "--trust")


def test_three_databases_converge_through_exchanges(
        three: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    region = ok(capsys, "records", "add", "region", "name=Atlantis", "--db", three["ana"]).strip()
    exchange(capsys, tmp_path, three, "ana", "ben")
    exchange(capsys, tmp_path, three, "ana", "cleo")
    ok(capsys, "records", "set", "region", region, "code=AB", "--db", three["ben"])
    ok(capsys, "records", "set", "region", region, "code=CL", "--db", three["cleo"])
    ok(capsys, "records", "add", "region", "name=Mu", "--db", three["cleo"])
    ok(capsys, "records", "add", "region", "name=Thule", "--db", three["ben"])
    # B -> A -> C (a relay), C -> B, then A hears from everyone.
    exchange(capsys, tmp_path, three, "ben", "ana")
    exchange(capsys, tmp_path, three, "ana", "cleo")
    exchange(capsys, tmp_path, three, "cleo", "ben")
    exchange(capsys, tmp_path, three, "cleo", "ana")
    dumps = {name: ok(capsys, "dump", "--db", db) for name, db in three.items()}
    assert dumps["ana"] == dumps["ben"] == dumps["cleo"]
    assert "Thule" in dumps["ana"] and "Mu" in dumps["ana"]

    conflicts = json.loads(ok(capsys, "conflicts", "--json", "--db", three["ana"]))
    assert len(conflicts) == 1 and conflicts[0]["id"] == region
    (field,) = conflicts[0]["fields"]
    assert {v["value"] for v in field["values"]} == {"AB", "CL"}
    assert {v["by"] for v in field["values"]} == {"ben", "cleo"}
    ok(capsys, "conflicts", "resolve", field["conflict"], "--value", '"ATL"',
       "--db", three["ana"])
    assert "no open conflicts" in ok(capsys, "conflicts", "--db", three["ana"])
    exchange(capsys, tmp_path, three, "ana", "ben")
    exchange(capsys, tmp_path, three, "ana", "cleo")
    for db in three.values():
        assert json.loads(ok(capsys, "conflicts", "--json", "--db", db)) == []
        assert json.loads(ok(capsys, "records", "show", "region", region, "--json",
                             "--db", db))["code"] == "ATL"
    # Ben cannot know yet that Cleo has Ana's resolution: as far as Ben knows, Cleo lacks
    # it (and a delta for Cleo would carry it again), until Cleo's next bundle says so.
    peers = json.loads(ok(capsys, "peers", "--json", "--db", three["ben"]))
    assert {p["name"]: p["lacks"] for p in peers} == {"ana": 0, "cleo": 1}
    exchange(capsys, tmp_path, three, "cleo", "ben")
    peers = json.loads(ok(capsys, "peers", "--json", "--db", three["ben"]))
    assert {p["name"]: p["lacks"] for p in peers} == {"ana": 0, "cleo": 0}


def test_a_refused_bundle_prints_one_line_and_changes_nothing(
        three: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, "records", "add", "region", "name=Atlantis", "--db", three["ana"])
    bundle = tmp_path / "a.ialibundle"
    ok(capsys, "export", "--db", three["ana"], "--out", str(bundle))
    before = ok(capsys, "dump", "--db", three["ben"])
    code, out, err = run(capsys, "import", str(bundle), "--db", three["ben"])
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "not trusted yet" in err
    fingerprint = json.loads(ok(capsys, "info", "--json", "--db", three["ana"]))[
        "replica"]["fingerprint"]
    assert fingerprint in err
    damaged = tmp_path / "damaged.ialibundle"
    damaged.write_bytes(bundle.read_bytes()[:-100])
    code, out, err = run(capsys, "import", str(damaged), "--db", three["ben"], "--trust")
    assert code == 1 and err.startswith("iali-desktop: error: ") and err.count("\n") == 1
    assert ok(capsys, "dump", "--db", three["ben"]) == before
    # Trusting the fingerprint first lets the same bundle in.
    ok(capsys, "peers", "trust", fingerprint, "--db", three["ben"])
    preview = json.loads(ok(capsys, "import", str(bundle), "--dry-run", "--json",
                            "--db", three["ben"]))
    assert preview["dry_run"] and preview["types"]["region"]["new"] == 1
    assert ok(capsys, "dump", "--db", three["ben"]) == before
    applied = json.loads(ok(capsys, "import", str(bundle), "--json", "--db", three["ben"]))
    assert applied["types"] == preview["types"] and applied["backup"]
    assert "Atlantis" in ok(capsys, "dump", "--db", three["ben"])


def test_passphrase_export_and_import(three: dict[str, str], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, "records", "add", "region", "name=Atlantis", "--db", three["ana"])
    secret = tmp_path / "pass.txt"
    secret.write_text("a long shared passphrase\n")
    bundle = tmp_path / "sealed.ialibundle"
    out = ok(capsys, "export", "--db", three["ana"], "--out", str(bundle), "--passphrase-file",
             str(secret))
    assert "encrypted" in out
    code, _out, err = run(capsys, "import", str(bundle), "--db", three["ben"], "--trust")
    assert code == 1 and "passphrase" in err
    ok(capsys, "import", str(bundle), "--db", three["ben"], "--trust", "--passphrase-file",
       str(secret))
    assert "Atlantis" in ok(capsys, "dump", "--db", three["ben"])


def test_backups_and_restore_undo_an_import(three: dict[str, str], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    ok(capsys, "records", "add", "region", "name=Atlantis", "--db", three["ana"])
    bundle = tmp_path / "a.ialibundle"
    ok(capsys, "export", "--db", three["ana"], "--out", str(bundle))
    before = ok(capsys, "dump", "--db", three["ben"])
    old_id = json.loads(ok(capsys, "info", "--json", "--db", three["ben"]))["replica"]["id"]
    ok(capsys, "import", str(bundle), "--db", three["ben"], "--trust")
    backups = json.loads(ok(capsys, "backups", "--json", "--db", three["ben"]))
    assert [b["reason"] for b in backups] == ["pre-import"]
    ok(capsys, "restore", backups[0]["name"], "--db", three["ben"])
    assert ok(capsys, "dump", "--db", three["ben"]) == before
    info = json.loads(ok(capsys, "info", "--json", "--db", three["ben"]))
    assert info["replica"]["id"] != old_id
    reasons = {b["reason"] for b in json.loads(ok(capsys, "backups", "--json", "--db",
                                                  three["ben"]))}
    assert reasons == {"pre-import", "pre-restore"}
    code, _out, err = run(capsys, "restore", "no-such-backup", "--db", three["ben"])
    assert code == 1 and "no backup" in err


def test_backups_of_another_database_in_the_same_folder_are_not_offered(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    ok(capsys, "init", "--db", one, "--name", "one")
    ok(capsys, "init", "--db", two, "--name", "two")
    ok(capsys, "records", "add", "region", "name=Atlantis", "--db", one)
    bundle = tmp_path / "one.ialibundle"
    ok(capsys, "export", "--db", one, "--out", str(bundle))
    ok(capsys, "import", str(bundle), "--db", two, "--trust")
    theirs = json.loads(ok(capsys, "backups", "--json", "--db", two))
    assert len(theirs) == 1
    assert json.loads(ok(capsys, "backups", "--json", "--db", one)) == []
    code, _out, err = run(capsys, "restore", theirs[0]["path"], "--db", one)
    assert code == 1 and "no backup" in err


def test_import_says_in_plain_words_which_changes_are_held(
        three: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    region = ok(capsys, "records", "add", "region", "name=Atlantis", "--db", three["ana"]).strip()
    exchange(capsys, tmp_path, three, "ana", "ben")
    exchange(capsys, tmp_path, three, "ben", "ana")
    ok(capsys, "records", "set", "region", region, "name=Atlantis Major", "--db", three["ben"])
    for_ana = str(tmp_path / "ben-for-ana.ialibundle")
    ok(capsys, "export", "--db", three["ben"], "--out", for_ana, "--to", "ana")
    # Cleo gets Ben's edit before Ana's record: it waits, and the output says so.
    out = ok(capsys, "import", for_ana, "--db", three["cleo"], "--trust")
    assert "1 change by 'ben' held until the version it replaces arrives" in out
    exchange(capsys, tmp_path, three, "ana", "cleo")
    shown = json.loads(ok(capsys, "records", "show", "region", region, "--json",
                          "--db", three["cleo"]))
    assert shown["name"] == "Atlantis Major"
