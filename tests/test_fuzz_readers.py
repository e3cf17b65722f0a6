"""Fuzzing every reader: any bytes, any encoding, generated workbooks, broken workbooks, HTML saved as .xls.

Each input must end in a result or the project's InputError: never another exception, never a hang (a 30-second
alarm per input). SHOPLENS_FUZZ_EXAMPLES sets the examples per test (the suite uses a modest number;
benchmarks/fuzz_long.py runs thousands and prints the inputs tried and the crashes found).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import os
import signal
import sys
import tempfile
import threading
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filemakers import write_ods, write_xls, write_xlsx
from shoplens.errors import InputError
from shoplens.ingest.aligned_text import ALIGNED
from shoplens.ingest.csv_reader import DELIMITERS, decode_text, sniff_delimiter
from shoplens.ingest.mapping import guess_mapping
from shoplens.ingest.readers import list_sheets, read_grid, read_table

EXAMPLES = int(os.environ.get("SHOPLENS_FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 100, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
HANG_SECONDS = 30
TRIED: Counter = Counter()  # inputs tried per target, for benchmarks/fuzz_long.py

SUFFIXES = (".csv", ".txt", ".tsv", ".xls", ".xlsx", ".xlsm", ".xlsb", ".ods")
PREFIXES = (b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
            b"<html><table>", b"<?xml version='1.0'?><Workbook", b"sep=;\n", b'="', b"PK\x05\x06")
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1",
             "shift_jis", "utf-32")
HOSTILE = ("Name\"; DROP TABLE customers; --", "'); DELETE FROM orders; --", 'say "hi"', "a,b;c\td|e", "=HYPERLINK(1)",
           "x" * 10_000, "\x00\x01\x02\x1b[31m", "\u202eevil", "😀🎉 客户 👍🏽", "c1", "_row", "rowid", "",
           "Column 1", "手机号", "手机号", "phone\r\nnumber", "\ufeffBOM", "NULL", "None", "nan")

# characters that stress readers: delimiters, quotes, line breaks, controls, wide and astral characters
_ALPHABET = st.one_of(st.sampled_from(list(',;\t|"\'=\r\n\\ \x00\x0b\x0c\x1a\x7f\u2028\ufeff\ufffd')),
                      st.characters(codec="utf-8"), st.sampled_from(list("客户手机号金额合计😀👍🏽")))
CELL_TEXT = st.text(alphabet=_ALPHABET, max_size=40)


class Hang(Exception):
    """An input took longer than HANG_SECONDS."""


@contextlib.contextmanager
def time_limit(seconds: int = HANG_SECONDS):
    """Raise Hang when the block runs longer than `seconds` (POSIX main thread; elsewhere no limit)."""
    if sys.platform == "win32" or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum, frame):
        raise Hang(f"no result after {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def read_everything(path: Path, target: str) -> str:
    """List the sheets, preview and read each (up to 3), guess the mapping: 'ok' or 'input-error'."""
    TRIED[target] += 1
    with time_limit():
        try:
            sheets = list_sheets(path)
            for sheet in sheets[:3]:
                read_grid(path, sheet.name, max_rows=20)
                table = read_table(path, sheet.name)
                assert all(len(r) == len(table.columns) for r in table.rows)
                assert len(set(table.columns)) == len(table.columns)
                if table.columns and table.rows:
                    guess_mapping(table)
        except InputError as exc:
            assert str(exc) and exc.message
            return "input-error"
    return "ok"


@contextlib.contextmanager
def folder():
    with tempfile.TemporaryDirectory(prefix="shoplens-fuzz-") as name:
        yield Path(name)


def grid_of(cells, rows=12, cols=8):
    return st.lists(st.lists(cells, min_size=0, max_size=cols), min_size=0, max_size=rows)


@FUZZ
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_under_any_suffix(prefix, body, suffix):
    with folder() as d:
        path = d / f"data{suffix}"
        path.write_bytes(prefix + body)
        read_everything(path, "bytes")


@FUZZ
@given(rows=grid_of(CELL_TEXT), delimiter=st.sampled_from([",", ";", "\t", "|", " "]),
       encoding=st.sampled_from(ENCODINGS), newline=st.sampled_from(["\n", "\r\n", "\r"]), suffix=st.sampled_from(
           (".csv", ".txt", ".tsv", ".xls")))
def test_delimited_text_in_any_encoding(rows, delimiter, encoding, newline, suffix):
    text = newline.join(delimiter.join(r) for r in rows)
    with folder() as d:
        path = d / f"data{suffix}"
        path.write_bytes(text.encode(encoding, errors="replace"))
        read_everything(path, "text")


@FUZZ
@given(text=st.text(alphabet=_ALPHABET, max_size=2000))
def test_sniffer_and_decoder(text):
    TRIED["sniffer"] += 1
    with time_limit():
        assert sniff_delimiter(text) in (*DELIMITERS, *ALIGNED)
        try:
            decoded, encoding, notes = decode_text(text.encode("utf-8", errors="surrogatepass"), "x.csv")
            assert isinstance(decoded, str) and encoding
        except InputError:
            pass


@FUZZ
@given(data=st.binary(min_size=1, max_size=2000))
def test_decoder_on_any_bytes(data):
    TRIED["decoder"] += 1
    with time_limit():
        try:
            decoded, encoding, _notes = decode_text(data, "x.csv")
            assert isinstance(decoded, str) and encoding
        except InputError:
            pass


WORKBOOK_CELL = st.one_of(CELL_TEXT, st.integers(-10**15, 10**15), st.floats(allow_nan=False, allow_infinity=False),
                          st.booleans(), st.none(), st.dates(dt.date(1900, 3, 1), dt.date(2100, 1, 1)),
                          st.sampled_from(HOSTILE))
_XML_BAD = {c for c in range(32) if c not in (9, 10, 13)} | {0xFFFE, 0xFFFF}


def _xml_safe(value):
    """Workbook writers refuse control characters that XML cannot hold: a real Excel file never has them either."""
    if isinstance(value, str):
        value = "".join(ch for ch in value if ord(ch) not in _XML_BAD and not 0xD800 <= ord(ch) <= 0xDFFF)
        return value[:32_000]
    return value


def _sheet_name(text: str, i: int) -> str:
    name = "".join(ch for ch in text if ch not in "[]:*?/\\'" and ord(ch) >= 32 and not 0xD800 <= ord(ch) <= 0xDFFF)
    return (name.strip()[:25] or "Sheet") + f" {i}"


@FUZZ
@given(sheets=st.lists(st.tuples(st.text(max_size=20), grid_of(WORKBOOK_CELL)), min_size=1, max_size=3),
       fmt=st.sampled_from(["xlsx", "openpyxl", "xls", "ods"]))
def test_generated_workbooks(sheets, fmt):
    books = {_sheet_name(name, i): [[_xml_safe(v) for v in row] for row in rows]
             for i, (name, rows) in enumerate(sheets)}
    with folder() as d:
        if fmt == "xlsx":
            path = write_xlsx(d / "book.xlsx", books)
        elif fmt == "openpyxl":
            path = _write_openpyxl(d / "book.xlsx", books)
        elif fmt == "xls":
            books = {k: [[v if not isinstance(v, int) or abs(v) < 2**52 else str(v) for v in r] for r in rows][:60]
                     for k, rows in books.items()}
            path = write_xls(d / "book.xls", books)
        else:
            path = write_ods(d / "book.ods", books)
        read_everything(path, fmt)


def _write_openpyxl(path: Path, books: dict) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in books.items():
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(row=r, column=c, value=value)
    book.save(path)
    return path


@FUZZ
@given(rows=grid_of(WORKBOOK_CELL, rows=8, cols=5), cuts=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)),
                                                              max_size=6), truncate=st.integers(0, 10**6),
       fmt=st.sampled_from(["xlsx", "xls", "ods"]))
def test_broken_workbooks(rows, cuts, truncate, fmt):
    """A real workbook with bytes flipped or its end cut off (a half-copied file from a USB stick)."""
    rows = [[_xml_safe(v) for v in r] for r in rows] or [["a"]]
    with folder() as d:
        maker = {"xlsx": write_xlsx, "xls": write_xls, "ods": write_ods}[fmt]
        if fmt == "xls":
            rows = [[v if not isinstance(v, int) or abs(v) < 2**52 else str(v) for v in r] for r in rows]
        path = maker(d / f"book.{fmt}", {"Sheet1": rows})
        data = bytearray(path.read_bytes())
        for at, value in cuts:
            data[at % len(data)] = value
        if truncate % 3 == 0:
            del data[max(8, truncate % len(data)):]
        path.write_bytes(bytes(data))
        read_everything(path, f"broken-{fmt}")


SPAN = st.one_of(st.integers(-3, 2000).map(str), st.sampled_from(["", "abc", "1e9", "٣", "99999999999999999999"]))


@FUZZ
@given(rows=grid_of(st.tuples(CELL_TEXT, SPAN, SPAN, st.booleans()), rows=10, cols=6),
       charset=st.sampled_from(["", "utf-8", "gb2312", "gbk", "big5", "no-such-charset", "utf-16"]),
       close_tags=st.booleans(), prefix=st.sampled_from(["<html>", "<table>", "<!DOCTYPE html>", "<!-- x -->"]))
def test_html_saved_as_xls(rows, charset, close_tags, prefix):
    meta = f'<meta charset="{charset}">' if charset else ""
    body = []
    for row in rows:
        cells = []
        for text, colspan, rowspan, escape in row:
            value = html.escape(text) if escape else text
            cells.append(f'<td colspan="{colspan}" rowspan="{rowspan}">{value}' + ("</td>" if close_tags else ""))
        body.append("<tr>" + "".join(cells) + ("</tr>" if close_tags else ""))
    page = f"{prefix}{meta}<table>{''.join(body)}</table>"
    with folder() as d:
        path = d / "export.xls"
        path.write_bytes(page.encode("utf-8", errors="replace"))
        read_everything(path, "html")


def test_hostile_inputs_were_tried():
    """The targets above count their inputs (the figures benchmarks/fuzz_long.py prints)."""
    test_decoder_on_any_bytes()
    assert TRIED["decoder"] >= 1
