"""Write a contact table as CSV (UTF-8 with BOM, for Excel) or XLSX (identifiers as text cells)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .masking import is_dangerous, neutralise_csv

CHUNK = 500  # rows between two progress reports / cancel checks


@dataclass
class ContactTable:
    """Column keys and headers, kinds ('text', 'id', 'phone', 'int', 'money', 'date') and the rows to write."""

    keys: list[str]
    headers: list[str]
    kinds: list[str]
    rows: Sequence[Sequence[object]]


Step = Callable[[int, int], None]


def _text(value: object) -> str:
    return "" if value is None else str(value)


def write_csv(path: Path, table: ContactTable, step: Step) -> None:
    """CSV in UTF-8 with a BOM (Excel opens Chinese correctly); dangerous cells get a leading apostrophe."""
    total = len(table.rows)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([neutralise_csv(h) for h in table.headers])
        for i, row in enumerate(table.rows):
            out = []
            for kind, value in zip(table.kinds, row, strict=True):
                if kind == "money":
                    out.append("" if value is None else f"{float(value):.2f}")
                elif kind == "int":
                    out.append("" if value is None else str(int(value)))
                else:
                    out.append(neutralise_csv(_text(value), phone=kind == "phone"))
            writer.writerow(out)
            if (i + 1) % CHUNK == 0:
                step(i + 1, total)
    step(total, total)


def write_xlsx(path: Path, table: ContactTable, step: Step, *, sheet_name: str = "Contacts") -> None:
    """XLSX through xlsxwriter: phones and member numbers as text cells (leading zeros kept), never formulas."""
    from ..scratch import scratch_folder

    # the row files hold customer data: in the app's data folder, where a later start (or forget) finds them after
    # a kill, not in the system's temporary folder
    with scratch_folder("xlsx", path) as scratch:
        _write_xlsx(path, table, step, sheet_name, str(scratch))


def _write_xlsx(path: Path, table: ContactTable, step: Step, sheet_name: str, scratch: str) -> None:
    import xlsxwriter

    total = len(table.rows)
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "tmpdir": scratch,
                                               "strings_to_formulas": False, "strings_to_urls": False,
                                               "strings_to_numbers": False})
    try:
        sheet = workbook.add_worksheet(sheet_name[:31])
        header = workbook.add_format({"bold": True, "bg_color": "#E8F1EE", "border": 1})
        text = workbook.add_format({"num_format": "@"})
        quoted = workbook.add_format({"num_format": "@", "quote_prefix": True})
        money = workbook.add_format({"num_format": "#,##0.00"})
        date = workbook.add_format({"num_format": "yyyy-mm-dd"})
        for col, width in enumerate(_widths(table)):
            sheet.set_column(col, col, width, text if table.kinds[col] in ("id", "phone", "text") else None)
        for col, name in enumerate(table.headers):
            sheet.write_string(0, col, name, header)
        for i, row in enumerate(table.rows, start=1):
            for col, (kind, value) in enumerate(zip(table.kinds, row, strict=True)):
                if value is None or value == "":
                    continue
                if kind == "int":
                    sheet.write_number(i, col, int(value))
                elif kind == "money":
                    sheet.write_number(i, col, round(float(value), 2), money)
                elif kind == "date" and (day := _date(value)) is not None:
                    sheet.write_datetime(i, col, day, date)
                else:
                    value = str(value)
                    sheet.write_string(i, col, value, quoted if is_dangerous(value) else text)
            if i % CHUNK == 0:
                step(i, total)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, total, len(table.headers) - 1)
    except BaseException:
        workbook.fileclosed = True  # abandon the workbook: its row file is in `scratch`, removed by the caller
        for worksheet in workbook.worksheets():
            handle = getattr(worksheet, "row_data_fh", None)
            if handle is not None:
                handle.close()
        raise
    workbook.close()
    step(total, total)


def _date(value: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _widths(table: ContactTable, sample: int = 200) -> list[float]:
    """Column widths from the header and the first rows (CJK characters count double)."""
    widths = []
    for col, name in enumerate(table.headers):
        cells = [name] + [_text(r[col]) for r in table.rows[:sample]]
        widths.append(min(40.0, max(8.0, max(_display_width(c) for c in cells) + 2)))
    return widths


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


WRITERS: dict[str, Callable[..., None]] = {".csv": write_csv, ".xlsx": write_xlsx}
