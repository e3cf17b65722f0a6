"""Per-customer metrics as of a date (recency, frequency, monetary, windows, favourites), computed vectorised.

Rules, so every screen and report agrees:
- Only orders with status 'paid' count; refunded and cancelled orders are left out entirely. A paid row with a
  negative amount (a refund booked as its own row) lowers the spend but is not counted as an order.
- Only orders on days before `as_of` count; the default as-of date is the day after the last order.
- recency_days = as_of − day of the last order (so a purchase on the last day gives 1).
- typical_interval_days is the median gap between distinct purchase days (NaN with a single purchase day).
- An order time of exactly 00:00:00 is taken as "date only" and does not vote for the active hour.
- Member-list history (total spend, order count, last purchase from a member export) is counted apart
  (features.headline.history) and never becomes recency, frequency or monetary: those come from the imported
  orders only, so the buyers the metrics see are the buyers every screen counts. A customer without paid orders
  but with such history has source 'member_aggregates' (frequency 0, no recency); with neither, source 'none'.
  History whose last purchase is on or after `as_of` is ignored.
- Money is integer cents in the `features` table; the DataFrame adds currency units as floats for display.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from itertools import repeat
from typing import TYPE_CHECKING

from ..progress import CancelFn, ProgressFn, Reporter
from ..util.gc import paused_gc
from .as_of import as_of_after
from .paid_orders import OrdersInHand, read_item_categories, read_paid_orders

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from ..workspace import Workspace

WINDOWS = (30, 90, 365)
TABLE_COLUMNS = (
    "customer_id", "as_of", "source", "recency_days", "frequency", "monetary_cents", "aov_cents", "first_order",
    "last_order", "tenure_days", "typical_interval_days", "orders_30", "orders_90", "orders_365", "spend_30_cents",
    "spend_90_cents", "spend_365_cents", "fav_category", "fav_channel", "fav_store", "active_weekday", "active_hour",
    "discount_share",
)
COLUMNS = (
    "source", "recency_days", "frequency", "monetary", "monetary_cents", "aov", "aov_cents", "first_order",
    "last_order", "tenure_days", "typical_interval_days", "orders_30", "orders_90", "orders_365", "spend_30",
    "spend_90", "spend_365", "spend_30_cents", "spend_90_cents", "spend_365_cents", "fav_category", "fav_channel",
    "fav_store", "active_weekday", "active_hour", "discount_share",
)
_EPOCH = dt.date(1970, 1, 1)


def default_as_of(ws: Workspace) -> dt.date:
    """The day after the last order (or member-export last purchase); today for an empty workspace."""
    last = ws.conn.execute(
        "SELECT max(d) FROM (SELECT substr(max(order_time), 1, 10) AS d FROM orders"  # one step down orders_time
        " UNION ALL SELECT max(substr(agg_last_purchase, 1, 10)) FROM customers)"
    ).fetchone()[0]
    return as_of_after(last)


def compute_features(ws: Workspace, as_of: dt.date | None = None, *, progress: ProgressFn | None = None,
                     cancelled: CancelFn | None = None, orders: OrdersInHand | None = None) -> pd.DataFrame:
    """One row per customer (index customer_id) with every metric as of `as_of`.

    `orders`: every row of the orders table, when the caller holds them (a first import); else they are read.
    """
    reporter = Reporter(progress, cancelled)
    as_of = as_of or default_as_of(ws)
    reporter.step(0, 5, "Reading orders")
    stored = _read_stored(ws.conn)
    with_ids = stored.item_categories is not None
    paid = orders.paid(ws.conn, as_of, with_ids=with_ids) if orders is not None else \
        read_paid_orders(ws.conn, as_of, with_ids=with_ids)
    return _features_of(paid, stored, as_of, reporter)


@dataclass
class _Stored:
    """What the metrics read from the workspace besides the paid orders."""

    customers: pd.DataFrame  # id and member-export history of every customer
    # order id and category of every order line with a category; None when no line has one (the orders vote)
    item_categories: tuple[np.ndarray, pd.Categorical] | None


def _read_stored(conn: sqlite3.Connection) -> _Stored:
    import pandas as pd

    customers = pd.read_sql_query(
        "SELECT id AS customer_id, agg_total_spend_cents, agg_order_count, agg_last_purchase FROM customers"
        " ORDER BY id", conn)
    with_categories = conn.execute("SELECT 1 FROM order_items WHERE category IS NOT NULL LIMIT 1").fetchone()
    return _Stored(customers, read_item_categories(conn) if with_categories else None)


def _features_of(orders: pd.DataFrame, stored: _Stored, as_of: dt.date, reporter: Reporter) -> pd.DataFrame:
    """compute_features from the paid orders (with their ids when lines carry categories) and `stored`."""
    import numpy as np

    as_of_day = (as_of - _EPOCH).days
    steps = 5
    ids = stored.customers["customer_id"].to_numpy(dtype=np.int64)
    reporter.step(1, steps, "Recency, frequency and spend")
    out = _core(orders, ids, as_of_day)
    reporter.step(2, steps, "Favourites")
    _favourites(stored.item_categories, orders, out)
    reporter.step(3, steps, "Member-export aggregates")
    _apply_aggregates(out, stored.customers, as_of_day)
    reporter.step(4, steps, "Finishing")
    out["monetary"] = out["monetary_cents"] / 100.0
    out["aov"] = out["aov_cents"] / 100.0
    for w in WINDOWS:
        out[f"spend_{w}"] = out[f"spend_{w}_cents"] / 100.0
    out["first_order"] = _day_text(out.pop("first_day"))
    out["last_order"] = _day_text(out.pop("last_day"))
    out.index.name = "customer_id"
    reporter.step(steps, steps, "")
    return out[list(COLUMNS)]


class MetricsInHand:
    """A first import's orders in hand (OrdersInHand), and every customer's metrics worked out from them in a
    thread while SQLite builds the orders' indexes, which holds no lock on Python: the second core does them
    instead of the import waiting for them afterwards.

    Made once the import has written its customers, orders and order lines; the work ahead assumes they stay as
    written until the metrics are saved in the same transaction (the pipeline passes it only when no cleaning
    step runs in between), and is used only for the as-of day and coded values it assumed (`features`).
    """

    def __init__(self, conn: sqlite3.Connection, table: pd.DataFrame) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.orders = OrdersInHand(conn, table)
        self._stored = _read_stored(conn)
        pool = ThreadPoolExecutor(1)
        self._ahead = pool.submit(self._work_ahead)
        pool.shutdown(wait=False)

    def _work_ahead(self) -> tuple[pd.DataFrame, _Insert]:
        paid = self.orders.paid_ahead(with_ids=self._stored.item_categories is not None)
        features = _features_of(paid, self._stored, self.orders.as_of, Reporter())
        return features, _insert_of(features, self.orders.as_of)  # the values to save, made here too (0.3 s)

    def features(self, conn: sqlite3.Connection, as_of: dt.date) -> tuple[pd.DataFrame, _Insert] | None:
        """What compute_features gives for `as_of`, and the insert that saves it, when the work ahead holds for
        `as_of`; else None."""
        if not self.orders.holds(conn, as_of):
            self._ahead.cancel()
            return None
        return self._ahead.result()


def _core(orders: pd.DataFrame, ids, as_of_day: int) -> pd.DataFrame:
    """Recency, frequency, monetary, windows, tenure, interval and discount share per customer."""
    import numpy as np
    import pandas as pd

    out = pd.DataFrame(index=pd.Index(ids, name="customer_id"))
    spend_all = orders.groupby("customer_id", sort=False)["amount_cents"].sum()
    buys = orders[orders["amount_cents"] >= 0]
    g = buys.groupby("customer_id", sort=False)
    freq = g.size()
    out["source"] = np.where(out.index.isin(freq.index), "orders", "none")
    out["frequency"] = freq.reindex(out.index, fill_value=0).astype(np.int64)
    out["monetary_cents"] = spend_all.reindex(out.index, fill_value=0).astype(np.int64)
    first_day = g["day"].min().reindex(out.index)
    last_day = g["day"].max().reindex(out.index)
    out["first_day"] = first_day
    out["last_day"] = last_day
    out["recency_days"] = as_of_day - last_day
    out["tenure_days"] = as_of_day - first_day
    with np.errstate(invalid="ignore", divide="ignore"):
        aov = out["monetary_cents"] / out["frequency"].where(out["frequency"] > 0)
    out["aov_cents"] = aov.round()
    out["typical_interval_days"] = typical_interval(buys).reindex(out.index)
    for w in WINDOWS:
        recent = orders["day"].to_numpy() >= as_of_day - w
        sub = orders[recent]
        spend = sub.groupby("customer_id", sort=False)["amount_cents"].sum()
        count = sub[sub["amount_cents"] >= 0].groupby("customer_id", sort=False).size()
        out[f"orders_{w}"] = count.reindex(out.index, fill_value=0).astype(np.int64)
        out[f"spend_{w}_cents"] = spend.reindex(out.index, fill_value=0).astype(np.int64)
    share = buys["discounted"].groupby(buys["customer_id"], sort=False).mean()
    out["discount_share"] = share.reindex(out.index)
    return out


def typical_interval(buys: pd.DataFrame) -> pd.Series:
    """Median gap in days between a customer's distinct purchase days."""
    import numpy as np
    import pandas as pd

    if buys.empty:
        return pd.Series(dtype=float)
    cust, day = buys["customer_id"].to_numpy(), buys["day"].to_numpy()
    low, span = day.min(), np.int64(day.max() - day.min() + 1)
    pairs, _ = _sorted_unique(cust * span + (day - low))  # distinct (customer, day), by customer then day
    cust, day = pairs // span, pairs % span + low
    same = np.r_[False, cust[1:] == cust[:-1]]
    gaps = np.diff(day, prepend=day[:1]).astype(float)
    return pd.Series(gaps[same]).groupby(cust[same]).median()


