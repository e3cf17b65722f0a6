"""Home's KPI cards and trend chart for a period, with 环比 and 同比, and the customers behind each figure.

Every value comes from features.headline (period_figures, period_customers, bucket_figures): the same definitions
as the dashboard, the report and `shoplens info`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..features.headline import bucket_figures, period_customers, period_figures
from .periods import Period, last_year_period, previous_period

if TYPE_CHECKING:
    from ..workspace import Workspace

# KPI key → (PeriodFigures attribute, the glossary's FIGURES key), in the order the cards are shown
KPI_KEYS: tuple[tuple[str, str, str], ...] = (
    ("revenue", "revenue", "revenue"),
    ("buyers", "buyers", "period_buyers"),
    ("new_customers", "new_customers", "new_customers"),
    ("repeat_rate", "repeat_rate", "repeat_rate"),
    ("aov", "aov", "aov"),
    ("active", "active", "active"),
)
DAILY_MAX_DAYS = 62  # longer periods are shown by week
WEEKLY_MAX_DAYS = 190  # longer still: by calendar month


@dataclass(frozen=True)
class Kpi:
    """One KPI card: its value in the period, in the previous period (环比) and a year earlier (同比)."""

    key: str
    value: float
    previous: float
    last_year: float
    figure: str  # the key of its definition in features.headline.FIGURES (the glossary)

    def name(self, lang: str = "en") -> str:
        """The figure's name in the glossary (features.headline.FIGURES): one name on every screen."""
        from ..features.headline import FIGURES

        spec = next(f for f in FIGURES if f.key == self.figure)
        return spec.name_zh if lang.startswith("zh") else spec.name_en

    def change(self, against: str = "previous") -> float | None:
        """The relative change against the previous period or last year (0.12 = +12%); None when that was 0."""
        base = self.previous if against == "previous" else self.last_year
        return (self.value - base) / base if base else None

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "value": self.value, "previous": self.previous, "last_year": self.last_year}


@dataclass(frozen=True)
class TrendBar:
    """One bar of the trend chart: the days start..end, their revenue, orders and buyers."""

    start: dt.date
    end: dt.date
    revenue: float
    orders: int
    buyers: int

    @property
    def period(self) -> Period:
        """The bar's days as a period (for customers_behind)."""
        return Period(self.start, self.end)

    def as_json(self) -> dict[str, Any]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(), "revenue": self.revenue,
                "orders": self.orders, "buyers": self.buyers}


def kpis(ws: Workspace, period: Period) -> list[Kpi]:
    """The six KPI cards of the period: revenue, buyers, new customers, repeat-purchase rate, AOV, active."""
    now = period_figures(ws, period.start, period.end)
    before = previous_period(period)
    prev = period_figures(ws, before.start, before.end)
    year = last_year_period(period)
    last = period_figures(ws, year.start, year.end)
    return [Kpi(key, getattr(now, attr), getattr(prev, attr), getattr(last, attr), figure)
            for key, attr, figure in KPI_KEYS]


def bucket_size(period: Period) -> str:
    """'day' for up to DAILY_MAX_DAYS days, 'week' up to WEEKLY_MAX_DAYS, else 'month'."""
    if period.days <= DAILY_MAX_DAYS:
        return "day"
    return "week" if period.days <= WEEKLY_MAX_DAYS else "month"


def buckets(period: Period) -> list[tuple[dt.date, dt.date]]:
    """The period cut into days, weeks (Monday to Sunday) or calendar months; the first and last are cut to fit."""
    size = bucket_size(period)
    out = []
    start = period.start
    while start <= period.end:
        if size == "day":
            end = start
        elif size == "week":
            end = start + dt.timedelta(days=6 - start.weekday())
        else:
            end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        end = min(end, period.end)
        out.append((start, end))
        start = end + dt.timedelta(days=1)
    return out


def trend(ws: Workspace, period: Period) -> list[TrendBar]:
    """Revenue, orders and buyers of each day, week or month of the period (days without sales included, as 0)."""
    return [TrendBar(start, end, *bucket_figures(ws, start, end)) for start, end in buckets(period)]


def customers_behind(ws: Workspace, key: str, period: Period) -> list[int]:
    """The customer ids behind a KPI card (key as in KPI_KEYS) or a trend bar (key 'buyers', the bar's period)."""
    return period_customers(ws, key, period.start, period.end)
