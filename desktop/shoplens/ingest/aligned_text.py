"""Text laid out in columns with spaces instead of a delimiter: runs of spaces between cells, or fixed-width columns.

Old reporting tools and data sets print tables this way (CDNOW_master.txt: ` 00001 19970101  1   11.77`). A file is
read so only when no delimiter (, ; tab |) splits its lines into the same number of cells.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

SPACE_RUNS = " "  # Grid.delimiter of a text whose cells are separated by runs of spaces (or tabs)
FIXED_WIDTH = "fixed"  # Grid.delimiter of a text whose columns start at the same character positions on every line
ALIGNED = (SPACE_RUNS, FIXED_WIDTH)
SAMPLE_LINES = 500
STEADY = 0.9  # the share of lines that must agree


def _sample(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line.expandtabs(8).rstrip())
            if len(lines) >= SAMPLE_LINES:
                break
    return lines


def sniff_aligned(text: str) -> str | None:
    """SPACE_RUNS or FIXED_WIDTH when the lines of `text` (a sample) are columns aligned with spaces, else None."""
    lines = _sample(text)
    if len(lines) < 2:
        return None
    counts = Counter(len(line.split()) for line in lines)
    width, times = counts.most_common(1)[0]
    if width >= 2 and times >= STEADY * len(lines) and len(lines[0].split()) == width:
        return SPACE_RUNS  # (a header of another width: one column of text with spaces, such as full names)
    spans = column_spans(text)
    if len(spans) >= 2:
        body = lines[1:] if len(lines) > 2 else lines
        filled = sum(1 for line in body if sum(1 for a, b in spans if line[a:b].strip()) >= 2)
        if filled >= STEADY * len(body):
            return FIXED_WIDTH
    return None


def column_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) character positions of fixed-width columns: runs of positions that hold text on some line,
    between two or more positions that are a space on every line but the first (which may be a wider header)."""
    lines = _sample(text)
    body = lines[1:] if len(lines) > 2 else lines
    if not body:
        return []
    width = max(map(len, body))
    used = [False] * width
    for line in body:
        for i, ch in enumerate(line):
            if ch != " ":
                used[i] = True
    spans: list[tuple[int, int]] = []
    start = None
    for i, flag in enumerate([*used, False]):
        if flag and start is None:
            if spans and i - spans[-1][1] < 2:
                start = spans.pop()[0]  # one space between words is a space inside a cell ("John Smith")
            else:
                start = i
        elif not flag and start is not None:
            spans.append((start, i))
            start = None
    return spans


def split_aligned(lines: Iterable[str], kind: str, spans: list[tuple[int, int]] | None = None) -> list[list[str]]:
    """The cells of each line (blank lines give []); the first line of a fixed-width text may be a header whose names
    cross the column gaps: it is split at runs of two or more spaces when that gives one name per column."""
    rows: list[list[str]] = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            rows.append([])
        elif kind == SPACE_RUNS:
            rows.append(line.split())
        else:
            rows.append(_cut(line.expandtabs(8), spans or [], header=not rows))
    return rows


def _cut(line: str, spans: list[tuple[int, int]], header: bool) -> list[str]:
    if header:
        names = [part.strip() for part in line.strip().split("  ") if part.strip()]
        if len(names) == len(spans):
            return names
    cells = [line[a:b].strip() for a, b in spans]
    if spans and len(line) > spans[-1][1]:
        cells[-1] = line[spans[-1][0]:].strip()  # a last cell longer than any in the sample
    return cells
