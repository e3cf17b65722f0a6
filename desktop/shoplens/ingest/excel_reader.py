"""Read workbooks (xlsx, xlsm, xlsb, xls, ods) through python-calamine as text cells."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from ..errors import InputError
from ..progress import Reporter
from ..util.gc import paused_gc
from .cells import row_texts
from .limits import INFLATE_RATIO_FROM, MAX_CELLS, MAX_INFLATE_RATIO, MAX_INFLATED_BYTES, too_many_cells
from .table import Grid, SheetInfo

PROGRESS_EVERY = 50_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?[A-Z]*(\d+)"')
_DIMENSION_REF = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"')
_KINDS = {"WorkSheet": "worksheet", "ChartSheet": "chart", "DialogSheet": "dialog", "MacroSheet": "macro",
          "Vba": "vba"}


def _info(meta, rows: int | None = None) -> SheetInfo:
    """A SheetInfo from calamine's SheetMetadata (its enums print as 'SheetTypeEnum.ChartSheet')."""
    visible = str(meta.visible).rsplit(".", 1)[-1] == "Visible"
    kind = _KINDS.get(str(meta.typ).rsplit(".", 1)[-1], "worksheet")
    return SheetInfo(name=meta.name, visible=visible, kind=kind, rows=rows)


def _password_error(name: str) -> InputError:
    return InputError("The workbook is protected with a password, so ShopLens cannot read it.", file=name,
                      hint="Open it in Excel, remove the password (File > Info > Protect Workbook) and save a copy.")


def _damaged(name: str, detail: str = "") -> InputError:
    detail = f" ({detail})" if detail else ""
    return InputError("The workbook could not be read: it is damaged or incomplete{detail}.", file=name,
                      hint="Open it in Excel or WPS and save it again, or export the data once more.", detail=detail)


def _is_encrypted_ole(path: Path) -> bool:
    """True for an OLE2 container holding an 'EncryptedPackage' stream (a password-protected xlsx)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(8) != OLE_MAGIC:
                return False
            fh.seek(0)
            return ENCRYPTED_STREAM in fh.read()
    except OSError:
        return False


def check_inflated_size(path: Path, name: str) -> None:
    """InputError when a zip-based workbook would inflate beyond a sane size or ratio (a "zip bomb"), read from the
    archive's listing only; a file that is no zip archive is left to the reader."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (OSError, zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
        return  # not readable as a zip: the reader says what is wrong
    total = sum(m.file_size for m in members)
    worst = max(members, key=lambda m: m.file_size / max(m.compress_size, 1), default=None)
    bomb = worst is not None and worst.file_size > INFLATE_RATIO_FROM and \
        worst.file_size > MAX_INFLATE_RATIO * max(worst.compress_size, 1)
    if total > MAX_INFLATED_BYTES or bomb:
        raise InputError("The workbook is {size} but would unpack to {unpacked}, far more than a "
                         "spreadsheet's data needs, so ShopLens does not open it.", file=name,
                         hint="If the file is genuine, open it in Excel or WPS and save it as CSV, then import that.",
                         size=_megabytes(path.stat().st_size), unpacked=_megabytes(total))


def _megabytes(size: int) -> str:
    return f"{size / (1 << 20):,.1f} MB"


def _open(path: Path, name: str):
    """A CalamineWorkbook, or InputError saying in words why the file cannot be opened."""
    from python_calamine import CalamineWorkbook, PasswordError

    with open(path, "rb") as fh:
        if fh.read(4) == ZIP_MAGIC:
            check_inflated_size(path, name)
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
        suffix = path.suffix.lower()
        expected = OLE_MAGIC if suffix == ".xls" else ZIP_MAGIC
        if head.startswith(expected):
            return CalamineWorkbook.from_path(str(path))
        with open(path, "rb") as fh:  # content and suffix disagree (an .xls that is really an xlsx): sniff it
            return CalamineWorkbook.from_filelike(fh)
    except PasswordError as exc:
        raise _password_error(name) from exc
    except OSError:
        raise
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # calamine raises its own errors and, on odd files, pyo3 panics
        message = str(exc).lower()
        if "password" in message or "encrypt" in message or _is_encrypted_ole(path):
            raise _password_error(name) from exc
        raise _damaged(name, _short(exc)) from exc


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


def xlsx_dimensions(path: Path) -> dict[str, tuple[int, int]]:
    """(rows, columns) per sheet from each sheet's <dimension> (xlsx/xlsm only; reads a few KB per sheet)."""
    heads = _xlsx_sheet_heads(path)
    out: dict[str, tuple[int, int]] = {}
    for name, head in heads.items():
        found = _DIMENSION_REF.search(head)
        if found:
            c0, r0, c1, r1 = found.groups()
            rows = int(r1 or r0) - (int(r0) - 1 if r1 else 0)
            cols = _column_number(c1 or c0) - (_column_number(c0) - 1 if c1 else 0)
            out[name] = (max(rows, 0), max(cols, 0))
    return out


def _xlsx_row_counts(path: Path) -> dict[str, int]:
    """Rows per sheet from each sheet's <dimension> (xlsx/xlsm only; reads a few KB per sheet)."""
    counts: dict[str, int] = {}
    for name, head in _xlsx_sheet_heads(path).items():
        found = _DIMENSION.search(head)
        if found:
            counts[name] = int(found.group(1))
    return counts


