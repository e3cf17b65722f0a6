"""Find the header row of a grid, name its columns, and keep only the data rows under it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..errors import InputError
from .limits import MAX_COLUMNS, too_many_columns
from .mapping import known_header
from .table import Grid, SkippedRow, Table

HEADER_SCAN_ROWS = 200  # the header is looked for among the first rows only
HEADER_WINDOW = 60  # non-blank rows compared with each other

_NUMBER = re.compile(r"[-+(]?\s*[¥￥$€£]?\s*[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\s*%?\)?\s*(?:元)?")
_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}")
_TOTAL_ZH = re.compile(r"(?:总\s*合\s*计|合\s*计|总\s*计|小\s*计|汇\s*总|共\s*计)")
_COUNT_ZH = re.compile(r"共\s*[\d,]+\s*(?:条|笔|行|单|项|人|个|位|件|张)")
_TOTAL_EN = re.compile(r"(?:grand\s+total|sub-?\s*totals?|totals?|sum)(?:\s*\(.*\))?\s*(?:[:：].*)?")
TOTAL_INITIALS = frozenset("合总小汇共TtSsGg")
_NOTE_WORDS = re.compile(r"制表|打印|导出|备注|说明|注[:：]|数据来源|截止|经办|审核|note|printed|exported|generated|source"
                         r"|created|report", re.IGNORECASE)


def is_value_like(cell: str) -> bool:
    """True for text that reads as a number, an amount, a date or a time rather than a column name."""
    text = cell.strip()
    if not text:
        return False
    if text[-1] in ":：":
        return True  # "导出时间:" is a label of a value, not a column name
    if any(ch.isdigit() for ch in text) and _NUMBER.fullmatch(text):
        return True
    return _DATE.match(text) is not None


def is_total_label(cell: str) -> bool:
    """True for a totals/footer label: 合计, 总计, 小计, 汇总, 共 N 条, Total(s), Grand total, Sum, Subtotal."""
    text = cell.strip()
    if not text or len(text) > 40:
        return False
    if _TOTAL_ZH.match(text) or _COUNT_ZH.search(text):
        return True
    return _TOTAL_EN.fullmatch(text.lower()) is not None


def _may_be_total(first: str) -> bool:
    """A cheap test before is_total_label: only labels starting so (or holding 共) can be totals labels."""
    return first[0] in "合总小汇共" or first[:2].lower() in ("su", "to", "gr") or "共" in first


def _filled(row: list[str]) -> int:
    return sum(1 for c in row if c and not c.isspace())


def _span(row: list[str]) -> int:
    """1 + the position of the last filled cell."""
    for j in range(len(row) - 1, -1, -1):
        if row[j] and not row[j].isspace():
            return j + 1
    return 0


def _header_like(row: list[str]) -> bool:
    """Mostly text, and mostly different texts: what column names look like."""
    cells = [c.strip() for c in row if c and not c.isspace()]
    values = sum(1 for c in cells if is_value_like(c))
    return values <= len(cells) // 3 and len(set(cells)) >= 0.8 * len(cells)


NO_HEADER = -1  # header index of a sheet without a header row: its first row is data (Table.header_row is 0)


def detect_header(grid: Grid) -> int:
    """Index into grid.rows of the header row, skipping title lines, notes and blank rows above it; NO_HEADER when
    the first row is already data (CDNOW_sample.txt starts with ` 00004 0001 19970101  2   29.33`)."""
    window: list[tuple[int, int, int]] = []  # (index, filled cells, span)
    for index, row in enumerate(grid.rows[:HEADER_SCAN_ROWS]):
        count = _filled(row)
        if count:
            window.append((index, count, _span(row)))
            if len(window) >= HEADER_WINDOW:
                break
    if not window:
        raise InputError("The sheet is empty: no row has any text.", file=grid.file, sheet=grid.sheet)
    widest = max(count for _, count, _ in window)
    need = 1 if widest == 1 else max(2, math.ceil(0.6 * widest))
    wide = [(k, index) for k, (index, count, _) in enumerate(window) if count >= need]
    chosen = first_named = None
    for k, index in wide:
        if not _header_like(grid.rows[index]):
            continue
        if first_named is None:
            first_named = index
        below = sorted(span for _, _, span in window[k + 1:k + 11])
        if not below or window[k][2] >= 0.8 * below[len(below) // 2]:
            chosen = index  # a title or a note stops short of the columns the rows below fill; a header does not
            break
    if chosen is None:
        chosen = first_named if first_named is not None else wide[0][1]
    if chosen == window[0][0] and _is_data_row(grid, chosen):
        return NO_HEADER
    if chosen > 0 and _two_row_header(grid, chosen - 1):
        return chosen - 1  # the row above holds the group names of a two-row header
    return chosen


def _is_data_row(grid: Grid, index: int) -> bool:
    """True when a row reads like the rows under it: a number, date or amount wherever they hold one, and no cell a
    known column name. A header names such columns in words ("手机号", "date"); a first row of data does not."""
    row = grid.rows[index]
    below = [r for r in grid.rows[index + 1:index + 51] if _filled(r)]
    if len(below) < 3:
        return False
    typed = 0
    for j in range(max(map(len, below))):
        cells = [r[j] for r in below if j < len(r) and r[j].strip()]
        if len(cells) < 0.8 * len(below) or sum(map(is_value_like, cells)) < 0.8 * len(cells):
            continue  # a text column: names, cities, products look the same in a header and in the data
        typed += 1
        if j >= len(row) or not is_value_like(row[j]):
            return False
    return typed > 0 and not any(known_header(c) for c in row if c.strip())


def _merges_in_row(grid: Grid, index: int) -> list[tuple[int, int, int, int]]:
    if not grid.merged:
        return []
    sheet_row = grid.row_numbers[index] - 1
    return [m for m in grid.merged if m[0] <= sheet_row <= m[2]]


def _two_row_header(grid: Grid, index: int) -> bool:
    """True when the row under the header is a second header line (group names above sub-names)."""
    rows = grid.rows
    if index + 1 >= len(rows) or grid.row_numbers[index + 1] != grid.row_numbers[index] + 1:
        return False
    upper, lower = rows[index], rows[index + 1]
    upper_at = {j for j, c in enumerate(upper) if c and not c.isspace()}
    lower_cells = [(j, c) for j, c in enumerate(lower) if c and not c.isspace()]
    if len(upper_at) < 2 or not lower_cells or any(is_value_like(c) for _, c in lower_cells):
        return False  # one upper cell is a title, not a group; numbers or dates below are data
    below = rows[index + 2:index + 52]
    if any(j < len(r) and r[j] == c for r in below for j, c in lower_cells):
        return False  # header names do not come back in the data; data values do
    lower_at = {j for j, _ in lower_cells}
    single = upper_at - lower_at  # one-level columns (merged down over both rows in the file)
    grouped = [j for j in lower_at - upper_at if j > min(upper_at)]  # sub-names under a group name
    sheet_row = grid.row_numbers[index] - 1
    if grid.merged is not None:
        if any(r0 == sheet_row and r1 > r0 for r0, _, r1, _ in grid.merged):
            return True
        groups = [(c0, c1) for r0, c0, _, c1 in grid.merged if r0 == sheet_row and c1 > c0]
        return bool(single) and any(c0 <= j <= c1 for j in lower_at for c0, c1 in groups)
    if not single or not grouped:
        return False
    return any(is_value_like(c) for r in below for c in r)  # the rows below look like data


def _header_names(grid: Grid, index: int, two_rows: bool) -> list[str]:
    """Raw header texts, with merged group names carried into the columns they cover."""
    upper = list(grid.rows[index])
    width = len(upper)
    lower = list(grid.rows[index + 1]) if two_rows else []
    width = max(width, len(lower))
    upper += [""] * (width - len(upper))
    lower += [""] * (width - len(lower))
    filled = list(upper)
    for _, c0, _, c1 in _merges_in_row(grid, index):
        for j in range(c0 + 1, min(c1 + 1, width)):
            if not filled[j].strip():
                filled[j] = filled[c0]
    if two_rows and grid.merged is None:  # no merge records: a blank upper cell above a sub-name joins the group
        group = ""
        for j in range(width):
            if upper[j].strip():
                group = upper[j]
            elif lower[j].strip():
                filled[j] = group
    if not two_rows:
        return filled
    return [" ".join(p for p in (filled[j], lower[j]) if p.strip()) for j in range(width)]


def clean_names(raw: list[str], positions: list[int]) -> list[str]:
    """Header names stripped, whitespace collapsed, blanks named 'Column N', duplicates 'Name (2)'."""
    names = [" ".join(text.split()) for text in raw]
    taken = set(names)
    result = [""] * len(names)
    seen: set[str] = set()
    next_number: dict[str, int] = {}  # where to go on counting "Name (n)" (10,000 equal names stay linear)
    order = [i for i, n in enumerate(names) if n] + [i for i, n in enumerate(names) if not n]
    for i in order:  # the file's own names first: a generated "Column 3" gives way to a real one
        name = names[i] or f"Column {positions[i] + 1}"
        if name in seen:
            n = next_number.get(name, 2)
            while f"{name} ({n})" in taken or f"{name} ({n})" in seen:
                n += 1
            next_number[name] = n + 1
            name = f"{name} ({n})"
        seen.add(name)
        result[i] = name
    return result


def _sample(row: list[str]) -> str:
    return " | ".join(c.strip() for c in row if c and not c.isspace())[:80]


def _is_note(row: list[str]) -> bool:
    cells = [c.strip() for c in row if c and not c.isspace()]
    if len(cells) != 1:
        return False
    text = cells[0]
    return ":" in text or "：" in text or len(text) >= 25 or _NOTE_WORDS.search(text) is not None


def _is_number_footer(row: list[str]) -> bool:
    """First cell empty, and only numbers after it: an unlabelled totals line."""
    if len(row) < 3 or row[0].strip():
        return False
    cells = [c for c in row if c and not c.isspace()]
    return bool(cells) and all(is_value_like(c) and not _DATE.match(c.strip()) for c in cells)


class RowReasons:
    """Why a row under the header is not data (blank, total, repeated header), judged one row at a time."""

    def __init__(self, headers: list[list[str]]) -> None:
        self.header_keys = {tuple(_trim([c.strip() for c in h])) for h in headers}
        self.firsts = {h[0] for h in headers if h}

    def may_skip(self, first: str) -> bool:
        """False when a row whose first cell is `first` is data for sure (the cheap test a columnar reader uses)."""
        return not first or first[0].isspace() or first in self.firsts or first[0] in TOTAL_INITIALS

    def reason(self, row: list[str]) -> str | None:
        first = row[0] if row else ""
        if first and not first[0].isspace():
            if first in self.firsts and tuple(_trim([c.strip() for c in row])) in self.header_keys:
                return "repeated_header"
            if first[0] in TOTAL_INITIALS and _may_be_total(first) and is_total_label(first):
                return "total"
            return None
        if not any(c and not c.isspace() for c in row):
            return "blank"
        stripped = [c.strip() for c in row]
        lead = next((c for c in stripped[:3] if c), "")
        if tuple(_trim(stripped)) in self.header_keys:
            return "repeated_header"
        if lead and (is_total_label(lead) or _COUNT_ZH.search(lead)):
            return "total"
        return None


def footer_reasons(row_at, start: int, end: int, reasons: dict[int, str]) -> None:
    """Add the footer (unlabelled totals and notes after the last data row) to `reasons`; row_at(i) gives row i."""
    footers = 0
    for i in range(end - 1, start - 1, -1):
        if i in reasons:
            continue
        row = row_at(i)
        if footers < 3 and _is_number_footer(row) and _first_cell_usually_filled(row_at, start, i, reasons):
            reasons[i] = "total"
            footers += 1
        elif _is_note(row):
            reasons[i] = "note"
        else:
            break


def _classify(rows: list[list[str]], start: int, headers: list[list[str]]) -> dict[int, str]:
    """Reasons for the rows from `start` on that are not data: blank, total, repeated header, footer note."""
    judge = RowReasons(headers)
    reasons: dict[int, str] = {}
    for i in range(start, len(rows)):
        reason = judge.reason(rows[i])
        if reason:
            reasons[i] = reason
    footer_reasons(rows.__getitem__, start, len(rows), reasons)
    return reasons


def _first_cell_usually_filled(row_at, start: int, end: int, reasons: dict[int, str]) -> bool:
    """True when most data rows just above `end` have a first cell (so a row without one stands out)."""
    sample = [row_at(i) for i in range(max(start, end - 200), end) if i not in reasons]
    return bool(sample) and sum(1 for r in sample if r and r[0].strip()) >= 0.8 * len(sample)


def _trim(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells.pop()
    return cells


@dataclass
class HeaderPart:
    """The header of a grid: its rows, raw names, the title rows above it, and where the data starts."""

    index: int  # index into grid.rows of the (first) header row
    start: int  # index of the first row under the header
    headers: list[list[str]]
    raw: list[str]  # header texts, merged group names carried over
    skipped: list[SkippedRow]  # the rows above the header
    notes: list[str]


def header_part(grid: Grid, header_index: int | None = None) -> HeaderPart:
    """Find (or check) the header row of a grid and read its names."""
    rows = grid.rows
    if header_index is None:
        header_index = detect_header(grid)
    if header_index == NO_HEADER:
        first = next((i for i, row in enumerate(rows) if _filled(row)), 0)
        numbers = grid.row_numbers
        skipped = [SkippedRow(numbers[i], "blank", "") for i in range(first)]
        width = max(map(len, rows[first:first + HEADER_WINDOW]), default=0)
        return HeaderPart(NO_HEADER, first, [], [""] * width, skipped,
                          [*grid.notes, "the file has no header row: its columns are named Column 1, Column 2, ..."])
    if not 0 <= header_index < len(rows):
        raise InputError("The header row is outside the sheet.", file=grid.file, sheet=grid.sheet)
    if not _filled(rows[header_index]):
        raise InputError("The chosen header row is empty; choose the row with the column names.", file=grid.file,
                         sheet=grid.sheet, row=grid.row_numbers[header_index])
    numbers = grid.row_numbers
    skipped = [SkippedRow(numbers[i], "blank" if not _filled(rows[i]) else "title", _sample(rows[i]))
               for i in range(header_index)]
    two_rows = _two_row_header(grid, header_index)
    notes = list(grid.notes)
    headers = [rows[header_index]]
    if two_rows:
        headers.append(rows[header_index + 1])
        notes.append(f"the header spans rows {numbers[header_index]} and {numbers[header_index + 1]}")
    raw = _header_names(grid, header_index, two_rows)
    return HeaderPart(header_index, header_index + (2 if two_rows else 1), headers, raw, skipped, notes)


def row_sample(row: list[str]) -> str:
    """A short sample of a row's text, for the wizard's list of skipped rows."""
    return _sample(row)


def header_row_number(grid: Grid, header_index: int) -> int:
    """The row number a user sees of the header row; 0 for a sheet without one."""
    return 0 if header_index == NO_HEADER else grid.row_numbers[header_index]


def make_table(grid: Grid, header_index: int | None = None) -> Table:
    """The table under the header row: clean unique column names, data rows padded, non-data rows reported."""
    rows, numbers = grid.rows, grid.row_numbers
    part = header_part(grid, header_index)
    header_index, start, raw, notes = part.index, part.start, part.raw, part.notes
    reasons = _classify(rows, start, part.headers)
    keep = [i for i in range(start, len(rows)) if i not in reasons] if reasons else list(range(start, len(rows)))
    skipped = part.skipped + [SkippedRow(numbers[i], reasons[i], _sample(rows[i])) for i in sorted(reasons)]
    data = [rows[i] for i in keep]
    width = max(len(raw), max(map(len, data), default=0))
    raw += [""] * (width - len(raw))
    lengths = {len(r) for r in data}
    positions = [j for j in range(width)
                 if raw[j].strip() or any(len(r) > j and r[j] and not r[j].isspace() for r in data)]
    if len(positions) < width:
        notes.append(f"left out {width - len(positions)} empty column(s) without a name")
    if len(positions) == width and lengths <= {width}:
        out = data
    elif positions == list(range(len(positions))):
        out = [r if len(r) == width else (r + [""] * (width - len(r)))[:width] for r in data]
        if len(positions) < width:
            out = [r[: len(positions)] for r in out]
    else:
        out = [[r[j] if j < len(r) else "" for j in positions] for r in data]
    if len(positions) > MAX_COLUMNS:
        raise too_many_columns(len(positions), file=grid.file, sheet=grid.sheet)
    columns = clean_names([raw[j] for j in positions], positions)
    return Table(file=grid.file, sheet=grid.sheet, header_row=header_row_number(grid, header_index), columns=columns,
                 rows=out, row_numbers=[numbers[i] for i in keep], skipped=skipped, encoding=grid.encoding,
                 delimiter=grid.delimiter, notes=notes)
