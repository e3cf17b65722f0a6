"""Fit both models on a workspace's orders and predict every buyer's next 90 days, 12-month value and next order.

Honest about small data: with fewer than MIN_REPEAT_BUYERS customers who bought more than once there is
nothing to learn from and the fit is refused (InputError); below WARN_REPEAT_BUYERS it runs with a warning.
The spend model needs the same number of repeat buyers with a positive spend, otherwise values are left out.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..progress import CancelFn, ProgressFn, Reporter
from .words import band_counts

if TYPE_CHECKING:
    import pandas as pd

    from ..workspace import Workspace
    from .bgnbd import BGNBDParams
    from .gamma_gamma import GammaGammaParams

MIN_REPEAT_BUYERS = 20
WARN_REPEAT_BUYERS = 100
HORIZON_DAYS = 90
MONTHS = 12
MONTH_DAYS = 365.25 / 12
CHURN_HORIZON_DAYS = 365  # churn risk: the chance of no purchase within this many days
NEXT_ORDER_LIMIT_DAYS = 5 * 365  # a median wait longer than this is shown as "not expected"
SPEND_CORRELATION_WARN = 0.3

# notes about weak spots of a fit, by code: English and Chinese text with {placeholders}
NOTE_TEXTS = {
    "few_repeat": ("Only {n} customers bought more than once; treat the predictions as rough.",
                   "只有 {n} 位客户复购过，预测仅供粗略参考。"),
    "unsettled": ("The purchase model did not settle on sensible values; the data may be too short.",
                  "购买模型未能收敛到合理的参数，数据的时间跨度可能太短。"),
    "alike_dropout": ("Customers appear to drop out alike: after each purchase about {share:.1%} stop buying (a and b"
                      " grew very large; only their ratio matters). The predictions are usable.",
                      "客户流失的可能性彼此相近：每次购买后约 {share:.1%} 的客户不再购买（a、b 变得很大，只有二者的比值有意义），"
                      "预测仍可使用。"),
    "few_spenders": ("Only {n} repeat buyers have a positive spend; values are not predicted.",
                     "只有 {n} 位复购客户有正的消费金额，未预测价值。"),
    "no_mean": ("The spend model has no finite average (q ≤ 1); values are not predicted.",
                "消费金额模型没有有限的均值（q ≤ 1），未预测价值。"),
    "correlated": ("Order value and number of orders are correlated ({corr:.2f}); the spend model assumes they are"
                   " not, so values are less reliable.",
                   "客单价与购买次数相关（{corr:.2f}），而消费金额模型假定二者无关，价值预测的可靠性较低。"),
}


def note_text(code: str, values: dict[str, Any], lang: str = "en") -> str:
    """A note about the fit in English or Chinese ('zh...')."""
    en, zh = NOTE_TEXTS[code]
    return (zh if lang.startswith("zh") else en).format(**values)


@dataclass
class PredictionRun:
    """The fitted models and every buyer's predictions as of a date (the day after the calibration period)."""

    as_of: dt.date
    unit: str
    bgnbd: BGNBDParams
    gamma_gamma: GammaGammaParams | None
    table: pd.DataFrame  # per customer: frequency, recency, T, monetary, p_alive, expected_90, ...
    discount: float = 0.0
    log_likelihood: float = 0.0
    seconds: float = 0.0
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (code, values) of NOTE_TEXTS

    @property
    def warnings(self) -> list[str]:
        """The notes in English."""
        return [note_text(code, values) for code, values in self.notes]

    @property
    def customers(self) -> int:
        return len(self.table)

    @property
    def repeat_buyers(self) -> int:
        return int((self.table["frequency"] > 0).sum())

    @property
    def spend_buyers(self) -> int:
        t = self.table
        return int(((t["frequency"] > 0) & (t["monetary"] > 0)).sum())

    def params(self) -> dict[str, float | None]:
        """r, alpha, a, b (alpha in the run's unit) and p, q, gamma (None without a spend model)."""
        gg = self.gamma_gamma.as_dict() if self.gamma_gamma else {"p": None, "q": None, "gamma": None}
        return {**self.bgnbd.as_dict(), **gg}

    def summary(self) -> dict[str, Any]:
        """What the CLI prints and the run table stores: parameters, counts, totals, warnings."""
        t = self.table
        value = t["value_12m"].sum() if self.gamma_gamma else None
        return {
            "as_of": self.as_of.isoformat(), "unit": self.unit, "params": self.params(),
            "customers": self.customers, "repeat_buyers": self.repeat_buyers, "spend_buyers": self.spend_buyers,
            "expected_purchases_90": round(float(t["expected_90"].sum()), 2),
            "predicted_value_12m": None if value is None else round(float(value), 2),
            "mean_p_alive": round(float(t["p_alive"].mean()), 4) if len(t) else None,
            "buy_again": band_counts(t["churn_risk"].tolist()),
            "discount_monthly": self.discount, "log_likelihood": round(self.log_likelihood, 3),
            "fit_seconds": round(self.seconds, 3), "warnings": self.warnings,
            "notes": [{"code": code, **values} for code, values in self.notes],
        }


