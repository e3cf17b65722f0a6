"""What readers return: a grid of text cells as in the file, then a table under its header row."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SheetInfo:
    """One sheet of a workbook (a CSV file has one sheet named None)."""

    name: str | None
    visible: bool = True
    kind: str = "worksheet"  # "worksheet" or "chart"
    rows: int | None = None  # last row number with data (xlsx/xlsm, from the sheet's dimension), else None


@dataclass
class Grid:
    """Every row of one sheet as text cells ('' for an empty cell), with its row number in the file."""

    file: str
    sheet: str | None
    rows: list[list[str]]
    row_numbers: list[int]  # 1-based row (line) number in the file/sheet for each entry of `rows`
    encoding: str | None = None  # text files only
    delimiter: str | None = None  # text files only
    truncated: bool = False  # True when read with max_rows and the sheet had more rows
    notes: list[str] = field(default_factory=list)  # what the reader did, in words (e.g. "unwrapped 12 ="..." cells")
    # merged cell ranges as (first_row, first_col, last_row, last_col), 0-based (row = row number - 1);
    # None when the format does not record merges (CSV, ODS)
    merged: list[tuple[int, int, int, int]] | None = None


@dataclass
class SkippedRow:
    """A row that is not data, and why: 'blank', 'title' (above the header), 'total', 'repeated_header',
    'note' (a remark below the data such as "制表人：..." or "Exported at ...")."""

    row: int  # 1-based row number in the file/sheet
    reason: str
    text: str = ""  # a short sample of the row's text, for the wizard


@dataclass
class Table:
    """The data rows under the header row: every row has exactly len(columns) text cells."""

    file: str
    sheet: str | None
    header_row: int  # 1-based row number of the header in the file/sheet
    columns: list[str]  # header names, made unique and non-empty ("Column 3" for a blank header cell)
    rows: list[list[str]]
    row_numbers: list[int]  # 1-based row number in the file/sheet of each data row
    skipped: list[SkippedRow] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    notes: list[str] = field(default_factory=list)

    def column(self, name: str) -> list[str]:
        """All values of one column."""
        index = self.columns.index(name)
        return [row[index] for row in self.rows]
