#!/usr/bin/env bash
# Sets up everything the checks need and runs them all, headless: style (ruff), types
# (mypy), the layer contracts (import-linter) and the test suite with coverage.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh" dev
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
