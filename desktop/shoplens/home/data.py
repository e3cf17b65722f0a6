"""Everything Home shows in one call: the period's KPIs with 环比 and 同比, the trend, this week's actions, what
changed since the last import and the campaigns (`shoplens home` prints it; the app's Home page shows it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..progress import CancelFn, ProgressFn, Reporter
from .actions import Action, actions
from .changes import Changes, changes_since_last_import
from .figures import Kpi, TrendBar, bucket_size, kpis, trend
from .loop import CampaignCard, campaign_cards
from .periods import Period, last_year_period, parse_period, previous_period

if TYPE_CHECKING:
    from ..workspace import Workspace


@dataclass
class HomeData:
    """What Home shows for one period."""

    as_of: dt.date
    period: Period
    previous: Period
    last_year: Period
    kpis: list[Kpi]
    trend: list[TrendBar]
    actions: list[Action]
    changes: Changes
    campaigns: list[CampaignCard]

    @property
    def bucket(self) -> str:
        """The trend's bars: 'day', 'week' or 'month'."""
        return bucket_size(self.period)

    def kpi(self, key: str) -> Kpi:
        return next(k for k in self.kpis if k.key == key)

    def action(self, key: str) -> Action:
        return next(a for a in self.actions if a.key == key)

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        """The shape `shoplens home --json` prints (issue 17): period, compare, kpis, actions, changes; and as_of,
        trend and campaigns."""
        return {
            "as_of": self.as_of.isoformat(),
            "period": {**self.period.as_json(), "key": self.period.key},
            "compare": {"previous": self.previous.as_json(), "last_year": self.last_year.as_json()},
            "kpis": [k.as_json() for k in self.kpis],
            "trend": {"bucket": self.bucket, "bars": [b.as_json() for b in self.trend]},
            "actions": [a.as_json(lang) for a in self.actions],
            "changes": self.changes.as_json(),
            "campaigns": [c.as_json(lang) for c in self.campaigns],
        }


def home_data(ws: Workspace, period: Period | str | None = None, *, progress: ProgressFn | None = None,
              cancelled: CancelFn | None = None) -> HomeData:
    """Home for a period (a Period, or text for parse_period; default the last 30 days of data)."""
    from ..features.headline import as_of_date

    reporter = Reporter(progress, cancelled)
    as_of = as_of_date(ws)
    if not isinstance(period, Period):
        period = parse_period(period, as_of)
    reporter.step(0, 5, "Working out the figures")
    figures = kpis(ws, period)
    bars = trend(ws, period)
    reporter.step(1, 5, "Finding this week's actions")
    cards = actions(ws)
    reporter.step(2, 5, "Comparing with the last import")
    changes = changes_since_last_import(ws)
    reporter.step(3, 5, "Reading the campaigns")
    campaigns = campaign_cards(ws, cancelled=reporter.cancelled)
    reporter.step(5, 5, "")
    return HomeData(as_of, period, previous_period(period), last_year_period(period), figures, bars, cards, changes,
                    campaigns)
