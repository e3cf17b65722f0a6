"""Before launch: the smallest lift in conversion a campaign of this size can detect, and warnings in plain words.

The minimum detectable (absolute) lift δ at 80% power and 5% two-sided solves
    z(0.975)·√(p̄(1-p̄)(1/n1 + 1/n2)) + z(0.80)·√(p1(1-p1)/n1 + p0(1-p0)/n2) = δ,   p1 = p0 + δ,
with p0 the baseline conversion and p̄ the pooled rate under the alternative (the usual sample-size formula for
two proportions, solved for δ by bisection). The baseline is the share of the group who bought in the window of the
same length just before the start.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import TYPE_CHECKING

from ..features.headline import COUNTED

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..workspace import Workspace

MIN_HOLDOUT = 100  # fewer holdout customers than this: the campaign cannot teach much
DEFAULT_BASELINE = 0.1  # assumed buying rate when the data does not reach back a whole window
MAX_USEFUL_MDE = 0.05  # a campaign that can only see a lift above 5 points is too small to learn from


@dataclass
class Plan:
    """The size of each arm, the baseline conversion, the minimum detectable lift and the warnings (codes)."""

    customers: int
    treatment: int
    holdout: int
    baseline: float | None
    mde: float | None
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        """Plain values for JSON."""
        return {"customers": self.customers, "treatment": self.treatment, "holdout": self.holdout,
                "baseline": self.baseline, "mde": self.mde, "warnings": list(self.warnings)}


def holdout_size(customers: int, share: float) -> int:
    """How many of `customers` go to the holdout: the share rounded, at least 1 and at most all but 1 when possible."""
    if customers < 2:
        return 0
    return min(customers - 1, max(1, round(customers * share)))


def minimum_detectable_lift(n1: int, n2: int, baseline: float, *, alpha: float = 0.05, power: float = 0.8
                            ) -> float | None:
    """The smallest absolute lift in conversion (0..1) detected with `power`; None when it exceeds what is possible."""
    if n1 <= 0 or n2 <= 0:
        return None
    p0 = min(max(baseline, 0.0), 1.0)
    za, zb = NormalDist().inv_cdf(1 - alpha / 2), NormalDist().inv_cdf(power)

    def gap(delta: float) -> float:
        p1 = p0 + delta
        pooled = (n1 * p1 + n2 * p0) / (n1 + n2)
        need = za * math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2)) + \
            zb * math.sqrt(p1 * (1 - p1) / n1 + p0 * (1 - p0) / n2)
        return delta - need

    high = 1.0 - p0
    if high <= 0 or gap(high) < 0:
        return None
    low = 0.0
    for _ in range(60):
        mid = (low + high) / 2
        if gap(mid) < 0:
            low = mid
        else:
            high = mid
    return high


def warnings_for(treatment: int, holdout: int, mde: float | None, baseline: float | None) -> list[str]:
    """Codes of what makes the campaign hard to learn from: holdout_small, treatment_small, mde_large, no_baseline."""
    out = []
    if holdout < MIN_HOLDOUT:
        out.append("holdout_small")
    if treatment < MIN_HOLDOUT:
        out.append("treatment_small")
    if mde is None or mde > MAX_USEFUL_MDE:
        out.append("mde_large")
    if baseline is None:
        out.append("no_baseline")
    return out


WARNING_TEXTS = {
    "holdout_small": "The holdout group has fewer than {min} customers, so chance alone can hide or fake an effect.",
    "treatment_small": "The group that gets the message has fewer than {min} customers.",
    "mde_large": "At this size only a big effect can be seen: the campaign would have to make at least {mde} more"
                 " customers in every 100 buy before the difference is clear.",
    "no_baseline": "The data does not reach back a whole window before the start date, so the usual buying rate of"
                   " the group is unknown; the smallest visible lift is worked out for a rate of 10 in 100.",
}


def warning_text(code: str, mde: float | None) -> str:
    """The English sentence for a warning code (the UI has its own translated sentences)."""
    mde_text = "—" if mde is None else f"{mde * 100:.1f}"
    return WARNING_TEXTS[code].format(min=MIN_HOLDOUT, mde=mde_text)


def baseline_conversion(ws: Workspace, ids: Sequence[int], start: dt.date, window_days: int) -> float | None:
    """Share of `ids` with a paid order in the `window_days` before `start`; None when the data starts later."""
    if not ids:
        return None
    begin = start - dt.timedelta(days=window_days)
    first = ws.conn.execute(f"SELECT min(order_time) FROM orders WHERE {COUNTED}").fetchone()[0]
    if first is None or first[:10] > begin.isoformat():
        return None
    row = ws.conn.execute(
        f"SELECT count(DISTINCT customer_id) FROM orders WHERE {COUNTED} AND order_time >= ? AND order_time < ?"
        " AND customer_id IN (SELECT value FROM json_each(?))",
        (begin.isoformat(), start.isoformat(), json.dumps(list(ids)))).fetchone()
    return row[0] / len(ids)


def plan(ws: Workspace, ids: Sequence[int], start: dt.date, window_days: int, holdout_share: float) -> Plan:
    """Arm sizes, baseline, minimum detectable lift and warnings for a campaign over `ids`."""
    n = len(ids)
    n2 = holdout_size(n, holdout_share)
    n1 = n - n2
    baseline = baseline_conversion(ws, ids, start, window_days)
    mde = minimum_detectable_lift(n1, n2, baseline if baseline is not None else DEFAULT_BASELINE) if n1 and n2 else None
    return Plan(n, n1, n2, baseline, mde, warnings_for(n1, n2, mde, baseline))
