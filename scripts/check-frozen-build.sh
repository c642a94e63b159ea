#!/usr/bin/env bash
# Runs a frozen build the way a user's machine would, from an empty home and away from
# the checkout: version, a new database, its info as JSON, a PDF report, an offscreen
# screenshot of the dashboard, and a start with a colleague's bundle on the command
# line, which must reach the import preview (IALI_DESKTOP_EXIT_AFTER_START=1 makes that
# start note what it showed in the log and quit; see gui/app.py). Fails on any error and
# prints the build's size and timings.
set -euo pipefail
BUILD="$(cd "${1:?usage: check-frozen-build.sh DIST_FOLDER}" && pwd)"
APP="$BUILD/iali-desktop"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
export QT_QPA_PLATFORM=offscreen HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" \
       XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state" XDG_CACHE_HOME="$WORK/cache"
unset IALI_DESKTOP_DB PYTHONPATH PYTHONHOME VIRTUAL_ENV

seconds() { python3 -c 'import time; print(f"{time.time():.3f}")'; }
fail() { echo "frozen build check FAILED: $*" >&2; exit 1; }

start=$(seconds)
version=$("$APP" --version)
version_done=$(seconds)
[[ "$version" == "IALI Desktop "* ]] || fail "unexpected --version: $version"

"$APP" init --db "$WORK/frozen.db" --demo >/dev/null
"$APP" info --db "$WORK/frozen.db" --json >"$WORK/info.json"
python3 - "$WORK/info.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
periods = {p["period"] for p in data["plans"]}
assert {"2011-2014", "2021-2024"} <= periods, periods
assert data["counts"]["task"] > 0
PY

# ReportLab, its fonts and the report texts, in French.
"$APP" report directory --db "$WORK/frozen.db" --lang fr --out "$WORK/directory.pdf" >/dev/null
head -c 5 "$WORK/directory.pdf" | grep -q '%PDF-' || fail "the report is not a PDF"

shot_start=$(seconds)
"$APP" screenshot --db "$WORK/frozen.db" --page dashboard --out "$WORK/dashboard.png" >/dev/null
shot_done=$(seconds)
python3 - "$WORK/dashboard.png" <<'PY'
import sys
head = open(sys.argv[1], "rb").read(24)
assert head[:8] == b"\x89PNG\r\n\x1a\n", "the screenshot is not a PNG"
width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
assert width >= 800 and height >= 500, (width, height)
PY

# A colleague's bundle, opened the way a double-click opens it.
"$APP" init --db "$WORK/colleague.db" --name "Colleague, Africa" >/dev/null
"$APP" records add person --db "$WORK/colleague.db" name="Awa Diallo" >/dev/null
"$APP" export --db "$WORK/colleague.db" --out "$WORK/from-awa.ialibundle" >/dev/null
# The user's own database: the sample data (frozen.db) takes no bundles.
"$APP" init --db "$WORK/own.db" --name "Frozen build check" >/dev/null
window_start=$(seconds)
IALI_DESKTOP_EXIT_AFTER_START=1 timeout 120 "$APP" --db "$WORK/own.db" "$WORK/from-awa.ialibundle" \
    || fail "the window did not start and quit cleanly with a bundle (exit $?)"
window_done=$(seconds)
log_file="$WORK/state/iali-desktop/log/iali-desktop.log"
[ -f "$log_file" ] || log_file="$(find "$WORK" -name iali-desktop.log | head -n 1)"
[ -n "$log_file" ] && [ -f "$log_file" ] || fail "no log file was written"
started=$(grep 'start check:' "$log_file" | tail -n 1) || fail "no start check in the log"
for expected in "ImportDialog 'Import from-awa.ialibundle'" "svg=True" "ico=True" \
                "font DejaVu Sans"; do
    [[ "$started" == *"$expected"* ]] || fail "start check lacks \"$expected\": $started"
done
[[ "$started" == *"new changes of"* ]] || fail "the import preview did not read the bundle: $started"
if grep -q 'ERROR\|Traceback' "$log_file"; then
    fail "errors in the log: $(grep -m 3 'ERROR\|Traceback' "$log_file")"
fi

# The same start on a real X server (Qt's xcb platform and its bundled libraries), where
# Xvfb is installed.
if command -v xvfb-run >/dev/null; then
    QT_QPA_PLATFORM=xcb IALI_DESKTOP_EXIT_AFTER_START=1 timeout 120 xvfb-run -a \
        "$APP" --db "$WORK/frozen.db" >/dev/null || fail "the window did not start on X11"
    grep 'start check:' "$log_file" | tail -n 1 | grep -q ' on xcb;' \
        || fail "no start check on X11 in the log"
    echo "started on X11 (Xvfb) as well"
else
    echo "xvfb-run not installed: the start on X11 was not checked" >&2
fi

size=$(du -sh "$BUILD" | cut -f1)
python3 - "$start" "$version_done" "$shot_start" "$shot_done" "$window_start" \
    "$window_done" "$size" "${started#*start check: }" <<'PY'
import sys
start, version, shot_start, shot, window_start, window = map(float, sys.argv[1:7])
print(f"start with a bundle: {sys.argv[8]}")
print(f"frozen build OK: {sys.argv[7]} on disk; --version in {version - start:.2f} s; "
      f"window rendered to PNG in {shot - shot_start:.2f} s; start with a bundle to the "
      f"import preview and exit in {window - window_start:.2f} s")
PY
