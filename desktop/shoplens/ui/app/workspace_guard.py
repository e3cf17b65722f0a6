"""Opening a workspace safely in the app: read-only when another copy has it, a backup offered when it is damaged,
restoring a backup copy, and the banner that says a workspace is read-only."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ...progress import CancelFn, ProgressFn, Reporter
from ...workspace import Workspace, WorkspaceDamaged
from ...workspace.workspace import READONLY_FILE, READONLY_FOLDER

log = logging.getLogger("shoplens.ui.app.workspace_guard")
LOCK_REFRESH_MS = 5 * 60 * 1000  # other computers see the lock as alive while it is refreshed (lock.STALE_AFTER)


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


# -- worker functions (no widgets) ---------------------------------------------------------------------------------
def open_for_app(path: str | os.PathLike[str], *, progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None) -> Workspace:
    """Open a workspace for the window: read-only when another copy of ShopLens has it; a scheduled backup copy.

    A damaged file raises WorkspaceDamaged with `newest_good` set to the newest healthy backup copy (or None).
    """
    from ...workspace.backups import newest_good_backup, scheduled_backup

    Reporter(progress, cancelled).check()
    try:
        ws = Workspace.open_or_view(path)
    except WorkspaceDamaged as exc:
        exc.newest_good = newest_good_backup(path)
        raise
    if not ws.readonly:
        try:
            scheduled_backup(ws)
        except OSError:  # a full disk must not stop the shop from working; the log says so
            log.warning("the scheduled backup copy could not be made", exc_info=True)
    return ws


def restore_task(path: str, name: str, *, progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None) -> tuple[str, str | None]:
    """Restore backup `name` over workspace `path`; returns the backup's name and the copy made of the old file."""
    from ...workspace.backups import restore_backup

    safety = restore_backup(path, name, progress=progress, cancelled=cancelled)
    return name, safety.name if safety is not None else None


# -- the window's side -----------------------------------------------------------------------------------------------
def restore_and_reopen(window, path: str | os.PathLike[str], name: str):
    """Close the workspace if it is open, restore backup `name` in a worker, then open the workspace again."""
    from ..common.messages import show_error, show_info

    path = os.fspath(path)
    if window.workspace is not None:
        window.close_workspace(show_welcome=False)
    message = translate("WorkspaceGuard", "Restoring %1…").replace("%1", name)
    window.statusBar().showMessage(message)
    window.loading.setText(message)
    window.stack.setCurrentWidget(window.loading)
    def done(result) -> None:
        restored, safety = result
        text = translate("WorkspaceGuard", "The workspace was restored from the backup copy %1.").replace("%1", restored)
        text += "\n" + (translate("WorkspaceGuard", "The file as it was is kept as the backup copy %1.").replace("%1", safety) if safety
                        else translate("WorkspaceGuard", "The damaged file is kept in the backups folder with the ending .damaged."))
        window.open_path(path)
        show_info(window, translate("WorkspaceGuard", "Restored"), text)

    def failed(exc: BaseException) -> None:
        window.statusBar().clearMessage()
        window.stack.setCurrentWidget(window.welcome)
        show_error(window, translate("WorkspaceGuard", "The backup copy could not be restored"), exc)

    return window.opener.start(restore_task, path, name, write=True, on_done=done, on_error=failed)


def offer_backup(window, path: str, exc: BaseException) -> QMessageBox | None:
    """For a damaged workspace, offer its newest healthy backup copy instead of an error; None when there is none."""
    good = getattr(exc, "newest_good", None)
    if not isinstance(exc, WorkspaceDamaged) or good is None:
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, translate("WorkspaceGuard", "The workspace file is damaged"), "", QMessageBox.StandardButton.NoButton,
                      window)
    box.setObjectName("damagedBox")
    box.setText(translate("WorkspaceGuard", "“%1” is damaged and cannot be opened safely.").replace("%1", Path(path).name))
    box.setInformativeText(
        translate("WorkspaceGuard", "The newest healthy backup copy is from %1 (%2 customers, %3 orders). Restore it? The damaged file is"
           " kept beside the backups.").replace("%1", f"{good.created:%Y-%m-%d %H:%M}")
        .replace("%2", f"{good.customers:,}").replace("%3", f"{good.orders:,}"))
    box.setDetailedText(str(exc))
    restore = box.addButton(translate("WorkspaceGuard", "Restore the backup copy"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: restore_and_reopen(window, path, good.name)
                              if button is restore else None)
    box.open()
    window.damaged_box = box
    return box


def readonly_text(ws: Workspace) -> str:
    """'Opened read-only: <user> on <host> has this workspace open since <time>.'"""
    holder = ws.locked_by
    if holder is None and ws.readonly_reason == READONLY_FOLDER:
        return translate("WorkspaceGuard", "Opened read-only: the workspace's folder cannot be written to. To change"
                         " it, copy it to a folder you can write to and open the copy.")
    if holder is None and ws.readonly_reason == READONLY_FILE:
        return translate("WorkspaceGuard", "Opened read-only: the workspace file itself is read-only. To change it,"
                         " copy it to a folder you can write to and open the copy.")
    if holder is None:
        return translate("WorkspaceGuard", "Opened read-only: changes cannot be saved.")
    return (translate("WorkspaceGuard", "Opened read-only: %1 on %2 has this workspace open since %3.")
            .replace("%1", holder.user).replace("%2", holder.host).replace("%3", holder.opened_at[:16]))


class ReadOnlyBanner(QFrame):
    """A yellow strip above the workspace: who has it open, and a button to try opening it for editing again.

    For a writable workspace it stays hidden and keeps the lock file fresh.
    """

    reopen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet("#readOnlyBanner { background: #fff4c2; border-bottom: 1px solid #e0c860; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.button = QPushButton(translate("WorkspaceGuard", "Open for editing"))
        self.button.setToolTip(translate("WorkspaceGuard", "Try again to open the workspace for editing (after the other copy has closed it)"))
        self.button.clicked.connect(self.reopen)
        layout.addWidget(self.button)
        self.workspace: Workspace | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(LOCK_REFRESH_MS)
        self.timer.timeout.connect(self._refresh_lock)
        self.hide()

    def set_workspace(self, ws: Workspace | None) -> None:
        """Show the banner for a read-only workspace; keep a writable one's lock fresh."""
        self.workspace = ws
        self.timer.stop()
        if ws is not None and ws.readonly:
            self.label.setText(readonly_text(ws))
            self.show()
            return
        self.hide()
        if ws is not None:
            self.timer.start()

    def retranslate(self) -> None:
        self.button.setText(translate("WorkspaceGuard", "Open for editing"))
        self.button.setToolTip(translate("WorkspaceGuard", "Try again to open the workspace for editing (after the other copy has closed it)"))
        if self.workspace is not None and self.workspace.readonly:
            self.label.setText(readonly_text(self.workspace))

    def _refresh_lock(self) -> None:
        if self.workspace is not None and not self.workspace.refresh_lock():
            log.warning("the workspace's lock file was lost or taken over")
