"""The models' view of the orders: purchase days per customer, then frequency, recency, T and spend per customer.

Rules (the same as the customer metrics where they overlap):
- Only paid orders of known customers count. Orders on the same day are one purchase (the models count
  purchase occasions, as in Fader & Hardie's data); a day's spend is the sum of its orders. A day with only
  negative rows (refunds booked as rows) is not a purchase.
- The calibration period ends before `end_day` (a day number, exclusive, like the metrics' as-of date), so its
  last day, the observation end, is `end_day - 1`: frequency = purchase days after the first, recency = last −
  first purchase day, T = observation end − first purchase day, in days or weeks (7 days). This is the field's
  convention (lifetimes' and PyMC-Marketing's `observation_period_end`): a purchase on the observation end counts
  and has T = 0, and Fader & Hardie's CDNOW summary (T = 38.86 weeks for a first purchase on 1997-01-01, ending
  1997-09-30) is reproduced from the raw transactions. monetary = mean spend of the repeat purchase days (the first is left out), in
  currency units; NaN without a repeat purchase.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from ..workspace import Workspace

UNITS = {"days": 1.0, "weeks": 7.0}
EPOCH = dt.date(1970, 1, 1)


def day_number(day: dt.date) -> int:
    """Days since 1970-01-01."""
    return (day - EPOCH).days


def day_date(number: int) -> dt.date:
    """The date of a day number."""
    return EPOCH + dt.timedelta(days=int(number))


def unit_days(unit: str) -> float:
    """How many days one unit holds; InputError for an unknown unit."""
    from ..errors import InputError

    if unit not in UNITS:
        raise InputError('Unknown time unit "{unit}".', hint="Use days or weeks.", unit=unit)
    return UNITS[unit]


_NO_DAY = -(1 << 40)  # an order time that is not a real day (purchase days may be negative: before 1970)


def purchase_days(ws: Workspace) -> pd.DataFrame:
    """One row per customer and purchase day: customer_id, day (day number), spend (currency units).

    The orders come packed by SQLite (int_columns: no Python object per order) and are summed per day by pandas:
    1M-row shop, 800k orders, 6.2 -> 2.3 s.
    """
    import numpy as np
    import pandas as pd

    from ..features.as_of import order_day_sql
    from ..features.int_columns import int_columns

    cells = int_columns(ws.conn, "orders", ["customer_id", f"coalesce({order_day_sql()}, {_NO_DAY})", "amount_cents"],
                        "customer_id IS NOT NULL AND status = 'paid' AND order_time IS NOT NULL")
    cells = cells[cells[:, 1] != _NO_DAY]
    df = pd.DataFrame({"customer_id": cells[:, 0], "day": cells[:, 1], "cents": cells[:, 2]})
    df["buy"] = df["cents"].to_numpy() >= 0
    g = df.groupby(["customer_id", "day"], sort=True)
    sums = g.agg(cents=("cents", "sum"), buy=("buy", "max"))
    sums = sums[sums["buy"].to_numpy()]
    return pd.DataFrame({
        "customer_id": sums.index.get_level_values(0).to_numpy(dtype=np.int64),
        "day": sums.index.get_level_values(1).to_numpy(dtype=np.int64),
        "spend": sums["cents"].to_numpy().astype(float) / 100.0,
    })


def summarise(days: pd.DataFrame, end_day: int, unit: str = "days") -> pd.DataFrame:
    """frequency, recency, T, monetary (and first_day, last_day) per customer who bought before `end_day`."""
    import numpy as np
    import pandas as pd

    scale = unit_days(unit)
    cal = days[days["day"].to_numpy() < end_day]
    if cal.empty:
        cols = ["frequency", "recency", "T", "monetary", "first_day", "last_day"]
        return pd.DataFrame(columns=cols, index=pd.Index([], name="customer_id"), dtype=float)
    g = cal.groupby("customer_id", sort=True)
    first = g["day"].min()
    last = g["day"].max()
    count = g.size()
    total = g["spend"].sum()
    first_spend = g["spend"].first()  # rows are sorted by day within a customer
    repeats = count - 1
    with np.errstate(divide="ignore", invalid="ignore"):
        monetary = (total - first_spend) / repeats.where(repeats > 0)
    out = pd.DataFrame({
        "frequency": repeats.astype(float),
        "recency": (last - first).astype(float) / scale,
        "T": (end_day - 1 - first).astype(float) / scale,
        "monetary": monetary.astype(float),
        "first_day": first.astype(np.int64),
        "last_day": last.astype(np.int64),
    })
    out.index.name = "customer_id"
    return out


def holdout_purchases(days: pd.DataFrame, ids: pd.Index, start_day: int, end_day: int) -> pd.Series:
    """Purchase days of each customer in `ids` within [start_day, end_day) (0 for none)."""
    day = days["day"].to_numpy()
    part = days[(day >= start_day) & (day < end_day)]
    return part.groupby("customer_id").size().reindex(ids, fill_value=0).astype(float)
