"""Read a large, regular CSV file straight into Arrow text columns (the general reader makes a Python list per row).

The header is still found by the general reader on the first rows; the rows under it are parsed by pyarrow, and
only rows that could be a total, a blank or a repeated header are looked at one by one. Whenever the file is not
regular enough for the result to be exactly what the general reader gives (rows of different widths, blank lines,
line breaks inside cells, ="..." cells, old Mac line endings, a chosen header row past the first rows), this
reader returns None and the general reader reads the file.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from ..progress import Reporter
from .aligned_text import ALIGNED
from .csv_reader import _SEP_LINE, DecodedText, decode_csv, estimate_cells, read_csv_grid, sniff_delimiter
from .header import (
    HEADER_SCAN_ROWS,
    NO_HEADER,
    TOTAL_INITIALS,
    RowReasons,
    clean_names,
    footer_reasons,
    header_part,
    header_row_number,
    row_sample,
)
from .limits import MAX_CELLS, MAX_COLUMNS, too_many_cells, too_many_columns
from .table import SkippedRow, Table

FAST_MIN_BYTES = 1 << 20  # smaller files are read by the general reader (it takes well under a second for them)
HEAD_BYTES = 1 << 20  # the first bytes, decoded to find the header and the delimiter
MAX_TAIL_LINES = 1000  # footer lines (notes, short totals rows) looked at one by one
HEAD_ROWS = HEADER_SCAN_ROWS + 60  # rows the general reader reads to find the header (and a two-row header)
# every character Python's str.isspace() and str.strip() treat as white space, for Arrow's regular expressions
_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
           "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_SPACE_CLASS = "[" + "".join(f"\\x{{{ord(c):x}}}" for c in _SPACES) + "]"
# a first cell header._may_be_total lets through (a superset is enough)
_MAY_BE_TOTAL = "^(?:[合总小汇共]|(?i:su|to|gr))|共"
# a cell that might lead a totals line once stripped (see header.is_total_label); a superset is enough
_TOTAL_LEAD = f"^{_SPACE_CLASS}*[合总小汇共GgSsTt]|共"
_FILLED = f"[^{_SPACE_CLASS[1:]}"  # a cell with something other than white space
_APOSTROPHE_CELL = re.compile(rb"(?:^|[,;\t|\"])'[0-9+\-(]", re.MULTILINE)  # as csv_reader's, on bytes
_BACKTICK_ROWS = re.compile(rb"^`[^\n]*,`", re.MULTILINE)  # as csv_reader.BACKTICK_ROWS, on bytes


def read_csv_table(name: str, data: bytes, *, header_row: int | None = None, max_cells: int = MAX_CELLS,
                   reporter: Reporter | None = None) -> Table | None:
    """The table under the header row of a large regular CSV file, as Arrow columns; None: use the general reader."""
    reporter = reporter or Reporter()
    if len(data) < FAST_MIN_BYTES:
        return None
    source = _utf8_source(name, data)
    if source is None:
        return None
    body, decoded = source
    if decoded.delimiter in ALIGNED:
        return None  # columns lined up with spaces: the general reader
    if (b"=" in body and b'="' in body) or (b"'" in body and _APOSTROPHE_CELL.search(body)) or (
            b"`" in body and _BACKTICK_ROWS.search(body)) or (
            b"\r" in body and body.count(b"\r") != body.count(b"\r\n")):
        return None  # cells to unwrap, or old Mac line endings: the general reader
    lines = body.count(b"\n") + 1
    estimate = int(estimate_cells(decoded.text, decoded.delimiter) * lines / (decoded.text.count("\n") + 1))
    if estimate > max_cells:
        raise too_many_cells(estimate, max_cells, file=name)
    head = read_csv_grid(name, name, b"", max_rows=HEAD_ROWS, max_cells=max_cells, decoded=decoded)
    if not head.truncated or not head.rows:
        return None  # the whole file fits in the first rows: nothing to gain
    index = None
    if header_row == 0:
        index = NO_HEADER
    elif header_row is not None:
        if header_row not in head.row_numbers:
            return None
        index = head.row_numbers.index(header_row)
    part = header_part(head, index)
    if part.start >= len(head.rows):
        return None
    first_line = head.row_numbers[part.start]
    width = len(part.raw)
    if any(len(r) != width for r in head.rows[part.start:]):
        return None
    start, end = _line_span(body, first_line)
    reporter.step(1, 4, "Reading rows")
    parsed = _parse(body, start, end, decoded, width, lines_before=first_line - 1)
    if parsed is None:
        return None
    reporter.step(2, 4, "Reading rows")
    return _table(name, decoded, head, part, *parsed, first_line, reporter)


def _utf8_source(name: str, data: bytes) -> tuple[bytes, DecodedText] | None:
    """The file as UTF-8 bytes (a UTF-8 file as it is, others decoded and encoded again), with its first rows
    decoded for finding the header, the delimiter and the encoding; None when it is not plain text."""
    if data.startswith(codecs.BOM_UTF8) or not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        body = data[3:] if data.startswith(codecs.BOM_UTF8) else data
        cut = body.rfind(b"\n", 0, HEAD_BYTES)
        try:
            text = body[: cut + 1 if cut > 0 else HEAD_BYTES].decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if text is not None and "\x00" not in text and text.strip():
            if b"\x00" in body:
                return None  # the general reader refuses it, or reads it as UTF-16
            hint = _SEP_LINE.match(text)
            delimiter = hint.group(1) if hint else sniff_delimiter(text)
            encoding = "utf-8-sig" if body is not data else "utf-8"
            return body, DecodedText(text, encoding, delimiter, [])
    decoded = decode_csv(name, data)
    body = decoded.text.encode("utf-8")
    cut = body.rfind(b"\n", 0, HEAD_BYTES)
    head = body[: cut + 1 if cut > 0 else HEAD_BYTES].decode("utf-8")
    return body, DecodedText(head, decoded.encoding, decoded.delimiter, decoded.notes)


def _line_span(body: bytes, line: int) -> tuple[int, int]:
    """Where line `line` (1-based) starts, and where the text ends without its trailing line breaks.

    Offsets, not a slice: a slice of a 100 MB file is a 100 MB copy (two of them took 0.09 s).
    """
    at = 0
    for _ in range(line - 1):
        at = body.index(b"\n", at) + 1
    end = len(body)
    while end > at and body[end - 1] in b"\r\n":
        end -= 1
    return at, end


def _split_tail(body: bytes, start: int, end: int, delimiter: str, width: int) -> tuple[int, list[list[str]]] | None:
    """Cut off the last lines of body[start:end] that are not `width` cells or hold no text (footers like
    "制表人：..."), parsed; returns where the rest ends, and those lines."""
    import csv

    cut = end
    tail: list[list[str]] = []
    for _ in range(MAX_TAIL_LINES):
        found = body.rfind(b"\n", start, cut)
        first = found + 1 if found >= 0 else start
        try:
            line = body[first:cut].rstrip(b"\r").decode("utf-8")
        except UnicodeDecodeError:
            return None
        if line.count('"') % 2:
            return None  # a line break inside a quoted cell
        cells = next(csv.reader([line], delimiter=delimiter), [])
        if len(cells) == width and any(cells):
            return cut, tail[::-1]
        if len(cells) > width:
            return None  # wider than the header: the general reader widens every row
        tail.append(cells)
        if first == start:
            return start, tail[::-1]
        cut = first - 1
    return None


def _parse(data: bytes, start: int, end: int, decoded: DecodedText, width: int,
           lines_before: int) -> tuple[list[Any], list[list[str]], list[bytes] | None] | None:
    """The records of data[start:end] (which starts after `lines_before` lines) as `width` Arrow text columns, the
    short rows at its end (a footer) as read, and each row as one text when no cell is quoted (equal texts are
    equal rows then: duplicates are counted on them).

    None when the region is not one record per line of `width` cells (the general reader then reads the file).
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv

    split = _split_tail(data, start, end, decoded.delimiter, width)
    if split is None:
        return None
    end, tail = split  # the records end where the footer starts...
    if data[end - 1:end] == b"\r":
        end -= 1  # ...without the \r of a \r\n before it (it would stick to the last record's text)
    while tail and not any(tail[-1]):
        tail.pop()  # rows without any text at the very end are not rows (the general reader drops them too)
    if end <= start:
        return None
    names = [f"c{i}" for i in range(width)]
    quoted = data.find(b'"', start, end) >= 0
    try:
        table = pacsv.read_csv(
            pa.BufferReader(pa.py_buffer(data).slice(start, end - start)),  # no copy of the bytes
            read_options=pacsv.ReadOptions(column_names=names, block_size=1 << 24),
            parse_options=pacsv.ParseOptions(delimiter=decoded.delimiter, quote_char='"', double_quote=True,
                                             escape_char=False, newlines_in_values=quoted, ignore_empty_lines=True),
            convert_options=pacsv.ConvertOptions(column_types=dict.fromkeys(names, pa.large_string()),
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError, UnicodeError):
        return None  # rows of other widths, or quoting the general reader reads differently
    records = data.count(b"\n", start, end) + 1
    if table.num_rows != records:
        # fewer rows than lines: a blank line (skipped by pyarrow; the general reader reports it) or a line break
        # inside a quoted cell (the row numbers need the general reader). Nothing makes more rows than lines.
        return None
    columns = [table.column(i) for i in range(width)]
    lines = None
    if not quoted and not any('"' in cell for row in tail for cell in row):
        if data.find(b"\r", start) >= 0:  # to the end of the file: a last line may end in \r\n
            lines = data[start:end].replace(b"\r\n", b"\n").split(b"\n")
        else:  # the file's lines from the first record (split whole: a slice would copy the file first)
            lines = data.split(b"\n")[lines_before:lines_before + records]
        lines += [decoded.delimiter.join((r + [""] * width)[:width]).encode("utf-8") for r in tail]
    if tail:
        padded = [(r + [""] * width)[:width] for r in tail]
        columns = [pa.chunked_array([*c.chunks, pa.array([r[j] for r in padded], pa.large_string())])
                   for j, c in enumerate(columns)]
    return columns, tail, lines


def _table(name: str, decoded: DecodedText, head, part, arrays: list[Any], tail: list[list[str]],
           lines: list[bytes] | None, first_line: int, reporter: Reporter) -> Table | None:
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    n = len(arrays[0])
    numbers = np.arange(first_line, first_line + n, dtype=np.int64)

    short = dict(enumerate(tail, start=n - len(tail)))  # the footer's rows as read (not padded)

    def row_at(i: int) -> list[str]:
        return short[i] if i in short else [a[i].as_py() for a in arrays]

    judge = RowReasons(part.headers)
    reasons: dict[int, str] = {}
    for i in np.union1d(_candidates(arrays, judge, part), np.arange(n - len(tail), n)).tolist():
        reason = judge.reason(row_at(i))
        if reason:
            reasons[i] = reason
    footer_reasons(row_at, 0, n, reasons)
    reporter.step(3, 4, "Reading rows")
    skipped = part.skipped + [SkippedRow(int(numbers[i]), reasons[i], row_sample(row_at(i))) for i in sorted(reasons)]
    if reasons:
        keep = np.ones(n, dtype=bool)
        keep[list(reasons)] = False
        mask = pa.array(keep)
        arrays = [pc.filter(a, mask) for a in arrays]
        numbers = numbers[keep]
    raw, notes = part.raw, part.notes
    positions = [j for j in range(len(raw))
                 if raw[j].strip() or pc.any(pc.match_substring_regex(arrays[j], _FILLED)).as_py()]
    if len(positions) < len(raw):
        notes.append(f"left out {len(raw) - len(positions)} empty column(s) without a name")
    if len(positions) > MAX_COLUMNS:
        raise too_many_columns(len(positions), file=name, sheet=None)
    columns = clean_names([raw[j] for j in positions], positions)
    table = Table.from_arrays(name, None, header_row_number(head, part.index), columns, [arrays[j] for j in positions],
                              numbers, skipped=skipped, encoding=decoded.encoding, delimiter=decoded.delimiter,
                              notes=notes)
    if lines is not None:  # one text per row, unquoted: equal texts are equal rows
        data = [line for i, line in enumerate(lines) if i not in reasons] if reasons else lines
        table.known_duplicates = len(data) - len(set(data))
    return table


def _candidates(arrays: list[Any], judge: RowReasons, part) -> Any:
    """Indices of the rows that might not be data (RowReasons.reason decides); every other row is data for sure."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    first = arrays[0]
    lead = pc.utf8_slice_codeunits(first, 0, 1)
    spaced = pc.or_(pc.equal(first, ""), pc.is_in(lead, pa.array(list(_SPACES))))
    named = pc.and_(pc.is_in(lead, pa.array(sorted(set(TOTAL_INITIALS)))), pc.match_substring_regex(first, _MAY_BE_TOTAL))
    if judge.firsts:
        named = pc.or_(named, pc.is_in(first, pa.array(sorted(judge.firsts))))
    plain = np.flatnonzero(pc.and_(named, pc.invert(spaced)).to_numpy(zero_copy_only=False))
    odd = np.flatnonzero(spaced.to_numpy(zero_copy_only=False))
    if len(odd) == 0:
        return plain
    # a row whose first cell is blank or starts with a space is not data only when it is blank, repeats a header
    # name somewhere or has a totals label in its first three cells
    where = pa.array(odd)
    names = pa.array(sorted({c.strip() for h in part.headers for c in h} - {""}), type=pa.large_string())
    blank = special = None
    for j, array in enumerate(arrays):
        cells = array.take(where)
        empty = pc.invert(pc.match_substring_regex(cells, _FILLED))
        blank = empty if blank is None else pc.and_(blank, empty)
        hit = pc.is_in(pc.utf8_trim(cells, _SPACES), names)
        if j < 3:
            hit = pc.or_(hit, pc.match_substring_regex(cells, _TOTAL_LEAD))
        special = hit if special is None else pc.or_(special, hit)
    odd = odd[pc.or_(blank, special).to_numpy(zero_copy_only=False)]
    return np.union1d(plain, odd)
