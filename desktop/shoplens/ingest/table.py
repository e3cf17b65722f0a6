"""What readers return: a grid of text cells as in the file, then a table under its header row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any


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


class Table:
    """The data rows under the header row: every row has exactly len(columns) text cells.

    A table is held either as Python rows (`rows`) or as one Arrow text array per column (`arrays`, built by the
    fast CSV path and by the raw-row store); each form is built from the other only when something asks for it.
    Cells are never missing: an empty cell is "".
    """

    def __init__(self, file: str, sheet: str | None, header_row: int, columns: list[str],
                 rows: list[list[str]] | None = None, row_numbers: Sequence[int] | None = None,
                 skipped: list[SkippedRow] | None = None, encoding: str | None = None, delimiter: str | None = None,
                 notes: list[str] | None = None, *, arrays: list[Any] | None = None) -> None:
        if rows is None and arrays is None:
            raise ValueError("a Table needs rows or arrays")
        self.file = file
        self.sheet = sheet
        self.header_row = header_row  # 1-based row number of the header in the file/sheet
        self.columns = columns  # header names, made unique and non-empty ("Column 3" for a blank header cell)
        self._rows = rows
        self._arrays = arrays
        self._built: dict[int, Any] = {}  # columns made Arrow arrays from the rows (parsing and the raw store both ask)
        self.n_rows = len(rows) if rows is not None else (len(arrays[0]) if arrays else len(row_numbers or ()))
        if row_numbers is None:
            raise ValueError("a Table needs its row numbers")
        self._row_numbers = row_numbers  # 1-based row number in the file/sheet of each data row
        self.skipped = skipped if skipped is not None else []
        self.encoding = encoding
        self.delimiter = delimiter
        self.notes = notes if notes is not None else []
        self.known_duplicates: int | None = None  # rows repeating an earlier row, when the reader counted them

    def __repr__(self) -> str:
        return (f"Table(file={self.file!r}, sheet={self.sheet!r}, header_row={self.header_row}, "
                f"columns={self.columns!r}, rows={self.n_rows})")

    def __len__(self) -> int:
        return self.n_rows

    @property
    def rows(self) -> list[list[str]]:
        """Every data row as a list of text cells (built from the arrays on first use)."""
        if self._rows is None:
            columns = [a.to_pylist() for a in self._arrays or []]
            self._rows = list(map(list, zip(*columns, strict=True))) if columns else [[] for _ in range(self.n_rows)]
        return self._rows

    @rows.setter
    def rows(self, rows: list[list[str]]) -> None:
        self._rows, self._arrays, self.n_rows = rows, None, len(rows)
        self._built = {}

    @property
    def row_numbers(self) -> list[int]:
        """The 1-based row number in the file/sheet of each data row, as a list."""
        if not isinstance(self._row_numbers, list):
            self._row_numbers = list(map(int, self._row_numbers)) if not hasattr(self._row_numbers, "tolist") \
                else self._row_numbers.tolist()
        return self._row_numbers

    @row_numbers.setter
    def row_numbers(self, numbers: Sequence[int]) -> None:
        self._row_numbers = numbers

    def row_number_array(self) -> Any:
        """The row numbers as an int64 numpy array (no Python list is built when the table has none)."""
        import numpy as np

        return np.asarray(self._row_numbers, dtype=np.int64)

    @property
    def columnar(self) -> bool:
        """True when the table is held as Arrow arrays (and its Python rows have not been built)."""
        return self._rows is None

    def column_array(self, index: int) -> Any:
        """One column as an Arrow large_string array or chunked array, without nulls ("" for an empty cell)."""
        import pyarrow as pa

        if self._arrays is not None:
            array = self._arrays[index]
            return array if array.type == pa.large_string() else array.cast(pa.large_string())
        if index not in self._built:
            try:
                array = pa.array(list(map(itemgetter(index), self._rows)), type=pa.large_string())
                if array.null_count:
                    array = array.fill_null("")
            except (pa.ArrowInvalid, pa.ArrowTypeError):  # a cell that is not text: made text
                array = pa.array([None if v is None else str(v) for v in map(itemgetter(index), self._rows)],
                                 type=pa.large_string()).fill_null("")
            self._built[index] = array
        return self._built[index]

    def arrays(self) -> list[Any]:
        """Every column as an Arrow large_string array (see column_array)."""
        return [self.column_array(i) for i in range(len(self.columns))]

    def column(self, name: str) -> list[str]:
        """All values of one column."""
        index = self.columns.index(name)
        if self._rows is None:
            return self.column_array(index).to_pylist()
        return [row[index] for row in self._rows]

    @classmethod
    def from_arrays(cls, file: str, sheet: str | None, header_row: int, columns: list[str], arrays: list[Any],
                    row_numbers: Sequence[int], **kwargs: Any) -> Table:
        """A columnar table: one Arrow text array per column, all of the same length."""
        return cls(file, sheet, header_row, columns, None, row_numbers, arrays=arrays, **kwargs)
