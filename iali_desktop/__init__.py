"""IALI Desktop: the offline workspace of the IALI Executive Committee."""

# The one place the version is written: pyproject.toml reads it from here (setuptools'
# dynamic version), and a start never pays for importlib.metadata to look it up.
__version__ = "0.1.0"

APP_NAME = "IALI Desktop"
APP_ID = "iali-desktop"
