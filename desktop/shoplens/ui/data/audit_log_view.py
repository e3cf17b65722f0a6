"""The audit log viewer: imports, exports, merges, erasures and the rest, with who (the OS user) and when."""

from __future__ import annotations

import os

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...privacy.audit import GROUP_ORDER, AuditEntry, audit_entries
from ..common.concurrent import TaskRunner
from ..common.formatting import format_count, format_datetime
from ..common.worker import describe_error

_Index = QModelIndex | QPersistentModelIndex


def group_name(group: str) -> str:
    """The filter's name of an audit group, translated."""
    from PySide6.QtCore import QCoreApplication

    names = {
        "all": QCoreApplication.translate("AuditLog", "Everything"),
        "import": QCoreApplication.translate("AuditLog", "Imports"),
        "export": QCoreApplication.translate("AuditLog", "Exports and reports"),
        "merge": QCoreApplication.translate("AuditLog", "Cleaning and merges"),
        "erase": QCoreApplication.translate("AuditLog", "Erasures"),
        "backup": QCoreApplication.translate("AuditLog", "Backups"),
        "other": QCoreApplication.translate("AuditLog", "Other"),
    }
    return names.get(group, group)


def action_name(action: str) -> str:
    """An audit action in words, translated (unknown actions as stored)."""
    from PySide6.QtCore import QCoreApplication

    names = {
        "create": QCoreApplication.translate("AuditLog", "Workspace created"), "upgrade": QCoreApplication.translate("AuditLog", "Workspace upgraded"), "import": QCoreApplication.translate("AuditLog", "Import"),
        "demo": QCoreApplication.translate("AuditLog", "Demo shop built"), "export": QCoreApplication.translate("AuditLog", "Export"), "report": QCoreApplication.translate("AuditLog", "Report"), "clean": QCoreApplication.translate("AuditLog", "Cleaning"),
        "rebuild": QCoreApplication.translate("AuditLog", "Rebuild"), "erase": QCoreApplication.translate("AuditLog", "Customer forgotten"), "restore": QCoreApplication.translate("AuditLog", "Restore from backup"),
        "restored": QCoreApplication.translate("AuditLog", "Restored from backup"), "backup": QCoreApplication.translate("AuditLog", "Backup"), "segment": QCoreApplication.translate("AuditLog", "Segmentation"),
        "segment-delete": QCoreApplication.translate("AuditLog", "Segmentation deleted"), "settings": QCoreApplication.translate("AuditLog", "Settings changed"), "predict": QCoreApplication.translate("AuditLog", "Prediction"),
        "campaign_create": QCoreApplication.translate("AuditLog", "Campaign created"), "campaign_delete": QCoreApplication.translate("AuditLog", "Campaign deleted"),
        "tags_add": QCoreApplication.translate("AuditLog", "Tags added"), "tags_template": QCoreApplication.translate("AuditLog", "Tag template"),
    }
    return names.get(action, action)


def describe_details(entry: AuditEntry) -> str:
    """A short sentence about an entry's details, translated; never customer data (the log holds none)."""
    from PySide6.QtCore import QCoreApplication

    d = entry.details

    def n(key: str) -> str:
        return format_count(int(d.get(key) or 0))

    if entry.action == "import":
        where = str(d.get("file", "")) + (f" — {d['sheet']}" if d.get("sheet") else "")
        return QCoreApplication.translate("AuditLog", "%1: %2 rows, %3 new customers, %4 new orders").replace("%1", where).replace("%2", n("rows")) \
            .replace("%3", n("customers_added")).replace("%4", n("orders_added"))
    if entry.action == "export":
        name = os.path.basename(str(d.get("path", "")))
        return QCoreApplication.translate("AuditLog", "%1 rows to %2 (channel %3, %4 left out for refusing)").replace("%1", n("rows")) \
            .replace("%2", name).replace("%3", str(d.get("channel", ""))).replace("%4", n("opted_out_left_out"))
    if entry.action == "erase":
        return QCoreApplication.translate("AuditLog", "%1 customer(s) and %2 rows removed; %3 backup copies rewritten").replace("%1", n("customers")) \
            .replace("%2", n("rows_removed")).replace("%3", n("backups"))
    if entry.action == "clean":
        return QCoreApplication.translate("AuditLog", "%1 steps, %2 customers merged").replace("%1", n("enabled")).replace("%2", n("merged"))
    if entry.action == "demo":
        return QCoreApplication.translate("AuditLog", "%1 customers from %2 files").replace("%1", n("customers")) \
            .replace("%2", format_count(len(d.get("files") or [])))
    if entry.action == "rebuild":
        return QCoreApplication.translate("AuditLog", "%1 imports replayed").replace("%1", n("imports"))
    return ", ".join(f"{k}: {v}" for k, v in d.items() if not isinstance(v, dict | list))[:300]


class AuditModel(QAbstractTableModel):
    """The entries as a table: when, who, what, details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if column == 0:
            return format_datetime(entry.at)
        if column == 1:
            return entry.user
        if column == 2:
            return action_name(entry.action)
        return describe_details(entry)


class AuditLogDialog(QDialog):
    """Lists the workspace's audit log, newest first, filtered by kind; read in a worker."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(960, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every import, export, merge and erasure in this workspace, with the computer user"
                               " who did it and when. Customer data is never written here."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        self.filter_combo = QComboBox()
        for group in GROUP_ORDER:
            self.filter_combo.addItem(group_name(group), group)
        self.filter_combo.currentIndexChanged.connect(self.reload)
        top.addWidget(self.filter_combo)
        top.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.reload()

    def current_group(self) -> str:
        return self.filter_combo.currentData() or "all"

    def set_group(self, group: str) -> None:
        """Show one group ('all', 'import', 'export', 'merge', 'erase', 'backup', 'other')."""
        self.filter_combo.setCurrentIndex(GROUP_ORDER.index(group))

    def reload(self) -> None:
        """Read the entries of the chosen group in a worker."""
        self.count_label.setText(self.tr("Reading…"))
        self.runner.start(audit_entries, self.workspace, self.current_group(), on_done=self._show,
                          on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText(describe_error(exc))

    def _show(self, entries: list[AuditEntry]) -> None:
        self.model.set_entries(entries)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count_label.setText(self.tr("%1 entries").replace("%1", format_count(len(entries))))


def open_audit_log(window) -> AuditLogDialog | None:
    """Open the audit log of the window's workspace (None when no workspace is open)."""
    if getattr(window, "workspace", None) is None:
        return None
    dialog = AuditLogDialog(window.workspace, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
