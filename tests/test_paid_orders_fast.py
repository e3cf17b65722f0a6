"""read_paid_orders' packed integers (times by julianday, customer and amount in one cell) against a plain reading."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import segdata
from paidorderdata import AS_OF, HIGH, LOW, ODD_TIMES, as_lists, orders, plain_reading, time_text
from shoplens.features import paid_orders
from shoplens.features.paid_orders import read_item_categories, read_paid_orders


@pytest.fixture
def ws(tmp_path):
    ws = segdata.new_workspace(tmp_path)
    yield ws
    ws.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(orders, min_size=1, max_size=40), coded=st.sampled_from([48, 2, 0]))
def test_same_as_a_plain_reading_whatever_the_cells(ws, monkeypatch, rows, coded):
    monkeypatch.setattr(paid_orders, "_CODED", coded)
    with ws.transaction() as conn:
        conn.execute("DELETE FROM orders")
    segdata.insert_orders(ws, rows)
    got = read_paid_orders(ws.conn, AS_OF, with_ids=True)
    want = plain_reading(ws, AS_OF)
    assert as_lists(got.sort_values("id")) == as_lists(want.sort_values("id"))
    plain_ids = read_paid_orders(ws.conn, AS_OF)
    assert sorted(plain_ids["customer_id"].tolist()) == sorted(want["customer_id"].tolist())


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(LOW, HIGH), min_size=1, max_size=200))
def test_julianday_seconds_are_strftime_seconds(seconds):
    conn = sqlite3.connect(":memory:")
    texts = [(time_text(s),) for s in seconds]
    conn.execute("CREATE TABLE t(order_time TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", texts)
    got = conn.execute(f"SELECT ({paid_orders._SECONDS}) + {paid_orders._SINCE_1970},"
                       " CAST(strftime('%s', order_time) AS INTEGER) FROM t").fetchall()
    assert [g for g, _ in got] == [w for _, w in got] == seconds


@pytest.mark.parametrize("first", [1, 2**20, 2**45, 2**62])
@pytest.mark.parametrize("coded", [48, 0])
def test_large_order_ids_and_edge_years(ws, monkeypatch, first, coded):
    monkeypatch.setattr(paid_orders, "_CODED", coded)
    rows = [{"id": first + i, "customer_id": 1 + i % 3, "order_time": t, "amount_cents": 100 * i,
             "category": f"c{i % 50}", "channel": f"ch{i % 49}", "store": f"s{i % 51}"}
            for i, t in enumerate(["1678-01-01 00:00:00", "2261-12-31 23:59:59", "2024-02-29 12:00:00", "n/a",
                                   "1999-01-01 00:00:00"] * 20)]
    segdata.insert_orders(ws, rows)
    for as_of in (dt.date(2024, 3, 1), AS_OF, dt.date(9999, 1, 1)):
        got = read_paid_orders(ws.conn, as_of, with_ids=True)
        assert as_lists(got.sort_values("id")) == as_lists(plain_reading(ws, as_of).sort_values("id"))
        assert len(got) > 0


def test_item_categories_that_do_not_pack(ws, monkeypatch):
    monkeypatch.setattr(paid_orders, "_CODED", 1)
    with ws.transaction() as conn:
        conn.executemany("INSERT INTO order_items(order_id, category) VALUES (?, ?)",
                         [(1, "b"), (2, None), (2, "a"), (3, "b"), (4, "zz"), (5, "b")])
    ids, categories = read_item_categories(ws.conn)
    assert sorted(zip(ids.tolist(), categories, strict=True)) == [(1, "b"), (2, "a"), (3, "b"), (4, "zz"), (5, "b")]


def test_times_with_a_utc_offset_read_as_the_shop_clock_showed(ws):
    times = ["2023-05-01T10:00:00+08:00", "2023-05-01 11:00:00", "2024-01-05", "2023-05-02T09:30:00Z",
             "2023-05-03 08:00:00.5-05:00", "n/a"]
    segdata.insert_orders(ws, [{"customer_id": 1, "order_time": t, "amount_cents": 100} for t in times])
    got = read_paid_orders(ws.conn, AS_OF, with_ids=True).sort_values("id")
    day = (dt.date(2023, 5, 1) - dt.date(1970, 1, 1)).days
    assert got["day"].tolist() == [day, day, day + 249, day + 1, day + 2]
    assert got["seconds"].tolist() == [36000, 39600, 0, 34200, 28800]


@pytest.mark.parametrize("share", [0.0, 1.0])
def test_orders_that_do_not_pack_found_by_id_or_by_a_scan(ws, monkeypatch, share):
    monkeypatch.setattr(paid_orders, "_ODD_SHARE", share)
    monkeypatch.setattr(paid_orders, "_IDS_PER_QUERY", 7)
    monkeypatch.setattr(paid_orders, "_CODED", 2)
    segdata.insert_customers(ws, [{"id": i} for i in range(1, 11)])
    segdata.insert_orders(ws, [{"customer_id": 1 + i % 10, "order_time": ODD_TIMES[i % len(ODD_TIMES)] if i % 3 else
                                time_text(1_600_000_000 + 3600 * i), "amount_cents": i, "store": f"s{i % 9}",
                                "status": "paid" if i % 5 else "refunded"} for i in range(200)])
    for with_ids in (True, False):
        got = read_paid_orders(ws.conn, AS_OF, with_ids=with_ids)
        want = plain_reading(ws, AS_OF).drop(columns=[] if with_ids else ["id"])
        key = "id" if with_ids else "amount_cents"
        assert as_lists(got.sort_values(key)) == as_lists(want.sort_values(key))
