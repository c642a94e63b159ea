"""Which words open the window straight away, before the command line's parser exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from iali_desktop.launch_words import window_launch


@pytest.mark.parametrize(("words", "expected"), [
    ([], (None, [])),
    (["--db", "my.db"], (Path("my.db"), [])),
    (["--db=my.db", "a.ialibundle", "b.ialibundle"],
     (Path("my.db"), ["a.ialibundle", "b.ialibundle"])),
    (["a.ialibundle", "--db", "my.db"], (Path("my.db"), ["a.ialibundle"])),
])
def test_the_window_opens_for_no_command_a_database_and_bundles(
        words: list[str], expected: tuple[Path | None, list[str]]) -> None:
    assert window_launch(words) == expected


@pytest.mark.parametrize("words", [
    ["records", "list", "person"], ["--db", "my.db", "sync", "export"], ["--help"], ["-h"],
    ["--version"], ["--db"], ["notes.txt"], ["--verbose"], ["a.ialibundle", "extra"],
])
def test_commands_help_and_mistakes_go_to_the_command_line(words: list[str]) -> None:
    assert window_launch(words) is None
