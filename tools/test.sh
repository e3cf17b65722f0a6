#!/usr/bin/env bash
# Set everything up, then run the whole test suite (this is what CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
export QT_QPA_PLATFORM=offscreen
# one test process per core (pytest-xdist; each has its own QApplication, settings and data folders)
.venv/bin/python -m pytest -p no:cacheprovider -n auto "$@"
# Installers (CI, or SHOPLENS_BUILD_INSTALLER=1): build the bundle and .deb, install, --self-test (about 5 min)
if [ "${CI:-}" = "true" ] || [ "${SHOPLENS_BUILD_INSTALLER:-0}" = "1" ]; then
  bash installers/ci-check.sh
fi
