#!/usr/bin/env bash
# Sets up everything the checks need and runs them all, headless: style (ruff), types
# (mypy), the layer contracts (import-linter) and the test suite with coverage.
# Tests marked slow are left out (pyproject.toml); `./scripts/test.sh -m slow` runs them.
# Once set up, the Python packages are installed again only when the packaging changes.
set -euo pipefail
# The build extra brings PyInstaller: tests/test_frozen_build.py builds the stand-alone app.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh" dev,build
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen

echo "== ruff"
ruff check .
echo "== mypy"
mypy iali_desktop
echo "== import-linter"
lint-imports
echo "== pytest"
pytest --cov --cov-report=term:skip-covered "$@"
