"""Where the shipped resources (plans, fonts, icons, translations) are on this machine.

Installed, they are the package `iali_desktop.resources` (pyproject maps the top-level
`resources/` folder there); in a source checkout they are `resources/` beside the
package; in a frozen build they sit in the bundle folder.
"""

from __future__ import annotations

import contextlib
import sys
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path


@cache
def resource_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None and (Path(frozen) / "resources").is_dir():
        return Path(frozen) / "resources"
    # A source checkout reads its own resources, even where an editable install of another
    # checkout maps `iali_desktop.resources` to that one's folder.
    root = Path(__file__).resolve().parents[2]
    checkout = root / "resources"
    if (root / "pyproject.toml").is_file() and (checkout / "plans").is_dir():
        return checkout
    try:
        packaged = Path(str(importlib_resources.files("iali_desktop.resources")))
        if (packaged / "plans").is_dir():
            return packaged
    except ModuleNotFoundError:
        pass
    raise FileNotFoundError("IALI Desktop's resources folder is missing from this installation")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


@cache
def guide_file() -> Path:
    """The user guide (docs/user-guide.md, its screenshots beside it in docs/screenshots):
    in the bundle folder when frozen, the package `iali_desktop.guide` when installed, the
    checkout's docs/ otherwise."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "docs"] if frozen is not None else []
    with contextlib.suppress(ModuleNotFoundError):
        candidates.append(Path(str(importlib_resources.files("iali_desktop.guide"))))
    candidates.append(Path(__file__).resolve().parents[2] / "docs")
    for folder in candidates:
        if (folder / "user-guide.md").is_file():
            return folder / "user-guide.md"
    raise FileNotFoundError("the user guide is missing from this installation")
