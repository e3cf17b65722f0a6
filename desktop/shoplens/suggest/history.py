"""What each paid order held: one row per (order, product) — or category, where the files name no products.

An order's lines are its order_items rows when it has several lines, else the order row itself (a one-line order
keeps its product on the order). Paid orders only, as the metrics count them: status 'paid', a readable order time
before the as-of date, and not a refund booked as its own row (negative amount). Orders of walk-in customers (no
customer) are baskets too: they count for "bought together", not for purchase sequences.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

PRODUCT, CATEGORY = "product", "category"
# products are used when at least this share of the order lines name one (else categories, if more lines name one)
PRODUCT_SHARE = 0.5
_DAY = "CAST(julianday(substr(o.order_time, 1, 10)) - 2440587.5 AS INTEGER)"  # days since 1970-01-01
_PAID = "o.status = 'paid' AND o.order_time < ? AND o.amount_cents >= 0"
_SQL = (f"SELECT o.id, coalesce(o.customer_id, -1), {_DAY}, i.product, i.sku, i.category"
        f" FROM order_items i JOIN orders o ON o.id = i.order_id WHERE {_PAID}"
        f" UNION ALL SELECT o.id, coalesce(o.customer_id, -1), {_DAY}, o.product, o.sku, o.category FROM orders o"
        f" WHERE {_PAID} AND NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)")


@dataclass(frozen=True)
class History:
    """Paid order lines as codes: `items` are the names (sorted, so a code's order is the name's order)."""

    level: str  # PRODUCT or CATEGORY
    items: list[str]
    order: np.ndarray  # order id per line
    customer: np.ndarray  # customer id per line, -1 for a walk-in order
    day: np.ndarray  # days since 1970-01-01
    item: np.ndarray  # index into items

    def __len__(self) -> int:
        return len(self.order)

    def before(self, day: int) -> History:
        """The lines of orders before `day` (days since 1970)."""
        keep = self.day < day
        return History(self.level, self.items, self.order[keep], self.customer[keep], self.day[keep], self.item[keep])


def read_history(conn: sqlite3.Connection, as_of: dt.date) -> History | None:
    """The paid order lines before `as_of`; None when no line names a product or a category."""
    import numpy as np
    import pandas as pd

    rows = conn.execute(_SQL, (as_of.isoformat(), as_of.isoformat())).fetchall()
    frame = pd.DataFrame(rows, columns=["order", "customer", "day", PRODUCT, "sku", CATEGORY])
    del rows
    frame = frame[frame["day"].notna()]
    counts = {}
    for col in (PRODUCT, "sku", CATEGORY):
        text = frame[col].astype("str").str.strip()
        frame[col] = text.mask(text == "")
        counts[col] = int(frame[col].notna().sum())
    if not counts[PRODUCT] and not counts[CATEGORY]:
        return None
    level = PRODUCT if counts[PRODUCT] >= PRODUCT_SHARE * len(frame) or counts[PRODUCT] >= counts[CATEGORY] \
        else CATEGORY
    if level == PRODUCT:
        frame[PRODUCT] = product_names(frame[PRODUCT], frame["sku"])
    frame = frame[frame[level].notna()]
    return history_from(level, frame["order"].to_numpy(np.int64), frame["customer"].to_numpy(np.int64),
                        frame["day"].to_numpy(np.int64), frame[level].to_numpy(dtype=object))


def product_names(product: pd.Series, sku: pd.Series) -> pd.Series:
    """One name per product: lines with the same SKU are one product, named as most of its lines name it (ties: the
    first name in sort order); a line without a SKU whose name only one SKU's lines use is that SKU's product.

    Channels name a product differently (a till by its short name, a web shop in English) but share the SKU.
    """
    import pandas as pd

    both = pd.DataFrame({"name": product, "sku": sku}).dropna()
    if both.empty:
        return product
    counts = both.groupby(["sku", "name"]).size().rename("n").reset_index()
    counts = counts.sort_values(["sku", "n", "name"], ascending=[True, False, True], kind="stable")
    shown = counts.drop_duplicates("sku").set_index("sku")["name"]
    skus_of_name = counts.groupby("name")["sku"].agg(["nunique", "first"])
    unique = skus_of_name.loc[skus_of_name["nunique"] == 1, "first"]
    key = sku.where(sku.notna(), product.map(unique))
    return key.map(shown).where(key.notna(), product)


def history_from(level: str, order, customer, day, names) -> History:
    """A History from one value per line (any row order: the result is the same), each (order, item) once."""
    import numpy as np

    items, codes = np.unique(np.asarray(names, dtype=object).astype(str), return_inverse=True)
    order, customer, day = (np.asarray(a, dtype=np.int64) for a in (order, customer, day))
    n_items = max(len(items), 1)
    key = order * n_items + codes
    key, first = np.unique(key, return_index=True)  # sorted by order, then item
    return History(level, [str(s) for s in items], order[first], customer[first], day[first],
                   codes[first].astype(np.int64))
