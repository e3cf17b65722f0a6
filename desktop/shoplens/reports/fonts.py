"""Make matplotlib draw Chinese with the bundled font (no Qt needed)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..resources import resource_path

FONT_FILE = "wqy-microhei.ttf"
CJK_FAMILY = "WenQuanYi Micro Hei"


def bundled_font_path() -> Path | None:
    """The bundled CJK font (a source checkout, an installed package or a PyInstaller bundle), None when missing."""
    path = resource_path("fonts", FONT_FILE)
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def configure_matplotlib() -> str | None:
    """Register the CJK font with matplotlib once, as a fallback after DejaVu Sans; PDFs embed TrueType text."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib import font_manager, rcParams

    path = bundled_font_path()
    family = None
    if path is not None:
        font_manager.fontManager.addfont(str(path))
        family = font_manager.FontProperties(fname=str(path)).get_name()
    installed = {f.name for f in font_manager.fontManager.ttflist}
    fallbacks = [name for name in (family, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "SimHei")
                 if name and name in installed][:1]
    rcParams["font.family"] = ["DejaVu Sans", *fallbacks]  # per-glyph fallback: Latin from DejaVu, CJK after
    rcParams["axes.unicode_minus"] = False
    rcParams["pdf.fonttype"] = 42
    rcParams["ps.fonttype"] = 42
    return family
