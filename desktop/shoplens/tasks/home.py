"""The work behind the Home page, run in workers (no Qt here): Home's data for a period with its trend chart drawn
at the slot's size, the customers behind a card or a bar, and switching an action on again.

The figures, actions, changes and campaigns come from shoplens.home (one definition each, shared with
`shoplens home`); this module gathers them for the screen and draws the chart, so the UI thread never touches the
database or matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..progress import CancelFn, ProgressFn, Reporter

if TYPE_CHECKING:
    from ..home.data import HomeData
    from ..home.periods import Period
    from ..workspace import Workspace


@dataclass
class HomeScreen:
    """Home's data for one period, the shop's currency, and the trend chart (a Figure) drawn as RGBA bytes."""

    data: HomeData
    currency: str
    has_orders: bool
    figure: Any
    image: tuple[bytes, int, int, float]


def home_screen(ws: Workspace, period: Period | str | None = None, lang: str = "en",
                size: tuple[int, int, float] | None = None, *, progress: ProgressFn | None = None,
                cancelled: CancelFn | None = None) -> HomeScreen:
    """Everything Home shows for the period (a Period, or last30, month, quarter, year, FROM:TO), with the trend
    chart drawn at `size` (logical width, height, pixel ratio)."""
    from ..home.data import home_data
    from ..reports.charts import trend_chart
    from .segments import DEFAULT_CHART_SIZE, render_figure

    reporter = Reporter(progress, cancelled)

    def part(done: int, total: int, message: str = "") -> None:
        reporter.progress(round(done * 80 / total) if total else 0, 100, message)

    data = home_data(ws, period, progress=part, cancelled=reporter.cancelled)
    reporter.step(80, 100, "Drawing the chart")
    currency = ws.meta("currency", "¥") or "¥"
    has_orders = ws.conn.execute("SELECT 1 FROM orders LIMIT 1").fetchone() is not None
    span = f"{data.period.start.isoformat()} – {data.period.end.isoformat()}"
    figure = trend_chart([b.as_json() for b in data.trend], data.bucket, lang, currency, span)
    width, height, ratio = size or DEFAULT_CHART_SIZE
    image = render_figure(figure, width, height, ratio, cancelled=reporter.cancelled)
    reporter.step(100, 100, "")
    return HomeScreen(data, currency, has_orders, figure, image)


def customers_behind(ws: Workspace, key: str, period: Period, *, progress: ProgressFn | None = None,
                     cancelled: CancelFn | None = None) -> list[int]:
    """The customer ids behind a KPI card (its key) or a trend bar ('buyers', the bar's days)."""
    from ..home.figures import customers_behind as behind

    Reporter(progress, cancelled).check()
    return behind(ws, key, period)


def switch_action_on(ws: Workspace, key: str, *, progress: ProgressFn | None = None,
                     cancelled: CancelFn | None = None) -> str:
    """Make a switched-off action's tag again and count it (write worker); returns the tag's English name."""
    from ..home.actions import restore_action

    Reporter(progress, cancelled).check()
    return restore_action(ws, key).name_en


def set_up_actions(ws: Workspace, *, progress: ProgressFn | None = None, cancelled: CancelFn | None = None
                   ) -> list[str]:
    """Make the defaults not made yet (segmentation, lifecycle and value tags, the action tags, predictions where
    the data allows) for a shop whose orders came before them (write worker); returns what was made."""
    from ..features.metrics import refresh
    from ..home.defaults import install_defaults

    reporter = Reporter(progress, cancelled)
    features = None
    if ws.conn.execute("SELECT 1 FROM features WHERE frequency > 0 LIMIT 1").fetchone() is None:
        features = refresh(ws, cancelled=reporter.cancelled)  # no metrics saved yet: the defaults need them
    return install_defaults(ws, features=features, reporter=reporter, explicit=True)
