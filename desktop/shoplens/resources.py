"""Files shipped beside the code (fonts, translations): found from a source checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

CJK_FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
PREFERRED_CJK_FONT = "wqy-microhei.ttf"


def resources_dir() -> Path:
    """The `resources/` folder: inside the bundle when frozen (sys._MEIPASS), else at the top of the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """A path under `resources/` (it may not exist: callers check)."""
    return resources_dir().joinpath(*parts)


def cjk_font_path() -> Path | None:
    """The bundled CJK font file (resources/fonts/*.ttf|.ttc|.otf), or None when none is shipped."""
    folder = resource_path("fonts")
    preferred = folder / PREFERRED_CJK_FONT
    if preferred.is_file():
        return preferred
    if not folder.is_dir():
        return None
    fonts = sorted(p for p in folder.iterdir() if p.suffix.lower() in CJK_FONT_SUFFIXES and p.is_file())
    return fonts[0] if fonts else None


def translations_dir() -> Path:
    """Where the .ts sources and the compiled .qm catalogues live."""
    return resource_path("translations")


def register_matplotlib_font() -> str | None:
    """Make matplotlib draw Chinese with the bundled font (imports matplotlib: call it from chart code only).

    Returns the font's family name, or None when no CJK font is bundled (charts then use installed fonts).
    """
    from .reports.fonts import configure_matplotlib

    return configure_matplotlib()
