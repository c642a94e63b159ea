"""Linux desktop integration: the menu entry, the icon and the .ialibundle file type land
in the user's data folder and point at the build, so a double-clicked bundle starts
IALI Desktop on it. Needs none of the desktop tools; uses them when they are there."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "install-desktop-integration.sh"
DESKTOP = ROOT / "resources" / "desktop" / "iali-desktop.desktop"
MIME_XML = ROOT / "resources" / "desktop" / "iali-desktop-mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
BASIC_TOOLS = ("bash", "mkdir", "cp", "sed", "dirname", "id")


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def mime_type() -> tuple[str, list[str]]:
    (declared,) = ET.parse(MIME_XML).getroot().findall(f"{MIME_NS}mime-type")
    return declared.get("type", ""), [g.get("pattern", "")
                                      for g in declared.findall(f"{MIME_NS}glob")]


def test_the_menu_entry_opens_bundles_with_the_app() -> None:
    desktop = entry(DESKTOP)
    name, globs = mime_type()
    assert globs == ["*.ialibundle"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "IALI Desktop"
    assert desktop["MimeType"].split(";")[:-1] == [name]
    assert desktop["Exec"] == "iali-desktop %F", "files double-clicked reach the command line"
    assert (ROOT / "resources" / "icons" / f"{desktop['Icon']}.svg").exists()
    assert desktop["Categories"].endswith(";") and desktop["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                              text=True, check=False)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def _bare_path(tmp_path: Path) -> str:
    """A PATH with only the basic tools: no update-mime-database, no xdg-mime."""
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in BASIC_TOOLS:
        found = shutil.which(tool)
        assert found, tool
        (tools / tool).symlink_to(found)
    return str(tools)


@pytest.mark.parametrize("with_tools", [False, True], ids=["bare", "with-tools"])
def test_install_puts_everything_where_the_desktop_looks(tmp_path: Path,
                                                         with_tools: bool) -> None:
    build = tmp_path / "dist" / "iali desktop"  # a space, as in "My Programs"
    build.mkdir(parents=True)
    program = build / "iali-desktop"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    if not with_tools:
        env["PATH"] = _bare_path(tmp_path)
    elif not shutil.which("update-mime-database"):
        pytest.skip("shared-mime-info's update-mime-database is not installed")
    done = subprocess.run(["bash", str(SCRIPT), str(build)], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "registered" in done.stdout

    installed = entry(data / "applications" / "iali-desktop.desktop")
    assert installed["Exec"] == f'"{program}" %F'
    assert installed["TryExec"] == str(program)
    assert installed["MimeType"] == entry(DESKTOP)["MimeType"]
    assert (data / "mime" / "packages" / "iali-desktop.xml").read_bytes() == \
        MIME_XML.read_bytes()
    icons = data / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "iali-desktop.svg").exists()
    assert (icons / "256x256" / "apps" / "iali-desktop.png").exists()
    name, _globs = mime_type()
    if with_tools:  # the caches the desktop reads were rebuilt
        assert f"{name}:*.ialibundle" in (data / "mime" / "globs2").read_text()
        if shutil.which("update-desktop-database"):
            cache = (data / "applications" / "mimeinfo.cache").read_text()
            assert f"{name}=iali-desktop.desktop;" in cache


def test_install_refuses_a_folder_without_the_program(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    done = subprocess.run(["bash", str(SCRIPT), str(tmp_path)], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode != 0 and "no iali-desktop program" in done.stderr
    assert not (tmp_path / "share" / "applications" / "iali-desktop.desktop").exists()
