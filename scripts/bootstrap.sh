#!/usr/bin/env bash
# Shared set-up for the scripts beside it: the system libraries Qt needs offscreen and
# poppler for looking at PDFs, then a virtual environment in .venv with the project.
# Sourced, not run: `source scripts/bootstrap.sh [EXTRAS]` (EXTRAS: e.g. dev or dev,build).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
EXTRAS="${1:-}"

SYSTEM_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
                 libglib2.0-0 libdbus-1-3 poppler-utils)
# A stand-alone build copies the libraries Qt's X11 and Wayland platforms link to from
# this machine into the app; without these it would start only where the user happens to
# have them. Xvfb lets the build check start the frozen app on a real X server too.
if [[ ",$EXTRAS," == *",build,"* ]]; then
    SYSTEM_PACKAGES+=(libxcb-icccm4 libxcb-keysyms1 libwayland-cursor0 libwayland-egl1
                      xvfb xauth)
fi

install_system_packages() {
    local missing=()
    for pkg in "${SYSTEM_PACKAGES[@]}"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "missing system packages (install them by hand): ${missing[*]}" >&2
        return 0
    fi
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

pick_python() {
    for candidate in python3.11 python3.12 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
            echo "$candidate"
            return 0
        fi
    done
    echo "IALI Desktop needs Python 3.11 or newer" >&2
    return 1
}

install_python_packages() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$(pick_python)" -m venv "$VENV"
    fi
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    local target="$ROOT"
    [ -n "$EXTRAS" ] && target="$ROOT[$EXTRAS]"
    "$VENV/bin/python" -m pip install --quiet --editable "$target"
}

install_system_packages
install_python_packages
export PATH="$VENV/bin:$PATH"
