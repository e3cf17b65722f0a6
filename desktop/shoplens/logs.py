"""Where the log goes: the file named by --log-file, else shoplens.log in $SHOPLENS_LOG_DIR or the user's log folder.

The app sets the --log-file choice once at start (use_log_file); the main window's "log folder" item and the logging
set-up ask here, so the UI need not import the app module.
"""

from __future__ import annotations

import os
from pathlib import Path

LOG_DIR_ENV = "SHOPLENS_LOG_DIR"
LOG_FILE_NAME = "shoplens.log"
_log_file_option: Path | None = None  # --log-file


def use_log_file(path: Path | None) -> None:
    """The file --log-file named (None: the default place)."""
    global _log_file_option
    _log_file_option = path.resolve() if path is not None else None


def log_file() -> Path:
    """The log file: the one named by --log-file, else shoplens.log in log_dir()."""
    return _log_file_option if _log_file_option is not None else log_dir() / LOG_FILE_NAME


def log_dir() -> Path:
    """The folder of the log file (--log-file's folder, $SHOPLENS_LOG_DIR, or platformdirs' user log dir)."""
    if _log_file_option is not None:
        return _log_file_option.parent
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("ShopLens", "ShopLens"))
