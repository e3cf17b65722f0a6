"""Read any supported file (CSV/TSV/TXT, xlsx/xlsm/xlsb/xls/ods) into a grid of text cells, then a table."""

from __future__ import annotations

import bisect
import os
from pathlib import Path

from ..errors import InputError
from ..files import check_regular_file
from ..progress import CancelFn, ProgressFn, Reporter
from .csv_reader import read_csv_grid
from .excel_reader import OLE_MAGIC, ZIP_MAGIC, first_worksheet, list_workbook_sheets, read_workbook_grid
from .header import NO_HEADER, detect_header, make_table
from .html_reader import looks_like_html, read_html_grid
from .limits import MAX_CELLS, MAX_TEXT_BYTES, too_large_file
from .table import Grid, SheetInfo, Table

__all__ = ["SUPPORTED_SUFFIXES", "TEXT_SUFFIXES", "WORKBOOK_SUFFIXES", "default_sheet", "detect_header",
           "list_sheets", "make_table", "read_grid", "read_table"]

TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | WORKBOOK_SUFFIXES


def _os_error(exc: OSError, name: str) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError("The file was not found: it may have been moved, renamed or deleted.", file=name)
    if isinstance(exc, IsADirectoryError):
        return InputError("This is a folder, not a file.", file=name)
    if isinstance(exc, PermissionError):
        return InputError("ShopLens is not allowed to read this file.", file=name,
                          hint="Close it in Excel or WPS if it is open there, or copy it to another folder.")
    return InputError("The file could not be read ({reason}).", file=name, reason=exc.strerror or exc)


