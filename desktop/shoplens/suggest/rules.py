"""Association rules "X → Y" with support, confidence and lift, from baskets and from purchase sequences.

Two kinds, each over its own transactions:
- TOGETHER: a transaction is one paid order (a basket); X → Y when Y is in the same order as X.
- NEXT: a transaction is a step from one of a customer's purchase days to their next purchase day (the orders of a
  day together); X → Y when X was bought on the first day and Y on the next. Only customers who came back make
  steps, so "next" rules compare returning customers with returning customers.

For N transactions: support = n(X and Y) / N, confidence = n(X and Y) / n(X), lift = confidence / (n(Y) / N), where
n(Y) for NEXT counts the steps whose later day holds Y. A rule is kept when its lift is above 1 and it rests on at
least MIN_COUNT transactions (or 0.02% of them, whichever is more) and, for NEXT, on at least MIN_CUSTOMERS different
customers, so no rule describes one person. (No significance test: a weak rule only ranks a suggestion, and the
rules list puts first what rests on the most transactions beyond chance.)

Counted with numpy, not mlxtend: mlxtend's apriori/fpgrowth find itemsets inside baskets but not purchase sequences,
and they work on a one-hot table of baskets × products (a shop with thousands of products makes it large); rules
with one product on each side are what an owner reads and acts on, and they are pair counts.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from .history import History

TOGETHER, NEXT = "together", "next"
MIN_COUNT = 5
MIN_SHARE = 0.0002  # 1 in 5,000: on the demo's history 0.1% kept 591 rules and hit 45% at 3, this 870 and 53.5%
MIN_CUSTOMERS = 3
MAX_BASKET = 30  # a larger basket or purchase day (a wholesale order) makes no pairs: 30 items are already 870
RULE_COLUMNS = ("kind", "a", "b", "count", "customers", "support", "confidence", "lift")


def _pairs_within(group: np.ndarray, item: np.ndarray, owner: np.ndarray) -> tuple[np.ndarray, ...]:
    """Every ordered pair (x, y), x ≠ y, of items in the same group, with the group's owner; the rows sorted by
    group, each (group, item) once. Groups of more than MAX_BASKET items make no pairs."""
    import numpy as np

    start = np.r_[True, group[1:] != group[:-1]]
    number = np.cumsum(start) - 1
    pos = np.arange(len(group)) - np.flatnonzero(start)[number]
    size = np.bincount(number)[number]
    ok = size <= MAX_BASKET
    xs, ys, owners = [], [], []
    for d in range(1, min(int(size[ok].max(initial=1)), MAX_BASKET)):
        left = np.flatnonzero(ok[:-d] & (pos[:-d] + d < size[:-d]))
        xs += [item[left], item[left + d]]
        ys += [item[left + d], item[left]]
        owners += [owner[left], owner[left]]
    if not xs:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(owners)


def basket_rules(history: History) -> pd.DataFrame:
    """TOGETHER rules: items in the same paid order."""
    import numpy as np

    baskets = history.baskets
    # a pair's customers, for the distinct-customer count (each walk-in basket counts as a customer of its own)
    owner = np.where(history.customer >= 0, history.customer, -1 - history.order)
    x, y, who = _pairs_within(history.order, history.item, owner)
    counts = np.bincount(history.item, minlength=len(history.items))
    return _rules(TOGETHER, x, y, who, baskets, counts, counts, len(history.items))


def day_baskets(history: History) -> pd.DataFrame:
    """Known customers' purchase days: customer, day, item and the day's rank (0 = first), each row once."""
    import numpy as np
    import pandas as pd

    known = history.customer >= 0
    frame = pd.DataFrame({"customer": history.customer[known], "day": history.day[known],
                          "item": history.item[known]}).drop_duplicates()
    frame = frame.sort_values(["customer", "day", "item"], kind="stable", ignore_index=True)
    days = frame[["customer", "day"]].drop_duplicates()
    rank = days.groupby("customer", sort=False).cumcount().to_numpy(np.int64)
    frame["rank"] = pd.Series(rank, index=days.index).reindex(frame.index).ffill().to_numpy(np.int64)
    return frame


def steps(days: pd.DataFrame) -> pd.DataFrame:
    """For each step from a purchase day to the customer's next: the items of both (columns customer, rank, a, b).
    A day of more than MAX_BASKET items (a wholesale buyer's) makes no pairs, as such a basket does not."""
    size = days.groupby(["customer", "rank"], sort=False)["item"].transform("size").to_numpy()
    days = days.loc[size <= MAX_BASKET, ["customer", "rank", "item"]]
    later = days.assign(rank=days["rank"] - 1).rename(columns={"item": "b"})
    return days.rename(columns={"item": "a"}).merge(later, on=["customer", "rank"])


def sequence_rules(history: History, days: pd.DataFrame | None = None) -> pd.DataFrame:
    """NEXT rules: items bought on a customer's purchase day → items bought on their next purchase day (`days`:
    day_baskets(history), when already made)."""
    import numpy as np

    n_items = len(history.items)
    days = day_baskets(history) if days is None else days
    if days.empty:
        return _rules(NEXT, np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int64), 0,
                      np.zeros(n_items, np.int64), np.zeros(n_items, np.int64), n_items)
    last = days.groupby("customer", sort=False)["rank"].transform("max").to_numpy()
    rank = days["rank"].to_numpy()
    has_next = rank < last  # the day has a next day: its items are antecedents of a step
    has_prev = rank > 0  # the day follows another: its items are consequents
    n_steps = int(len(days.loc[has_next, ["customer", "rank"]].drop_duplicates()))
    ante = np.bincount(days["item"].to_numpy()[has_next], minlength=n_items)
    cons = np.bincount(days["item"].to_numpy()[has_prev], minlength=n_items)
    pairs = steps(days)
    pairs = pairs[pairs["a"] != pairs["b"]]
    return _rules(NEXT, pairs["a"].to_numpy(np.int64), pairs["b"].to_numpy(np.int64),
                  pairs["customer"].to_numpy(np.int64), n_steps, ante, cons, n_items)


