"""Entry point: `iali-desktop` and `python -m iali_desktop`.

The command line and the window are two faces on the same services; the window is
imported only when it is wanted, so scripted commands never load Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from iali_desktop import collector
from iali_desktop.launch_words import window_launch


class _Gui:
    @property
    def page_names(self) -> tuple[str, ...]:
        from iali_desktop.gui.page_names import PAGE_NAMES  # no Qt in that module

        return PAGE_NAMES

    @property
    def dialog_names(self) -> tuple[str, ...]:
        from iali_desktop.gui.page_names import DIALOG_NAMES

        return DIALOG_NAMES

    def launch(self, db: Path | None, files: Sequence[str]) -> int:
        from iali_desktop.gui.app import run

        return run(db, list(files))

    def screenshot(self, db: Path | None, out: Path, lang: str | None,
                   shot: argparse.Namespace) -> int:
        from iali_desktop.gui.screenshot import ShotRequest, parse_size, screenshot

        size = parse_size(shot.size)
        if size is None:
            print(f"iali-desktop: --size takes WIDTHxHEIGHT, such as 1024x700, "
                  f"not '{shot.size}'", file=sys.stderr)
            return 2
        return screenshot(db, None, out, lang, ShotRequest(
            page=shot.page, dialog=shot.dialog, size=size, bundle=shot.bundle,
            every=shot.all))


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if words == ["--version"]:
        # Answered before the command modules (and their database libraries) load.
        from iali_desktop import __version__

        print(f"IALI Desktop {__version__}")
        return 0
    launch = window_launch(words)
    if launch is not None:
        # Straight to the window: the command modules are not loaded for it. The cycle
        # collector waits for the window's first paint (`collector`).
        collector.pause()
        try:
            db, files = launch
            return _Gui().launch(db, files)
        finally:
            collector.resume()
    from iali_desktop.cli import main as cli_main

    return cli_main(words, gui=_Gui())


if __name__ == "__main__":
    sys.exit(main())
