"""The UI language: which catalogue to load (setting or system locale) and swapping translators at run time."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...resources import translations_dir

log = logging.getLogger("shoplens.ui.common.i18n")

LANGUAGES = ("en", "zh_CN")  # English is the source language
CATALOGUE = "shoplens"
_installed: list[QTranslator] = []


def system_language() -> str:
    """'zh_CN' when the system locale is Chinese, else 'en'."""
    return normalise(QLocale.system().name())


def normalise(name: str | None) -> str:
    """Map a locale name ('zh', 'zh_CN', 'zh_Hans_SG', 'en_GB', '') to one of LANGUAGES ('' gives English)."""
    return "zh_CN" if (name or "").lower().startswith("zh") else "en"


def effective_language(setting: str | None) -> str:
    """The language to run in: the setting when one is chosen, else the system's."""
    return normalise(setting) if setting else system_language()


def current_language() -> str:
    """The language the running application was switched to ('en' before any switch)."""
    app = QCoreApplication.instance()
    value = app.property("shoplens_language") if app is not None else None
    return normalise(value) if value else "en"


def install_language(language: str) -> bool:
    """Replace the installed translators with `language`'s (ShopLens's and Qt's own); True when the catalogue loaded.

    Installing translators sends every widget a LanguageChange event, so open windows can retranslate themselves.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    language = normalise(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    app.setProperty("shoplens_language", language)
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    loaded = ours.load(f"{CATALOGUE}_{language}", str(translations_dir()))
    if loaded:  # English too: its catalogue holds the plural forms ("1 campaign", "3 campaigns")
        app.installTranslator(ours)
        _installed.append(ours)
    elif language != "en":
        log.warning("translation catalogue %s_%s.qm not found in %s (run tools/build_translations.py)",
                    CATALOGUE, language, translations_dir())
    if language == "en":
        return True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):  # standard buttons (OK, Cancel) and dialogs
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded


def language_name(language: str) -> str:
    """The language's own name, as shown in the language menu."""
    return {"en": "English", "zh_CN": "简体中文"}.get(language, language)
