"""For each buyer, the next products (or categories) to suggest, ranked, with the rule behind each.

How a buyer's suggestions are chosen:
- Their last LOOK_BACK purchase days propose what customers bought next after the same items: a NEXT rule X → Y
  scores its confidence, halved for each purchase day further back. Their last purchase day also proposes what is
  often bought together with its items (a TOGETHER rule scores half its confidence). An item takes its best score.
- Items they bought recently are never suggested. "Recently" is within RECENT_DAYS days before the as-of date, or
  within their typical interval between purchase days (the metrics' definition) when that is longer, at most
  RECENT_CAP days: a customer who buys tea every four months has not finished a tin bought two months ago.
- Free places are filled with the shop's most popular items (the most orders in the POPULAR_DAYS days before the
  as-of date) that they did not buy recently, marked as popular rather than personal.
Ties go to the stronger rule, then to the item's name, so the same orders in any row order give the same list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..features.metrics import typical_interval
from .rules import NEXT, TOGETHER, day_baskets

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from .history import History

LOOK_BACK = 3
TOGETHER_WEIGHT = 0.5
RECENT_DAYS = 90
RECENT_CAP = 365
POPULAR_DAYS = 365
POPULAR = -1  # the rule index of a suggestion that is popular, not personal


def popular_items(history: History, as_of_day: int) -> np.ndarray:
    """Item codes, most orders in the POPULAR_DAYS days before `as_of_day` first (ties by name); items not sold
    in that time follow by their orders before it."""
    import numpy as np

    n_items = len(history.items)
    recent = np.bincount(history.item[history.day >= as_of_day - POPULAR_DAYS], minlength=n_items)
    ever = np.bincount(history.item, minlength=n_items)
    return np.lexsort((np.arange(n_items), -ever, -recent))


def recent_purchases(days: pd.DataFrame, as_of_day: int) -> pd.DataFrame:
    """(customer, item) pairs bought recently (see the module's docstring)."""
    import numpy as np

    interval = typical_interval(days[["customer", "day"]].rename(columns={"customer": "customer_id"}))
    window = np.clip(interval.reindex(days["customer"].to_numpy()).to_numpy(dtype=float), RECENT_DAYS, RECENT_CAP)
    window = np.where(np.isnan(window), RECENT_DAYS, window)
    recent = days["day"].to_numpy() >= as_of_day - window
    return days.loc[recent, ["customer", "item"]].drop_duplicates()


def suggest(history: History, rules: pd.DataFrame, as_of_day: int, top: int) -> pd.DataFrame:
    """Each buyer's `top` suggestions: customer, rank (1 = first), item (code), score, rule (row of `rules`, or
    POPULAR). `rules` is in strongest-first order."""
    import numpy as np
    import pandas as pd

    days = day_baskets(history)
    if days.empty or top <= 0:
        return pd.DataFrame({"customer": [], "rank": [], "item": [], "score": [], "rule": []}).astype(
            {"customer": np.int64, "rank": np.int64, "item": np.int64, "score": float, "rule": np.int64})
    back = days.groupby("customer", sort=False)["rank"].transform("max") - days["rank"]
    held = days[["customer", "item"]].assign(back=back.to_numpy())
    held = held[held["back"] < LOOK_BACK]
    indexed = rules.assign(rule=np.arange(len(rules)))
    parts = []
    for kind, weight, source in ((NEXT, 1.0, held), (TOGETHER, TOGETHER_WEIGHT, held[held["back"] == 0])):
        chosen = indexed.loc[indexed["kind"] == kind, ["a", "b", "confidence", "rule"]]
        hits = source.merge(chosen, left_on="item", right_on="a")
        parts.append(pd.DataFrame({"customer": hits["customer"].to_numpy(), "item": hits["b"].to_numpy(),
                                   "score": hits["confidence"].to_numpy() * weight * 0.5 ** hits["back"].to_numpy(),
                                   "rule": hits["rule"].to_numpy()}))
    customers = np.unique(days["customer"].to_numpy())
    recent = recent_purchases(days, as_of_day)
    most_recent = recent.groupby("customer").size().max() if len(recent) else 0
    ranked = popular_items(history, as_of_day)[:min(len(history.items), 2 * top + int(most_recent))]
    parts.append(pd.DataFrame({"customer": np.repeat(customers, len(ranked)), "item": np.tile(ranked, len(customers)),
                               "score": np.tile(-1.0 - np.arange(len(ranked)), len(customers)), "rule": POPULAR}))
    candidates = pd.concat(parts, ignore_index=True)
    candidates = candidates.merge(recent.assign(_recent=True), on=["customer", "item"], how="left")
    candidates = candidates[candidates["_recent"].isna()].drop(columns="_recent")
    # strongest first: score, then the stronger rule (popular last), then the name
    rule_order = np.where(candidates["rule"].to_numpy() < 0, len(rules), candidates["rule"].to_numpy())
    order = np.lexsort((candidates["item"].to_numpy(), rule_order, -np.round(candidates["score"].to_numpy(), 12),
                        candidates["customer"].to_numpy()))
    candidates = candidates.iloc[order].drop_duplicates(["customer", "item"])
    candidates["rank"] = candidates.groupby("customer", sort=False).cumcount() + 1
    picked = candidates[candidates["rank"] <= top]
    return picked[["customer", "rank", "item", "score", "rule"]].reset_index(drop=True).astype(
        {"customer": np.int64, "rank": np.int64, "item": np.int64, "rule": np.int64})
