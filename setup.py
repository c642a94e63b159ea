"""Packaging glue that pyproject.toml cannot express on its own.

The shipped data (plans, fonts, icons, translations) lives in the top-level `resources/`
folder but installs as the package `iali_desktop.resources`; setuptools' automatic
discovery does not see a package that exists only through `package_dir`, so it is named
here.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["iali_desktop", "iali_desktop.*"]),
              "iali_desktop.resources"],
    package_dir={"iali_desktop.resources": "resources"},
)
