"""The periods Home compares: last 30 days, this month, quarter or year so far, or a custom range; with the previous
period (环比) and the same period last year (同比).

"Today" is the last day the data covers: the day before the as-of date (the as-of date is the day after the last
order, features.headline). A shop that imported its orders up to 31 December sees December as "this month", not an
empty January.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from ..errors import InputError

KEYS = ("last30", "month", "quarter", "year")
CUSTOM = "custom"
LAST_DAYS = 30


@dataclass(frozen=True)
class Period:
    """The days start..end (both included) and how they were chosen: last30, month, quarter, year or custom."""

    start: dt.date
    end: dt.date
    key: str = CUSTOM

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def as_json(self) -> dict[str, str]:
        """{"from": ..., "to": ...} as the `shoplens home --json` output names them."""
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}


def _clamp(year: int, month: int, day: int) -> dt.date:
    """The date, with the day moved back to the month's last day where the month is shorter (31 → 30, 29 Feb → 28)."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _months_back(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    return _clamp(index // 12, index % 12 + 1, day.day)


def parse_period(text: str | None, as_of: dt.date) -> Period:
    """The period `text` names, seen from the as-of date (the day after the last order): last30 (the default),
    month, quarter, year (each up to the last day of data) or YYYY-MM-DD:YYYY-MM-DD; InputError for anything else."""
    today = as_of - dt.timedelta(days=1)
    key = (text or "last30").strip().lower()
    if key == "last30":
        return Period(today - dt.timedelta(days=LAST_DAYS - 1), today, key)
    if key == "month":
        return Period(today.replace(day=1), today, key)
    if key == "quarter":
        return Period(dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1), today, key)
    if key == "year":
        return Period(dt.date(today.year, 1, 1), today, key)
    parts = key.split(":")
    if len(parts) == 2:
        try:
            start, end = (dt.date.fromisoformat(p.strip()) for p in parts)
            valid = True
        except ValueError:
            valid = False
        if valid:
            if start > end:
                raise InputError('The period "{text}" ends before it starts.',
                                 hint="Write the first day first: YYYY-MM-DD:YYYY-MM-DD.", text=text)
            return Period(start, end, CUSTOM)
    raise InputError('"{text}" is not a period ShopLens knows.',
                     hint="Use last30, month, quarter, year or a range written YYYY-MM-DD:YYYY-MM-DD.", text=text)


def previous_period(p: Period) -> Period:
    """环比: for a month, quarter or year the previous calendar month, quarter or year up to the same day (the
    last day of a shorter month where the day does not exist); otherwise the same number of days just before."""
    if p.key in ("month", "quarter", "year"):
        months = {"month": 1, "quarter": 3, "year": 12}[p.key]
        return Period(_months_back(p.start, months), _months_back(p.end, months), p.key)
    return Period(p.start - dt.timedelta(days=p.days), p.start - dt.timedelta(days=1), p.key)


def last_year_period(p: Period) -> Period:
    """同比: the same days a year earlier (29 February becomes the 28th)."""
    return Period(_clamp(p.start.year - 1, p.start.month, p.start.day),
                  _clamp(p.end.year - 1, p.end.month, p.end.day), p.key)
