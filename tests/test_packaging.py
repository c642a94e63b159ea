"""A plain (non-editable) install carries everything the app reads at run time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                           str(ROOT), "-w", str(out)], capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    (found,) = out.glob("iali_desktop-*.whl")
    return found


def test_wheel_holds_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in ("iali_desktop/resources/plans/2011-2014.toml",
                     "iali_desktop/resources/plans/2021-2024.toml",
                     "iali_desktop/resources/reference/organisations.toml",
                     "iali_desktop/resources/fonts/DejaVuSans.ttf",
                     "iali_desktop/resources/locale/fr/LC_MESSAGES/iali.mo",
                     "iali_desktop/resources/locale/es/LC_MESSAGES/iali.mo",
                     "iali_desktop/store/migrations/env.py",
                     "iali_desktop/store/migrations/versions/0001_initial_schema.py",
                     "iali_desktop/py.typed"):
        assert expected in names


def test_wheel_carries_the_version_the_package_reports(wheel: Path) -> None:
    # pyproject.toml reads the version from iali_desktop/__init__.py (one place to bump).
    from iali_desktop import __version__

    archive = zipfile.ZipFile(wheel)
    (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    assert f"\nVersion: {__version__}\n" in archive.read(metadata).decode()
    assert wheel.name.startswith(f"iali_desktop-{__version__}-")


def test_installed_copy_runs_away_from_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                           "--target", str(target), str(wheel)], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    env = {**os.environ, "PYTHONPATH": str(target)}
    probe = ("import json, iali_desktop; from iali_desktop.domain.resource_files import "
             "resource_dir; print(json.dumps([iali_desktop.__file__, str(resource_dir())]))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    package_file, resources = json.loads(done.stdout)
    assert package_file.startswith(str(target))
    assert resources.startswith(str(target))
    db = tmp_path / "installed.db"
    cli = [sys.executable, "-m", "iali_desktop"]
    done = subprocess.run([*cli, "init", "--db", str(db)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*cli, "info", "--db", str(db), "--json"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert len(json.loads(done.stdout)["plans"]) == 2
