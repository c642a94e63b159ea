"""The README's first steps, as written: init with a name (and not renaming silently), a
preview of a first bundle from a new colleague, an export for a colleague before any
exchange, the search example, the screenshot pages, and lists in language order."""

from __future__ import annotations

from pathlib import Path

import pytest

from iali_desktop.__main__ import main as entry
from iali_desktop.cli import main
from iali_desktop.services.profile import load_profile
from iali_desktop.services.workspace import Workspace


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_with_a_name_skips_the_wizard_and_never_renames_silently(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.db")
    assert run(capsys, "init", "--db", db, "--name", "Ana, Americas")[0] == 0
    with Workspace.open(Path(db)) as ws:
        assert load_profile(ws) is not None, "the name was given: no first-run questions"
    code, _out, err = run(capsys, "init", "--db", db, "--name", "Jean, Africa")
    assert code == 1 and "--rename" in err and "Ana, Americas" in err
    with Workspace.open(Path(db)) as ws:
        assert ws.identity().name == "Ana, Americas"
    assert run(capsys, "init", "--db", db, "--name", "Jean, Africa", "--rename")[0] == 0
    with Workspace.open(Path(db)) as ws:
        assert ws.identity().name == "Jean, Africa"


def test_dry_run_previews_a_first_bundle_without_trusting_its_sender(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ana, jean = str(tmp_path / "ana.db"), str(tmp_path / "jean.db")
    run(capsys, "init", "--db", ana, "--name", "Ana, Americas")
    run(capsys, "init", "--db", jean, "--name", "Jean, Africa")
    run(capsys, "records", "add", "person", "--db", ana, "name=Kwame Mensah")
    bundle = str(tmp_path / "ana.ialibundle")
    assert run(capsys, "export", "--db", ana, "--out", bundle, "--full")[0] == 0
    code, out, err = run(capsys, "import", "--db", jean, bundle, "--dry-run")
    assert code == 0, err
    assert "not trusted yet" in out and "--trust" in out and "preview only" in out
    code, out, _ = run(capsys, "peers", "--db", jean)
    assert "no peers yet" in out, "a preview trusts nobody"


def test_export_for_a_colleague_before_any_exchange_says_what_to_do(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ana = str(tmp_path / "ana.db")
    run(capsys, "init", "--db", ana, "--name", "Ana, Americas")
    code, _, err = run(capsys, "export", "--db", ana, "--out", str(tmp_path / "x.ialibundle"),
                       "--to", "Jean, Africa")
    assert code == 1
    assert "import" in err and "--full" in err


def test_the_readme_search_example_finds_something_in_the_shipped_data(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    line = next(ln for ln in readme.splitlines() if ln.startswith("iali-desktop search "))
    word = line.split()[2]
    db = str(tmp_path / "a.db")
    run(capsys, "init", "--db", db, "--name", "Ana")
    code, out, _ = run(capsys, "search", "--db", db, word)
    assert code == 0 and "nothing found" not in out
    code, out, _ = run(capsys, "search", "--db", db, "ILO", "--limit", "1")
    assert "International Labour Organization" in out


def test_screenshot_help_lists_the_page_names(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        entry(["screenshot", "--help"])
    out = capsys.readouterr().out
    for page in ("dashboard", "ec_meetings", "peers", "assistance_requests"):
        assert page in out


def test_lists_sort_names_by_language_rules(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.db")
    run(capsys, "init", "--db", db, "--name", "Ana")
    for name in ("Rahul Sharma", "Émilie Dubois", "Zoe Adams", "emil Berg"):
        run(capsys, "records", "add", "person", "--db", db, f"name={name}")
    _code, out, _ = run(capsys, "records", "list", "person", "--db", db)
    names = [n for n in ("emil Berg", "Émilie Dubois", "Rahul Sharma", "Zoe Adams")
             if n in out]
    assert sorted(names, key=out.index) == ["emil Berg", "Émilie Dubois", "Rahul Sharma",
                                            "Zoe Adams"]
