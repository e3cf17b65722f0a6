"""The demo shop's sales: which day and hour, which products, what was paid, and the order statuses."""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import catalog as cat
from .catalog import DAY0, N_DAYS, POS, SHOPIFY, TAOBAO, day_index, norm


def day_weights() -> dict[str, np.ndarray]:
    """Relative sales per day for each channel, and the gift seasons (for seasonal buyers)."""
    days = DAY0 + np.arange(N_DAYS)
    weekday = (days.astype("datetime64[D]").view("int64") - 4) % 7  # 0 = Monday
    trend = np.arange(N_DAYS) / N_DAYS
    gift = np.zeros(N_DAYS)
    for dates in cat.FESTIVALS.values():
        for text in dates:
            d = day_index(text)
            gift[max(d - 21, 0):max(min(d, N_DAYS), 0)] = 1
    closed = np.zeros(N_DAYS, dtype=bool)
    for text in cat.FESTIVALS["spring"]:
        d = day_index(text)
        closed[max(d - 1, 0):max(min(d + 2, N_DAYS), 0)] = True
    pos = np.asarray([0.85, 0.85, 0.9, 0.95, 1.15, 1.5, 1.45])[weekday] * (1 + 0.25 * trend) * (1 + 0.6 * gift)
    pos[closed] *= 0.05
    online = np.asarray([1, 1, 1, 1, 0.95, 1.05, 1.1])[weekday] * (1 + 0.4 * trend) * (1 + 0.4 * gift)
    for text, factor in cat.SHOPPING_DAYS.items():
        online[day_index(text)] *= factor
    shopify = (1 + 0.6 * trend) * (1 + 0.3 * gift)
    for text in ("2023-11-24", "2024-11-29"):  # Black Friday
        shopify[day_index(text)] *= 3
    return {"pos": pos, "taobao": online, "shopify": shopify, "gift": gift + 1e-9}


def _sample_days(rng, weights: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """One day per entry, distributed like `weights` inside [start, end] (inverse CDF, vectorised)."""
    cum = np.concatenate([[0.0], np.cumsum(weights)])
    lo, hi = cum[start], cum[end + 1]
    day = np.searchsorted(cum, lo + rng.random(len(start)) * (hi - lo), side="right") - 1
    return np.clip(day, start, end)


def _times(rng, day: np.ndarray, hours: tuple[float, ...]) -> np.ndarray:
    hour = rng.choice(24, len(day), p=norm(hours))
    seconds = hour * 3600 + rng.integers(0, 3600, len(day))
    return (DAY0 + day.astype("timedelta64[D]")).astype("datetime64[s]") + seconds.astype("timedelta64[s]")


def person_orders(rng, people: pd.DataFrame) -> pd.DataFrame:
    person = np.repeat(people.index.to_numpy(), people["n_orders"].to_numpy())
    p = people.loc[person]
    channel = p["home"].to_numpy().copy()
    use_second = (p["second"].to_numpy() >= 0) & (rng.random(len(person)) < 0.3)
    channel[use_second] = p["second"].to_numpy()[use_second]
    weights = day_weights()
    start, end = p["start"].to_numpy(), p["end"].to_numpy()
    day = np.zeros(len(person), dtype=int)
    seasonal = p["segment"].to_numpy() == "seasonal"
    for ch, name in ((POS, "pos"), (TAOBAO, "taobao"), (SHOPIFY, "shopify")):
        m = (channel == ch) & ~seasonal
        day[m] = _sample_days(rng, weights[name], start[m], end[m])
    day[seasonal] = _sample_days(rng, weights["gift"], start[seasonal], end[seasonal])
    # the Binjiang store opened later: its regulars went to Wulin before that
    store = p["store"].to_numpy().copy()
    opened = day_index(cat.STORES[2][1])
    store[(store == 2) & (day < opened)] = 0
    return _order_frame(rng, person, channel, day, store)


def anonymous_tickets(rng, orders: pd.DataFrame) -> pd.DataFrame:
    """Walk-in store sales where the cashier recorded no member card and no phone."""
    n = int(round(0.35 * (orders["channel"] == POS).sum()))
    day = _sample_days(rng, day_weights()["pos"], np.zeros(n, dtype=int), np.full(n, N_DAYS - 1))
    store = rng.choice(3, n, p=(0.45, 0.35, 0.20))
    opened = day_index(cat.STORES[2][1])
    store[(store == 2) & (day < opened)] = 1
    return _order_frame(rng, np.full(n, -1), np.full(n, POS), day, store)


def _order_frame(rng, person, channel, day, store) -> pd.DataFrame:
    time = np.where(channel == POS, _times(rng, day, cat.STORE_HOURS), _times(rng, day, cat.ONLINE_HOURS))
    payment = rng.choice(len(cat.PAYMENTS), len(person), p=norm(cat.PAYMENT_WEIGHTS))
    return pd.DataFrame({"person": person, "channel": channel, "time": time, "store": store, "payment": payment,
                         "return_of": -1})


def order_lines(rng, orders: pd.DataFrame, people: pd.DataFrame) -> pd.DataFrame:
    """The order lines: product and quantity (months steer the category; people have a favourite)."""
    n_orders = len(orders)
    extra = np.select([orders["channel"] == POS, orders["channel"] == TAOBAO], [0.6, 0.4], 0.8)
    n_items = (1 + rng.poisson(extra)).clip(max=6)
    order = np.repeat(np.arange(n_orders), n_items)
    month = orders["time"].to_numpy().astype("datetime64[M]").astype(int) % 12
    person = orders["person"].to_numpy()[order]
    known = person >= 0
    fav = np.full(len(order), -1)
    fav[known] = people["fav"].to_numpy()[person[known]]
    seasonal = np.zeros(len(order), dtype=bool)
    seasonal[known] = people["segment"].to_numpy()[person[known]] == "seasonal"
    by_month = np.asarray(cat.CATEGORY_BY_MONTH, dtype=float)
    by_month /= by_month.sum(axis=1, keepdims=True)
    cum = by_month.cumsum(axis=1)[month[order]]
    category = (rng.random(len(order))[:, None] > cum).sum(axis=1).clip(max=len(cat.CATEGORIES) - 1)
    use_fav = known & (rng.random(len(order)) < np.where(seasonal, 0.75, 0.45))
    category[use_fav] = fav[use_fav]
    product_category = np.asarray([cat.CATEGORIES.index(p[1]) for p in cat.PRODUCTS])
    product = np.zeros(len(order), dtype=int)
    for c in range(len(cat.CATEGORIES)):
        ids = np.flatnonzero(product_category == c)
        m = category == c
        product[m] = rng.choice(ids, m.sum(), p=norm(np.asarray(cat.POPULARITY)[ids]))
    line_month = month[order]
    product[(product == cat.MOONCAKE) & ~np.isin(line_month, (7, 8))] = 24
    product[(product == cat.NEW_YEAR_BOX) & ~np.isin(line_month, (11, 0, 1))] = 24
    factor = np.ones(len(order))
    factor[known] = people["spend_factor"].to_numpy()[person[known]]
    qty = 1 + rng.poisson(0.25 * factor)
    qty = np.where(product_category[product] == cat.CATEGORIES.index("茶具"), np.minimum(qty, 2), qty).clip(max=10)
    price = np.asarray([p[2] for p in cat.PRODUCTS])[product]
    lines = pd.DataFrame({"order": order, "product": product, "qty": qty, "price": price})
    # the same product twice in one order is one line with a larger quantity
    return lines.groupby(["order", "product"], sort=False, as_index=False).agg(qty=("qty", "sum"),
                                                                               price=("price", "first"))
