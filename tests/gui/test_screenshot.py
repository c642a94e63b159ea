"""`iali-desktop screenshot`: renders pages to PNG; refuses unknown pages and languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from iali_desktop.__main__ import main
from iali_desktop.gui.pages import PAGE_NAMES
from iali_desktop.gui.screenshot import screenshot

PNG = b"\x89PNG\r\n\x1a\n"


def test_unknown_page_is_refused_with_the_list(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.png"
    assert screenshot(None, "nowhere", out, None) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "nowhere" in err and all(name in err for name in PAGE_NAMES)
    assert not out.exists()


def test_unknown_language_is_refused(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert screenshot(None, "dashboard", tmp_path / "x.png", "de") != 0
    assert "de" in capsys.readouterr().err


def test_command_line_renders_the_plan_page(demo_db: Path, tmp_path: Path, app: object,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "shots" / "plan.png"
    assert main(["screenshot", "--page", "plan", "--out", str(out), "--db", str(demo_db),
                 "--lang", "fr"]) == 0
    data = out.read_bytes()
    assert data.startswith(PNG)
    width = int.from_bytes(data[16:20], "big")
    height = int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 800)


def test_missing_database_is_one_line_not_a_traceback(tmp_path: Path, app: object,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code = screenshot(tmp_path / "absent.db", "dashboard", tmp_path / "x.png", None)
    assert code == 1
    err = capsys.readouterr().err
    assert "absent.db" in err and "Traceback" not in err


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(PNG)
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_a_page_at_1024x700_and_a_dialog_alone(demo_db: Path, tmp_path: Path, app: object,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "tasks.png"
    assert main(["screenshot", "--page", "tasks", "--size", "1024x700", "--out", str(page),
                 "--db", str(demo_db)]) == 0
    assert png_size(page) == (1024, 700)
    dialog = tmp_path / "restore.png"
    assert main(["screenshot", "--dialog", "restore", "--out", str(dialog),
                 "--db", str(demo_db)]) == 0
    width, height = png_size(dialog)
    assert width < 1024 and height < 700  # the dialog alone, not the window behind it


def test_a_bad_size_or_a_preview_without_bundle_is_one_line(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.png"
    assert main(["screenshot", "--page", "tasks", "--size", "big", "--out", str(out),
                 "--db", str(demo_db)]) == 2
    assert "WIDTHxHEIGHT" in capsys.readouterr().err
    assert main(["screenshot", "--dialog", "import_bundle", "--out", str(out),
                 "--db", str(demo_db)]) == 2
    assert "--bundle" in capsys.readouterr().err
    assert not out.exists()
