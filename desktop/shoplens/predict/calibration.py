"""Calibration and holdout: fit on the earlier part of the period, compare predicted and actual purchases later.

Two views, as in Fader, Hardie & Lee (2005): cumulative repeat purchases of the calibration customers week by
week (actual against the model's expectation, through the holdout), and holdout purchases per customer grouped by
how often the customer bought in the calibration period (actual against the conditional expectation).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import InputError
from ..progress import CancelFn, ProgressFn, Reporter

if TYPE_CHECKING:
    import pandas as pd

    from ..workspace import Workspace
    from .bgnbd import BGNBDParams

HOLDOUT_SHARE = 1 / 3  # default: the last third of the shop's history is held out
MIN_HOLDOUT_DAYS = 28
FREQUENCY_CAP = 7  # customers with 7 or more calibration repeat purchases share one group


@dataclass
class HoldoutCheck:
    """A calibration fit and how well it predicted the holdout period."""

    calibration_end: dt.date  # last day of the calibration period
    holdout_end: dt.date  # last day of the holdout period
    unit: str
    params: BGNBDParams
    customers: int
    predicted: float  # repeat purchases predicted in the holdout for the calibration customers
    actual: float
    by_frequency: pd.DataFrame  # frequency (label), customers, actual, predicted (per customer)
    tracking: pd.DataFrame  # day, actual, predicted (cumulative repeat purchases)

    @property
    def error(self) -> float:
        """Relative error of the holdout total, (predicted − actual) / actual."""
        return (self.predicted - self.actual) / self.actual if self.actual else float("nan")

    def as_dict(self) -> dict:
        """The check for JSON output."""
        return {
            "calibration_end": self.calibration_end.isoformat(), "holdout_end": self.holdout_end.isoformat(),
            "customers": self.customers, "predicted_holdout_purchases": round(self.predicted, 2),
            "actual_holdout_purchases": int(self.actual), "relative_error": round(self.error, 4),
            "params": self.params.as_dict(),
            "by_frequency": [{"frequency": r.frequency, "customers": int(r.customers), "actual": round(r.actual, 4),
                              "predicted": round(r.predicted, 4)} for r in self.by_frequency.itertuples()],
        }


def default_split(first_day: int, end_day: int) -> int:
    """The first holdout day: the last third of the history (at least MIN_HOLDOUT_DAYS) is held out."""
    span = end_day - first_day
    return end_day - max(MIN_HOLDOUT_DAYS, int(round(span * HOLDOUT_SHARE)))


def holdout_check(ws: Workspace, until: dt.date | None = None, unit: str = "days", *,
                  progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> HoldoutCheck:
    """Fit BG/NBD on orders up to `until` (default: two thirds of the history) and test it on the rest."""
    from ..features.metrics import default_as_of
    from .data import day_date, day_number, purchase_days

    reporter = Reporter(progress, cancelled)
    reporter.step(0, 3, "Reading orders")
    days = purchase_days(ws)
    if days.empty:
        raise InputError("There are no paid orders to check the predictions against.")
    end_day = day_number(default_as_of(ws))
    split = day_number(until) + 1 if until else default_split(int(days["day"].min()), end_day)
    if split >= end_day:
        raise InputError("There are no orders after {day_date} to compare the predictions with.",
                         hint="Choose an earlier date for the end of the calibration period.",
                         day_date=day_date(split - 1).isoformat())
    if split <= int(days["day"].min()):
        raise InputError("The calibration period ends before the first order.", hint="Choose a later date.")
    reporter.step(1, 3, "Fitting on the calibration period")
    return check_from_days(days, split, end_day, unit, reporter)


def check_from_days(days: pd.DataFrame, split: int, end_day: int, unit: str,
                    reporter: Reporter | None = None) -> HoldoutCheck:
    """The holdout check from purchase days: fit before day `split`, compare over [split, end_day)."""
    import numpy as np
    import pandas as pd

    from . import bgnbd
    from .data import day_date, holdout_purchases, summarise, unit_days
    from .run import check_enough

    reporter = reporter or Reporter()
    scale = unit_days(unit)
    summary = summarise(days, split, unit)
    check_enough(summary, calibration=True)
    x, t_x, T = (summary[c].to_numpy(dtype=float) for c in ("frequency", "recency", "T"))
    params, _ = bgnbd.fit(x, t_x, T)
    reporter.step(2, 3, "Comparing with the holdout period")
    horizon = (end_day - split) / scale
    predicted = bgnbd.expected_purchases(params, horizon, x, t_x, T)
    actual = holdout_purchases(days, summary.index, split, end_day).to_numpy()
    group = np.minimum(x, FREQUENCY_CAP).astype(int)
    frame = pd.DataFrame({"group": group, "actual": actual, "predicted": predicted})
    by = frame.groupby("group").agg(customers=("actual", "size"), actual=("actual", "mean"),
                                    predicted=("predicted", "mean")).reset_index()
    by.insert(0, "frequency", [f"{g}+" if g == FREQUENCY_CAP else str(g) for g in by.pop("group")])
    tracking = _tracking(days, summary, params, split, end_day, scale)
    reporter.step(3, 3, "")
    return HoldoutCheck(day_date(split - 1), day_date(end_day - 1), unit, params, len(summary),
                        float(predicted.sum()), float(actual.sum()), by, tracking)


def _tracking(days: pd.DataFrame, summary: pd.DataFrame, params: BGNBDParams, split: int, end_day: int,
              scale: float) -> pd.DataFrame:
    """Cumulative repeat purchases of the calibration customers, actual and expected, every 7 days."""
    import numpy as np
    import pandas as pd

    from . import bgnbd
    from .data import day_date

    start = int(summary["first_day"].min())
    grid = np.unique(np.append(np.arange(start + 7, end_day, 7), [split, end_day]))
    cohort = summary["first_day"].value_counts().sort_index()
    first = cohort.index.to_numpy(dtype=float)
    size = cohort.to_numpy(dtype=float)
    elapsed = (grid[:, None] - first[None, :]) / scale  # customers who first bought later contribute 0
    expected = (bgnbd.unconditional_purchases(params, elapsed.ravel()).reshape(elapsed.shape) * size).sum(axis=1)
    mine = days[days["customer_id"].isin(summary.index)]
    repeat_days = np.sort(mine["day"].to_numpy()[mine.duplicated("customer_id").to_numpy()])
    actual = np.searchsorted(repeat_days, grid, side="left")  # purchases on days before each grid day
    return pd.DataFrame({"day": [day_date(d - 1) for d in grid], "actual": actual.astype(float),
                         "predicted": expected})
