#!/usr/bin/env bash
# CI's installer check: build the bundle and the .deb, install the .deb, run `shoplens --self-test` from the
# installed copy, time launch → first painted window, then uninstall and check nothing is left behind.
# As root with dpkg (CI on Debian) the package is installed with `dpkg -i` and removed with `dpkg --purge`;
# otherwise (or with SHOPLENS_DEB_SCRATCH=1) it is unpacked into a scratch root with `dpkg-deb -x`.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
started=$SECONDS
bash installers/build-linux.sh --no-tarball ${SHOPLENS_REUSE_BUNDLE:+--no-bundle}  # reuse dist/shoplens/ when set
built=$SECONDS
VERSION=$("$PY" installers/bundle_layout.py version)
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
deb="dist/shoplens_${VERSION}_${ARCH}.deb"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen SHOPLENS_SETTINGS="$scratch/settings.ini" SHOPLENS_LOG_DIR="$scratch/logs"

installed=0
if [ "$(id -u)" = 0 ] && command -v dpkg >/dev/null 2>&1 && [ "${SHOPLENS_DEB_SCRATCH:-0}" != 1 ]; then
  echo "Installing $deb with dpkg -i…"
  if dpkg -i "$deb"; then
    installed=1
    app=/usr/bin/shoplens
  else
    echo "dpkg -i failed (missing system libraries?); unpacking into a scratch root instead" >&2
    dpkg --remove shoplens >/dev/null 2>&1 || true
  fi
fi
if [ "$installed" = 0 ]; then
  echo "Unpacking $deb into a scratch root (dpkg-deb -x)…"
  dpkg-deb -x "$deb" "$scratch/root"
  app="$scratch/root/opt/shoplens/shoplens"
fi

echo "Loading every shared library of the installed copy:"
bundle_dir=$(dirname "$app")
[ "$installed" = 1 ] && bundle_dir=/opt/shoplens  # $app is then the /usr/bin/shoplens wrapper
LD_LIBRARY_PATH="$bundle_dir/_internal" "$PY" installers/bundle_layout.py check-loads "$bundle_dir/_internal"

echo "Self-test of the installed copy ($app):"
selftest_start=$SECONDS
"$app" --self-test
selftest_s=$((SECONDS - selftest_start))
paint_ms=$("$app" --quit-after-paint --no-restore | tail -1)
paint_ms2=$("$app" --quit-after-paint --no-restore | tail -1)
"$app" --version

if [ "$installed" = 1 ]; then
  grep -q "application/x-shoplens" /usr/share/mime/packages/shoplens.xml
  echo "Removing the package (dpkg --purge)…"
  dpkg --purge shoplens
  for path in /opt/shoplens /usr/bin/shoplens /usr/share/applications/shoplens.desktop \
      /usr/share/mime/packages/shoplens.xml /usr/share/icons/hicolor/256x256/apps/shoplens.png; do
    if [ -e "$path" ]; then echo "left behind after uninstall: $path" >&2; exit 1; fi
  done
  echo "Uninstall left nothing behind."
fi
deb_bytes=$(stat -c %s "$deb")
deb_mb=$(( (deb_bytes + 999999) / 1000000 ))  # decimal megabytes, rounded up (the issue's 120 MB)
if [ "$deb_mb" -gt "${SHOPLENS_MAX_DEB_MB:-120}" ]; then
  echo "the .deb is $deb_bytes bytes, more than ${SHOPLENS_MAX_DEB_MB:-120} MB: what was added to the bundle?" >&2
  exit 1
fi
bundle_bytes=$(du -s --block-size=1 dist/shoplens | cut -f1)  # on disk, as the installed copy takes it
bundle_mb=$(( (bundle_bytes + 999999) / 1000000 ))
if [ "$bundle_mb" -gt "${SHOPLENS_MAX_BUNDLE_MB:-300}" ]; then
  echo "the bundle takes $bundle_bytes bytes on disk, more than ${SHOPLENS_MAX_BUNDLE_MB:-300} MB: what was added?" >&2
  exit 1
fi
echo "Installer check passed: bundle $(du -sh dist/shoplens | cut -f1)iB ($bundle_mb MB)," \
  ".deb $(du -h "$deb" | cut -f1)iB ($deb_mb MB)," \
  "build $((built - started)) s, self-test ${selftest_s} s, first paint ${paint_ms} ms then ${paint_ms2} ms," \
  "whole check $((SECONDS - started)) s."
