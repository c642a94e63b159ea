"""Fixtures every test folder may use: seeded databases made once and copied per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt, so no test ever needs a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the default database and every platformdirs folder into a temporary home,
    so no test reads or writes the real user's data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("IALI_DESKTOP_DB", raising=False)


@pytest.fixture(autouse=True)
def _english_sentences() -> Iterator[None]:
    """Every test starts with the app's sentences in English, whatever language a window
    or a command of an earlier test chose."""
    from iali_desktop.domain import translation

    translation.set_language("en")
    yield
    translation.set_language("en")


def _make(folder: Path, demo: bool) -> Path:
    from iali_desktop.services.demo import add_demo_data
    from iali_desktop.services.setup import initialise

    path = folder / ("demo.db" if demo else "seeded.db")
    ws, _ = initialise(path, "Template replica")
    with ws:
        if demo:
            add_demo_data(ws)
    return path


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _make(tmp_path_factory.mktemp("seeded"), demo=False)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _make(tmp_path_factory.mktemp("demo"), demo=True)


def copy_db(template: Path, target: Path) -> Path:
    """A copy of a closed template database (no WAL left behind once it was closed).

    Copies share the template's replica id and keys: tests that sync several replicas
    must create each database on its own instead."""
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def seeded_db(seeded_template: Path, tmp_path: Path) -> Iterator[Path]:
    yield copy_db(seeded_template, tmp_path / "seeded.db")


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    yield copy_db(demo_template, tmp_path / "demo.db")
