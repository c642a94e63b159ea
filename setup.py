"""Packaging glue that pyproject.toml cannot express on its own.

The shipped data (plans, fonts, icons, translations) lives in the top-level `resources/`
folder but installs as the package `iali_desktop.resources`; setuptools' automatic
discovery does not see a package that exists only through `package_dir`, so it is named
here.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

RESOURCES = Path(__file__).resolve().parent / "resources"

setup(
    # Namespace discovery also takes the migrations folders, which have no __init__.py.
    packages=[*find_namespace_packages(include=["iali_desktop", "iali_desktop.*"],
                                       exclude=["*.__pycache__"]),
              "iali_desktop.resources",
              "iali_desktop.guide",
              *sorted(f"iali_desktop.resources.{d.name}" for d in RESOURCES.iterdir()
                      if d.is_dir() and d.name.isidentifier() and d.name != "__pycache__")],
    # The user guide (Help > User guide) ships from docs/ with its screenshots.
    package_dir={"iali_desktop.resources": "resources", "iali_desktop.guide": "docs"},
)
