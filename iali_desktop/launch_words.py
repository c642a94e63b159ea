"""Telling a window launch from a command, without loading the commands.

`iali-desktop`, `iali-desktop --db FILE` and `iali-desktop a.ialibundle ...` open the
window. Everything else is the command line's to parse. Loading the command modules
costs more than a second (they reach the reports, bundle and spreadsheet code), which
a window launch must not pay before its first paint. So `__main__` asks this module
first, and the command line's parser is built only for commands, help and mistakes.
"""

from __future__ import annotations

from pathlib import Path

BUNDLE_SUFFIX = ".ialibundle"


def first_word(words: list[str]) -> str | None:
    """The first argument that is neither an option nor the value of `--db`."""
    skip = False
    for word in words:
        if skip:
            skip = False
            continue
        if word == "--db":
            skip = True
            continue
        if not word.startswith("-"):
            return word
    return None


def window_launch(words: list[str]) -> tuple[Path | None, list[str]] | None:
    """(database, bundle files) when the words open the window; None when they name a
    command, ask for help or the version, or hold anything else (the parser answers)."""
    db: Path | None = None
    files: list[str] = []
    rest = iter(words)
    for word in rest:
        if word == "--db":
            value = next(rest, None)
            if value is None:
                return None
            db = Path(value)
        elif word.startswith("--db="):
            db = Path(word.split("=", 1)[1])
        elif word.endswith(BUNDLE_SUFFIX) and not word.startswith("-"):
            files.append(word)
        else:
            return None
    return db, files
