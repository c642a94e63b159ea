#!/usr/bin/env bash
# Sets up IALI Desktop on this machine (once: later starts need no network) and opens it
# on the user's database (in the user data folder, or $IALI_DESKTOP_DB). A first start
# asks whether to create that database, holding both seeded action plans and nothing
# else, or to explore the sample data, a separate database of fictional records.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
exec iali-desktop "$@"
