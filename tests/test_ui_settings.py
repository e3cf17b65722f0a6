"""Settings: options with defaults and types, upgrades, recent workspaces, the settings dialog, the language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from shoplens import settings
from shoplens.ui.app.settings_dialog import SettingsDialog
from shoplens.ui.common.i18n import current_language, install_language, normalise

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.usefixtures("no_leftovers")


def test_options_have_defaults_and_keep_their_types(isolated_settings):
    assert settings.get(settings.LANGUAGE) == ""
    assert settings.get(settings.REOPEN_LAST) is True
    assert settings.get(settings.RECENT_WORKSPACES) == []
    settings.put(settings.REOPEN_LAST, False)
    settings.put(settings.WINDOW_GEOMETRY, b"\x01\x02\xff")
    settings.put(settings.RECENT_WORKSPACES, ["/a.shoplens"])  # one item: .ini files store it as plain text
    assert settings.get(settings.REOPEN_LAST) is False
    assert settings.get(settings.WINDOW_GEOMETRY) == b"\x01\x02\xff"
    assert settings.get(settings.RECENT_WORKSPACES) == ["/a.shoplens"]
    with pytest.raises(ValueError):
        settings.option(settings.LANGUAGE.key, "x")


def test_settings_persist_in_their_file(tmp_path):
    path = tmp_path / "persist.ini"
    settings.use_file(path)
    try:
        settings.put(settings.LANGUAGE, "zh_CN")
        for i in range(12):
            settings.add_recent_workspace(tmp_path / f"shop{i}.shoplens")
    finally:
        settings.use_file(None)
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    assert raw.value("ui/language") == "zh_CN" and int(raw.value(settings.VERSION_KEY)) == settings.SETTINGS_VERSION
    settings.use_file(path)
    try:
        recent = settings.recent_workspaces()
        assert len(recent) == settings.MAX_RECENT and recent[0].endswith("shop11.shoplens")
        assert settings.get(settings.LAST_WORKSPACE).endswith("shop11.shoplens")
        settings.remove_recent_workspace(recent[0])
        assert settings.get(settings.LAST_WORKSPACE) == "" and len(settings.recent_workspaces()) == 7
    finally:
        settings.use_file(None)


def test_upgrade_hooks_run_once_from_the_stored_version(tmp_path, monkeypatch):
    path = tmp_path / "old.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue(settings.VERSION_KEY, 1)
    old.setValue("recent_files", "/x.shoplens")
    old.sync()
    ran = []

    def to_2(s: QSettings) -> None:
        ran.append(2)
        s.setValue(settings.RECENT_WORKSPACES.key, [s.value("recent_files")])
        s.remove("recent_files")

    monkeypatch.setattr(settings, "SETTINGS_VERSION", 3)
    monkeypatch.setattr(settings, "UPGRADES", {2: to_2, 3: lambda s: ran.append(3)})
    settings.use_file(path)
    try:
        assert settings.get(settings.RECENT_WORKSPACES) == ["/x.shoplens"]
        assert settings.get(settings.RECENT_WORKSPACES) == ["/x.shoplens"]
    finally:
        settings.use_file(None)
    assert ran == [2, 3]
    assert int(QSettings(str(path), QSettings.Format.IniFormat).value(settings.VERSION_KEY)) == 3


def test_settings_dialog_writes_workspace_settings(qtbot, isolated_settings, app_workspace):
    dialog = SettingsDialog(app_workspace)
    qtbot.addWidget(dialog)
    dialog.currency.setCurrentText("HK$")
    dialog.time_zone.setCurrentText("Asia/Hong_Kong")
    dialog.phone_region.setCurrentText("hk")
    assert dialog.workspace_changes() == {"currency": "HK$", "time_zone": "Asia/Hong_Kong", "phone_region": "HK"}
    with qtbot.waitSignal(dialog.workspace_saved, timeout=10_000):
        dialog.accept()
    assert app_workspace.meta("currency") == "HK$"
    assert app_workspace.meta("time_zone") == "Asia/Hong_Kong" and app_workspace.meta("phone_region") == "HK"


def test_settings_dialog_refuses_unknown_time_zone_and_region(qtbot, isolated_settings, app_workspace):
    dialog = SettingsDialog(app_workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.time_zone.setCurrentText("Mars/Olympus")
    dialog.phone_region.setCurrentText("XX")
    dialog.accept()
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "Mars/Olympus" in dialog.error.text() and "XX" in dialog.error.text()
    assert app_workspace.meta("time_zone") == "Asia/Shanghai"
    dialog.reject()


def test_settings_dialog_without_workspace_only_offers_language(qtbot, isolated_settings):
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.currency.isEnabled() and dialog.workspace_changes() == {}


@pytest.fixture
def catalogues():
    """The compiled .qm catalogues (the set-up builds them; build them here when missing)."""
    qm = ROOT / "resources" / "translations" / "shoplens_zh_CN.qm"
    ts = qm.with_suffix(".ts")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run([sys.executable, str(ROOT / "tools" / "build_translations.py"), "--release-only"],
                       check=True, capture_output=True)
    return qm


def test_switching_language_loads_the_chinese_catalogue(qtbot, catalogues, isolated_settings):
    from shoplens.ui.app.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert window.welcome.demo_button.text().startswith("Open the demo shop")
        dialog = SettingsDialog(None, window)
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.accept()
        assert settings.get(settings.LANGUAGE) == "zh_CN" and current_language() == "zh_CN"
        assert QCoreApplication.translate("WelcomePage", "Open the demo shop") == "打开示例店铺"
        assert QCoreApplication.translate("Sections", "Segments") == "客户分群"  # the words of TERMS.md
        qtbot.waitUntil(lambda: window.welcome.demo_button.text().startswith("打开示例店铺"), timeout=5000)
        assert window.menuBar().actions()[0].text() == "文件(&F)"
    finally:
        assert install_language("en")
    assert QCoreApplication.translate("WelcomePage", "Open the demo shop") == "Open the demo shop"
    qtbot.waitUntil(lambda: window.welcome.demo_button.text().startswith("Open the demo shop"), timeout=5000)


def test_language_names_map_to_the_shipped_catalogues():
    assert normalise("zh_Hans_CN") == normalise("zh_TW") == "zh_CN"
    assert normalise("de_DE") == normalise("") == "en"


def test_the_users_settings_live_where_platformdirs_says(monkeypatch, tmp_path):
    from pathlib import Path

    from platformdirs import user_config_dir

    from shoplens import settings

    assert settings.user_settings_file().parent == Path(user_config_dir("ShopLens", "ShopLens"))
    monkeypatch.delenv(settings.ENV_FILE, raising=False)
    settings.use_file(None)
    monkeypatch.setattr(settings, "user_settings_file", lambda: tmp_path / "cfg" / "ShopLens.ini")
    s = settings.qsettings()
    s.setValue("probe", "1")
    s.sync()
    assert (tmp_path / "cfg" / "ShopLens.ini").exists()
