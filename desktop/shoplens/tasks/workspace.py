"""Workspace work the main window runs in a worker: open, create, summarise, build the demo shop (no Qt here)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..features.headline import shop_summary
from ..progress import CancelFn, ProgressFn, Reporter
from ..workspace import Workspace

SUFFIX = ".shoplens"
DEMO_FILE_NAME = "ShopLens Demo.shoplens"
SPREADSHEET_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")


def open_workspace(path: str | os.PathLike[str], *, progress: ProgressFn | None = None,
                   cancelled: CancelFn | None = None) -> Workspace:
    """Open (and check, and upgrade) a workspace file; a bad file raises WorkspaceError."""
    Reporter(progress, cancelled).check()
    return Workspace.open(path)


def create_workspace(path: str | os.PathLike[str], *, progress: ProgressFn | None = None,
                     cancelled: CancelFn | None = None, **meta: str) -> Workspace:
    """Create a new empty workspace (the name gets the .shoplens ending if it has none)."""
    Reporter(progress, cancelled).check()
    return Workspace.create(with_suffix(path), **meta)


def workspace_summary(ws: Workspace, *, progress: ProgressFn | None = None,
                      cancelled: CancelFn | None = None) -> dict[str, Any]:
    """Counts and date range for the status bar."""
    return shop_summary(ws)


def save_meta(ws: Workspace, changes: dict[str, str], *, progress: ProgressFn | None = None,
              cancelled: CancelFn | None = None) -> dict[str, str]:
    """Write workspace settings (currency, phone region, time zone) in one transaction."""
    with ws.transaction():
        for key, value in changes.items():
            ws.set_meta(key, value)
        if changes:
            ws.audit("settings", {"changed": sorted(changes)}, in_transaction=True)
    return changes


def build_demo(path: str | os.PathLike[str], *, progress: ProgressFn | None = None,
               cancelled: CancelFn | None = None) -> Path:
    """Build the demo shop's workspace at `path` (about a minute; cancel leaves no file)."""
    from ..demo.build import build_demo_workspace

    return Path(build_demo_workspace(path, progress=progress, cancelled=cancelled))


def demo_path() -> Path:
    """Where the demo shop lives: 'ShopLens Demo.shoplens' in the user's documents folder."""
    from platformdirs import user_documents_dir

    return Path(user_documents_dir()) / DEMO_FILE_NAME


def with_suffix(path: str | os.PathLike[str]) -> Path:
    """The path with the .shoplens ending added when missing."""
    p = Path(path)
    return p if p.suffix.lower() == SUFFIX else p.with_name(p.name + SUFFIX)


def is_spreadsheet(path: str | os.PathLike[str]) -> bool:
    """True for the file types the import wizard reads."""
    return Path(path).suffix.lower() in SPREADSHEET_SUFFIXES
