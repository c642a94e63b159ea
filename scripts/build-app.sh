#!/usr/bin/env bash
# Builds IALI Desktop as a stand-alone folder (no Python needed on the target machine)
# into dist/iali-desktop/, then checks the frozen binary end to end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh" build
cd "$ROOT"
pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    pyinstaller.spec
bash scripts/check-frozen-build.sh dist/iali-desktop
