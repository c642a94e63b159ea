"""Argument parsing and dispatch. Each command group lives in its own module."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from iali_desktop import __version__
from iali_desktop.domain.errors import IaliError
from iali_desktop.launch_words import BUNDLE_SUFFIX, first_word, take_db_option
from iali_desktop.services.interface_language import use_chosen_language

from . import commands_attach, commands_core, commands_records
from .output import error

log = logging.getLogger(__name__)


class GuiFaces(Protocol):
    """What the GUI offers the command line; passed in so the CLI never imports Qt."""

    def launch(self, db: Path | None, files: Sequence[str]) -> int: ...

    def screenshot(self, db: Path | None, out: Path, lang: str | None,
                   shot: argparse.Namespace) -> int: ...

    @property
    def page_names(self) -> tuple[str, ...]: ...

    @property
    def dialog_names(self) -> tuple[str, ...]: ...


COMMAND_MODULES: list[object] = [commands_core, commands_records, commands_attach]


def _register_optional_modules() -> None:
    # Command groups that arrive with later capabilities register themselves here.
    for module_name in ("commands_sync", "commands_folder", "commands_reports",
                        "commands_calendar"):
        try:
            module = __import__(f"iali_desktop.cli.{module_name}", fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != f"iali_desktop.cli.{module_name}":
                raise
            continue
        if module not in COMMAND_MODULES:
            COMMAND_MODULES.append(module)


def build_parser(gui: GuiFaces | None = None) -> tuple[argparse.ArgumentParser, set[str]]:
    """The parser, and the names of its commands."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help="database file (default: $IALI_DESKTOP_DB or the user data folder)")
    parser = argparse.ArgumentParser(
        prog="iali-desktop", parents=[common],
        description="IALI Desktop: the offline workspace of the IALI Executive Committee. "
                    "With no command, opens the window (give .ialibundle files to import them).")
    parser.add_argument("--version", action="version", version=f"IALI Desktop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _register_optional_modules()
    for module in COMMAND_MODULES:
        module.register(sub, common)  # type: ignore[attr-defined]
    if gui is not None:
        _add_screenshot(sub, common, gui)
    return parser, set(sub.choices)


def _add_screenshot(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                    common: argparse.ArgumentParser, gui: GuiFaces) -> None:
    shot = sub.add_parser("screenshot", parents=[common],
                          help="render the main window on a page, or one of its dialogs, "
                               "offscreen, to a PNG")
    names = tuple(getattr(gui, "page_names", ()))
    dialogs = tuple(getattr(gui, "dialog_names", ()))
    what = shot.add_mutually_exclusive_group(required=True)
    what.add_argument("--page", metavar="PAGE", choices=names or None,
                      help="the page to show: " + ", ".join(names))
    what.add_argument("--dialog", metavar="DIALOG", choices=dialogs or None,
                      help="a dialog to show alone, opened over its page: "
                           + ", ".join(dialogs))
    what.add_argument("--all", action="store_true",
                      help="every page and dialog, into the folder --out as PAGE.png and "
                           "DIALOG.png (the sample data has no bundle dialogs)")
    shot.add_argument("--out", required=True, type=Path,
                      help="the PNG file to write (with --all, the folder)")
    shot.add_argument("--lang", default=None, help="en, fr or es (default: as set)")
    shot.add_argument("--size", default="1280x800", metavar="WIDTHxHEIGHT",
                      help="the window's size (default: 1280x800)")
    shot.add_argument("--bundle", type=Path, default=None,
                      help="the bundle file the import preview (import_bundle) reads")
    shot.set_defaults(func=lambda a: gui.screenshot(getattr(a, "db", None), a.out, a.lang,
                                                    a))


def main(argv: Sequence[str] | None = None, gui: GuiFaces | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser, known = build_parser(gui)
    first = first_word(args_list)
    if first is None or first not in known:
        # No command: the window, optionally with bundles to import.
        if any(a in ("-h", "--help", "--version") for a in args_list):
            parser.parse_args(args_list)
        args = _parse_gui(parser, args_list)
        if gui is None:
            error("the window is not available in this build")
            return 2
        return gui.launch(getattr(args, "db", None), args.files)
    rest, db = take_db_option(args_list)
    args = parser.parse_args(rest)
    if db is not None:
        args.db = Path(db)
    handler: Callable[[argparse.Namespace], int] = args.func
    use_chosen_language()  # sentences (not JSON keys) in the language set in Settings
    try:
        return handler(args)
    except IaliError as exc:
        error(str(exc))
        return 1
    except KeyboardInterrupt:
        error("interrupted; nothing was left half-done")
        return 130
    except BrokenPipeError:
        # The reader stopped early (`... | head`): not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def _parse_gui(parser: argparse.ArgumentParser, args_list: list[str]) -> argparse.Namespace:
    gui_parser = argparse.ArgumentParser(prog="iali-desktop", add_help=False)
    gui_parser.add_argument("--db", type=Path, default=None)
    gui_parser.add_argument("files", nargs="*", default=[])
    args, unknown = gui_parser.parse_known_args(args_list)
    if unknown:
        parser.error(f"unknown command or option: {' '.join(unknown)}")
    for name in args.files:
        if not name.endswith(BUNDLE_SUFFIX):
            parser.error(f"unknown command '{name}' (see 'iali-desktop --help')")
    return args
