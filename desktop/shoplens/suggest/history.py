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

from ..features.as_of import order_day_sql

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

PRODUCT, CATEGORY = "product", "category"
# products are used when at least this share of the order lines name one (else categories, if more lines name one)
PRODUCT_SHARE = 0.5
_DAY = order_day_sql("o.order_time")  # days since 1970-01-01; NULL unless a real day
# every paid line: an order's items, or the order itself when it has none; a scan of the orders (+: not along the
# time index, which nearly every order passes: 1.4 s -> 0.4 s for 800,000 lines)
_JOIN = "LEFT JOIN order_items i ON i.order_id = o.id"
_PAID = f"o.status = 'paid' AND +o.order_time < ? AND o.amount_cents >= 0 AND {_DAY} IS NOT NULL"
_FROM = f"FROM orders o {_JOIN} WHERE {_PAID}"
_LINE = {c: f"CASE WHEN i.order_id IS NULL THEN o.{c} ELSE i.{c} END" for c in (PRODUCT, "sku", CATEGORY)}
_KEY = "_suggest_items"  # temporary: each (product, sku, category) seen and its item code


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

    @property
    def baskets(self) -> int:
        """How many orders (the lines are sorted by order)."""
        return int((self.order[1:] != self.order[:-1]).sum()) + 1 if len(self.order) else 0

    def before(self, day: int) -> History:
        """The lines of orders before `day` (days since 1970)."""
        keep = self.day < day
        return History(self.level, self.items, self.order[keep], self.customer[keep], self.day[keep], self.item[keep])


def read_history(conn: sqlite3.Connection, as_of: dt.date) -> History | None:
    """The paid order lines before `as_of`; None when no line names a product or a category.

    The few distinct (product, SKU, category) texts are read first and given item codes; the lines come back as
    four integers each, the texts turned into codes by SQLite (a Python text per line cost 3 s per 800,000 lines).
    """
    import pandas as pd

    from ..features.int_columns import int_columns

    since = as_of.isoformat()
    kinds = conn.execute(f"SELECT {_LINE[PRODUCT]}, {_LINE['sku']}, {_LINE[CATEGORY]}, count(*) {_FROM}"
                         " GROUP BY 1, 2, 3", (since,)).fetchall()
    triples = pd.DataFrame(kinds, columns=[PRODUCT, "sku", CATEGORY, "n"])
    counts = {}
    for col in (PRODUCT, "sku", CATEGORY):
        text = triples[col].astype("str").str.strip()
        triples[col] = text.mask(text == "")
        counts[col] = int(triples.loc[triples[col].notna(), "n"].sum())
    if not counts[PRODUCT] and not counts[CATEGORY]:
        return None
    lines = int(triples["n"].sum())
    level = PRODUCT if counts[PRODUCT] >= PRODUCT_SHARE * lines or counts[PRODUCT] >= counts[CATEGORY] else CATEGORY
    names = product_names(triples[PRODUCT], triples["sku"], triples["n"]) if level == PRODUCT else triples[CATEGORY]
    items = sorted({str(n) for n in names.dropna()})
    code_of = {name: i for i, name in enumerate(items)}
    codes = [code_of[str(n)] if n == n and n is not None else -1 for n in names]
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_KEY} (p, s, c, code INTEGER)")
    conn.execute(f"DELETE FROM {_KEY}")
    conn.executemany(f"INSERT INTO {_KEY} VALUES (?, ?, ?, ?)",
                     [(p, k, c, code) for (p, k, c, _n), code in zip(kinds, codes, strict=True)])
    conn.execute(f"CREATE INDEX IF NOT EXISTS temp.{_KEY}_key ON {_KEY}(p, s, c)")
    try:  # packed by SQLite a block of orders at a time (int_columns), no Python object per line: with the texts'
        # count above, 6.2 -> 4.7 s for 780k lines
        code = (f"coalesce((SELECT code FROM {_KEY} WHERE p IS {_LINE[PRODUCT]} AND s IS {_LINE['sku']}"
                f" AND c IS {_LINE[CATEGORY]}), -1)")
        cells = int_columns(conn, "orders o", ["o.id", "coalesce(o.customer_id, -1)", _DAY, code], _PAID,
                            where_params=(since,), joins=_JOIN, key="o.id")
    finally:
        conn.execute(f"DROP TABLE IF EXISTS temp.{_KEY}")
    cells = cells[cells[:, 3] >= 0]
    return _history(level, items, cells[:, 0], cells[:, 1], cells[:, 2], cells[:, 3])


def product_names(product: pd.Series, sku: pd.Series, weight: pd.Series | None = None) -> pd.Series:
    """One name per product: lines with the same SKU are one product, named as most of its lines name it (ties: the
    first name in sort order); a line without a SKU whose name only one SKU's lines use is that SKU's product.
    `weight`: how many lines each row stands for (one each when None).

    Channels name a product differently (a till by its short name, a web shop in English) but share the SKU.
    """
    import pandas as pd

    both = pd.DataFrame({"name": product, "sku": sku,
                         "n": 1 if weight is None else weight}).dropna(subset=["name", "sku"])
    if both.empty:
        return product
    counts = both.groupby(["sku", "name"])["n"].sum().reset_index()
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
    return _history(level, [str(s) for s in items], order, customer, day, codes)


def _history(level: str, items: list[str], order, customer, day, codes) -> History:
    """Lines with item codes into a History: sorted by order then item, each (order, item) once."""
    import numpy as np

    order, customer, day, codes = (np.asarray(a, dtype=np.int64) for a in (order, customer, day, codes))
    n_items = max(len(items), 1)
    _, first = np.unique(order * n_items + codes, return_index=True)
    return History(level, items, order[first], customer[first], day[first], codes[first])
