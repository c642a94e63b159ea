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


def take_db_option(words: list[str]) -> tuple[list[str], str | None]:
    """Lift `--db PATH` out of the words wherever it stands; the last `--db` wins.

    argparse cannot take an option between the items of a `FIELD=VALUE ...` list, yet
    `records add person --db x.db name=Ana` is what people type. A `--db` without a
    value stays in the words, for the parser to say that it wants one."""
    rest: list[str] = []
    db: str | None = None
    remaining = iter(words)
    for word in remaining:
        if word == "--db":
            db = next(remaining, None)
            if db is None:
                rest.append(word)
        elif word.startswith("--db="):
            db = word.split("=", 1)[1]
        else:
            rest.append(word)
    return rest, db


def window_launch(words: list[str]) -> tuple[Path | None, list[str]] | None:
    """(database, bundle files) when the words open the window; None when they name a
    command, ask for help or the version, or hold anything else (the parser answers)."""
    rest, db = take_db_option(words)
    if not all(w.endswith(BUNDLE_SUFFIX) and not w.startswith("-") for w in rest):
        return None
    return (None if db is None else Path(db)), rest
