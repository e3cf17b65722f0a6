"""Customer metrics on hand-made orders with known answers, member aggregates, and the saved table."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest

import segdata
from shoplens.errors import Cancelled
from shoplens.features.metrics import compute_features, default_as_of, load_features, refresh, save_features


@pytest.fixture
def ws(tmp_path):
    ws = segdata.new_workspace(tmp_path)
    yield ws
    ws.close()


def _hand_made(ws):
    segdata.insert_customers(ws, [
        {"id": 1}, {"id": 2}, {"id": 3},
        {"id": 4, "agg_total_spend_cents": 50000, "agg_order_count": 4, "agg_last_purchase": "2024-05-01"},
        {"id": 5},
        {"id": 6, "agg_total_spend_cents": 9900, "agg_order_count": 2, "agg_last_purchase": "2024-07-05"},
    ])
    segdata.insert_orders(ws, [
        # customer 1: three paid orders, one refunded, one cancelled
        {"customer_id": 1, "order_time": "2024-01-01 10:15:00", "amount_cents": 10000, "category": "tea",
         "channel": "store", "store": "A"},
        {"customer_id": 1, "order_time": "2024-03-01 10:40:00", "amount_cents": 20000, "discount_cents": 500,
         "category": "tea", "channel": "taobao", "store": "online"},
        {"customer_id": 1, "order_time": "2024-06-20 18:00:00", "amount_cents": 30000, "category": "cups",
         "channel": "store", "store": "A", "coupon_code": "X1"},
        {"customer_id": 1, "order_time": "2024-06-25 18:00:00", "amount_cents": 99900, "status": "refunded"},
        {"customer_id": 1, "order_time": "2024-06-26 18:00:00", "amount_cents": 88800, "status": "cancelled"},
        # customer 2: a single order on the last day, date only
        {"customer_id": 2, "order_time": "2024-06-30 00:00:00", "amount_cents": 4550, "channel": "wechat"},
        # customer 3: only a refunded order
        {"customer_id": 3, "order_time": "2024-02-02 12:00:00", "amount_cents": 7000, "status": "refunded"},
        # an anonymous till sale
        {"customer_id": None, "order_time": "2024-06-29 09:00:00", "amount_cents": 1234},
    ])


def test_hand_made_metrics(ws):
    _hand_made(ws)
    assert default_as_of(ws) == dt.date(2024, 7, 6)  # the member export's last purchase is the latest date
    as_of = dt.date(2024, 7, 1)
    df = compute_features(ws, as_of)
    assert list(df.index) == [1, 2, 3, 4, 5, 6]
    one = df.loc[1]
    assert one["source"] == "orders"
    assert one["frequency"] == 3
    assert one["monetary_cents"] == 60000 and one["monetary"] == 600.0
    assert one["aov_cents"] == 20000
    assert one["recency_days"] == 11  # 2024-06-20 → 2024-07-01
    assert one["first_order"] == "2024-01-01" and one["last_order"] == "2024-06-20"
    assert one["tenure_days"] == (as_of - dt.date(2024, 1, 1)).days
    assert one["typical_interval_days"] == pytest.approx((60 + 111) / 2)  # gaps 60 and 111 days, median
    assert (one["orders_30"], one["orders_90"], one["orders_365"]) == (1, 1, 3)
    assert (one["spend_30_cents"], one["spend_365_cents"]) == (30000, 60000)
    assert one["fav_category"] == "tea" and one["fav_channel"] == "store" and one["fav_store"] == "A"
    assert one["active_hour"] == 10
    assert one["active_weekday"] == min(dt.date(2024, 1, 1).weekday(), dt.date(2024, 3, 1).weekday(),
                                        dt.date(2024, 6, 20).weekday())  # all different: the smallest wins
    assert one["discount_share"] == pytest.approx(2 / 3)

    two = df.loc[2]
    assert two["recency_days"] == 1 and two["frequency"] == 1
    assert math.isnan(two["typical_interval_days"])
    assert math.isnan(two["active_hour"])  # 00:00:00 means "date only"
    assert two["active_weekday"] == dt.date(2024, 6, 30).weekday()

    three = df.loc[3]  # its only order was refunded
    assert three["source"] == "none" and three["frequency"] == 0 and three["monetary_cents"] == 0
    assert math.isnan(three["recency_days"])

    four = df.loc[4]  # known only from the member export: history is counted apart, never as orders
    assert four["source"] == "member_aggregates"
    assert (four["frequency"], four["monetary_cents"]) == (0, 0) and math.isnan(four["recency_days"])
    assert four["last_order"] is None

    assert df.loc[5, "source"] == "none"
    assert df.loc[6, "source"] == "none"  # its last purchase lies after the as-of date


def test_as_of_cuts_later_orders(ws):
    _hand_made(ws)
    df = compute_features(ws, dt.date(2024, 2, 1))
    assert df.loc[1, "frequency"] == 1 and df.loc[1, "recency_days"] == 31
    assert df.loc[2, "source"] == "none"


def test_negative_paid_row_lowers_spend_but_is_no_order(ws):
    segdata.insert_customers(ws, [{"id": 1}])
    segdata.insert_orders(ws, [
        {"customer_id": 1, "order_time": "2024-01-01 10:00:00", "amount_cents": 10000},
        {"customer_id": 1, "order_time": "2024-01-05 10:00:00", "amount_cents": -2500},
    ])
    row = compute_features(ws).loc[1]
    assert row["frequency"] == 1 and row["monetary_cents"] == 7500 and row["last_order"] == "2024-01-01"


def test_line_item_categories_vote(ws):
    segdata.insert_customers(ws, [{"id": 1}])
    segdata.insert_orders(ws, [
        {"id": 10, "customer_id": 1, "order_time": "2024-01-01 10:00:00", "amount_cents": 100, "category": "tea"},
        {"id": 11, "customer_id": 1, "order_time": "2024-01-02 10:00:00", "amount_cents": 100, "category": None},
    ])
    with ws.transaction() as conn:
        conn.executemany("INSERT INTO order_items(order_id, category) VALUES (?, ?)",
                         [(11, "cups"), (11, "cups")])
    assert compute_features(ws).loc[1, "fav_category"] == "cups"


def test_empty_workspace(ws):
    df = compute_features(ws)
    assert df.empty and "recency_days" in df.columns
    save_features(ws, df, dt.date(2024, 1, 1))
    assert load_features(ws).empty


def test_refresh_saves_table_with_cents(ws):
    counts = segdata.make_shop(ws, 300, seed=3)
    df = refresh(ws)
    saved = load_features(ws)
    assert len(saved) == counts["customers"]
    assert saved["monetary_cents"].dtype.kind == "i"
    assert (saved["monetary_cents"] == df["monetary_cents"]).all()
    pd.testing.assert_series_equal(saved["recency_days"].astype(float), df["recency_days"], check_names=False)
    assert set(saved["as_of"]) == {default_as_of(ws).isoformat()}
    assert ws.meta("features_as_of") == default_as_of(ws).isoformat()
    # every customer's paid-order count agrees with SQL
    sql = dict(ws.conn.execute("SELECT customer_id, count(*) FROM orders WHERE status = 'paid' AND amount_cents >= 0"
                               " AND customer_id IS NOT NULL GROUP BY customer_id").fetchall())
    from_orders = df[df["source"] == "orders"]["frequency"]
    assert from_orders.to_dict() == sql


def test_refresh_joins_outer_transaction_and_cancel_rolls_back(ws):
    segdata.make_shop(ws, 50, seed=1)
    refresh(ws)
    before = ws.conn.execute("SELECT count(*) FROM features").fetchone()[0]
    with pytest.raises(Cancelled), ws.transaction():
        ws.conn.execute("DELETE FROM features")
        refresh(ws, cancelled=lambda: True)
    assert ws.conn.execute("SELECT count(*) FROM features").fetchone()[0] == before


def test_row_order_does_not_matter(tmp_path):
    frames = []
    for name, reverse in (("a", False), ("b", True)):
        w = segdata.new_workspace(tmp_path, name)
        segdata.insert_customers(w, [{"id": i} for i in (1, 2)])
        rows = [{"customer_id": 1, "order_time": f"2024-01-0{d} 1{d}:00:00", "amount_cents": 100 * d,
                 "channel": ch} for d, ch in ((1, "x"), (2, "y"), (3, "y"), (4, "x"))]
        rows.append({"customer_id": 2, "order_time": "2024-01-05 09:00:00", "amount_cents": 5})
        segdata.insert_orders(w, reversed(rows) if reverse else rows)
        frames.append(compute_features(w))
        w.close()
    pd.testing.assert_frame_equal(frames[0], frames[1])
    assert frames[0].loc[1, "fav_channel"] == "x"  # a tie between x and y goes to the smaller value