def _kind(path: Path) -> str:
    """'text', 'html' or 'workbook', from the suffix and the first bytes; InputError for what cannot be read."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        known = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise InputError('ShopLens cannot read "{value}" files.', file=name, hint="Save the data as one of: {known}.",
                         value=suffix or "no suffix", known=known)
    check_regular_file(path, name)  # a named pipe would hang the read; a link to /dev/zero would never end
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if not head:
        raise InputError("The file is empty (0 bytes).", file=name)
    if head.startswith((OLE_MAGIC, ZIP_MAGIC, b"PK\x05\x06")):
        return "workbook"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if looks_like_html(head):
        return "html"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml") and b"<Workbook" in head:
        raise InputError('This {suffix} file is an "XML Spreadsheet 2003" file, which ShopLens cannot read.', file=name,
                         hint="Open it in Excel or WPS and save it as .xlsx.", suffix=suffix)
    if suffix == ".xls" and b"\x00" not in head:
        return "text"  # many shop systems write tab-separated text and call it .xls
    raise InputError("This file is not a real {suffix} workbook: its contents are not a spreadsheet.", file=name,
                     hint="Open it in Excel or WPS and save it again, or export the data once more.", suffix=suffix)


def list_sheets(path: str | os.PathLike[str]) -> list[SheetInfo]:
    """The sheets of a file: one unnamed sheet for CSV/TXT/TSV, every sheet (visible flag, kind) for workbooks."""
    path = Path(path)
    try:
        if _kind(path) in ("text", "html"):
            return [SheetInfo(name=None)]
        return list_workbook_sheets(path, path.name)
    except OSError as exc:
        raise _os_error(exc, path.name) from exc


def default_sheet(sheets: list[SheetInfo]) -> str | None:
    """The sheet to read when the user has not picked one: the first visible worksheet."""
    return first_worksheet(sheets)


def read_grid(path: str | os.PathLike[str], sheet: str | None = None, *, max_rows: int | None = None,
              max_cells: int = MAX_CELLS, progress: ProgressFn | None = None,
              cancelled: CancelFn | None = None) -> Grid:
    """Every row of a file/sheet as text cells exactly as in the file, with the row number a user sees.

    A sheet of more than `max_cells` cells (rows × columns) is refused with an InputError, found out early.
    """
    path = Path(path)
    reporter = Reporter(progress, cancelled)
    try:
        kind = _kind(path)
        if kind == "workbook":
            return read_workbook_grid(path, path.name, sheet, max_rows=max_rows, max_cells=max_cells,
                                      reporter=reporter)
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES and max_rows is None:
            raise too_large_file(size, MAX_TEXT_BYTES, file=path.name)
        data = path.read_bytes()
        if kind == "html":
            return read_html_grid(path.name, data, max_rows=max_rows, max_cells=max_cells, reporter=reporter)
    except OSError as exc:
        raise _os_error(exc, path.name) from exc
    except MemoryError as exc:
        raise InputError("The file is too large to read on this computer.", file=path.name,
                         hint="Split it into smaller files.") from exc
    if sheet is not None and path.suffix.lower() in TEXT_SUFFIXES:
        raise InputError('A text file has no sheets, so there is no sheet "{sheet}".', file=path.name, sheet=sheet)
    try:
        grid = read_csv_grid(str(path), path.name, data, max_rows=max_rows, max_cells=max_cells, reporter=reporter)
    except MemoryError as exc:
        raise InputError("The file is too large to read on this computer.", file=path.name,
                         hint="Split it into smaller files.") from exc
    if path.suffix.lower() not in TEXT_SUFFIXES:
        grid.notes.append(f"the {path.suffix} file holds delimited text, read as CSV")
    return grid


def header_index(grid: Grid, header_row: int) -> int:
    """Index into grid.rows of the row a user calls `header_row` (1-based, as the spreadsheet shows it); 0 means the
    sheet has no header row (NO_HEADER: the first row is data)."""
    if header_row == 0:
        return NO_HEADER
    numbers = grid.row_numbers
    if not numbers or header_row < 1 or header_row > numbers[-1]:
        last = numbers[-1] if numbers else 0
        raise InputError("Row {header_row} is not in the sheet (its last row with data is {last}).", file=grid.file,
                         sheet=grid.sheet, row=header_row, header_row=header_row, last=last)
    index = bisect.bisect_left(numbers, header_row)
    if numbers[index] != header_row:
        index -= 1  # a row inside a multi-line CSV record belongs to the record that starts above it
    return index


def read_table(path: str | os.PathLike[str], sheet: str | None = None, *, header_row: int | None = None,
               max_cells: int = MAX_CELLS, progress: ProgressFn | None = None,
               cancelled: CancelFn | None = None) -> Table:
    """Read a file/sheet and return the table under its header row (detected, or `header_row`, 1-based; 0: the
    sheet has no header row and its columns are named Column 1, Column 2, ...)."""
    table = _fast_csv_table(Path(path), sheet, header_row, max_cells, progress, cancelled)
    if table is not None:
        return table
    grid = read_grid(path, sheet, max_cells=max_cells, progress=progress, cancelled=cancelled)
    if not grid.rows:
        raise InputError("The file is empty: no row has any text." if grid.sheet is None else
                         "The sheet is empty: no row has any text.", file=grid.file, sheet=grid.sheet)
    index = None if header_row is None else header_index(grid, header_row)
    return make_table(grid, index)


def _fast_csv_table(path: Path, sheet: str | None, header_row: int | None, max_cells: int,
                    progress: ProgressFn | None, cancelled: CancelFn | None) -> Table | None:
    """A large regular CSV file read straight into Arrow columns (csv_fast); None when the general reader must."""
    from .csv_fast import FAST_MIN_BYTES, read_csv_table

    try:
        if sheet is not None or path.suffix.lower() not in TEXT_SUFFIXES or _kind(path) != "text":
            return None
        size = path.stat().st_size
        if size < FAST_MIN_BYTES or size > MAX_TEXT_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None  # the general reader says what is wrong with the file
    try:
        return read_csv_table(path.name, data, header_row=header_row, max_cells=max_cells,
                              reporter=Reporter(progress, cancelled))
    except MemoryError as exc:
        raise InputError("The file is too large to read on this computer.", file=path.name,
                         hint="Split it into smaller files.") from exc
