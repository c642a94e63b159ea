"""IALI Desktop: the offline workspace of the IALI Executive Committee."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("iali-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

APP_NAME = "IALI Desktop"
APP_ID = "iali-desktop"
