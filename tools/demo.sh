#!/usr/bin/env bash
# Set everything up, build the demo shop workspace (first time only) and open it in the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
demo="${SHOPLENS_DEMO:-$HOME/Documents/ShopLens Demo.shoplens}"
mkdir -p "$(dirname "$demo")"
if [ ! -f "$demo" ]; then
  echo "Building the demo shop in $demo (about a minute)..."
  .venv/bin/shoplens demo "$demo"
fi
.venv/bin/shoplens info "$demo"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" = "" ]; then
  echo "No display found: the summary above is what the app would show. Run on a desktop to open the window."
  exit 0
fi
exec .venv/bin/shoplens "$demo"