def check_enough(summary: pd.DataFrame, *, calibration: bool = False) -> list[tuple[str, dict[str, Any]]]:
    """Refuse (InputError) below MIN_REPEAT_BUYERS repeat buyers; a warning below WARN_REPEAT_BUYERS.

    `calibration`: the summary covers the calibration period of a holdout check (the message says so)."""
    if summary.empty:
        raise InputError("There are no paid orders of known customers in the calibration period, so there is nothing"
                         " to predict from." if calibration else
                         "There are no paid orders of known customers, so there is nothing to predict from.",
                         hint="Import orders first, or choose a later date.")
    repeat = int((summary["frequency"] > 0).sum())
    if repeat < MIN_REPEAT_BUYERS:
        raise InputError("Only {repeat} customers bought more than once in the calibration period; predictions need"
                         " at least {minimum} repeat buyers to say anything." if calibration else
                         "Only {repeat} customers bought more than once; predictions need at least {minimum} repeat"
                         " buyers to say anything.",
                         hint="Import more orders (a longer period), or choose a later date.", repeat=repeat,
                         minimum=MIN_REPEAT_BUYERS)
    if repeat < WARN_REPEAT_BUYERS:
        return [("few_repeat", {"n": repeat})]
    return []


def fit_models(summary: pd.DataFrame
               ) -> tuple[BGNBDParams, GammaGammaParams | None, float, list[tuple[str, dict[str, Any]]]]:
    """Fit BG/NBD on everyone and Gamma-Gamma on repeat buyers with a positive spend; warnings for weak spots."""
    import numpy as np

    from . import bgnbd, gamma_gamma

    warnings = check_enough(summary)
    # Fitted in the order of the rows' own values: ids follow the order rows were imported in, and the float sums
    # (the start point, the spend likelihood) in another order moved the estimates in the fifth digit.
    summary = summary.sort_values(["frequency", "recency", "T", "monetary"], kind="stable", na_position="last")
    params, ll = bgnbd.fit(summary["frequency"].to_numpy(), summary["recency"].to_numpy(), summary["T"].to_numpy())
    values = np.array([params.r, params.alpha])
    if params.a > 1e4 and params.b > 1e4 and np.isfinite(params.a / params.b):
        warnings.append(("alike_dropout", {"share": params.a / (params.a + params.b)}))
    else:
        values = np.append(values, [params.a, params.b])
    if not np.all(np.isfinite(values)) or values.max() > 1e6 or values.min() < 1e-6:
        warnings.append(("unsettled", {}))
    spenders = summary[(summary["frequency"] > 0) & (summary["monetary"] > 0)]
    gg = None
    if len(spenders) < MIN_REPEAT_BUYERS:
        warnings.append(("few_spenders", {"n": len(spenders)}))
    else:
        gg, _ = gamma_gamma.fit(spenders["frequency"].to_numpy(), spenders["monetary"].to_numpy())
        if gg.q <= 1:
            warnings.append(("no_mean", {}))
            gg = None
        elif len(spenders) > 2 and spenders["frequency"].nunique() > 1 and spenders["monetary"].nunique() > 1:
            corr = float(np.corrcoef(spenders["frequency"], spenders["monetary"])[0, 1])
            if abs(corr) > SPEND_CORRELATION_WARN:
                warnings.append(("correlated", {"corr": corr}))
    return params, gg, ll, warnings


