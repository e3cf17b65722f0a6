"""Read CSV/TSV/TXT exports: guess the encoding and the delimiter, keep exact line numbers, unwrap ="..." cells."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from ..errors import InputError
from ..progress import Reporter
from ..util.gc import paused_gc
from .aligned_text import ALIGNED, FIXED_WIDTH, STEADY, column_spans, sniff_aligned, split_aligned
from .cells import unwrap_text_cell
from .limits import MAX_CELLS, too_many_cells
from .table import Grid

DELIMITERS = (",", ";", "\t", "|")
SAMPLE_BYTES = 64 * 1024
PROGRESS_EVERY = 50_000
CHINESE_TRADITIONAL = {"big5", "big5hkscs", "cp950"}
CHINESE_SIMPLIFIED = {"gbk", "gb2312", "gb18030", "hz", "cp936", "euc_cn"}
MULTI_BYTE = ("utf", "big5", "cp950", "gb", "hz", "cp936", "shift_jis", "cp932", "euc", "iso2022", "cp949", "johab")
_LF_LINE = re.compile(r"[^\n]*\n|[^\n]+$")
_SEP_LINE = re.compile(r"sep=(.)\r?\n")  # Excel's "sep=;" first line names the delimiter
_HIGH_RUNS = re.compile(rb"[\x80-\xff]+")
_APOSTROPHE_CELL = re.compile(r"(?:^|[,;\t|\"])'[0-9+\-(]", re.MULTILINE)
# WeChat Pay bills write every data cell as `value (a backtick keeps Excel from reading numbers): the rows start with one
BACKTICK_ROWS = re.compile(r"^`[^\n]*,`", re.MULTILINE)
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _not_text(name: str) -> InputError:
    return InputError("This file does not look like a text (CSV) file: it holds binary data.", file=name,
                      hint="If it is a spreadsheet, save it as .xlsx or .csv and import that file.")


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit on every other byte, as in UTF-16 text without a BOM."""
    sample = sample[: len(sample) // 2 * 2][:8192]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(sample: bytes) -> bool:
    """True for data with NUL bytes or many control characters (an image, a zip, an old .xls)."""
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([c])) for c in (*range(1, 8), 11, 14, 15, *range(16, 26), *range(28, 32)))
    return controls > max(2, len(sample) // 100)


def _decodes(sample: bytes, encoding: str) -> bool:
    try:
        sample.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _guess_legacy(sample: bytes) -> str | None:
    """The encoding of non-UTF text: GB18030 or cp950 for Chinese (bytes >= 0x80 in pairs), else cp1252 first."""
    from charset_normalizer import from_bytes

    cut = sample.rfind(b"\n")
    if cut > len(sample) // 2:
        sample = sample[: cut + 1]
    runs = _HIGH_RUNS.findall(sample)
    high = sum(len(r) for r in runs)
    paired = sum(len(r) for r in runs if len(r) >= 2)
    best = from_bytes(sample).best()
    encoding = best.encoding.lower() if best else None
    if encoding in CHINESE_TRADITIONAL and _decodes(sample, "cp950"):
        return "cp950"
    if encoding in CHINESE_SIMPLIFIED and _decodes(sample, "gb18030"):
        return "gb18030"
    if high and paired >= 0.8 * high:  # double-byte text: Chinese (the shops this app is for) unless clearly not
        if encoding and encoding.startswith("utf"):
            return encoding
        return "gb18030" if _decodes(sample, "gb18030") else encoding
    if (encoding is None or not encoding.startswith(MULTI_BYTE)) and _decodes(sample, "cp1252"):
        return "cp1252"  # Western single-byte text: Windows' code page unless the guess is a multi-byte one
    return encoding


def _mostly_utf8(data: bytes) -> int | None:
    """The number of bad spots when the data is UTF-8 with a few broken bytes (a cut-off export), else None."""
    sample = data[:SAMPLE_BYTES * 4]
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = sum(1 for ch in text if ch > "\x7f") - bad
    if bad and wide >= 20 * bad:
        return data.decode("utf-8", errors="replace").count("\ufffd")
    return None


def decode_text(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """The text of a file's bytes, the encoding used and notes; InputError for binary data."""
    notes: list[str] = []
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, notes
            except UnicodeDecodeError:
                text = data.decode(encoding, errors="replace")
                notes.append(f"some bytes were not valid {encoding} and were replaced by \ufffd")
                return text, encoding, notes
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        notes.append(f"{mostly:,} bytes were not valid UTF-8 and were replaced by \ufffd")
        return data.decode("utf-8", errors="replace"), "utf-8", notes
    sample = data[:SAMPLE_BYTES]
    encoding = _utf16_without_bom(sample)
    if encoding:
        try:
            return data.decode(encoding), encoding, notes
        except UnicodeDecodeError:
            encoding = None
    if _looks_binary(sample):
        raise _not_text(name)
    encoding = _guess_legacy(sample)
    if encoding is None:
        raise _not_text(name)
    candidates = [encoding]
    if encoding == "cp950":
        candidates.append("big5hkscs")
    for candidate in candidates:
        try:
            return data.decode(candidate), candidate, notes
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    notes.append(f"some bytes were not valid {encoding} and were replaced by \ufffd")
    return text, encoding, notes


def sniff_delimiter(text: str) -> str:
    """The delimiter (, ; tab |) that splits most records of a sample into the same number (>1) of fields; when none
    does, aligned_text.SPACE_RUNS or FIXED_WIDTH for columns lined up with spaces."""
    if len(text) <= SAMPLE_BYTES:
        sample = text
    else:
        cut = text.rfind("\n", 0, SAMPLE_BYTES)
        sample = text[: cut if cut > 0 else SAMPLE_BYTES]
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        if delimiter not in sample:
            continue
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not counts:
            continue
        width, times = Counter(counts).most_common(1)[0]
        if width < 2:
            wider = [c for c in counts if c >= 2]
            if not wider:
                continue
            width, times = Counter(wider).most_common(1)[0]
        score = (times / len(counts), width)
        if score > best_score:
            best, best_score = delimiter, score
    if best_score[0] < STEADY or best_score[1] < 2:  # no delimiter splits the lines alike: columns lined up?
        return sniff_aligned(sample) or best
    return best


def _lines(text: str) -> Iterator[str]:
    """The lines of the text with their endings: split on \\n when every \\r is part of \\r\\n (lighter than StringIO)."""
    returns = text.count("\r")
    if returns and returns != text.count("\r\n"):
        return io.StringIO(text, newline="")  # old Mac or mixed line endings: let io split on \r too
    return (m.group() for m in _LF_LINE.finditer(text))


def _line_numbers(chunk: list[list[str]], before: int, after: int) -> Iterable[int]:
    """The line each record of a chunk starts on, given the line count before and after reading it."""
    if after - before == len(chunk):
        return range(before + 1, after + 1)  # one line per record: the common case, no per-row work
    numbers = []
    line = before
    for row in chunk:  # records with line breaks inside quoted cells span several lines
        numbers.append(line + 1)
        line += 1
        for cell in row:
            if "\n" in cell or "\r" in cell:
                line += cell.count("\n") + cell.count("\r") - cell.count("\r\n")
    return numbers


def _unwrap(rows: list[list[str]], backticks: bool) -> int:
    """Unwrap ="...", '0123 and (in a bill whose rows start with a backtick) `value cells in place; cells changed."""
    changed = 0
    for row in rows:
        for i, cell in enumerate(row):
            if not cell:
                continue
            first = cell[0]
            if first == "`" and backticks:
                row[i] = cell[1:]
                changed += 1
            elif first == "=" or first == "'":
                value = unwrap_text_cell(cell)
                if value is not None:
                    row[i] = value
                    changed += 1
    return changed


def estimate_cells(text: str, delimiter: str) -> int:
    """Rows × columns of a delimited text, estimated from its line count and the records of its first 64 KB."""
    sample = text[:SAMPLE_BYTES]
    cut = sample.rfind("\n")
    if 0 < cut < len(sample) - 1:
        sample = sample[: cut + 1]
    try:
        if delimiter in ALIGNED:
            widths = [len(r) for r in split_aligned(sample.splitlines(), delimiter, column_spans(sample)) if r]
        else:
            widths = [len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r]
    except csv.Error:
        widths = []
    if not widths:
        return 0
    lines_in_sample = max(1, sample.count("\n") + (not sample.endswith("\n")))
    cells_per_line = sum(widths) / lines_in_sample
    return int(cells_per_line * (text.count("\n") + 1))


@dataclass
class DecodedText:
    """A delimited text file decoded: its text, encoding, delimiter and what the decoder noticed."""

    text: str
    encoding: str
    delimiter: str
    notes: list[str]


def _without_stray_nuls(data: bytes) -> tuple[bytes, int]:
    """The bytes without a few NUL bytes in otherwise 8-bit text (a damaged export), and how many were left out.

    UTF-16/32 text is full of NUL bytes and binary data has many: those are left as they are.
    """
    nul = data.count(b"\x00")
    if not nul or nul > max(8, len(data) // 1000) or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data, 0
    return data.replace(b"\x00", b""), nul


def decode_csv(name: str, data: bytes) -> DecodedText:
    """The file's text with its encoding and delimiter guessed; an empty or binary file is refused."""
    if not data.strip(b" \t\r\n\x00" + codecs.BOM_UTF8):
        raise InputError("The file is empty.", file=name)
    data, stray = _without_stray_nuls(data)
    text, encoding, notes = decode_text(data, name)
    if stray:
        notes.append(f"left out {stray:,} NUL bytes scattered in the text")
    if text[:1] == "\ufeff":
        text = text[1:]
    if "\x00" in text:
        raise _not_text(name)
    if not text.strip():
        raise InputError("The file is empty.", file=name)
    hint = _SEP_LINE.match(text)
    delimiter = hint.group(1) if hint else sniff_delimiter(text)
    return DecodedText(text, encoding, delimiter, notes)


def needs_unwrap(text: str) -> bool:
    """True when the text may hold ="...", '0123 or `value cells (unwrapped cell by cell)."""
    return '="' in text or ("'" in text and _APOSTROPHE_CELL.search(text) is not None) or has_backtick_rows(text)


def has_backtick_rows(text: str) -> bool:
    """True for a text whose records start with `value cells, as a WeChat Pay bill's do."""
    return "`" in text and BACKTICK_ROWS.search(text) is not None


def read_csv_grid(path: str, name: str, data: bytes, *, max_rows: int | None = None, max_cells: int = MAX_CELLS,
                  reporter: Reporter | None = None, decoded: DecodedText | None = None) -> Grid:
    """Every record of a delimited text file as text cells, with the line number each record starts on."""
    reporter = reporter or Reporter()
    decoded = decoded or decode_csv(name, data)
    text, encoding, delimiter, notes = decoded.text, decoded.encoding, decoded.delimiter, list(decoded.notes)
    if max_rows is None:
        estimate = estimate_cells(text, delimiter)
        if estimate > max_cells:
            raise too_many_cells(estimate, max_cells, file=name)
    if delimiter in ALIGNED:
        return _aligned_grid(name, decoded, max_rows, max_cells, reporter)
    reader = csv.reader(_lines(text), delimiter=delimiter)
    rows: list[list[str]] = []
    numbers: list[int] = []
    truncated = False
    total = text.count("\n") + 1
    cells = 0
    try:
        with paused_gc():
            while max_rows is None or len(rows) < max_rows:
                want = PROGRESS_EVERY if max_rows is None else min(PROGRESS_EVERY, max_rows - len(rows))
                line = reader.line_num
                chunk = list(islice(reader, want))
                if not chunk:
                    break
                cells += sum(map(len, chunk))
                if cells > max_cells:
                    raise too_many_cells(cells, max_cells, file=name)
                numbers.extend(_line_numbers(chunk, line, reader.line_num))
                rows.extend(chunk)
                reporter.step(min(reader.line_num, total), total, f"Read {len(rows):,} rows")
            else:
                truncated = any(any(r) for r in reader)
        reporter.step(total, total, f"Read {len(rows):,} rows")
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise InputError('A cell is longer than {field_size_limit:,} characters, usually because a " quote is '
                             "opened and never closed.", file=name, row=reader.line_num,
                             hint="Open the file in Excel or WPS to check that row, or save it again as CSV.",
                             field_size_limit=csv.field_size_limit()) from exc
        raise InputError("The file could not be read as CSV: {reason}.", file=name, row=reader.line_num, reason=exc) from exc
    while rows and not any(rows[-1]):
        rows.pop()
        numbers.pop()
    if needs_unwrap(text):
        changed = _unwrap(rows, has_backtick_rows(text))
        if changed:
            notes.append(f'unwrapped {changed:,} cells written as ="...", \'... or `...')
    return Grid(file=name, sheet=None, rows=rows, row_numbers=numbers, encoding=encoding, delimiter=delimiter,
                truncated=truncated, notes=notes)


def _aligned_grid(name: str, decoded: DecodedText, max_rows: int | None, max_cells: int, reporter: Reporter) -> Grid:
    """The grid of a text whose columns are lined up with spaces: one record per line, nothing quoted."""
    text = decoded.text
    spans = column_spans(text[:SAMPLE_BYTES]) if decoded.delimiter == FIXED_WIDTH else None
    lines = text.splitlines()
    truncated = max_rows is not None and sum(1 for line in lines[max_rows:] if line.strip()) > 0
    if max_rows is not None:
        lines = lines[:max_rows]
    rows = split_aligned(lines, decoded.delimiter, spans)
    cells = sum(map(len, rows))
    if cells > max_cells:
        raise too_many_cells(cells, max_cells, file=name)
    numbers = list(range(1, len(rows) + 1))
    while rows and not any(rows[-1]):
        rows.pop()
        numbers.pop()
    reporter.step(len(rows), len(rows), f"Read {len(rows):,} rows")
    notes = [*decoded.notes, "the columns are lined up with spaces" if decoded.delimiter != FIXED_WIDTH else
             "the columns are fixed-width, lined up with spaces"]
    return Grid(file=name, sheet=None, rows=rows, row_numbers=numbers, encoding=decoded.encoding,
                delimiter=decoded.delimiter, truncated=truncated, notes=notes)
