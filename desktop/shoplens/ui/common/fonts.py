"""Register the bundled CJK font with Qt so Chinese never shows as boxes on a machine without Chinese fonts."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ...resources import cjk_font_path

log = logging.getLogger("shoplens.ui.common.fonts")
_family: list[str | None] = []


def register_cjk_font() -> str | None:
    """Add the bundled font (once) and make it the fallback for Chinese text; return its family, or None."""
    if _family:
        return _family[0]
    family = None
    path = cjk_font_path()
    if path is None:
        log.info("no bundled CJK font in resources/fonts; Chinese relies on installed fonts")
    else:
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
            _make_fallback(family)
        else:
            log.warning("the bundled CJK font %s could not be loaded", path)
    _family.append(family)
    return family


def _make_fallback(family: str) -> None:
    """Use `family` for Han script wherever the chosen font has no Chinese glyphs."""
    add_fallback = getattr(QFontDatabase, "addApplicationFallbackFontFamily", None)  # Qt 6.8+
    if add_fallback is not None:
        from PySide6.QtCore import QChar

        for script in (QChar.Script.Script_Han, QChar.Script.Script_Common):  # Common: CJK punctuation
            add_fallback(script, family)
    app_font = QApplication.font()
    QFont.insertSubstitutions(app_font.family(), [family])
    for generic in ("Sans Serif", "sans-serif", "DejaVu Sans", "Helvetica", "Arial"):
        QFont.insertSubstitutions(generic, [family])
