"""The as-of day: metrics count the orders on days before it; by default the day after the last order."""

from __future__ import annotations

import datetime as dt


def as_of_after(last: str | None) -> dt.date:
    """The day after `last` ('YYYY-MM-DD...'); today when there is none or it is not a date."""
    if not last:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(last) + dt.timedelta(days=1)
    except ValueError:
        return dt.date.today()
