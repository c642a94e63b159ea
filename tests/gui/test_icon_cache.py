"""Icons are recoloured into a cache folder that later starts reuse."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from iali_desktop.gui import icons


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    icons._cache_dir.cache_clear()
    icons._recoloured.cache_clear()
    yield icons._cache_dir()
    icons._cache_dir.cache_clear()
    icons._recoloured.cache_clear()


def test_an_icon_is_drawn_in_the_colour_asked(qapp: object, cache: Path) -> None:
    assert not icons.icon("settings", QColor("#123456")).isNull()
    drawn = (cache / "123456" / "settings.svg").read_text(encoding="utf-8")
    assert "#123456" in drawn and "currentColor" not in drawn


def test_a_damaged_cached_icon_is_drawn_again_and_an_intact_one_kept(
        qapp: object, cache: Path) -> None:
    icons.icon("settings", QColor("#123456"))
    icons.icon("search", QColor("#123456"))
    damaged, intact = cache / "123456" / "settings.svg", cache / "123456" / "search.svg"
    damaged.write_text("<svg", encoding="utf-8")  # cut short (a full disk, a crash)
    os.utime(intact, (1_000_000_000, 1_000_000_000))
    icons._recoloured.cache_clear()  # as a new start of the app
    icons.icon("settings", QColor("#123456"))
    icons.icon("search", QColor("#123456"))
    assert "#123456" in damaged.read_text(encoding="utf-8")
    assert intact.stat().st_mtime == 1_000_000_000
