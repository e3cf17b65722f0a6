"""The cleaning wizard's data-quality tab: per field filled, valid, invalid and which steps changed it; duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common.core_messages import translate_message
from ..common.field_labels import field_labels
from ..common.formatting import format_count


def quality_for(ws, recipe, frames, progress=None, cancelled=None) -> dict:
    """The data-quality report of the imports under `recipe` (runs in a worker; nothing is written)."""
    from ...cleaning.quality import quality_report

    return quality_report(ws, recipe, frames=frames, progress=progress, cancelled=cancelled)


def _step_text(numbered: str, steps: list) -> str:
    """'3. Tidy text …' (the report's key for step 3) with the step's words in the UI language."""
    number, _, label = numbered.partition(". ")
    if not (number.isdigit() and 0 < int(number) <= len(steps)):
        return numbered
    return f"{number}. {translate_message(steps[int(number) - 1].text(), field_names=True)}"


class QualityPage(QWidget):
    """A table of the fields and a summary of duplicates, for the recipe as it stands in the wizard."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.report: dict | None = None
        self.steps: list = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("How complete and readable each field is with the cleaning recipe as it stands now"
                               " (nothing is changed until you apply it)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Rows"), self.tr("Filled"), self.tr("Valid"),
                                              self.tr("Invalid"), self.tr("Changed by")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addStretch(1)
        self.check_button = QPushButton(self.tr("Check the data with this recipe"))
        self.check_button.clicked.connect(self.compute)
        row.addWidget(self.check_button)
        layout.addLayout(row)

    def showEvent(self, event) -> None:  # Qt override
        """The first time the tab is shown (and the wizard is not busy), work the report out."""
        super().showEvent(event)
        if self.report is None and not self.wizard.runner.busy:
            self.compute()

    def compute(self) -> None:
        """Work out the report for the wizard's current recipe in a worker."""
        from ...cleaning.recipe import Recipe

        w = self.wizard
        self.steps = list(w.recipe.steps)  # the recipe the report is about (the wizard's may change meanwhile)
        w.start(quality_for, w.ws, Recipe(list(self.steps)), w.frames, write=False, done=self.show_report,
                message=self.tr("Checking the data…"))

    def show_report(self, report: dict) -> None:
        """Fill the table and the summary from a quality_report() result."""
        self.report = report
        self.wizard.progress.set_status("")
        labels = field_labels()
        fields = report["fields"]
        self.table.setRowCount(len(fields))
        for r, (key, f) in enumerate(fields.items()):
            changed = "; ".join(f"{_step_text(step, self.steps)} ({format_count(n)})"
                                for step, n in f["changed_by"].items()) or "–"
            cells = [labels.get(key, f["label"]), format_count(f["rows"]), format_count(f["filled"]),
                     format_count(f["valid"]), format_count(f["invalid"]), changed]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 1 <= c <= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 4 and f["invalid"]:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        rows, dup = report["rows"], report["duplicates"]
        parts = [
            self.tr("Rows: %1 read, %2 kept, %3 left out by the recipe.").replace("%1", format_count(rows["read"]))
            .replace("%2", format_count(rows["kept"])).replace("%3", format_count(rows["left_out"])),
            self.tr("Exact duplicate rows in the imports: %1.").replace("%1", format_count(dup["exact_duplicate_rows"])),
            self.tr("Customers merged in the last cleaning: %1.").replace(
                "%1", format_count(dup["customers_merged_last_run"])),
        ]
        if report["flags"]:
            parts.append(self.tr("Flagged for review: %1.").replace("%1", ", ".join(
                f"{k} {format_count(v)}" for k, v in sorted(report["flags"].items()))))
        self.summary.setText("\n".join(parts))
