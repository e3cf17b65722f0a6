#!/usr/bin/env bash
# Build ShopLens for macOS: dist/ShopLens.app (PyInstaller BUNDLE from installers/shoplens.spec, Info.plist with
# the .shoplens document type, see installers/bundle_layout.py) and a drag-to-Applications disk image
# dist/ShopLens-<version>-macos-<arch>.dmg made with hdiutil. Run on macOS 11+ from any folder:
#     bash installers/macos/build-macos.sh
# Needs Python 3.11 (python3.11 on PATH, or PYTHON=...). Optional: CODESIGN_IDENTITY="Developer ID Application: …"
# signs the app (hardened runtime) before the .dmg is made; notarise the .dmg afterwards with `xcrun notarytool`.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x .venv/bin/python ]; then "${PYTHON:-python3.11}" -m venv .venv; fi
PY=.venv/bin/python
"$PY" -m pip install -q -e ".[dev]"
"$PY" tools/build_translations.py --release-only
[ -f resources/icons/shoplens.icns ] || "$PY" tools/build_icons.py
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installers/shoplens.spec

VERSION=$("$PY" installers/bundle_layout.py version)
app=dist/ShopLens.app
[ -x "$app/Contents/MacOS/shoplens" ] || { echo "$app was not built" >&2; exit 1; }
/usr/libexec/PlistBuddy -c "Print :CFBundleDocumentTypes:0:CFBundleTypeExtensions:0" "$app/Contents/Info.plist"
"$app/Contents/MacOS/shoplens" --self-test

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
fi

staging=build/dmg
rm -rf "$staging" && mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="dist/ShopLens-$VERSION-macos-$(uname -m).dmg"
rm -f "$dmg"
hdiutil create -volname "ShopLens $VERSION" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
rm -rf "$staging"
echo "Built $dmg"