def predict_table(summary: pd.DataFrame, params: BGNBDParams, gg: GammaGammaParams | None, end_day: int,
                  unit: str, discount: float = 0.0) -> pd.DataFrame:
    """Add p_alive, churn_risk, expected_90, expected_spend, value_12m and next_order (ISO date or None) to `summary`."""
    import numpy as np

    from . import bgnbd, gamma_gamma
    from .data import day_date, unit_days

    scale = unit_days(unit)
    x, t_x, T = (summary[c].to_numpy(dtype=float) for c in ("frequency", "recency", "T"))
    out = summary.copy()
    out["p_alive"] = bgnbd.p_alive(params, x, t_x, T)
    out["churn_risk"] = 1 - bgnbd.p_buy_within(params, CHURN_HORIZON_DAYS / scale, x, t_x, T)
    out["expected_90"] = bgnbd.expected_purchases(params, HORIZON_DAYS / scale, x, t_x, T)
    if gg is not None:
        spend = gamma_gamma.expected_spend(gg, x, summary["monetary"].to_numpy(dtype=float))
        previous = np.zeros(len(x))
        orders = np.zeros(len(x))
        for month in range(1, MONTHS + 1):
            cumulative = bgnbd.expected_purchases(params, month * MONTH_DAYS / scale, x, t_x, T)
            orders += (cumulative - previous) / (1 + discount) ** month
            previous = cumulative
        out["expected_spend"] = spend
        out["value_12m"] = spend * orders
    else:
        out["expected_spend"] = np.nan
        out["value_12m"] = np.nan
    wait_days = bgnbd.median_wait(params, x, T) * scale
    base = day_date(end_day - 1)  # the waits run from the observation end, where T stops
    out["next_order"] = [
        (base + dt.timedelta(days=int(w))).isoformat() if w <= NEXT_ORDER_LIMIT_DAYS else None for w in wait_days]
    return out


def predict_customers(ws: Workspace, until: dt.date | None = None, unit: str = "days", discount: float = 0.0, *,
                      progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> PredictionRun:
    """Fit on orders up to and including `until` (default: all) and predict every customer who bought by then."""
    from ..features.metrics import default_as_of
    from .data import day_number, purchase_days, summarise, unit_days

    unit_days(unit)
    if not 0 <= discount < 1:
        raise InputError("The monthly discount rate must be between 0 and 1 (e.g. 0.01 for 1% a month).")
    reporter = Reporter(progress, cancelled)
    started = time.perf_counter()
    reporter.step(0, 4, "Reading orders")
    as_of = default_as_of(ws)
    if until is not None:
        if until >= as_of:  # also a far date such as 9999-12-31, whose next day does not exist
            raise InputError("There are no orders after {until} to compare the predictions with.",
                             hint="Choose an earlier date for the end of the calibration period.",
                             until=until.isoformat())
        as_of = until + dt.timedelta(days=1)
    end_day = day_number(as_of)
    summary = summarise(purchase_days(ws), end_day, unit)
    reporter.step(1, 4, "Fitting the purchase and spend models")
    params, gg, ll, warnings = fit_models(summary)
    reporter.step(2, 4, "Predicting every customer")
    table = predict_table(summary, params, gg, end_day, unit, discount)
    reporter.step(4, 4, "")
    return PredictionRun(as_of, unit, params, gg, table, discount, ll, time.perf_counter() - started, warnings)
