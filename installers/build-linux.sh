#!/usr/bin/env bash
# Build ShopLens's Linux installers from the checkout, in one command:
#   bash installers/build-linux.sh [--no-tarball] [--no-bundle]
# 1. the one-folder bundle dist/shoplens/ (PyInstaller, installers/shoplens.spec),
# 2. dist/shoplens_<version>_<arch>.deb (dpkg-deb): /opt/shoplens, /usr/bin/shoplens, menu entry, icons, the
#    application/x-shoplens file type for *.shoplens; postinst/postrm refresh the desktop databases,
# 3. dist/shoplens-<version>-linux-<arch>.tar.xz, a portable copy that runs from any folder.
# The bundle leaves out what the app never loads (bundle_layout.py: unused modules, plugins and Arrow libraries, the
# ICU data of languages other than English and Chinese) and its libraries are stripped of symbol tables;
# both installers are xz-compressed (on these libraries xz packs about 30 % smaller than gzip).
# --no-bundle reuses an existing dist/shoplens/ (packaging only). Needs .venv with pyinstaller (pip install pyinstaller).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
TARBALL=1
BUNDLE=1
for arg in "$@"; do
  case "$arg" in
    --no-tarball) TARBALL=0 ;;
    --no-bundle) BUNDLE=0 ;;
    *) echo "usage: $0 [--no-tarball] [--no-bundle]" >&2; exit 2 ;;
  esac
done
VERSION=$("$PY" installers/bundle_layout.py version)
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
started=$SECONDS

if [ "$BUNDLE" = 1 ]; then
  "$PY" -c "import PyInstaller" 2>/dev/null || { echo "PyInstaller is missing: run bash tools/setup.sh" >&2; exit 1; }
  # PyInstaller reads libraries with binutils' objdump; bundle_layout.py trim-icu builds a library with gcc
  for tool in objdump:binutils gcc:gcc; do
    if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${tool#*:}" >/dev/null
      else
        echo "The build needs ${tool%%:*}: install ${tool#*:}" >&2; exit 1
      fi
    fi
  done
  "$PY" tools/build_translations.py --release-only >/dev/null
  [ -f resources/icons/shoplens-512.png ] && [ -f resources/icons/shoplens.ico ] || "$PY" tools/build_icons.py
  echo "Building the bundle dist/shoplens/ (PyInstaller)…"
  "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    installers/shoplens.spec
  echo "Leaving out what the app never loads ($(du -sh dist/shoplens | cut -f1) before)…"
  "$PY" installers/bundle_layout.py drop-libraries dist/shoplens  # Arrow's Parquet/dataset/Substrait (patchelf)
  "$PY" installers/bundle_layout.py link-duplicates dist/shoplens  # scipy.libs' copies of numpy.libs' files
  "$PY" installers/bundle_layout.py trim-icu dist/shoplens  # Qt's ICU data: root, English and Chinese
  echo "Stripping the symbol tables of the bundle's libraries…"
  "$PY" installers/bundle_layout.py strip dist/shoplens
fi
[ -x dist/shoplens/shoplens ] || { echo "dist/shoplens/shoplens is missing" >&2; exit 1; }

echo "Packaging the .deb…"
stage=build/deb/root
rm -rf build/deb
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/mime/packages" "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/doc/shoplens"
cp -a dist/shoplens "$stage/opt/shoplens"
install -m 755 installers/linux/shoplens-wrapper.sh "$stage/usr/bin/shoplens"
install -m 644 installers/linux/shoplens.desktop "$stage/usr/share/applications/shoplens.desktop"
install -m 644 installers/linux/shoplens-mime.xml "$stage/usr/share/mime/packages/shoplens.xml"
install -m 644 resources/icons/shoplens.svg "$stage/usr/share/icons/hicolor/scalable/apps/shoplens.svg"
for size in $("$PY" -c "import sys; sys.path.insert(0, 'installers'); import bundle_layout as b
print(' '.join(map(str, b.ICON_PNG_SIZES)))"); do
  for kind in apps/shoplens mimetypes/application-x-shoplens; do
    dir="$stage/usr/share/icons/hicolor/${size}x${size}/${kind%/*}"
    mkdir -p "$dir"
    install -m 644 "resources/icons/shoplens-$size.png" "$dir/${kind#*/}.png"
  done
done
install -m 644 resources/fonts/README.md "$stage/usr/share/doc/shoplens/FONT-LICENSE.md"
printf 'ShopLens %s\nBundle built by PyInstaller from installers/shoplens.spec.\n' "$VERSION" \
  > "$stage/usr/share/doc/shoplens/README"
install -m 755 installers/linux/postinst installers/linux/postrm "$stage/DEBIAN/"
size_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE_KB@/$size_kb/" installers/linux/control.in \
  > "$stage/DEBIAN/control"
find "$stage" -type d -exec chmod 755 {} +
deb="dist/shoplens_${VERSION}_${ARCH}.deb"
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz -z6 --build "$stage" "$deb" >/dev/null
rm -rf build/deb  # the staging tree is a second full copy of the bundle
echo "  $deb  $(du -h "$deb" | cut -f1)"

if [ "$TARBALL" = 1 ]; then
  echo "Packing the portable tarball…"
  tar_dir="build/tarball/shoplens-$VERSION"
  rm -rf build/tarball && mkdir -p build/tarball
  cp -a dist/shoplens "$tar_dir"
  install -m 644 installers/linux/shoplens.desktop resources/icons/shoplens-256.png "$tar_dir/"
  cat > "$tar_dir/README.txt" <<TXT
ShopLens $VERSION, portable copy for Linux ($ARCH).
Run ./shoplens from this folder (no installation needed). Workspaces are *.shoplens files.
To add ShopLens to your menu, install the .deb instead, or copy shoplens.desktop to
~/.local/share/applications/ and set its Exec= line to the full path of ./shoplens.
TXT
  tarball="dist/shoplens-$VERSION-linux-$ARCH.tar.xz"
  rm -f "dist/shoplens-$VERSION-linux-$ARCH.tar.gz"  # the name of the gzip tarball of earlier builds
  tar -C build/tarball -cf - "shoplens-$VERSION" | xz -T0 -6 > "$tarball"
  rm -rf build/tarball
  echo "  $tarball  $(du -h "$tarball" | cut -f1)"
fi
echo "Bundle dist/shoplens/: $(du -sh dist/shoplens | cut -f1) on disk; done in $((SECONDS - started)) s."
