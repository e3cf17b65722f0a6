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


def order_day_sql(column: str = "order_time") -> str:
    """SQL for the day of a canonical time text, as days since 1970-01-01 (negative before); NULL unless it is a real
    day ('YYYY-MM-DD' that date() with a modifier, which normalises 30 February, gives back unchanged) in the years
    pandas timestamps hold, as the metrics read the orders."""
    day = f"substr({column}, 1, 10)"
    return (f"CASE WHEN substr({column}, 1, 4) BETWEEN '1678' AND '2261' AND date({day}, '+0 days') = {day}"
            f" THEN CAST(julianday({day}) - 2440587.5 AS INTEGER) END")