def _favourites(item_categories: tuple[np.ndarray, pd.Categorical] | None, orders: pd.DataFrame,
                out: pd.DataFrame) -> None:
    """Most frequent category, channel, store, weekday and hour (ties: the smallest value)."""
    import numpy as np
    import pandas as pd

    buys = orders[orders["amount_cents"] >= 0]
    cust = buys["customer_id"].to_numpy()
    item_cust, categories = _categories(item_categories, buys)
    out["fav_category"] = _mode(item_cust, categories).reindex(out.index)
    out["fav_channel"] = _mode(cust, buys["channel"]).reindex(out.index)
    out["fav_store"] = _mode(cust, buys["store"]).reindex(out.index)
    out["active_weekday"] = _mode(cust, buys["weekday"]).reindex(out.index).astype("float")
    seconds = buys["seconds"].to_numpy()
    hours = pd.Series(np.where(seconds > 0, seconds // 3600, -1), index=buys.index)
    out["active_hour"] = _mode(cust, hours.where(hours >= 0)).reindex(out.index).astype("float")


def _categories(item_categories: tuple[np.ndarray, pd.Categorical] | None,
                buys: pd.DataFrame) -> tuple[np.ndarray, pd.Categorical]:
    """(customer_id, category) per line item where an order has items with categories, else per order."""
    import numpy as np
    import pandas as pd

    cust, category = buys["customer_id"].to_numpy(), buys["category"].array
    if item_categories is None:
        return cust, category
    item_order, item_category = item_categories
    order_ids = buys["id"].to_numpy()
    by_id = np.argsort(order_ids, kind="stable")
    at = np.minimum(np.searchsorted(order_ids, item_order, sorter=by_id), max(len(order_ids) - 1, 0))
    found = order_ids[by_id[at]] == item_order if len(order_ids) else np.zeros(len(item_order), dtype=bool)
    rest = ~np.isin(order_ids, item_order[found])
    merged = pd.api.types.union_categoricals([category[rest], item_category[found]], sort_categories=True)
    return np.concatenate([cust[rest], cust[by_id[at[found]]]]), merged


def _mode(cust, values: pd.Series) -> pd.Series:
    """The most frequent value per customer; ties go to the smallest value, so row order never matters."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(values, sort=True)
    valid = codes >= 0
    if not valid.any():
        return pd.Series(dtype=object)
    width = np.int64(len(uniques))
    keys, counts = _sorted_unique(np.asarray(cust)[valid].astype(np.int64) * width + codes[valid])
    owner, value = keys // width, keys % width  # by customer, then value
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    top = np.repeat(np.maximum.reduceat(counts, starts), np.diff(np.r_[starts, len(counts)]))
    best = np.flatnonzero(counts == top)  # each customer's largest counts, smallest value first
    first = best[np.r_[True, owner[best][1:] != owner[best][:-1]]]
    return pd.Series(np.asarray(uniques)[value[first]], index=owner[first])


def _sorted_unique(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values, sorted, and how often each occurs: np.unique(values, return_counts=True), by a sort.

    numpy 2's np.unique hashes integers first, which is many times slower when most values are distinct
    (400k (customer, day) keys: 0.076 s against 0.002 s).
    """
    import numpy as np

    ordered = np.sort(values)
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]) if len(ordered) else np.zeros(0, dtype=np.intp)
    return ordered[starts], np.diff(np.r_[starts, len(ordered)])


