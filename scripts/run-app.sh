#!/usr/bin/env bash
# Sets up IALI Desktop on this machine and opens it on its default database (in the
# user data folder, or $IALI_DESKTOP_DB). A first start creates that database with both
# seeded action plans and the clearly marked fictional demo dataset, so the dashboard
# has something to show; `iali-desktop init` without --demo gives a clean one instead.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

if ! iali-desktop info >/dev/null 2>&1; then
    iali-desktop init --demo
fi
exec iali-desktop "$@"
