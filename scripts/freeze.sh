#!/usr/bin/env bash
# The build itself, once PyInstaller is installed: the spec into DIST (default dist/),
# then the end-to-end check of the frozen binary. scripts/build-app.sh sets up and runs
# this; tests/test_frozen_build.py runs it into a temporary folder.
#   scripts/freeze.sh [DIST [WORK]]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="$(mkdir -p "${1:-$ROOT/dist}" && cd "${1:-$ROOT/dist}" && pwd)"
WORK="${2:-$ROOT/build/pyinstaller}"
cd "$ROOT"
pyinstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" \
    pyinstaller.spec
bash scripts/check-frozen-build.sh "$DIST/iali-desktop"
