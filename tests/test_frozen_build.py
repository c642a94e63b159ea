"""The stand-alone build: PyInstaller makes it from the spec, and the frozen binary passes
the end-to-end check (version, a new database, a PDF report, a screenshot, and a start
with a bundle on the command line that reaches the import preview). About a minute."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (the build extra)")

ROOT = Path(__file__).resolve().parents[1]


def test_the_frozen_app_builds_and_passes_its_check(tmp_path: Path) -> None:
    venv_bin = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": venv_bin + os.pathsep + os.environ.get("PATH", "")}
    env.pop("QT_QPA_PLATFORM", None)  # the check sets it for the frozen app itself
    done = subprocess.run(["bash", str(ROOT / "scripts" / "freeze.sh"), str(tmp_path / "dist"),
                           str(tmp_path / "work")], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=900, check=False)
    report = done.stdout + done.stderr
    assert done.returncode == 0, report[-4000:]
    assert "frozen build OK" in done.stdout
    assert "ImportDialog 'Import from-awa.ialibundle'" in done.stdout
    app = tmp_path / "dist" / "iali-desktop"
    internal = app / "_internal"
    qt = internal / "PySide6" / "Qt"
    # What the frozen app reads at run time travelled with it ...
    for needed in ("resources/plans/2021-2024.toml", "resources/fonts/DejaVuSans.ttf",
                   "resources/translations/iali_desktop_fr.qm",
                   "iali_desktop/store/migrations/env.py",
                   "PySide6/Qt/plugins/platforms/libqxcb.so",
                   "PySide6/Qt/plugins/imageformats/libqsvg.so",
                   "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
                   "PySide6/Qt/translations/qtbase_fr.qm"):
        assert (internal / needed).exists(), needed
    # ... and what it never uses stayed behind.
    translations = sorted(p.name for p in (qt / "translations").glob("*.qm"))
    assert translations == ["qtbase_en.qm", "qtbase_es.qm", "qtbase_fr.qm"]
    assert not (qt / "plugins" / "platformthemes" / "libqgtk3.so").exists()
    assert not (qt / "plugins" / "tls").exists()
    assert sorted(p.name for p in (qt / "plugins" / "imageformats").iterdir()) == [
        "libqico.so", "libqsvg.so"]
    assert not list(internal.glob("libgtk*")) and not list(internal.glob("libcairo*"))
    if shutil.which("file"):  # strip=True applied (cryptography's binding ships unstripped)
        rust = internal / "cryptography" / "hazmat" / "bindings" / "_rust.abi3.so"
        kind = subprocess.run(["file", "-L", str(rust)], capture_output=True, text=True,
                              check=False).stdout
        assert "stripped" in kind and "not stripped" not in kind, kind
