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
Only an item's PER_ITEM × top most confident rules of each kind are tried (the rest could only win where most of
those name recent purchases). Ties go to the stronger rule, then to the item's name, so the same orders in any row
order give the same list.
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
PER_ITEM = 2  # rules per item and kind considered, as a multiple of the suggestions wanted
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


def suggest(history: History, rules: pd.DataFrame, as_of_day: int, top: int,
            days: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each buyer's `top` suggestions: customer, rank (1 = first), item (code), score, rule (row of `rules`, or
    POPULAR). `rules` is in strongest-first order; `days`: rules.day_baskets(history), when already made."""
    import numpy as np
    import pandas as pd

    days = day_baskets(history) if days is None else days
    if days.empty or top <= 0:
        return pd.DataFrame({"customer": [], "rank": [], "item": [], "score": [], "rule": []}).astype(
            {"customer": np.int64, "rank": np.int64, "item": np.int64, "score": float, "rule": np.int64})
    back = (days.groupby("customer", sort=False)["rank"].transform("max") - days["rank"]).to_numpy()
    held = days[["customer", "item"]].assign(back=back)[back < LOOK_BACK]
    indexed = rules.assign(rule=np.arange(len(rules)))
    cust, item, score, rule = [], [], [], []
    for kind, weight, source in ((NEXT, 1.0, held), (TOGETHER, TOGETHER_WEIGHT, held[held["back"] == 0])):
        chosen = indexed.loc[indexed["kind"] == kind, ["a", "b", "confidence", "rule"]]
        # an item's best PER_ITEM rules of a kind (by confidence, then strength): the ones a pick can come from
        # unless most of them name recent purchases (all of them made 100,000 customers 8.9 million candidates)
        order = np.lexsort((chosen["rule"].to_numpy(), -chosen["confidence"].to_numpy(), chosen["a"].to_numpy()))
        chosen = chosen.iloc[order]
        chosen = chosen[chosen.groupby("a", sort=False).cumcount().to_numpy() < PER_ITEM * top]
        hits = source.merge(chosen, left_on="item", right_on="a")
        cust.append(hits["customer"].to_numpy(np.int64))
        item.append(hits["b"].to_numpy(np.int64))
        score.append(hits["confidence"].to_numpy(float) * weight * 0.5 ** hits["back"].to_numpy())
        rule.append(hits["rule"].to_numpy(np.int64))
    every = days["customer"].to_numpy()  # sorted
    customers = every[np.r_[True, every[1:] != every[:-1]]]
    recent = recent_purchases(days, as_of_day)
    # popular items: `top` more than a customer could lose to recent purchases and to rule picks (a fixed number
    # for everyone made 100,000 customers × 400 items: 1.8 GB)
    lost = recent["customer"].value_counts().reindex(customers, fill_value=0).to_numpy(np.int64)
    ranked = popular_items(history, as_of_day)
    want = np.minimum(len(ranked), 2 * top + lost)
    place = np.arange(int(want.sum())) - np.repeat(np.cumsum(want) - want, want)
    cust.append(np.repeat(customers, want))
    item.append(ranked[place].astype(np.int64))
    score.append(-1.0 - place)
    rule.append(np.full(len(place), POPULAR, dtype=np.int64))
    cust_a, item_a, score_a, rule_a = (np.concatenate(a) for a in (cust, item, score, rule))
    n_items = max(len(history.items), 1)
    key = cust_a * n_items + item_a
    fresh = ~np.isin(key, recent["customer"].to_numpy(np.int64) * n_items + recent["item"].to_numpy(np.int64))
    cust_a, item_a, score_a, rule_a, key = (a[fresh] for a in (cust_a, item_a, score_a, rule_a, key))
    # strongest first: score, then the stronger rule (popular last), then the name; each item once per customer
    rule_order = np.where(rule_a < 0, len(rules), rule_a)
    order = np.lexsort((item_a, rule_order, -np.round(score_a, 12), cust_a))
    cust_a, item_a, score_a, rule_a, key = (a[order] for a in (cust_a, item_a, score_a, rule_a, key))
    _, first = np.unique(key, return_index=True)
    once = np.zeros(len(key), dtype=bool)
    once[first] = True
    cust_a, item_a, score_a, rule_a = (a[once] for a in (cust_a, item_a, score_a, rule_a))
    start = np.r_[True, cust_a[1:] != cust_a[:-1]] if len(cust_a) else np.zeros(0, dtype=bool)
    rank = np.arange(len(cust_a)) - np.maximum.accumulate(np.where(start, np.arange(len(cust_a)), 0)) + 1
    keep = rank <= top
    return pd.DataFrame({"customer": cust_a[keep], "rank": rank[keep].astype(np.int64), "item": item_a[keep],
                         "score": score_a[keep], "rule": rule_a[keep]})
