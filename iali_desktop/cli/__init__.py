"""The `iali-desktop` command line: a thin face over the services, like the GUI."""

from iali_desktop.cli.main import main

__all__ = ["main"]
