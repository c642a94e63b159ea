#!/usr/bin/env bash
# Registers IALI Desktop with the Linux desktop for the current user: the menu entry,
# the icon, and the .ialibundle file type, so double-clicking a colleague's bundle opens
# it in the import preview. Pass the folder of a frozen build to use its binary;
# without one, the `iali-desktop` on PATH is used.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-}"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
if [ -n "$BUILD" ] && [ ! -x "$BUILD/iali-desktop" ]; then
    echo "no iali-desktop program in $BUILD (build it with scripts/build-app.sh)" >&2
    exit 1
fi

mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/icons/hicolor/scalable/apps" \
         "$DATA/icons/hicolor/256x256/apps"
desktop="$DATA/applications/iali-desktop.desktop"
cp "$ROOT/resources/desktop/iali-desktop.desktop" "$desktop"
if [ -n "$BUILD" ]; then
    binary="$(cd "$BUILD" && pwd)/iali-desktop"
    sed -i "s|^Exec=iali-desktop|Exec=\"$binary\"|; s|^TryExec=iali-desktop|TryExec=$binary|" \
        "$desktop"
fi
cp "$ROOT/resources/desktop/iali-desktop-mime.xml" "$DATA/mime/packages/iali-desktop.xml"
cp "$ROOT/resources/icons/iali-desktop.svg" "$DATA/icons/hicolor/scalable/apps/"
cp "$ROOT/resources/icons/iali-desktop.png" "$DATA/icons/hicolor/256x256/apps/"

# The desktop reads these caches; where the tools are missing, the next login or package
# update builds them.
if command -v update-mime-database >/dev/null; then update-mime-database "$DATA/mime"; fi
if command -v update-desktop-database >/dev/null; then
    update-desktop-database "$DATA/applications"
fi
if command -v xdg-mime >/dev/null; then
    xdg-mime default iali-desktop.desktop application/x-iali-bundle
fi
echo "IALI Desktop registered for $(id -un): menu entry, icon and .ialibundle files"