def _xlsx_sheet_heads(path: Path) -> dict[str, bytes]:
    """The first 4 KB of each worksheet's XML, by sheet name."""
    counts: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = archive.read("xl/workbook.xml")
            rels = archive.read("xl/_rels/workbook.xml.rels")
            targets = {m.group(1).decode(): m.group(2).decode() for m in re.finditer(
                rb'<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"', rels)}
            targets.update({m.group(2).decode(): m.group(1).decode() for m in re.finditer(
                rb'<Relationship\b[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)})
            for match in re.finditer(rb'<(?:\w+:)?sheet\b([^>]*)/?>', workbook):
                attrs = match.group(1)
                name = re.search(rb'\bname="([^"]*)"', attrs)
                rid = re.search(rb'\br:id="([^"]*)"', attrs) or re.search(rb':id="([^"]*)"', attrs)
                if not name or not rid or rid.group(1).decode() not in targets:
                    continue
                target = targets[rid.group(1).decode()].lstrip("/")
                member = target if target.startswith("xl/") else f"xl/{target}"
                with archive.open(member) as fh:
                    counts[_xml_unescape(name.group(1).decode("utf-8"))] = fh.read(4096)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, UnicodeDecodeError, RuntimeError, EOFError,
            NotImplementedError, zlib.error):
        return counts
    return counts


def _xml_unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def list_workbook_sheets(path: Path, name: str) -> list[SheetInfo]:
    """Every sheet of a workbook, in order, with its visibility, kind and (xlsx) row count."""
    book = _open(path, name)
    try:
        metadata = list(book.sheets_metadata)
    finally:
        book.close()
    counts = _xlsx_row_counts(path) if path.suffix.lower() in (".xlsx", ".xlsm") else {}
    return [_info(m, counts.get(m.name)) for m in metadata]


def first_worksheet(sheets: list[SheetInfo]) -> str | None:
    """The first visible worksheet, else the first worksheet, else None."""
    for sheet in sheets:
        if sheet.kind == "worksheet" and sheet.visible:
            return sheet.name
    for sheet in sheets:
        if sheet.kind == "worksheet":
            return sheet.name
    return None


def read_workbook_grid(path: Path, name: str, sheet: str | None = None, *, max_rows: int | None = None,
                       max_cells: int = MAX_CELLS, reporter: Reporter | None = None) -> Grid:
    """Every row of one sheet as text cells, row numbers as Excel shows them, merged ranges where known."""
    reporter = reporter or Reporter()
    book = _open(path, name)
    try:
        metadata = list(book.sheets_metadata)
        sheets = [_info(m) for m in metadata]
        if sheet is None:
            sheet = first_worksheet(sheets)
            if sheet is None:
                raise InputError("The workbook has no worksheet with data (only charts).", file=name)
        info = next((s for s in sheets if s.name == sheet), None)
        if info is None:
            listed = ", ".join(f'"{s.name}"' for s in sheets)
            raise InputError('The workbook has no sheet named "{sheet}". Its sheets are: {listed}.', file=name,
                             sheet=sheet, listed=listed)
        if info.kind != "worksheet":
            raise InputError("This sheet is a chart, not a table of data.", file=name, sheet=sheet)
        reporter.step(0, 1, f'Reading sheet "{sheet}"')
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            rows_, cols_ = xlsx_dimensions(path).get(sheet, (0, 0))
            if rows_ * cols_ > max_cells:  # refused from the sheet's own dimension, before anything is loaded
                raise too_many_cells(rows_ * cols_, max_cells, file=name, sheet=sheet)
        try:
            data = book.get_sheet_by_name(sheet)
            height, width = data.height, data.width
            if min(height, max_rows + 1 if max_rows is not None else height) * width > max_cells:
                raise too_many_cells(height * width, max_cells, file=name, sheet=sheet)
            values = data.to_python(skip_empty_area=False, nrows=None if max_rows is None else max_rows + 1)
            merged_ranges = data.merged_cell_ranges
        except (KeyboardInterrupt, SystemExit, InputError):
            raise
        except BaseException as exc:
            raise _damaged(name, _short(exc)).located(sheet=sheet) from exc
    finally:
        book.close()
    truncated = max_rows is not None and len(values) > max_rows
    if truncated:
        del values[max_rows:]
    rows = _texts(values, reporter)
    while rows and not any(rows[-1]):
        rows.pop()
    merged = None
    if merged_ranges is not None:
        merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in merged_ranges if (r1, c1) != (r0, c0)]
    return Grid(file=name, sheet=sheet, rows=rows, row_numbers=list(range(1, len(rows) + 1)), truncated=truncated,
                merged=merged)


def _texts(values: list[list], reporter: Reporter) -> list[list[str]]:
    """Convert calamine values to text rows, reporting progress and checking cancel every 50,000 rows."""
    total = len(values)
    rows: list[list[str]] = []
    with paused_gc():
        for start in range(0, total, PROGRESS_EVERY):
            rows.extend([row_texts(row) for row in values[start:start + PROGRESS_EVERY]])
            reporter.step(len(rows), total, f"Read {len(rows):,} rows")
    return rows