def min_count(transactions: int) -> int:
    """The fewest transactions a rule must rest on: MIN_COUNT, or MIN_SHARE of the transactions when more."""
    return max(MIN_COUNT, math.ceil(MIN_SHARE * transactions))


def _rules(kind: str, x, y, owner, n: int, ante, cons, n_items: int) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    if not len(x) or n == 0:
        empty = pd.DataFrame({c: pd.Series(dtype=float if c in ("support", "confidence", "lift") else
                                           (object if c == "kind" else np.int64)) for c in RULE_COLUMNS})
        empty.attrs["transactions"] = n
        return empty
    code = x * n_items + y
    pair, count = np.unique(code, return_counts=True)
    low, span = int(owner.min()), int(owner.max()) - int(owner.min()) + 1
    if n_items * n_items * span < 2**62:  # (pair, owner) as one integer: a row-wise unique took 4x as long
        owners = np.unique(code * span + (owner - low)) // span
    else:
        owners = np.unique(np.c_[code, owner], axis=0)[:, 0]
    _, customers = np.unique(owners, return_counts=True)  # same pair order as `pair` (both sorted)
    a, b = pair // n_items, pair % n_items
    support = count / n
    confidence = count / ante[a]
    lift = confidence / (cons[b] / n)
    frame = pd.DataFrame({"kind": kind, "a": a, "b": b, "count": count, "customers": customers,
                          "support": support, "confidence": confidence, "lift": lift})
    keep = (frame["count"] >= min_count(n)) & (frame["lift"] > 1)
    if kind == NEXT:
        keep &= frame["customers"] >= MIN_CUSTOMERS
    frame = frame[keep].reset_index(drop=True)
    frame.attrs["transactions"] = n  # baskets or steps: what support is a share of
    return frame


def strongest(rules: pd.DataFrame, items: list[str]) -> pd.DataFrame:
    """Rules strongest first: the most transactions beyond chance (count × (1 − 1/lift): what the pattern adds to
    what would happen anyway), then the highest lift; ties by kind and the items' names. Lift alone puts rare items
    first (two buyers of a rare tea who both bought the same cup make a lift of 50)."""
    import numpy as np

    excess = rules["count"].to_numpy() * (1 - 1 / rules["lift"].to_numpy())
    order = np.lexsort((rules["b"].to_numpy(), rules["a"].to_numpy(), rules["kind"].to_numpy(dtype=str),
                        -np.round(rules["lift"].to_numpy(), 12), -np.round(excess, 9)))
    return rules.iloc[order].reset_index(drop=True)
