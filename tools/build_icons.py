"""Render the app icon (resources/icons/shoplens.svg) to PNG sizes, a Windows .ico and a macOS .icns.

`python tools/build_icons.py` writes resources/icons/shoplens-<size>.png, shoplens.ico and shoplens.icns.
PNGs come from Qt's QSvgRenderer; the .ico and .icns are packed by Pillow from those PNGs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "shoplens.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def png_path(size: int, folder: Path = ICONS) -> Path:
    """The PNG file of one icon size."""
    return folder / f"shoplens-{size}.png"


def render_pngs(svg: Path = SVG, folder: Path = ICONS, sizes: tuple[int, ...] = PNG_SIZES) -> list[Path]:
    """Render the SVG at each size with QSvgRenderer (antialiased, transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        out = png_path(size, folder)
        if not image.save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
        written.append(out)
    return written


def pack_ico(folder: Path = ICONS) -> Path:
    """Pack the PNG sizes into shoplens.ico (Pillow)."""
    from PIL import Image

    out = folder / "shoplens.ico"
    images = [Image.open(png_path(s, folder)).convert("RGBA") for s in ICO_SIZES]
    images[-1].save(out, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    return out


def pack_icns(folder: Path = ICONS) -> Path:
    """Pack the PNG sizes into shoplens.icns (Pillow)."""
    from PIL import Image

    out = folder / "shoplens.icns"
    images = [Image.open(png_path(s, folder)).convert("RGBA") for s in ICNS_SIZES]
    images[-1].save(out, format="ICNS", append_images=images[:-1])
    return out


def main() -> int:
    """Render every icon file."""
    pngs = render_pngs()
    extra = [pack_ico(), pack_icns()]
    for path in [*pngs, *extra]:
        print(f"{path.relative_to(ICONS.parents[1])}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
