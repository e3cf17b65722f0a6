"""The application's settings: every option declared once (key, default), over QSettings, with versioned upgrades.

Like Picard's options.py and config_upgrade.py: `Option`s are module constants, `get(LANGUAGE)` reads one with
its default's type, `put(LANGUAGE, "zh_CN")` writes it, and `UPGRADES[n]` turns version n-1 settings into version
n when an older settings file is opened. Workspace settings (currency, phone region, time zone) live in the
workspace file's `meta` table, not here.

Isolation: `SHOPLENS_SETTINGS` (environment) names an .ini file to use instead of the user's settings; tests set
it, and `use_file(path)` does the same from code.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Qt is imported when settings are first read, so the module imports without it
    from PySide6.QtCore import QSettings

ORGANIZATION = "ShopLens"
APPLICATION = "ShopLens"
ENV_FILE = "SHOPLENS_SETTINGS"
VERSION_KEY = "settings/version"
SETTINGS_VERSION = 1
MAX_RECENT = 8


@dataclass(frozen=True)
class Option:
    """One setting: its QSettings key and default (the default's type is the value's type)."""

    key: str
    default: Any


OPTIONS: dict[str, Option] = {}


def option(key: str, default: Any) -> Option:
    """Declare an option (each key once)."""
    if key in OPTIONS:
        raise ValueError(f"option {key!r} declared twice")
    OPTIONS[key] = opt = Option(key, default)
    return opt


LANGUAGE = option("ui/language", "")  # "" follows the system locale; else "en" or "zh_CN"
RECENT_WORKSPACES = option("workspaces/recent", [])
LAST_WORKSPACE = option("workspaces/last", "")
REOPEN_LAST = option("workspaces/reopen_last", True)
WINDOW_GEOMETRY = option("window/geometry", b"")
WINDOW_STATE = option("window/state", b"")
LAST_FOLDER = option("files/last_folder", "")
DEMO_OFFERED = option("welcome/demo_offered", False)


# UPGRADES[n] turns a version n-1 store into version n: rename or convert keys there when an option changes
# (e.g. `s.setValue(NEW.key, s.value("old")); s.remove("old")`), then raise SETTINGS_VERSION to n.
UPGRADES: dict[int, Callable[[QSettings], None]] = {}

_file_override: str | None = None


def use_file(path: str | os.PathLike[str] | None) -> None:
    """Read and write settings in this .ini file from now on (None: back to the environment/user settings)."""
    global _file_override
    _file_override = os.fspath(path) if path is not None else None


def qsettings() -> QSettings:
    """The QSettings store (an .ini file when isolated), upgraded to the current version."""
    path = _file_override or os.environ.get(ENV_FILE)
    from PySide6.QtCore import QSettings

    s = QSettings(path or str(user_settings_file()), QSettings.Format.IniFormat)
    upgrade(s)
    return s


def user_settings_file() -> Path:
    """The user's settings file in the platform's standard place (platformdirs): ~/.config/ShopLens on Linux,
    ~/Library/Application Support/ShopLens on macOS, %LOCALAPPDATA%\\ShopLens\\ShopLens on Windows."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APPLICATION, ORGANIZATION)) / f"{APPLICATION}.ini"


def upgrade(s: QSettings) -> int:
    """Run the upgrade hooks from the stored version to SETTINGS_VERSION; return the version found."""
    found = _to_int(s.value(VERSION_KEY), 0)
    if found == 0 and not s.allKeys():
        found = SETTINGS_VERSION  # a fresh store has nothing to upgrade
    for version in range(max(found, 1) + 1, SETTINGS_VERSION + 1):
        hook = UPGRADES.get(version)
        if hook is not None:
            hook(s)
    if found < SETTINGS_VERSION:
        s.setValue(VERSION_KEY, SETTINGS_VERSION)
    return found


def get(opt: Option) -> Any:
    """The option's value, converted to its default's type (the default when unset or unreadable)."""
    return convert(qsettings().value(opt.key), opt.default)


def put(opt: Option, value: Any) -> None:
    """Store the option's value."""
    from PySide6.QtCore import QByteArray

    s = qsettings()
    if isinstance(opt.default, bytes):
        value = QByteArray(bytes(value))
    s.setValue(opt.key, value)
    s.sync()


def reset(opt: Option) -> None:
    """Forget the stored value (the default applies again)."""
    s = qsettings()
    s.remove(opt.key)
    s.sync()


def convert(value: Any, default: Any) -> Any:
    """Turn what QSettings returned (often text in .ini files) into the default's type."""
    if value is None:
        return default
    try:
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, bytes):
            return bytes(value.data()) if hasattr(value, "data") else bytes(value)  # a QByteArray, or bytes
        if isinstance(default, list):
            if isinstance(value, str):
                return [value] if value else []
            return [str(v) for v in value]
        return str(value)
    except (TypeError, ValueError):
        return default


def _to_int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


# -- recent workspaces ----------------------------------------------------------------------------------------
def recent_workspaces() -> list[str]:
    """Recently opened workspaces, newest first."""
    return get(RECENT_WORKSPACES)


def add_recent_workspace(path: str | os.PathLike[str]) -> list[str]:
    """Put `path` first in the recent list (kept to MAX_RECENT entries) and remember it as the last workspace."""
    path = os.path.abspath(os.fspath(path))
    items = [path] + [p for p in recent_workspaces() if p != path]
    put(RECENT_WORKSPACES, items[:MAX_RECENT])
    put(LAST_WORKSPACE, path)
    return items[:MAX_RECENT]


def remove_recent_workspace(path: str | os.PathLike[str]) -> list[str]:
    """Drop `path` from the recent list (e.g. the file was moved or deleted)."""
    path = os.path.abspath(os.fspath(path))
    items = [p for p in recent_workspaces() if p != path]
    put(RECENT_WORKSPACES, items)
    if get(LAST_WORKSPACE) == path:
        reset(LAST_WORKSPACE)
    return items
