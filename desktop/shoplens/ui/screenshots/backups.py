"""Screenshots of the Restore from backup dialog, the read-only banner and the damaged-workspace offer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from .runner import SIZE, ScreenContext, screen, settle


def _close_extra(ctx: ScreenContext, key: str) -> None:
    widget = ctx.extra.pop(key, None)
    if widget is not None:
        widget.close()


@screen("restore_backup_dialog")
def restore_backup_dialog(ctx: ScreenContext) -> QWidget:
    from ..privacy.backup_dialog import RestoreBackupDialog

    ws = ctx.window.workspace
    if len(ws.backups()) < 2:
        ws.backup("before-cleaning")
        ws.backup("manual")
    dialog = RestoreBackupDialog(ws.path, ws, ctx.window)
    loaded: list = []
    dialog.loaded.connect(loaded.append)
    dialog.show()
    settle(until=lambda: bool(loaded), timeout=60)
    ctx.extra["backup_dialog"] = dialog
    return dialog


@screen("readonly_banner")
def readonly_banner(ctx: ScreenContext) -> QWidget:
    from ...workspace import LockInfo, Workspace

    _close_extra(ctx, "backup_dialog")
    view = Workspace.open(ctx.workspace_path, readonly=True)
    view.locked_by = LockInfo("mei", "front-desk-pc", 4242, 0.0, "2026-11-28 09:30:00")
    return _readonly_window(ctx, view)


def _readonly_window(ctx: ScreenContext, view) -> QWidget:
    """A second main window showing the read-only workspace `view` (its banner says why)."""
    from ..app.main_window import MainWindow

    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    window.set_workspace(view)
    settle(until=lambda: bool(window.status_counts.text()), timeout=30)
    settle(0.3)
    ctx.extra["readonly_window"] = window
    return window


@screen("readonly_folder_banner")
def readonly_folder_banner(ctx: ScreenContext) -> QWidget:
    """A workspace in a folder that cannot be written to (a shared or read-only drive): read-only, and why."""
    from ...workspace import Workspace
    from ...workspace.workspace import READONLY_FOLDER

    _close_extra(ctx, "readonly_window")
    view = Workspace.open(ctx.workspace_path, readonly=True)
    view.readonly_reason = READONLY_FOLDER
    return _readonly_window(ctx, view)


@screen("damaged_offer")
def damaged_offer(ctx: ScreenContext) -> QWidget:
    from ...workspace import WorkspaceDamaged
    from ...workspace.backups import BackupInfo
    from ..app.workspace_guard import offer_backup

    _close_extra(ctx, "readonly_window")
    exc = WorkspaceDamaged("The workspace file is damaged and cannot be read (database disk image is malformed).",
                           file=str(ctx.workspace_path), hint="Restore it from a backup copy.")
    exc.newest_good = BackupInfo(ctx.workspace_path, dt.datetime(2026, 11, 28, 18, 5), "scheduled", 48_000_000,
                                 2_400, 31_250, ok=True)
    box = offer_backup(ctx.window, str(ctx.workspace_path), exc)
    settle(0.3)
    ctx.extra["damaged_box"] = box
    return box
