#!/usr/bin/env bash
# Runs a frozen build the way a user's machine would: version, a new database, its
# info as JSON, and an offscreen screenshot of the dashboard. Fails on any error and
# prints the build's size and start-up times.
set -euo pipefail
BUILD="$(cd "${1:?usage: check-frozen-build.sh DIST_FOLDER}" && pwd)"
APP="$BUILD/iali-desktop"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" \
       XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state" XDG_CACHE_HOME="$WORK/cache"
unset IALI_DESKTOP_DB

seconds() { python3 -c 'import sys, time; print(f"{time.time():.3f}")'; }

start=$(seconds)
version=$("$APP" --version)
version_done=$(seconds)
[[ "$version" == "IALI Desktop "* ]] || { echo "unexpected --version: $version" >&2; exit 1; }

"$APP" init --db "$WORK/frozen.db" --demo >/dev/null
"$APP" info --db "$WORK/frozen.db" --json >"$WORK/info.json"
python3 - "$WORK/info.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
periods = {p["period"] for p in data["plans"]}
assert {"2011-2014", "2021-2024"} <= periods, periods
assert data["counts"]["task"] > 0
PY

shot_start=$(seconds)
"$APP" screenshot --db "$WORK/frozen.db" --page dashboard --out "$WORK/dashboard.png"
shot_done=$(seconds)
python3 - "$WORK/dashboard.png" <<'PY'
import sys
head = open(sys.argv[1], "rb").read(24)
assert head[:8] == b"\x89PNG\r\n\x1a\n", "the screenshot is not a PNG"
width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
assert width >= 800 and height >= 500, (width, height)
PY

size=$(du -sh "$BUILD" | cut -f1)
python3 - "$start" "$version_done" "$shot_start" "$shot_done" "$size" <<'PY'
import sys
start, version_done, shot_start, shot_done = map(float, sys.argv[1:5])
print(f"frozen build OK: {sys.argv[5]} on disk; --version in {version_done - start:.2f} s; "
      f"window rendered to PNG in {shot_done - shot_start:.2f} s")
PY
