"""Files shipped beside the code (the CJK font, icons, compiled translations), found wherever the app runs.

- a PyInstaller bundle: `resources/` inside it (sys._MEIPASS; installers/bundle_layout.py DATA_GLOBS),
- an installed package (`pip install .`): `shoplens/_resources/`, written when the wheel is built (setup.py),
- a source checkout or an editable install: the top-level `resources/` folder (the .qm are built there by
  tools/build_translations.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

CJK_FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
PREFERRED_CJK_FONT = "wqy-microhei.ttf"
PACKAGED_DIR = Path(__file__).resolve().parent / "_resources"  # setup.py's PACKAGED_FOLDER
CHECKOUT_DIR = Path(__file__).resolve().parents[2] / "resources"


def resources_dir() -> Path:
    """The resources folder: inside the bundle when frozen, else in the installed package, else the checkout's."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    if PACKAGED_DIR.is_dir():
        return PACKAGED_DIR
    return CHECKOUT_DIR


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
