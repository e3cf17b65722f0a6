"""The "Restore from backup" dialog: the workspace's backup copies (date, reason, size, customers, orders), a copy
made now, and the choice of one to put back (the window then restores it in a worker and reopens the workspace)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...progress import CancelFn, ProgressFn
from ..common.concurrent import TaskRunner
from ..common.formatting import format_count
from ..common.worker import describe_error


def make_backup(ws, *, progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> Path:
    """Back up an open workspace now (a worker function)."""
    return ws.backup("manual")


def size_text(size: int) -> str:
    """1.2 MB, 340 KB: a file size people read."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:,.1f} MB"
    return f"{max(1, round(size / 1024)):,} KB"


class RestoreBackupDialog(QDialog):
    """Lists the backup copies of `path`; `restore_chosen(name)` is emitted once the user has confirmed one."""

    restore_chosen = Signal(str)
    loaded = Signal(list)

    COLUMNS = ("created", "reason", "size", "customers", "orders", "state")

    def __init__(self, path: str | os.PathLike[str], workspace=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.workspace = workspace
        self.backups: list = []
        self.runner = TaskRunner(self)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("ShopLens keeps copies of “%1” before risky changes and once a day while it is"
                                    " used. Restoring a copy puts the workspace back as it was then; the workspace"
                                    " as it is now is copied first, so a restore can be undone.")
                            .replace("%1", self.path.name))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Why"), self.tr("Size"),
                                              self.tr("Customers"), self.tr("Orders"), self.tr("Check")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.confirm_restore())
        layout.addWidget(self.table, 1)
        self.status = QLabel(self.tr("Reading the backup copies…"))
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setEnabled(workspace is not None)
        self.backup_button.clicked.connect(self.backup_now)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = QPushButton(self.tr("Restore this copy…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.confirm_restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm_box: QMessageBox | None = None
        self.reload()

    # -- loading ---------------------------------------------------------------------------------------------------
    def reload(self):
        """Read the list of backup copies (with their counts) in a worker."""
        from ...workspace.backups import list_backups

        self.status.setText(self.tr("Reading the backup copies…"))
        return self.runner.start(list_backups, self.path, on_done=self.show_backups, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.status.setText(describe_error(exc))

    def show_backups(self, backups: list) -> None:
        """Fill the table, newest first."""
        self.backups = list(backups)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = [f"{info.created:%Y-%m-%d %H:%M}", self.reason_text(info.reason), size_text(info.size),
                     format_count(info.customers) if info.ok else "—", format_count(info.orders) if info.ok else "—",
                     self.tr("OK") if info.ok else self.tr("Damaged")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(info.name)
                if col in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not info.ok:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, item)
        if self.backups:
            self.status.setText(self.tr("%1 backup copies in %2").replace("%1", format_count(len(self.backups)))
                                .replace("%2", str(self.path.with_name(self.path.name + ".backups"))))
            good = next((i for i, b in enumerate(self.backups) if b.ok), None)
            if good is not None:
                self.table.selectRow(good)
        else:
            self.status.setText(self.tr("There are no backup copies of this workspace yet."))
        self._update_buttons()
        self.loaded.emit(self.backups)

    def reason_text(self, reason: str) -> str:
        """Why a copy was made, in words."""
        if reason.startswith("before-upgrade"):
            return self.tr("Before upgrading the file")
        words = {"scheduled": self.tr("Daily copy"), "manual": self.tr("Made by hand"),
                 "before-cleaning": self.tr("Before cleaning"), "before-restore": self.tr("Before a restore"),
                 "before-forget": self.tr("Before forgetting a customer"),
                 "before-erase": self.tr("Before forgetting a customer")}
        return words.get(reason, reason or "—")

    # -- choosing ----------------------------------------------------------------------------------------------------
    def selected(self):
        """The chosen backup (BackupInfo) or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.ok)

    def confirm_restore(self) -> QMessageBox | None:
        """Ask before restoring the selected copy; on yes, emit restore_chosen and close."""
        info = self.selected()
        if info is None or not info.ok:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore from backup"),
                          self.tr("Put the workspace back as it was on %1 (%2 customers, %3 orders)?")
                          .replace("%1", f"{info.created:%Y-%m-%d %H:%M}").replace("%2", format_count(info.customers))
                          .replace("%3", format_count(info.orders)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmRestore")
        box.setInformativeText(self.tr("The workspace as it is now is copied first. Changes made after that date"
                                       " are only in that copy."))
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._chosen(info.name) if button is yes else None)
        self.confirm_box = box
        box.open()
        return box

    def _chosen(self, name: str) -> None:
        self.restore_chosen.emit(name)
        self.accept()

    def backup_now(self):
        """Make a copy of the open workspace now, then list again."""
        if self.workspace is None:
            return None
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Making a backup copy…"))
        return self.runner.start(make_backup, self.workspace, write=True, on_done=self._backed_up,
                                 on_error=self._failed)

    def _backed_up(self, _path) -> None:
        self.backup_button.setEnabled(True)
        self.reload()
