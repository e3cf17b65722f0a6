#!/usr/bin/env bash
# Set up ShopLens from a fresh checkout: system libraries Qt needs (Debian/Ubuntu), a virtual environment with
# the pinned dependencies, and the compiled translations. Safe to run again; it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
QT_LIBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 poppler-utils"

missing_libs() {
  command -v dpkg-query >/dev/null 2>&1 || return 1
  local pkg out=""
  for pkg in $QT_LIBS; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || out="$out $pkg"
  done
  echo "$out"
}

libs=$(missing_libs || true)
if [ -n "${libs// /}" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing system libraries for Qt:$libs"
    $SUDO apt-get update -qq || true
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $libs >/dev/null \
      || echo "warning: could not install some system libraries ($libs); the app may not start" >&2
  else
    echo "warning: not a Debian-like system; make sure Qt 6's system libraries are installed" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.shoplens-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "Installing ShopLens and its pinned dependencies"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  .venv/bin/python -m pip install -q -e ".[dev]" 2>&1 | grep -v -E "^(WARNING|  )" || true
  .venv/bin/python -c "import shoplens, PySide6, pandas" # fail loudly when the install did not work
  touch "$stamp"
fi

if [ -f tools/build_translations.py ]; then
  .venv/bin/python tools/build_translations.py --release-only >/dev/null
fi
echo "ShopLens is set up (.venv)."
