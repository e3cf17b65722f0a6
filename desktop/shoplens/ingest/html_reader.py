"""Read the HTML tables that many shop systems save with an .xls name ("export to Excel" that is a web page)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..errors import InputError
from ..progress import Reporter
from .csv_reader import decode_text
from .limits import MAX_CELLS, too_many_cells
from .table import Grid

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f]+")
HTML_STARTS = (b"<!doctype html", b"<html", b"<table", b"<meta", b"<head", b"<body", b"<style", b"<!--")


def looks_like_html(head: bytes) -> bool:
    """True when a file's first bytes are an HTML document or table."""
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return lowered.startswith(HTML_STARTS) or (lowered.startswith(b"<?xml") and b"<html" in lowered[:400])


class _Tables(HTMLParser):
    """Collects every table as rows of (text, colspan, rowspan) cells; nested tables are flattened into text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self._depth = 0
        self._row: list[tuple[str, int, int]] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
            if self._depth == 1:
                self.tables.append([])
        elif self._depth != 1:
            if tag == "br" and self._cell is not None:
                self._cell.append("\n")
        elif tag == "tr":
            self._end_row()
            self._row = []
        elif tag in ("td", "th"):
            self._end_cell()
            if self._row is None:
                self._row = []
            values = dict(attrs)
            self._span = (_int(values.get("colspan")), _int(values.get("rowspan")))
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            if self._depth == 1:
                self._end_row()
            self._depth = max(0, self._depth - 1)
        elif self._depth == 1 and tag in ("td", "th"):
            self._end_cell()
        elif self._depth == 1 and tag == "tr":
            self._end_row()

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            lines = "".join(self._cell).replace("\xa0", " ").split("\n")
            text = "\n".join(_SPACES.sub(" ", line).strip() for line in lines).strip()
            self._row.append((text, *self._span))
        self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None and self.tables:
            self.tables[-1].append(self._row)
        self._row = None


def _int(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def read_html_grid(name: str, data: bytes, *, max_rows: int | None = None, max_cells: int = MAX_CELLS,
                   reporter: Reporter | None = None) -> Grid:
    """The largest table of an HTML file as text rows, with colspan/rowspan recorded as merged ranges."""
    reporter = reporter or Reporter()
    declared = _META_CHARSET.search(data[:4096])
    text = None
    if declared:
        try:
            text, encoding = data.decode(declared.group(1).decode("ascii")), declared.group(1).decode("ascii")
        except (UnicodeDecodeError, LookupError):
            text = None
    if text is None:
        text, encoding, _ = decode_text(data, name)
    parser = _Tables()
    parser.feed(text)
    parser.close()
    reporter.check()
    tables = [t for t in parser.tables if t]
    if not tables:
        raise InputError("This file is a web page (HTML) without a table of data.", file=name,
                         hint="Open it in Excel or WPS and save it as .xlsx, or export the data as CSV.")
    table = max(tables, key=len)
    table = [[(text_, colspan, min(rowspan, len(table) - r)) for text_, colspan, rowspan in cells]
             for r, cells in enumerate(table)]  # as browsers do: a rowspan ends with the table
    count = sum(colspan * rowspan for row in table for _, colspan, rowspan in row)  # spans are filled in below
    if count > max_cells:
        raise too_many_cells(count, max_cells, file=name)
    rows: list[list[str]] = []
    merged: list[tuple[int, int, int, int]] = []
    pending: dict[tuple[int, int], str] = {}  # cells covered by a rowspan from above
    for r, cells in enumerate(table):
        row: list[str] = []
        for text_, colspan, rowspan in cells:
            while (r, len(row)) in pending:
                row.append(pending.pop((r, len(row))))
            c = len(row)
            row.append(text_)
            row.extend([""] * (colspan - 1))
            if colspan > 1 or rowspan > 1:
                merged.append((r, c, r + rowspan - 1, c + colspan - 1))
                for dr in range(1, rowspan):
                    for dc in range(colspan):
                        pending[(r + dr, c + dc)] = ""
        while (r, len(row)) in pending:
            row.append(pending.pop((r, len(row))))
        rows.append(row)
    while rows and not any(rows[-1]):
        rows.pop()
    truncated = max_rows is not None and len(rows) > max_rows
    if truncated:
        del rows[max_rows:]
    return Grid(file=name, sheet=None, rows=rows, row_numbers=list(range(1, len(rows) + 1)), encoding=encoding,
                truncated=truncated, notes=["the file is a web page (HTML table) saved with a spreadsheet name"],
                merged=merged)
