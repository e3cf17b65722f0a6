"""Shared by the paid-orders tests: the obvious (slow) reading of the paid orders to compare with, and hypothesis
strategies for messy order rows."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from hypothesis import strategies as st

from shoplens.features import paid_orders

AS_OF = dt.date(2262, 1, 1)
# texts SQLite or pandas read in their own ways: overflowing days and hours, other layouts, edge years
ODD_TIMES = ["2023-02-30 10:00:00", "2023-04-31 23:59:59", "2024-02-29 12:00:00", "2023-02-29 12:00:00",
             "2024-03-01 24:00:00", "2023-06-15 25:00:00", "2023-06-15 10:60:00", "2023-13-01 10:00:00",
             "2023-05-01T10:00:00", "2023-05-01 10:00", "2023-05-01    10:00", "2023-05-01 10:00:00 ",
             " 2023-05-01 10:00:00", "2023-5-1 10:00:00", "2024-03-01 10:00:00.5", "2024-01-05", "20240105",
             "2459000.5", "n/a", "", "1600-05-01 10:00:00", "1677-12-31 23:59:59", "1678-01-01 00:00:00",
             "2261-12-31 23:59:59", "2262-01-01 00:00:00", "1969-12-31 23:59:59", "1970-01-01 00:00:00"]
LOW, HIGH = -9_214_560_000, 9_214_646_400 - 1  # 1678-01-01 .. 2261-12-31 23:59:59 in seconds since 1970


def time_text(seconds: int) -> str:
    return str(np.datetime64(seconds, "s")).replace("T", " ")


times = st.one_of(st.integers(LOW, HIGH).map(time_text), st.integers(1_600_000_000, 1_700_000_000).map(time_text),
                  st.sampled_from(ODD_TIMES))
amounts = st.one_of(st.integers(-5000, 50_000), st.integers(-(2**40), 2**40),
                    st.sampled_from([2**31 - 1, 2**31, -(2**31), -(2**31) - 1, 2**62]),
                    st.floats(-1e6, 1e6, allow_nan=False).map(lambda x: round(x, 1)))
orders = st.fixed_dictionaries({
    "customer_id": st.one_of(st.integers(1, 40), st.sampled_from([None, 0, 2**31 - 1, 2**31, 2**40])),
    "order_time": times, "amount_cents": amounts,
    "discount_cents": st.one_of(st.sampled_from([0, 0, 150, -5]), st.just("150"), st.just(2.5)),
    "coupon_code": st.sampled_from([None, "", "  ", "\u3000", "C1", "\t"]),
    "category": st.sampled_from(["绿茶", "红茶", None, "", "  ", "cat 1", "cat 2"]),
    "channel": st.sampled_from(["store", "wechat", None, ""]),
    "store": st.sampled_from(["shop 1", "shop 2", None]),
    "status": st.sampled_from(["paid", "paid", "paid", "refunded"]),
})


def plain_reading(ws, as_of: dt.date) -> pd.DataFrame:
    """The reading done the obvious way: every cell fetched, times parsed by pandas."""
    names = ["id", "customer_id", "order_time", "amount_cents", "discount_cents", "coupon_code", "category",
             "channel", "store"]
    rows = ws.conn.execute(f"SELECT {', '.join(names)} FROM orders WHERE customer_id IS NOT NULL"
                           " AND status = 'paid' AND order_time < ?", (as_of.isoformat(),)).fetchall()
    df = pd.DataFrame({n: pd.Series([r[i] for r in rows], dtype=object) for i, n in enumerate(names)})
    ts = paid_orders._timestamps(df["order_time"])
    df = df[ts.notna().to_numpy()]
    seconds = ts[ts.notna()].to_numpy(dtype="datetime64[s]").astype(np.int64)
    coupon = np.array([c is not None and c.strip() != "" for c in df["coupon_code"]], dtype=bool)
    return pd.DataFrame({
        "id": df["id"].to_numpy(np.int64), "customer_id": df["customer_id"].to_numpy(np.int64),
        "amount_cents": df["amount_cents"].to_numpy(np.int64),
        "discounted": (df["discount_cents"].to_numpy(np.int64) > 0) | coupon,
        "category": df["category"].to_numpy(object), "channel": df["channel"].to_numpy(object),
        "store": df["store"].to_numpy(object), "day": seconds // 86400,
        "weekday": ((seconds // 86400 + 3) % 7).astype(np.int8), "seconds": seconds % 86400,
    })


def as_lists(df: pd.DataFrame) -> dict[str, list]:
    """A frame's columns as lists, missing values as None (frames with other dtypes compare equal)."""
    return {c: [None if pd.isna(v) else v for v in df[c].tolist()] for c in df.columns}
