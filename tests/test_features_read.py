"""Metrics over odd order-time texts and blank coupon codes (what the paid-order reader must get right)."""

from __future__ import annotations

import datetime as dt

import pytest

import segdata
from shoplens.features.metrics import compute_features


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
    df = compute_features(ws, dt.date(2024, 7, 1))
    one, two = df.loc[1], df.loc[2]
    assert one["frequency"] == 2 and one["monetary_cents"] == 400
    assert one["discount_share"] == pytest.approx(0.5)  # a coupon of spaces is no coupon
    assert (one["first_order"], one["last_order"]) == ("2024-01-02", "2024-03-01")
    assert one["active_hour"] in (9, 10)
    assert two["first_order"] == "1969-12-31" and two["frequency"] == 1
    assert two["active_weekday"] == dt.date(1969, 12, 31).weekday() and two["active_hour"] == 23


def test_no_orders(ws):
    segdata.insert_customers(ws, [{"id": 1}])
    assert compute_features(ws, dt.date(2024, 7, 1)).loc[1, "frequency"] == 0
