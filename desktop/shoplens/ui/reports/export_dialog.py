"""The contact-list export dialog: columns, format, channel, masking; says how many refused marketing; runs in a worker.

    ExportDialog(workspace, selector, parent=None)

`selector` is a shoplens.campaigns.selectors.Selector (a segment, a tag) or a list of customer ids (the customer
table as currently filtered).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...campaigns.selectors import Selector, as_selector
from ...reports.export import DEFAULT_COLUMNS, export_contacts, preview_counts
from ...workspace.schema import table_exists
from ..common.concurrent import TaskRunner, shutdown_all
from ..common.i18n import current_language
from ..common.progress_box import ProgressBox
from ..common.worker import describe_error


class ExportDialog(QDialog):
    """Choose what to export and where; the export runs in the write worker with a progress bar and Stop."""

    exported = Signal(object)  # the ExportResult

    def __init__(self, workspace, selector: Selector | Iterable[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.selector = as_selector(selector)
        self.counts: dict | None = None
        self.result_value = None
        self.setWindowTitle(self.tr("Export contact list"))
        self.setMinimumWidth(520)
        self._build()
        self._count()

    # -- building ---------------------------------------------------------------------------
    def column_labels(self) -> dict[str, str]:
        """Each exportable column's name in the UI language."""
        return {
            "member_no": self.tr("Member no."), "name": self.tr("Name"), "phone": self.tr("Phone"),
            "email": self.tr("E-mail"), "gender": self.tr("Gender"), "city": self.tr("City"),
            "member_level": self.tr("Member level"), "orders": self.tr("Orders"),
            "total_spend": self.tr("Total spend"), "last_order": self.tr("Last order"),
            "segment": self.tr("Segment"), "suggested_product": self.tr("Suggested product"),
        }

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.what_label = QLabel(self._describe_selector())
        self.what_label.setWordWrap(True)
        layout.addWidget(self.what_label)
        form = QFormLayout()
        self.channel_combo = QComboBox()
        for value, text in (("sms", self.tr("SMS")), ("email", self.tr("E-mail")), ("wechat", self.tr("WeChat")),
                            ("all", self.tr("All channels"))):
            self.channel_combo.addItem(text, value)
        form.addRow(self.tr("Campaign channel:"), self.channel_combo)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx)"), ".xlsx")
        self.format_combo.addItem(self.tr("CSV, UTF-8 (.csv)"), ".csv")
        form.addRow(self.tr("Format:"), self.format_combo)
        self.columns_list = QListWidget()
        for key, label in self.column_labels().items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in DEFAULT_COLUMNS else Qt.CheckState.Unchecked)
            self.columns_list.addItem(item)
        self.columns_list.setMaximumHeight(200)
        form.addRow(self.tr("Columns:"), self.columns_list)
        self.mask_check = QCheckBox(self.tr("Mask phones and e-mails"))
        self.mask_check.setToolTip(self.tr("Phones as 138****5678 and e-mails as a***@example.com, for lists that"
                                           " leave the shop."))
        form.addRow("", self.mask_check)
        self.include_check = QCheckBox(self.tr("Include customers who refused marketing"))
        self.include_check.setToolTip(self.tr("Only for service messages (an order is ready, a change of opening"
                                              " hours), never for promotions."))
        form.addRow("", self.include_check)
        path_row = QHBoxLayout()
        self.path_edit = QLineEdit(self._default_path(".xlsx"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form.addRow(self.tr("Save as:"), path_row)
        layout.addLayout(form)
        self.consent_label = QLabel(self.tr("Counting the customers…"))
        self.consent_label.setObjectName("consentLabel")
        self.consent_label.setWordWrap(True)
        layout.addWidget(self.consent_label)
        self.progress = ProgressBox(self)
        layout.addWidget(self.progress)
        self.counter = TaskRunner(self)
        self.exporter = TaskRunner(self, progress=self.progress)
        self.exporter.busy_changed.connect(self._update_buttons)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.browse_button.clicked.connect(self.browse)
        self.channel_combo.currentIndexChanged.connect(self._update_consent)
        self.include_check.toggled.connect(self._update_consent)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.columns_list.itemChanged.connect(self._update_buttons)
        self.path_edit.textChanged.connect(self._update_buttons)

    def _describe_selector(self) -> str:
        sel = self.selector
        if sel.kind == "segment":
            name = self._segment_name(sel)
            return self.tr("Customers in the segment %1.").replace("%1", name)
        if sel.kind == "tag":
            return self.tr("Customers with the tag %1.").replace("%1", sel.name)
        return self.tr("The %n customer(s) in the current list.", "", len(sel.ids))

    def _segment_name(self, sel: Selector) -> str:
        column = "name_zh" if current_language() == "zh_CN" else "name_en"
        sql = f"SELECT {column} FROM segments WHERE label = ?" + (" AND run_id = ?" if sel.run_id else "") + \
            " ORDER BY run_id DESC LIMIT 1"
        if not table_exists(self.workspace.conn, "segments"):  # a read-only open of a file from before segments
            return sel.label
        row = self.workspace.conn.execute(sql, (sel.label, sel.run_id) if sel.run_id else (sel.label,)).fetchone()
        return row[0] if row else sel.label

    def _default_path(self, suffix: str) -> str:
        sel = self.selector
        base = self._segment_name(sel) if sel.kind == "segment" else (sel.name if sel.kind == "tag" else
                                                                      self.tr("customers"))
        safe = re.sub(r'[\\/:*?"<>|\s]+', "-", base).strip("-") or "contacts"
        folder = Path(getattr(self.workspace, "path", Path.home())).parent
        return str(folder / f"{safe}-{dt.date.today().isoformat()}{suffix}")

    # -- state ------------------------------------------------------------------------------
    def selected_columns(self) -> list[str]:
        """The checked columns, in list order."""
        items = (self.columns_list.item(i) for i in range(self.columns_list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def channel(self) -> str:
        return self.channel_combo.currentData()

    def _count(self) -> None:
        self.counter.start(preview_counts, self.workspace, self.selector, on_done=self._counted,
                           on_error=self._count_failed)

    def _counted(self, counts: dict) -> None:
        self.counts = counts
        self._update_consent()

    def _count_failed(self, exc: BaseException) -> None:
        self.counts = None
        self.consent_label.setText(describe_error(exc))
        self._update_buttons()

    def opted_out_count(self) -> int | None:
        """How many selected customers refused marketing on the chosen channel (None until counted)."""
        return None if self.counts is None else self.counts["opted_out"][self.channel()]

    def _update_consent(self) -> None:
        if self.counts is None:
            return
        total, refused = self.counts["customers"], self.opted_out_count() or 0
        channel = self.channel_combo.currentText()
        if refused == 0:
            text = self.tr("%1 customer(s); none refused marketing by %2.").replace("%1", f"{total:,}")
        elif self.include_check.isChecked():
            text = self.tr("%1 customer(s); %3 refused marketing by %2 and will be INCLUDED, as you asked.")
        else:
            text = self.tr("%1 customer(s); %3 refused marketing by %2 and will be left out.")
        text = text.replace("%1", f"{total:,}").replace("%2", channel).replace("%3", f"{refused:,}")
        self.consent_label.setText(text)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        busy = self.exporter.busy
        ready = self.counts is not None and bool(self.selected_columns()) and bool(self.path_edit.text().strip())
        self.export_button.setEnabled(ready and not busy)

    def _format_changed(self) -> None:
        suffix = self.format_combo.currentData()
        path = self.path_edit.text().strip()
        if path:
            root, old = os.path.splitext(path)
            if old.lower() in (".csv", ".xlsx"):
                self.path_edit.setText(root + suffix)

    def browse(self) -> None:
        """Choose the file with the system's save dialog."""
        filters = self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export contact list"), self.path_edit.text(),
                                                   filters)
        if path:
            if not os.path.splitext(path)[1]:
                path += ".csv" if "csv" in chosen.lower() else ".xlsx"
            self.path_edit.setText(path)
            index = self.format_combo.findData(os.path.splitext(path)[1].lower())
            if index >= 0:
                self.format_combo.setCurrentIndex(index)

    # -- exporting --------------------------------------------------------------------------
    def start_export(self) -> None:
        """Run the export in the write worker."""
        self.exporter.start(export_contacts, self.workspace, self.selector, self.path_edit.text().strip(),
                            columns=self.selected_columns(), channel=self.channel(),
                            include_opted_out=self.include_check.isChecked(), mask=self.mask_check.isChecked(),
                            lang=current_language(), write=True, status=self.tr("Exporting…"),
                            on_done=self._finished, on_cancel=self._stopped)

    def _finished(self, result) -> None:
        self.result_value = result
        text = self.tr("Wrote %n customer(s) to %1.", "", result.rows).replace("%1", str(result.path))
        if result.opted_out_left_out:
            text += " " + self.tr("Left out %n who refused marketing.", "", result.opted_out_left_out)
        if result.without_contact:
            text += " " + self.tr("%n of them have no contact for this channel.", "", result.without_contact)
        self.progress.set_status(text)
        self.exported.emit(result)

    def _stopped(self) -> None:
        self.progress.set_status(self.tr("Stopped. No file was written."))

    def reject(self) -> None:
        """Closing stops a running export (its file is not written)."""
        shutdown_all(self)
        super().reject()
