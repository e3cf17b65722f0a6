"""RFM scores 1–5 (quintiles) that never depend on row order and never crash on small or lumpy data.

How a score is cut (one metric, higher is better; recency is scored on its negative, fewer days is better):

1. Sort the values. With `bins` scores left and `n` customers left, the lowest remaining score takes the
   ceil(n / bins) customers with the smallest values *and every customer tied with the last of them* (equal
   values always share a score: ties are never split, so no tie-breaking key is needed and row order can't
   matter). Repeat on the customers above with one score fewer.
2. Without ties this is exactly quintiles (10 customers → two per score). With heavy ties (80% one-order
   customers) the tie group takes score 1 and the rest are split over the remaining scores.
3. If ties leave fewer than five groups, the groups are spread evenly over 1–5, so the best group still
   scores 5 and the worst 1; a single group (everyone equal, or one customer) scores 3.

Customers with no purchase (frequency 0) are not scored. A missing recency (member-export aggregates without
a last-purchase date) scores R = 1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

SCORES = 5


def score_values(values: np.ndarray, bins: int = SCORES) -> np.ndarray:
    """Scores 1..bins for `values` (higher is better) by the tie-keeping quantile rule above."""
    import numpy as np

    values = np.asarray(values, dtype=float)
    n = len(values)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    ordered = np.sort(values)
    bounds = []
    start, left = 0, bins
    while start < n and left > 0:
        remaining = n - start
        upper = ordered[-1] if left == 1 else ordered[start + -(-remaining // left) - 1]
        bounds.append(upper)
        start = int(np.searchsorted(ordered, upper, side="right"))
        left -= 1
    group = np.searchsorted(np.asarray(bounds), values, side="left")
    used = len(bounds)
    if used == 1:
        spread = np.array([(bins + 1) // 2])
    else:
        spread = np.rint(1 + np.arange(used) * (bins - 1) / (used - 1)).astype(np.int64)
    return spread[group].astype(np.int64)


def rfm_scores(df: pd.DataFrame, bins: int = SCORES) -> pd.DataFrame:
    """Columns r, f, m (1..bins) for every customer in `df` with a purchase; index as in `df`."""
    import numpy as np
    import pandas as pd

    buyers = df[df["frequency"] > 0]
    money = buyers["monetary_cents"] if "monetary_cents" in buyers else buyers["monetary"]
    recency = buyers["recency_days"].astype(float)
    known = recency.notna().to_numpy()
    r = np.ones(len(buyers), dtype=np.int64)
    r[known] = score_values(-recency.to_numpy()[known], bins)
    return pd.DataFrame({
        "r": r,
        "f": score_values(buyers["frequency"].to_numpy(dtype=float), bins),
        "m": score_values(money.to_numpy(dtype=float), bins),
    }, index=buyers.index)
