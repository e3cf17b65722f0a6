"""File names: the workspace suffix and SQLite's header, where a workspace's backup copies live and how they are
named (`<stem>-YYYYmmdd-HHMMSS-ffffff-<reason>.shoplens` in `<file>.backups/`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from pathlib import Path

SUFFIX = ".shoplens"
SQLITE_MAGIC = b"SQLite format 3\x00"
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})-(.*)" + re.escape(SUFFIX) + "$")


def backup_dir(path: str | os.PathLike[str]) -> Path:
    """The folder holding a workspace's backup copies."""
    path = Path(path)
    return path.with_name(path.name + ".backups")


def backup_paths(path: str | os.PathLike[str]) -> list[Path]:
    """The backup copies of workspace `path`, newest first (by the time in their names)."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob(f"*{SUFFIX}") if p.is_file()), key=_sort_key, reverse=True)


def parse_backup_name(item: Path) -> tuple[dt.datetime, str]:
    """When a backup copy was made and why, from its name (its file time when the name does not say)."""
    match = _NAME.search(item.name)
    if match:
        with contextlib.suppress(ValueError):
            return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f"), match.group(2)
    return dt.datetime.fromtimestamp(item.stat().st_mtime), ""


def _sort_key(item: Path) -> tuple[dt.datetime, str]:
    return parse_backup_name(item)[0], item.name
