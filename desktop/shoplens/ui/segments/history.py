"""Two tabs of the segment browser: a cross table of two runs, and how customers moved since the last snapshot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...tasks.segments import compare, moved_since_previous
from ..common.concurrent import TaskRunner
from ..common.i18n import current_language
from ..common.worker import describe_error

OUTSIDE = "(not in run)"  # segmentation.runs.OUTSIDE, shown translated


def cell(text: str, right: bool = False) -> QTableWidgetItem:
    """A read-only table cell (right-aligned for numbers)."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def table_widget(headers: list[str]) -> QTableWidget:
    """A read-only table selecting whole rows."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    return table


class CompareTab(QWidget):
    """The run shown against another run: customers counted by (segment here, segment there)."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = TaskRunner(self)
        self.run_id: int | None = None
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Compare with:")))
        self.combo = QComboBox()
        self.combo.setMinimumWidth(380)
        self.combo.currentIndexChanged.connect(self.recount)
        row.addWidget(self.combo, 1)
        lay.addLayout(row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.table = QTableWidget()
        self.table.setObjectName("compareTable")
        lay.addWidget(self.table, 1)

    def set_runs(self, run_id: int | None, others: list[tuple[str, int]]) -> None:
        """The run shown and the runs it can be compared with (text, id)."""
        self.run_id = run_id
        self.combo.blockSignals(True)
        self.combo.clear()
        for text, other in others:
            self.combo.addItem(text, other)
        self.combo.blockSignals(False)
        self.recount()

    def recount(self, *_args) -> None:
        """Count the cross table in a worker."""
        a, b = self.run_id, self.combo.currentData()
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        if a is None or b is None:
            self.note.setText(self.tr("Save a second run to compare two runs customer by customer."))
            return
        self.note.setText(self.tr("Counting…"))
        self.runner.start(compare, self.workspace, a, b, current_language(), on_done=self._show_table,
                          on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.note.setText(describe_error(exc))

    def _show_table(self, table) -> None:
        self.note.setText(self.tr("Rows: segments of the run shown; columns: segments of “%1”. Each cell counts the"
                                  " customers in both.").replace("%1", self.combo.currentText()))
        outside = self.tr("(not in run)")
        self.table.setRowCount(len(table.index))
        self.table.setColumnCount(len(table.columns))
        self.table.setHorizontalHeaderLabels([outside if c == OUTSIDE else str(c) for c in table.columns])
        self.table.setVerticalHeaderLabels([outside if r == OUTSIDE else str(r) for r in table.index])
        for i, values in enumerate(table.itertuples(index=False)):
            for j, value in enumerate(values):
                self.table.setItem(i, j, cell(f"{int(value):,}" if value else "·", True))
        self.table.resizeColumnsToContents()


class MovementTab(QWidget):
    """From → to counts between the previous snapshot of the run's scheme and its latest one."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = TaskRunner(self)
        lay = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.table = table_widget([self.tr("From"), self.tr("To"), self.tr("Customers")])
        self.table.setObjectName("movementTable")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)

    def set_run(self, run_id: int | None) -> None:
        """Count the movement of this run in a worker."""
        self.table.setRowCount(0)
        if run_id is None:
            self.runner.shutdown()
            self.note.setText("")
            return
        self.note.setText(self.tr("Counting…"))
        self.runner.start(moved_since_previous, self.workspace, run_id, current_language(), on_done=self._show_moves,
                          on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.note.setText(describe_error(exc))

    def _show_moves(self, moved) -> None:
        if moved is None:
            self.note.setText(self.tr(
                "No earlier snapshot of this scheme yet. After the next import (or another run of the same"
                " scheme), this shows how many customers moved from which segment to which."))
            return
        moves = [m for m in moved["moves"] if m["from"] != m["to"]]
        stayed = sum(m["customers"] for m in moved["moves"] if m["from"] == m["to"])
        self.note.setText(self.tr("From %1 to %2: %3 customers changed segment, %4 stayed.").replace(
            "%1", moved["from_as_of"]).replace("%2", moved["to_as_of"]).replace("%3", f"{moved['moved']:,}")
            .replace("%4", f"{stayed:,}"))
        outside = self.tr("(not in run)")
        self.table.setRowCount(len(moves))
        for i, m in enumerate(moves):
            for j, text in enumerate((m["from_name"], m["to_name"])):
                self.table.setItem(i, j, cell(outside if text == OUTSIDE else text))
            self.table.setItem(i, 2, cell(f"{m['customers']:,}", True))
