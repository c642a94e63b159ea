#!/usr/bin/env bash
# Builds IALI Desktop as a stand-alone folder (no Python needed on the target machine)
# into dist/iali-desktop/, then checks the frozen binary end to end (scripts/freeze.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh" build
bash "$ROOT/scripts/freeze.sh" "$ROOT/dist"
