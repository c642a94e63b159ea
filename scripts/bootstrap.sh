#!/usr/bin/env bash
# Shared set-up for the scripts beside it: the system libraries Qt needs (offscreen, and
# on a real display its xcb platform) and poppler for looking at PDFs, then a virtual
# environment in .venv with the project.
# Sourced, not run: `source scripts/bootstrap.sh [EXTRAS]` (EXTRAS: e.g. dev or dev,build).
# Once set up it needs no network: the Python packages are installed again only when
# pyproject.toml or setup.py changed, or when an extra is asked for that is not
# installed yet (the stamp file .venv/.iali-install records what was installed).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.iali-install"
EXTRAS="${1:-}"

SYSTEM_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
                 libglib2.0-0 libdbus-1-3 poppler-utils)
# What Qt's xcb platform (a real X display) loads since Qt 6.5; without libxcb-cursor0
# the window cannot open at all.
XCB_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
              libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1)
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
    SYSTEM_PACKAGES+=("${XCB_PACKAGES[@]}")
fi
# A stand-alone build copies the libraries Qt's X11 and Wayland platforms link to from
# this machine into the app; without these it would start only where the user happens to
# have them. Xvfb lets the build check start the frozen app on a real X server too.
# The end-to-end sync-folder test runs two real Syncthing daemons (it is skipped without).
if [[ ",$EXTRAS," == *",dev,"* ]]; then
    SYSTEM_PACKAGES+=(syncthing)
fi
if [[ ",$EXTRAS," == *",build,"* ]]; then
    SYSTEM_PACKAGES+=("${XCB_PACKAGES[@]}" libwayland-cursor0 libwayland-egl1 xvfb xauth)
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
    if ! { $sudo apt-get update -qq &&
           DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
               --no-install-recommends "${missing[@]}" >/dev/null; }; then
        echo "could not install system packages (offline?): ${missing[*]}" >&2
    fi
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

# What the installed packages were made from: the packaging files and the Python.
source_digest() {
    { cat "$ROOT/pyproject.toml" "$ROOT/setup.py"; "$VENV/bin/python" -V; } 2>&1 |
        sha256sum | cut -d' ' -f1
}

# The extras recorded in the stamp (one line "DIGEST EXTRAS"), if its digest still holds.
installed_extras() {
    [ -f "$STAMP" ] || return 1
    local digest extras
    read -r digest extras <"$STAMP" || true
    [ "$digest" = "$(source_digest)" ] || return 1
    echo "${extras:-}"
}

# Succeeds (0) when pip must run: no venv, a changed pyproject.toml or setup.py, or an
# extra asked for that is not installed yet.
needs_install() {
    [ -x "$VENV/bin/python" ] || return 0
    local have
    have="$(installed_extras)" || return 0
    local wanted
    for wanted in ${EXTRAS//,/ }; do
        [[ ",$have," == *",$wanted,"* ]] || return 0
    done
    return 1
}

install_python_packages() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$(pick_python)" -m venv "$VENV"
    fi
    # Keep the extras installed before (the tests' tools stay after a run of the app).
    local previous="" extras
    if [ -f "$STAMP" ]; then read -r _ previous <"$STAMP" || true; fi
    extras="$(echo "${previous:-},${EXTRAS}" | tr ',' '\n' | sed '/^$/d' | sort -u |
              paste -sd, -)"
    local target="$ROOT"
    [ -n "$extras" ] && target="$ROOT[$extras]"
    rm -f "$STAMP"
    # PYTHONWARNINGS: setuptools' notes about editable installs are for its developers.
    PYTHONWARNINGS=ignore "$VENV/bin/python" -m pip install --quiet --upgrade pip
    PYTHONWARNINGS=ignore "$VENV/bin/python" -m pip install --quiet --editable "$target"
    echo "$(source_digest) $extras" >"$STAMP"
}

install_system_packages
if needs_install; then
    install_python_packages
fi
export PATH="$VENV/bin:$PATH"
