"""read_paid_orders gives the same columns as a plain pandas reading, whatever the times and texts look like."""

from __future__ import annotations

import datetime as dt
import gc

import numpy as np
import pytest

import segdata
from paidorderdata import as_lists, plain_reading
from shoplens.features import paid_orders
from shoplens.features.paid_orders import read_item_categories, read_paid_orders

ODD_TIMES = ["2024-01-05", "2024-01-05T10:20:30", "2024-02-30 10:00:00", "n/a", "2024-1-5 10:00:00",
             "2024-03-01 24:00:00", "2024-03-01 10:00:00.5", "1600-05-01 10:00:00", "20240105", "2459000.5"]


@pytest.fixture
def ws(tmp_path):
    ws = segdata.new_workspace(tmp_path)
    yield ws
    ws.close()


def _shop(ws, n: int = 1500, seed: int = 3) -> None:
    rng = np.random.default_rng(seed)
    segdata.insert_customers(ws, [{"id": i} for i in range(1, 41)])
    start = np.datetime64("2023-01-01T00:00:00")
    times = (start + rng.integers(0, 500 * 86400, n).astype("timedelta64[s]")).astype(str)
    times = [t.replace("T", " ") for t in times]
    for i, odd in enumerate(ODD_TIMES):
        times[100 + 37 * i] = odd
    categories = [f"cat {i:02d}" for i in range(40)] + [None, "", "茶"]
    rows = []
    for i in range(n):
        rows.append({
            "customer_id": None if i % 97 == 0 else int(rng.integers(1, 41)),
            "order_time": times[i],
            "amount_cents": int(rng.integers(-500, 20000)),
            "discount_cents": int(rng.choice([0, 0, 0, 150])),
            "coupon_code": rng.choice([None, "", "  ", "\u3000", "C1"]),
            # values beyond the first rows and beyond the short lists come back as text
            "category": categories[int(rng.integers(0, 8 if i < 600 else len(categories)))],
            "channel": rng.choice(["store", "wechat", None]),
            "store": f"shop {int(rng.integers(0, 30))}",
            "status": rng.choice(["paid", "paid", "paid", "refunded"]),
        })
    segdata.insert_orders(ws, rows)


@pytest.mark.parametrize(("sample_rows", "coded"), [(500, 48), (20, 5), (1, 0)])
def test_same_as_a_plain_reading(ws, monkeypatch, sample_rows, coded):
    monkeypatch.setattr(paid_orders, "_SAMPLE_ROWS", sample_rows)
    monkeypatch.setattr(paid_orders, "_CODED", coded)
    _shop(ws)
    as_of = dt.date(2024, 3, 1)
    got = read_paid_orders(ws.conn, as_of, with_ids=True)
    want = plain_reading(ws, as_of)
    assert len(got) > 900
    for column in ("category", "channel", "store"):
        assert list(got[column].cat.categories) == sorted(got[column].cat.categories)
    assert as_lists(got.sort_values("id")) == as_lists(want.sort_values("id"))  # row order is not kept
    assert gc.isenabled()


def test_odd_times_are_read_or_left_out_like_pandas(ws):
    segdata.insert_customers(ws, [{"id": 1}])
    segdata.insert_orders(ws, [{"customer_id": 1, "order_time": t, "amount_cents": 100} for t in ODD_TIMES])
    got = read_paid_orders(ws.conn, dt.date(2030, 1, 1))
    want = plain_reading(ws, dt.date(2030, 1, 1))
    assert sorted(zip(got["day"], got["seconds"], strict=True)) == sorted(zip(want["day"], want["seconds"], strict=True))
    assert 0 < len(got) < len(ODD_TIMES)  # "n/a" and 30 February are left out


@pytest.mark.parametrize("coded", [48, 1])
def test_empty_and_item_categories(ws, monkeypatch, coded):
    monkeypatch.setattr(paid_orders, "_CODED", coded)
    got = read_paid_orders(ws.conn, dt.date(2024, 1, 1), with_ids=True)
    assert got.empty and {"id", "day", "category"} <= set(got.columns)
    with ws.transaction() as conn:
        conn.executemany("INSERT INTO order_items(order_id, category) VALUES (?, ?)",
                         [(1, "b"), (2, None), (2, "a"), (3, "zz")])
    ids, categories = read_item_categories(ws.conn)
    assert sorted(zip(ids.tolist(), categories, strict=True)) == [(1, "b"), (2, "a"), (3, "zz")]
    assert list(categories.categories) == ["a", "b", "zz"]
