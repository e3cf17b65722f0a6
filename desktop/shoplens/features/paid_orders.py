"""Read the paid orders the metrics count, as plain columns (few Python objects per order)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

# Every character str.strip() removes (chr(c).isspace()): a coupon code made only of these counts as no coupon.
_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
           "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_QUERY = (
    "SELECT id, customer_id, order_time, amount_cents, discount_cents,"
    " coupon_code IS NOT NULL AND trim(coupon_code, ?) != '' AS has_coupon, category, channel, store"
    " FROM orders WHERE customer_id IS NOT NULL AND status = 'paid' AND order_time < ?"
)
_NAMES = ("id", "customer_id", "order_time", "amount_cents", "discount_cents", "has_coupon", "category", "channel",
          "store")


def read_paid_orders(conn: sqlite3.Connection, as_of: dt.date) -> pd.DataFrame:
    """Paid orders of known customers before `as_of`, with day number, weekday, seconds of the day, coupon flag.

    Built column by column from the fetched tuples (one zip), not by DataFrame.from_records, which infers a type
    per cell and made Arrow strings of every text column: 0.34 s instead of 0.01 s for 190,000 orders.
    """
    import numpy as np
    import pandas as pd

    rows = conn.execute(_QUERY, (_SPACES, as_of.isoformat())).fetchall()
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(_NAMES)
    data = dict(zip(_NAMES, columns, strict=True))
    df = pd.DataFrame({
        "id": np.array(data["id"], dtype=np.int64),
        "customer_id": np.array(data["customer_id"], dtype=np.float64).astype(np.int64),
        "amount_cents": _cents(data["amount_cents"]),
        "discount_cents": _cents(data["discount_cents"]),
        "has_coupon": np.array(data["has_coupon"], dtype=bool),
        "category": pd.Series(data["category"], dtype=object),
        "channel": pd.Series(data["channel"], dtype=object),
        "store": pd.Series(data["store"], dtype=object),
    })
    ts = _timestamps(pd.Series(data["order_time"], dtype=object))
    df = df[ts.notna().to_numpy()]
    values = ts[ts.notna()].to_numpy(dtype="datetime64[s]")
    days = values.astype("datetime64[D]")
    return df.assign(
        day=days.astype(np.int64),
        weekday=((days.astype(np.int64) + 3) % 7).astype(np.int8),  # 1970-01-01 was a Thursday (3)
        seconds=(values - days).astype(np.int64),
    )


def _cents(values: tuple) -> np.ndarray:
    """Whole cents as int64 (a missing amount counts as 0)."""
    import numpy as np
    import pandas as pd

    return pd.Series(np.array(values, dtype=np.float64) if None in values else np.array(values)).fillna(0) \
        .astype(np.int64).to_numpy()


def _timestamps(text: pd.Series) -> pd.Series:
    """Order times read as 'YYYY-MM-DD HH:MM:SS', then as any ISO 8601 text; NaT where unreadable."""
    import pandas as pd

    text = text.astype("str")
    ts = pd.to_datetime(text, format="%Y-%m-%d %H:%M:%S", errors="coerce")
    bad = ts.isna()
    if bad.any():
        ts[bad] = pd.to_datetime(text[bad], format="ISO8601", errors="coerce")
    return ts
