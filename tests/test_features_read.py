"""Paid orders as the metrics read them: odd order-time texts and blank coupon codes."""

from __future__ import annotations

import datetime as dt

import pytest

import segdata
from shoplens.features.metrics import compute_features
from shoplens.features.paid_orders import read_paid_orders


@pytest.fixture
def ws(tmp_path):
    ws = segdata.new_workspace(tmp_path)
    yield ws
    ws.close()


def test_order_times_and_coupons(ws):
    segdata.insert_customers(ws, [{"id": 1}, {"id": 2}])
    segdata.insert_orders(ws, [
        {"customer_id": 1, "order_time": "2024-01-02 10:15:00", "amount_cents": 100, "coupon_code": "\u3000 "},
        {"customer_id": 1, "order_time": "2024-02-30 10:00:00", "amount_cents": 200},  # no such day: left out
        {"customer_id": 1, "order_time": "2024-03-01T09:30:00", "amount_cents": 300, "coupon_code": " X1 "},
        {"customer_id": 1, "order_time": "garbage", "amount_cents": 400},  # unreadable: left out
        {"customer_id": 2, "order_time": "1969-12-31 23:00:00", "amount_cents": 500, "coupon_code": ""},
        {"customer_id": 2, "order_time": "2024-03-05", "amount_cents": 600, "status": "refunded"},
    ])
    orders = read_paid_orders(ws.conn, dt.date(2024, 7, 1)).sort_values("amount_cents")
    assert orders["amount_cents"].tolist() == [100, 300, 500]
    assert orders["has_coupon"].tolist() == [False, True, False]
    assert orders["day"].tolist() == [(dt.date(2024, 1, 2) - dt.date(1970, 1, 1)).days,
                                      (dt.date(2024, 3, 1) - dt.date(1970, 1, 1)).days, -1]
    assert orders["weekday"].tolist() == [dt.date(2024, 1, 2).weekday(), dt.date(2024, 3, 1).weekday(),
                                          dt.date(1969, 12, 31).weekday()]
    assert orders["seconds"].tolist() == [10 * 3600 + 15 * 60, 9 * 3600 + 30 * 60, 23 * 3600]
    df = compute_features(ws, dt.date(2024, 7, 1))
    assert df.loc[1, "frequency"] == 2 and df.loc[1, "discount_share"] == pytest.approx(0.5)
    assert df.loc[2, "first_order"] == "1969-12-31"


def test_no_orders(ws):
    segdata.insert_customers(ws, [{"id": 1}])
    assert read_paid_orders(ws.conn, dt.date(2024, 7, 1)).empty
    assert compute_features(ws, dt.date(2024, 7, 1)).loc[1, "frequency"] == 0
