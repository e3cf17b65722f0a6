"""The settings dialog: the app's language, and the open workspace's currency, phone region and time zone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import settings
from ..common.concurrent import TaskRunner
from ..common.i18n import LANGUAGES, current_language, effective_language, install_language, language_name

CURRENCIES = ("¥", "$", "€", "£", "HK$", "NT$", "S$", "RM", "A$", "C$", "₩", "₹")
PHONE_REGIONS = ("CN", "HK", "MO", "TW", "SG", "MY", "JP", "KR", "US", "CA", "GB", "AU", "NZ", "DE", "FR", "IT",
                 "ES", "NL", "TH", "VN", "ID", "PH", "IN")
TIME_ZONES = ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Tokyo",
              "Asia/Seoul", "Europe/London", "Europe/Berlin", "Europe/Paris", "America/New_York", "America/Chicago",
              "America/Los_Angeles", "America/Toronto", "Australia/Sydney", "Pacific/Auckland", "UTC")
WORKSPACE_KEYS = ("currency", "phone_region", "time_zone")


def valid_time_zone(name: str) -> bool:
    """True when `name` is an IANA time zone this computer knows."""
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


class SettingsDialog(QDialog):
    """Language (applies at once) and workspace settings (saved in the workspace file)."""

    workspace_saved = Signal(object)  # the dict of workspace settings that changed, once written
    save_failed = Signal(object)  # the exception, when they could not be written
    language_changed = Signal(str)

    def __init__(self, workspace=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.saver = TaskRunner(self)  # the opener deletes the dialog once the saving has ended (see main_window)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        app_box = QGroupBox(self.tr("ShopLens"))
        app_form = QFormLayout(app_box)
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the computer (%1)").replace(
            "%1", language_name(effective_language(""))), "")
        for lang in LANGUAGES:
            self.language.addItem(language_name(lang), lang)
        current = settings.get(settings.LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        app_form.addRow(self.tr("Language:"), self.language)
        layout.addWidget(app_box)
        ws_box = QGroupBox(self.tr("This workspace"))
        ws_form = QFormLayout(ws_box)
        self.currency = self._combo(CURRENCIES, "currency", "¥")
        self.phone_region = self._combo(PHONE_REGIONS, "phone_region", "CN")
        self.time_zone = self._combo(TIME_ZONES, "time_zone", "Asia/Shanghai")
        ws_form.addRow(self.tr("Currency symbol:"), self.currency)
        ws_form.addRow(self.tr("Default phone region:"), self.phone_region)
        ws_form.addRow(self.tr("Shop time zone:"), self.time_zone)
        self.backups_kept = self._spin("backups_kept", 10, 1, 100, self.tr(" copies"))
        self.backups_kept.setToolTip(self.tr("How many backup copies to keep; older ones are deleted"))
        self.backup_every = self._spin("backup_every_days", 1, 0, 90, self.tr(" days"))
        self.backup_every.setSpecialValueText(self.tr("Only before risky changes"))
        self.backup_every.setToolTip(self.tr("A copy is made when the workspace is opened and the newest copy is"
                                             " older than this; copies are always made before cleaning or a restore"))
        ws_form.addRow(self.tr("Backup copies kept:"), self.backups_kept)
        ws_form.addRow(self.tr("Back up every:"), self.backup_every)
        note = QLabel(self.tr("The phone region is used for numbers written without a country code; the time zone"
                              " is the one the shop's exports use.") if workspace is not None
                      else self.tr("Open a workspace to change its currency, phone region and time zone."))
        note.setWordWrap(True)
        ws_form.addRow(note)
        ws_box.setEnabled(workspace is not None and not workspace.readonly)
        layout.addWidget(ws_box)
        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _combo(self, choices: tuple[str, ...], key: str, default: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(choices)
        value = (self.workspace.meta(key, default) if self.workspace is not None else default) or default
        if combo.findText(value) < 0:
            combo.addItem(value)
        combo.setCurrentText(value)
        return combo

    def _spin(self, key: str, default: int, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        try:
            value = int(float(self.workspace.meta(key, str(default)) or default)) if self.workspace else default
        except ValueError:
            value = default
        spin.setValue(max(low, min(high, value)))
        return spin

    def workspace_changes(self) -> dict[str, str]:
        """The workspace settings that differ from what is stored."""
        if self.workspace is None:
            return {}
        values = {"currency": self.currency.currentText().strip(),
                  "phone_region": self.phone_region.currentText().strip().upper(),
                  "time_zone": self.time_zone.currentText().strip(),
                  "backups_kept": str(self.backups_kept.value()), "backup_every_days": str(self.backup_every.value())}
        defaults = {"backups_kept": "10", "backup_every_days": "1"}
        return {k: v for k, v in values.items() if v and v != (self.workspace.meta(k, defaults.get(k)) or "")}

    def problems(self) -> list[str]:
        """What is wrong with the entered values, in words."""
        out = []
        changes = self.workspace_changes()
        if "phone_region" in changes:
            import phonenumbers

            if changes["phone_region"] not in phonenumbers.SUPPORTED_REGIONS:
                out.append(self.tr("“%1” is not a region code (use two letters, such as CN, HK, US).")
                           .replace("%1", changes["phone_region"]))
        if "time_zone" in changes and not valid_time_zone(changes["time_zone"]):
            out.append(self.tr("“%1” is not a time zone this computer knows (use a name such as Asia/Shanghai).")
                       .replace("%1", changes["time_zone"]))
        if "currency" in changes and len(changes["currency"]) > 5:
            out.append(self.tr("The currency symbol can be at most five characters."))
        return out

    def apply(self):
        """Save the language (switching it now) and start writing the workspace settings; returns the write task."""
        language = self.language.currentData() or ""
        if language != settings.get(settings.LANGUAGE):
            settings.put(settings.LANGUAGE, language)
            wanted = effective_language(language)
            if wanted != current_language():
                install_language(wanted)
                self.language_changed.emit(wanted)
        changes = self.workspace_changes()
        if not changes:
            return None
        from ...tasks.workspace import save_meta

        return self.saver.start(save_meta, self.workspace, changes, write=True, on_done=self.workspace_saved.emit,
                                on_error=self.save_failed.emit)

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return
        self.apply()
        super().accept()
