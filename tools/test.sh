#!/usr/bin/env bash
# Set everything up, then run the whole test suite (this is what CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest -p no:cacheprovider "$@"
# Installers (CI, or SHOPLENS_BUILD_INSTALLER=1): build the bundle and .deb, install, --self-test (about 5 min)
if [ "${CI:-}" = "true" ] || [ "${SHOPLENS_BUILD_INSTALLER:-0}" = "1" ]; then
  bash installers/ci-check.sh
fi
