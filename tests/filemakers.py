"""Write small spreadsheet and text files in code for reader tests: xlsx, xls, ods, CSV bytes, an OLE container."""

from __future__ import annotations

import datetime as dt
import struct
from collections.abc import Sequence
from pathlib import Path

Cell = str | int | float | bool | dt.date | dt.datetime | None
Rows = Sequence[Sequence[Cell]]


def write_xlsx(path: Path, sheets: dict[str, Rows], *, merges: dict[str, list[tuple[int, int, int, int]]] | None = None,
               hidden: Sequence[str] = (), charts: Sequence[str] = (), date_1904: bool = False,
               first_sheet: str | None = None) -> Path:
    """An xlsx through xlsxwriter; dates get a date format, merges are (row0, col0, row1, col1) 0-based."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"date_1904": date_1904, "strings_to_numbers": False,
                                           "strings_to_formulas": False, "strings_to_urls": False})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                if isinstance(value, dt.datetime):
                    sheet.write_datetime(r, c, value, stamp)
                elif isinstance(value, dt.date):
                    sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), day)
                elif isinstance(value, str):
                    sheet.write_string(r, c, value)
                else:
                    sheet.write(r, c, value)
        for r0, c0, r1, c1 in (merges or {}).get(name, []):
            sheet.merge_range(r0, c0, r1, c1, rows[r0][c0] if r0 < len(rows) and c0 < len(rows[r0]) else "")
        if name in hidden:
            sheet.hide()
        if name == first_sheet:
            sheet.activate()
    for name in charts:
        chart_sheet = book.add_chartsheet(name)
        chart = book.add_chart({"type": "column"})
        first = next(iter(sheets))
        chart.add_series({"values": f"='{first}'!$B$2:$B$3"})
        chart_sheet.set_chart(chart)
    book.close()
    return path


def write_xls(path: Path, sheets: dict[str, Rows], *, merges: dict[str, list[tuple[int, int, int, int]]] | None = None,
              hidden: Sequence[str] = (), dates_1904: bool = False) -> Path:
    """A BIFF8 .xls through xlwt (dates formatted as dates, merges 0-based)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    book.dates_1904 = dates_1904
    day = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    stamp = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        spans = (merges or {}).get(name, [])
        covered = {(r, c) for r0, c0, r1, c1 in spans for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for r0, c0, r1, c1 in spans:
            sheet.write_merge(r0, r1, c0, c1, rows[r0][c0])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None or value == "" or (r, c) in covered:
                    continue
                if isinstance(value, dt.datetime):
                    sheet.write(r, c, value, stamp)
                elif isinstance(value, dt.date):
                    sheet.write(r, c, value, day)
                else:
                    sheet.write(r, c, value)
        if name in hidden:
            sheet.visibility = 1
    book.save(str(path))
    return path


def write_ods(path: Path, sheets: dict[str, Rows]) -> Path:
    """An OpenDocument spreadsheet through odfpy, with typed cells (float, date, boolean, string)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        for row in rows:
            tr = TableRow()
            for value in row:
                if value is None or value == "":
                    cell = TableCell()
                elif isinstance(value, bool):
                    cell = TableCell(valuetype="boolean", booleanvalue="true" if value else "false")
                elif isinstance(value, int | float):
                    cell = TableCell(valuetype="float", value=repr(value))
                elif isinstance(value, dt.datetime):
                    cell = TableCell(valuetype="date", datevalue=value.isoformat())
                elif isinstance(value, dt.date):
                    cell = TableCell(valuetype="date", datevalue=value.isoformat())
                else:
                    cell = TableCell(valuetype="string")
                if value is not None and value != "":
                    cell.addElement(P(text=str(value)))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def csv_text(rows: Rows, delimiter: str = ",", newline: str = "\r\n") -> str:
    """Rows as CSV text the way Excel writes it (quotes only where needed)."""
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return out.getvalue()


def write_text(path: Path, text: str, encoding: str = "utf-8", *, bom: bool = False) -> Path:
    """Text in a given encoding; `bom` adds the byte-order mark (UTF-8 and UTF-16 LE/BE)."""
    marks = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}
    path.write_bytes((marks[encoding] if bom else b"") + text.encode(encoding))
    return path


# -- a minimal OLE2 compound file (CFB v3): what a password-protected xlsx looks like from outside --------------
FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _entry(name: str, kind: int, child: int = NO_STREAM, right: int = NO_STREAM, start: int = END,
           size: int = 0) -> bytes:
    encoded = (name.encode("utf-16-le") + b"\x00\x00") if name else b""
    return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", NO_STREAM, right, child) + bytes(16) + bytes(4) + bytes(16)
            + struct.pack("<IQ", start, size))


def write_cfb(path: Path, streams: dict[str, bytes]) -> Path:
    """A compound file holding the given streams (each padded to 4096+ bytes, so no mini stream is needed)."""
    data = {name: content.ljust(4096, b"\x00") for name, content in streams.items()}
    names = sorted(data, key=lambda n: (len(n), n.upper()))
    fat = [FAT_SECTOR, END]
    body = b""
    starts = {}
    for name in names:
        sectors = -(-len(data[name]) // 512)
        starts[name] = len(fat)
        fat += [len(fat) + i + 1 for i in range(sectors - 1)] + [END]
        body += data[name].ljust(sectors * 512, b"\x00")
    assert len(fat) <= 128, "one FAT sector only"
    entries = [_entry("Root Entry", 5, child=1 if names else NO_STREAM)]
    for i, name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else NO_STREAM
        entries.append(_entry(name, 2, right=right, start=starts[name], size=len(data[name])))
    while len(entries) % 4:
        entries.append(_entry("", 0))
    assert len(entries) == 4, "one directory sector only"
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
              + struct.pack("<I", 0) + struct.pack("<I", FREE) * 108)
    fat_sector = struct.pack(f"<{len(fat)}I", *fat) + struct.pack("<I", FREE) * (128 - len(fat))
    path.write_bytes(header + fat_sector + b"".join(entries) + body)
    return path


def write_encrypted_xlsx(path: Path) -> Path:
    """What Excel writes for a workbook with an open password: an OLE container with EncryptionInfo/Package."""
    info = struct.pack("<HHI", 4, 4, 0x40) + b"<?xml version=\"1.0\"?><encryption/>"
    return write_cfb(path, {"EncryptionInfo": info, "EncryptedPackage": struct.pack("<Q", 9000) + bytes(8000)})