def _apply_aggregates(out: pd.DataFrame, customers: pd.DataFrame, as_of_day: int) -> None:
    """Mark customers without paid orders who have member-list history (source 'member_aggregates')."""
    import numpy as np
    import pandas as pd

    agg = customers.set_index("customer_id")
    last = pd.to_datetime(agg["agg_last_purchase"].astype("str").str[:10], format="%Y-%m-%d", errors="coerce")
    last_day = pd.Series(last.to_numpy(dtype="datetime64[D]").astype(np.int64), index=agg.index).where(last.notna())
    count = pd.to_numeric(agg["agg_order_count"], errors="coerce")
    spend = pd.to_numeric(agg["agg_total_spend_cents"], errors="coerce")
    usable = (out["source"] == "none") & ((count > 0) | (spend > 0)) & ~(last_day >= as_of_day)
    out.loc[usable[usable].index, "source"] = "member_aggregates"


def _day_text(days: pd.Series) -> pd.Series:
    """Day numbers (days since 1970-01-01) as 'YYYY-MM-DD' text, None where missing (made by Arrow: a third of
    the time numpy's datetime_as_string took for 200,000 customers)."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    valid = days.notna().to_numpy()
    number = np.where(valid, days.to_numpy(dtype=np.float64, na_value=0.0), 0.0).astype(np.int32)
    text = pa.array(number, type=pa.int32(), mask=~valid).cast(pa.date32()).cast(pa.string())
    return pd.Series(text.to_numpy(zero_copy_only=False), index=days.index, dtype=object)


def save_features(ws: Workspace, df: pd.DataFrame, as_of: dt.date, *, insert: _Insert | None = None) -> None:
    """Replace the `features` table with `df` (as computed by compute_features) in one transaction. `insert`:
    _insert_of(df, as_of), when the caller made it ahead."""
    insert = insert or _insert_of(df, as_of)
    with ws.transaction() as conn, paused_gc():  # a row tuple per customer: the collector would rescan them all
        conn.execute("DELETE FROM features")
        conn.executemany(insert.sql, zip(*insert.values, strict=True) if insert.values else repeat((), insert.rows))
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('features_as_of', ?)", (as_of.isoformat(),))


@dataclass
class _Insert:
    """The statement that writes a metrics frame into the `features` table, and the values it binds."""

    sql: str
    values: list[list]  # per bound column, its Python values
    rows: int


def _insert_of(df: pd.DataFrame, as_of: dt.date) -> _Insert:
    from ..ingest.bulk import constant_literal

    frame = df.reset_index()
    frame["as_of"] = as_of.isoformat()
    columns = list(TABLE_COLUMNS)
    # a column with one value for every customer (the as-of day, often the source or the channel) is written once
    # in the statement instead of being bound on each of 200,000 rows
    literals = {c: constant_literal(frame[c]) for c in columns} if len(frame) > 1 else {}
    bound = [c for c in columns if literals.get(c) is None]
    marks = ", ".join(literals.get(c) or "?" for c in columns)
    return _Insert(f"INSERT INTO features({', '.join(columns)}) VALUES ({marks})",
                   [_sql_values(frame[c], integer=c in _INT_COLUMNS) for c in bound], len(frame))


_INT_COLUMNS = {"customer_id", "recency_days", "frequency", "monetary_cents", "aov_cents", "tenure_days",
                "orders_30", "orders_90", "orders_365", "spend_30_cents", "spend_90_cents", "spend_365_cents",
                "active_weekday", "active_hour"}


def _sql_values(series: pd.Series, integer: bool) -> list:
    """A column as plain Python values for sqlite3 (None for missing)."""
    import numpy as np

    missing = series.isna().to_numpy()
    if integer:
        values = series.to_numpy(dtype=float, na_value=np.nan)
        out = np.where(missing, 0, values).astype(np.int64).astype(object)
    elif series.dtype.kind == "f":
        out = series.to_numpy(dtype=float).astype(object)
    else:
        out = np.array(series.to_numpy(dtype=object), dtype=object)
    out[missing] = None
    return out.tolist()


def load_features(ws: Workspace) -> pd.DataFrame:
    """The saved `features` table as a DataFrame like compute_features returns (money also in units)."""
    import pandas as pd

    df = pd.read_sql_query("SELECT * FROM features ORDER BY customer_id", ws.conn, index_col="customer_id")
    df["monetary"] = df["monetary_cents"] / 100.0
    df["aov"] = df["aov_cents"] / 100.0
    for w in WINDOWS:
        df[f"spend_{w}"] = df[f"spend_{w}_cents"] / 100.0
    return df


def refresh(ws: Workspace, as_of: dt.date | None = None, *, progress: ProgressFn | None = None,
            cancelled: CancelFn | None = None, orders: MetricsInHand | None = None) -> pd.DataFrame:
    """Recompute and save every customer's metrics (called after each import); returns them. `orders`: the
    whole orders table and the metrics worked out from it, when the caller holds them (a first import)."""
    as_of = as_of or default_as_of(ws)
    ahead = orders.features(ws.conn, as_of) if orders is not None else None
    df, insert = ahead if ahead is not None else (None, None)
    if df is None:
        df = compute_features(ws, as_of, progress=progress, cancelled=cancelled,
                              orders=orders.orders if orders is not None else None)
    Reporter(progress, cancelled).check()
    save_features(ws, df, as_of, insert=insert)
    return df
