"""The custom R×F grid editor: segments with the R and F scores they take, and a 5×5 map of which cells are whose.

Every change is checked with `segmentation.schemes.check_scheme`; the map colours cells that belong to two
segments (red) or to none (yellow), and a sentence names them, so the user sees exactly what to fix.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import InputError
from ...segmentation.schemes import GRID_SEGMENTS, CoverageReport, Scheme, check_scheme, custom_scheme
from ..common.i18n import current_language

OVERLAP, GAP, OK = QColor("#f4b6b6"), QColor("#fbe7a1"), QColor("#e3f1ea")
NAME_EN, NAME_ZH, R_COL, F_COL = range(4)


def parse_scores(text: str) -> list[int]:
    """'4-5', '4–5', '1,2', '3', '' or '*' (every score) as a sorted list of scores 1..5."""
    text = text.strip().replace("，", ",").replace("–", "-").replace("—", "-").replace("~", "-")
    if text in ("", "*", "all"):
        return [1, 2, 3, 4, 5]
    scores: set[int] = set()
    for part in re.split(r"[,\s]+", text):
        if not part:
            continue
        match = re.fullmatch(r"(\d)(?:-(\d))?", part)
        if not match:
            raise ValueError(part)
        low = int(match.group(1))
        high = int(match.group(2) or low)
        if not 1 <= low <= high <= 5:
            raise ValueError(part)
        scores.update(range(low, high + 1))
    return sorted(scores)


def format_scores(scores) -> str:
    """[4, 5] as '4-5', [1, 3] as '1,3'."""
    values = sorted(scores)
    if values and values == list(range(values[0], values[-1] + 1)) and len(values) > 1:
        return f"{values[0]}-{values[-1]}"
    return ",".join(str(v) for v in values)


class SchemeEditor(QWidget):
    """Edit a custom grid; `changed` fires after every edit, `scheme()` / `report()` give the result."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Name of your scheme:")))
        self.name = QLineEdit(self.tr("My segments"))
        self.name.textChanged.connect(self._edited)
        name_row.addWidget(self.name, 1)
        layout.addLayout(name_row)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name (English)"), self.tr("Name (Chinese)"),
                                              self.tr("R scores"), self.tr("F scores")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(R_COL, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(F_COL, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setToolTip(self.tr("Scores are 1 to 5: write 4-5, or 1,2, or 3. R 5 = bought most recently,"
                                      " F 5 = buys most often."))
        self.table.itemChanged.connect(self._edited)
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add segment"))
        self.add_button.clicked.connect(lambda: self.add_segment("", "", [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]))
        self.remove_button = QPushButton(self.tr("Remove segment"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button = QPushButton(self.tr("Start from the R×F grid"))
        self.reset_button.clicked.connect(self.load_grid)
        for b in (self.add_button, self.remove_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left.addLayout(buttons)
        body.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Which segment each score cell belongs to:")))
        self.map = QTableWidget(5, 5)
        self.map.setObjectName("cellMap")
        self.map.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.map.setHorizontalHeaderLabels([f"R{r}" for r in range(1, 6)])
        self.map.setVerticalHeaderLabels([f"F{f}" for f in range(5, 0, -1)])
        self.map.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.map.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.map.setWordWrap(True)
        self.map.setMinimumSize(360, 220)
        right.addWidget(self.map, 1)
        body.addLayout(right, 2)
        layout.addLayout(body, 1)
        self.problem = QLabel()
        self.problem.setObjectName("schemeProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.problem)
        self._scheme: Scheme | None = None
        self._report: CoverageReport | None = None
        self._error = ""
        self._loading = False
        self.load_grid()

    # -- editing -------------------------------------------------------------------------------------------------
    def load_grid(self) -> None:
        """Fill the table with the ten segments of the R×F grid, to change from there."""
        self.set_segments([{"name_en": s.name_en, "name_zh": s.name_zh, "r": sorted(s.r), "f": sorted(s.f)}
                           for s in GRID_SEGMENTS])

    def set_segments(self, segments: list[dict]) -> None:
        """Show these segments (dicts with name_en, name_zh, r, f)."""
        self._loading = True
        self.table.setRowCount(0)
        for s in segments:
            self.add_segment(s["name_en"], s.get("name_zh", ""), s["r"], s["f"])
        self._loading = False
        self._edited()

    def add_segment(self, name_en: str, name_zh: str, r, f) -> None:
        """Append a segment row."""
        loading, self._loading = self._loading, True
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate((name_en, name_zh, format_scores(r), format_scores(f))):
            self.table.setItem(row, col, QTableWidgetItem(text))
        self._loading = loading
        self._edited()

    def remove_selected(self) -> None:
        """Remove the selected segment rows."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._edited()

    def set_scores(self, row: int, r: str | None = None, f: str | None = None) -> None:
        """Change the R or F scores of a row as typed (tests and screenshots use this)."""
        if r is not None:
            self.table.item(row, R_COL).setText(r)
        if f is not None:
            self.table.item(row, F_COL).setText(f)

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def segments(self) -> list[dict]:
        """The rows as dicts for custom_scheme (ValueError names a row whose scores cannot be read)."""
        out = []
        for row in range(self.table.rowCount()):
            en = self._text(row, NAME_EN) or self._text(row, NAME_ZH) or self.tr("Segment %1").replace(
                "%1", str(row + 1))
            zh = self._text(row, NAME_ZH) or en
            try:
                r, f = parse_scores(self._text(row, R_COL)), parse_scores(self._text(row, F_COL))
            except ValueError:
                raise InputError(self.tr('Segment "%1": write the scores as numbers 1 to 5, e.g. 4-5 or 1,2.')
                                 .replace("%1", en)) from None
            out.append({"key": f"segment_{row + 1}", "name_en": en, "name_zh": zh, "r": r, "f": f})
        return out

    # -- checking ------------------------------------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self._scheme, self._report, self._error = None, None, ""
        try:
            segments = self.segments()
            scheme = custom_scheme(self.name.text().strip() or self.tr("My segments"), segments)
            self._scheme, self._report = scheme, check_scheme(scheme)
        except InputError as exc:
            from ..common.worker import describe_error

            self._error = describe_error(exc)
        self._show()
        self.changed.emit()

    def scheme(self) -> Scheme | None:
        """The scheme when every cell belongs to exactly one segment, else None."""
        return self._scheme if self._report is not None and self._report.ok else None

    def report(self) -> CoverageReport | None:
        """The last coverage check (None when the table could not be read)."""
        return self._report

    def problem_text(self) -> str:
        """What is wrong, in the UI language ('' when the scheme is fine)."""
        if self._error:
            return self._error
        report = self._report
        if report is None or report.ok:
            return ""
        names = self._names()
        parts = []
        if report.overlaps:
            cells = "; ".join(f"{cell} ({', '.join(names.get(k, k) for k in keys)})" for cell, keys in report.overlaps)
            parts.append(self.tr("%1 score cells belong to more than one segment: %2.").replace(
                "%1", str(len(report.overlaps))).replace("%2", cells))
        if report.uncovered:
            parts.append(self.tr("%1 score cells belong to no segment: %2.").replace(
                "%1", str(len(report.uncovered))).replace("%2", ", ".join(report.uncovered)))
        parts.append(self.tr("Change the scores so that every cell belongs to exactly one segment."))
        return " ".join(parts)

    def _names(self) -> dict[str, str]:
        if self._scheme is None:
            return {}
        zh = current_language().startswith("zh")
        return {s.key: (s.name_zh if zh else s.name_en) for s in self._scheme.segments}

    def _show(self) -> None:
        names = self._names()
        owners: dict[tuple[int, int], list[str]] = {}
        if self._scheme is not None:
            for s in self._scheme.segments:
                for r in s.r:
                    for f in s.f:
                        owners.setdefault((r, f), []).append(names.get(s.key, s.key))
        for r in range(1, 6):
            for f in range(1, 6):
                who = owners.get((r, f), [])
                item = QTableWidgetItem("\n".join(who) if who else "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(OK if len(who) == 1 else (GAP if not who else OVERLAP))
                self.map.setItem(5 - f, r - 1, item)
        text = self.problem_text()
        if text:
            self.problem.setText(f"<span style='color:#b00020'>{_escape(text)}</span>")
        else:
            self.problem.setText(self.tr("Every one of the 25 score cells belongs to exactly one segment."))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
