#!/usr/bin/env bash
# Registers IALI Desktop with the Linux desktop for the current user: the menu entry,
# the icon, and the .ialibundle file type, so double-clicking a colleague's bundle opens
# it in the import preview. Pass the folder of a frozen build to use its binary;
# without one, the `iali-desktop` on PATH is used.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-}"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"

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

command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime"
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications"
command -v xdg-mime >/dev/null && xdg-mime default iali-desktop.desktop application/x-iali-bundle
echo "IALI Desktop registered for $(id -un): menu entry, icon and .ialibundle files"
