"""The small dialog that filters one column of the data browser: 'contains' for text, a range for numbers/dates."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..common.formatting import format_money, parse_money, status_name
from .table_specs import DATE, DATETIME, ID, INT, MONEY, STATUS, TEXT, ColumnFilter

STATUSES = ("paid", "refunded", "cancelled", "pending")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class ColumnFilterDialog(QDialog):
    """Ask for a filter on one column; `result_filter()` is the filter (an empty one clears it)."""

    def __init__(self, title: str, kind: str, current: ColumnFilter | None, currency: str = "¥",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.currency = currency
        self.setWindowTitle(self.tr("Filter “%1”").replace("%1", title))
        current = current or ColumnFilter()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.contains = QLineEdit(current.contains)
        self.low = QLineEdit()
        self.high = QLineEdit()
        self.status = QComboBox()
        if kind == STATUS:
            self.status.addItem(self.tr("Any status"), "")
            for raw in STATUSES:
                self.status.addItem(status_name(raw), raw)
            self.status.setCurrentIndex(max(0, self.status.findData(current.contains)))
            form.addRow(self.tr("Status:"), self.status)
        elif kind == TEXT:
            form.addRow(self.tr("Contains:"), self.contains)
            self.contains.setPlaceholderText(self.tr("any part of the text"))
        else:
            if kind in (DATE, DATETIME):
                hint = self.tr("YYYY-MM-DD")
                validator = QRegularExpressionValidator(QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"), self)
            else:
                hint = self.tr("a number")
                validator = QRegularExpressionValidator(QRegularExpression(r"-?[\d,]*\.?\d*"), self)
            for edit, value in ((self.low, current.low), (self.high, current.high)):
                edit.setValidator(validator)
                edit.setPlaceholderText(hint)
                if value is not None:
                    edit.setText(format_money(int(value), "").replace(",", "") if kind == MONEY else str(value))
            form.addRow(self.tr("From:"), self.low)
            form.addRow(self.tr("To:"), self.high)
        layout.addLayout(form)
        note = QLabel(self.tr("Leave a box empty for no limit. Both ends are included.") if kind not in (TEXT, STATUS)
                      else self.tr("Upper and lower case are treated alike."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.Reset)
        buttons.button(QDialogButtonBox.StandardButton.Reset).setText(self.tr("Clear filter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(self._clear)
        layout.addWidget(buttons)

    def _clear(self) -> None:
        for edit in (self.contains, self.low, self.high):
            edit.clear()
        self.accept()

    def result_filter(self) -> ColumnFilter:
        """The filter the user entered."""
        if self.kind == STATUS:
            return ColumnFilter(contains=self.status.currentData() or "")
        if self.kind == TEXT:
            return ColumnFilter(contains=self.contains.text().strip())
        return ColumnFilter(low=self._bound(self.low.text()), high=self._bound(self.high.text()))

    def _bound(self, text: str) -> int | str | None:
        text = text.strip()
        if not text:
            return None
        if self.kind == MONEY:
            return parse_money(text)
        if self.kind in (INT, ID):
            try:
                return int(float(text.replace(",", "")))
            except ValueError:
                return None
        return text if DATE_RE.match(text) else None


def describe_filter(title: str, kind: str, flt: ColumnFilter, currency: str) -> str:
    """'City contains “Shanghai”' or 'Total spend from ¥100.00 to ¥500.00', for the filter bar."""
    translate = QCoreApplication.translate
    if flt.contains and kind == STATUS:
        return translate("ColumnFilterDialog", "%1 is %2").replace("%2", status_name(flt.contains)).replace("%1", title)
    if flt.contains:
        text = translate("ColumnFilterDialog", "%1 contains “%2”").replace("%2", flt.contains)
        return text.replace("%1", title)

    def show(value: int | str | None) -> str:
        return format_money(int(value), currency) if kind == MONEY else str(value)  # type: ignore[arg-type]

    if flt.low is not None and flt.high is not None:
        text = translate("ColumnFilterDialog", "%1 from %2 to %3").replace("%3", show(flt.high))
        return text.replace("%2", show(flt.low)).replace("%1", title)
    if flt.low is not None:
        return translate("ColumnFilterDialog", "%1 at least %2").replace("%2", show(flt.low)).replace("%1", title)
    return translate("ColumnFilterDialog", "%1 at most %2").replace("%2", show(flt.high)).replace("%1", title)
