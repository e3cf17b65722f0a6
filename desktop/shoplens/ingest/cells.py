"""Turn spreadsheet cell values into the text a user sees: no 1.38e+10, no trailing .0, dates as ISO text."""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal

__all__ = ["cell_text", "float_text", "row_texts", "unwrap_text_cell"]


def float_text(value: float) -> str:
    """A float as Excel shows it: 15 significant digits, integral values without '.0', never in scientific notation."""
    if not math.isfinite(value):
        return ""  # Excel has no NaN/inf; an empty cell is the honest reading
    if value.is_integer() and -1e15 < value < 1e15:
        return str(int(value))
    text = f"{value:.15g}"  # Excel keeps 15 significant digits: 29.900000000000002 is 29.9 to the user
    if "e" in text:
        text = format(Decimal(text), "f")
    return text


def _clock(hours: int, minutes: int, seconds: int, micro: int) -> str:
    if micro >= 500_000:  # Excel stores times as fractions of a day: 13:45:09.9999996 means 13:45:10
        seconds += 1
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}" if seconds < 60 else _carry(hours, minutes, seconds)


def _carry(hours: int, minutes: int, seconds: int) -> str:
    total = hours * 3600 + minutes * 60 + seconds
    return f"{total // 3600:02d}:{total // 60 % 60:02d}:{total % 60:02d}"


def datetime_text(value: dt.datetime) -> str:
    """'YYYY-MM-DD HH:MM:SS', or 'YYYY-MM-DD' when the time is midnight (rounded to the second)."""
    if value.microsecond >= 500_000:
        value = value + dt.timedelta(microseconds=1_000_000 - value.microsecond)
    if value.hour == 0 and value.minute == 0 and value.second == 0:
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
            f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}")


def timedelta_text(value: dt.timedelta) -> str:
    """A duration as Excel's [h]:mm:ss ('36:00:00'), with a leading '-' when negative."""
    micro = value.days * 86_400_000_000 + value.seconds * 1_000_000 + value.microseconds
    sign = "-" if micro < 0 else ""
    seconds = (abs(micro) + 500_000) // 1_000_000
    return f"{sign}{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def cell_text(value: object) -> str:
    """Any value python-calamine returns (str, float, int, bool, date, time, datetime, timedelta) as text."""
    kind = type(value)
    if kind is str:
        return value  # type: ignore[return-value]
    if kind is float:
        return float_text(value)  # type: ignore[arg-type]
    if kind is bool:
        return "TRUE" if value else "FALSE"
    if kind is int:
        return str(value)
    if kind is dt.datetime:
        return datetime_text(value)  # type: ignore[arg-type]
    if kind is dt.date:
        return value.isoformat()  # type: ignore[union-attr]
    if kind is dt.time:
        return _clock(value.hour, value.minute, value.second, value.microsecond)  # type: ignore[union-attr]
    if kind is dt.timedelta:
        return timedelta_text(value)  # type: ignore[arg-type]
    if value is None:
        return ""
    return str(value)


def row_texts(row: list) -> list[str]:
    """One row of cell values as text (fast when the row holds only strings)."""
    return [v if type(v) is str else cell_text(v) for v in row]


_EXCEL_FORMULA_TEXT = re.compile(r'=\s*"((?:[^"]|"")*)"\s*')
_APOSTROPHE_REST = re.compile(r"[0-9][0-9+\-./:() ]*|[+\-(][0-9][0-9+\-./:() ]*")


def unwrap_text_cell(text: str) -> str | None:
    """The value of an Excel-style `="0138..."` or `'0138...` cell, or None when the cell is not one of those."""
    if not text:
        return None
    first = text[0]
    if first == "=":
        match = _EXCEL_FORMULA_TEXT.fullmatch(text)
        return match.group(1).replace('""', '"') if match else None
    if first == "'" and len(text) > 1 and _APOSTROPHE_REST.fullmatch(text, 1):
        return text[1:]
    return None
