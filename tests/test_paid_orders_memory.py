"""A first import hands its orders to the metrics (paid_orders_of): the same paid orders as reading them back."""

from __future__ import annotations

import csv
import datetime as dt
import random

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import segdata
from paidorderdata import AS_OF, orders
from shoplens.features import paid_orders
from shoplens.features.metrics import MetricsInHand, compute_features
from shoplens.features.paid_orders import TEXT_COLUMNS, OrdersInHand, common_values, paid_orders_of, read_paid_orders
from shoplens.ingest.bulk import insert_frame
from shoplens.ingest.orders import ORDER_COLUMNS
from shoplens.pipeline import import_file


def same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    """Equal columns, dtypes, categories and values, whatever the row order."""
    got, want = got.sort_values("id").reset_index(drop=True), want.sort_values("id").reset_index(drop=True)
    assert list(got.columns) == list(want.columns)
    for c in got.columns:
        assert got[c].dtype == want[c].dtype, c
        if isinstance(got[c].dtype, pd.CategoricalDtype):
            assert list(got[c].cat.categories) == list(want[c].cat.categories), c
    pd.testing.assert_frame_equal(got, want)


def written(ws, rows: list[dict]) -> pd.DataFrame:
    """`rows` as an import holds its orders (columns named as in the table, amounts and discounts filled), inserted
    into the empty orders table the way an import inserts them."""
    frame = pd.DataFrame(rows)
    frame.insert(0, "id", range(1, len(frame) + 1))
    defaults = {"order_no": None, "import_id": 1, "source_row": frame["id"], "paid_time": None, "quantity": None,
                "items": 1, "product": None, "sku": None, "status_text": None,
                "dedup_key": "k" + frame["id"].astype("str")}
    for name in ORDER_COLUMNS:
        if name not in frame:
            frame[name] = defaults[name]
    frame = frame[["id", *ORDER_COLUMNS]]
    with ws.transaction() as conn:
        insert_frame(conn, "orders", frame)
    return frame


@pytest.fixture
def ws(tmp_path):
    ws = segdata.new_workspace(tmp_path)
    yield ws
    ws.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(orders, min_size=1, max_size=40), coded=st.sampled_from([48, 2, 0]),
       as_of=st.sampled_from([AS_OF, dt.date(2023, 5, 1), dt.date(1700, 1, 1)]), with_ids=st.booleans())
def test_the_orders_in_hand_read_as_the_stored_ones(ws, monkeypatch, rows, coded, as_of, with_ids):
    monkeypatch.setattr(paid_orders, "_CODED", coded)  # sampled lists of every length, down to none
    with ws.transaction() as conn:
        conn.execute("DELETE FROM orders")
    frame = written(ws, rows)
    want = read_paid_orders(ws.conn, as_of, with_ids=True)
    lists = {c: common_values(ws.conn, "orders", c) for c in TEXT_COLUMNS}
    same(paid_orders_of(frame, as_of, lists, with_ids=True), want)
    in_hand = OrdersInHand(ws.conn, frame)  # worked out ahead for the day after the last order, used when asked
    same(in_hand.paid(ws.conn, as_of, with_ids=True), want)
    same(in_hand.paid(ws.conn, in_hand.as_of, with_ids=True), read_paid_orders(ws.conn, in_hand.as_of, with_ids=True))
    without, plain = in_hand.paid(ws.conn, as_of, with_ids=False), read_paid_orders(ws.conn, as_of)
    key = list(plain.columns)
    pd.testing.assert_frame_equal(without.sort_values(key, kind="stable").reset_index(drop=True),
                                  plain.sort_values(key, kind="stable").reset_index(drop=True))


def _messy_orders_csv(path, n: int, seed: int, products: bool = False) -> None:
    """Orders with odd times, amounts and stores; with `products`, lines of one order no. are its products."""
    rng = random.Random(seed)
    stores = ["滨江店", "西湖店", "线上商城", "", " 湖滨店 "]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["订单号", "下单时间", "手机号", "实付金额", "优惠金额", "优惠券码", "订单状态", "品类", "门店",
                      *(["商品名称"] if products else [])])
        for i in range(n):
            day = dt.datetime(2023, 1, 1) + dt.timedelta(minutes=rng.randrange(0, 800_000))
            time = rng.choice([day.strftime("%Y-%m-%d %H:%M:%S")] * 8 + [day.strftime("%Y/%m/%d %H:%M"),
                                                                       day.strftime("%Y-%m-%d"), "2023-02-30 10:00:00"])
            phone = rng.choice([f"138{rng.randrange(10**8):08d}", ""]) if rng.random() < 0.3 else \
                f"139{rng.randrange(300):08d}"
            out.writerow([f"SO{i // rng.choice([1, 1, 2]):06d}", time, phone,
                          rng.choice(["12.50", "¥1,234.00", "-5", "0", "88"]), rng.choice(["", "0", "3.5"]),
                          rng.choice(["", "", " ", "C10"]), rng.choice(["已付款", "已付款", "已退款", "交易关闭"]),
                          rng.choice(["绿茶", "红茶", "", "礼盒"]), rng.choice(stores),
                          *([rng.choice(["龙井", "普洱", "茶具"])] if products else [])])


@pytest.mark.parametrize(("seed", "products"), [(1, False), (2, False), (3, True)])
def test_a_first_import_gives_the_metrics_it_would_give_reading_the_orders_back(tmp_path, monkeypatch, seed,
                                                                                  products):
    """The metrics worked out ahead from the orders in hand (while the indexes are built) are the ones the
    workspace gives when they are read back; with products, order lines carry the categories."""
    path = tmp_path / "orders.csv"
    _messy_orders_csv(path, 3000, seed, products)
    tables = {}
    for way in ("in hand", "read back"):
        if way == "read back":  # the import hands nothing over: the metrics read the orders back
            monkeypatch.setattr("shoplens.pipeline.MetricsInHand", lambda conn, table: None)
        with segdata.new_workspace(tmp_path, way.replace(" ", "_")) as ws:
            import_file(ws, path)
            tables[way] = pd.read_sql_query("SELECT * FROM features ORDER BY customer_id", ws.conn)
            if products:
                assert ws.conn.execute("SELECT count(*) FROM order_items WHERE category IS NOT NULL").fetchone()[0]
    assert len(tables["in hand"]) > 100
    pd.testing.assert_frame_equal(tables["in hand"], tables["read back"])


def test_only_a_first_import_hands_its_orders_over(tmp_path, monkeypatch):
    handed = []
    real = MetricsInHand.features

    def spy(self, conn, as_of):
        found = real(self, conn, as_of)
        handed.append((len(self.orders.table), found is not None))
        return found

    monkeypatch.setattr(MetricsInHand, "features", spy)
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    _messy_orders_csv(first, 200, 3)
    _messy_orders_csv(second, 300, 4)
    with segdata.new_workspace(tmp_path) as ws:
        import_file(ws, first)
        orders_after_first = ws.conn.execute("SELECT count(*) FROM orders").fetchone()[0]
        import_file(ws, second)  # the workspace holds orders already: they are read back
    assert handed == [(orders_after_first, True)]  # the metrics worked out ahead were used


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(orders, min_size=1, max_size=40), as_of=st.sampled_from([None, AS_OF]))
def test_the_metrics_worked_out_ahead_are_used_only_for_the_day_they_were_made_for(ws, rows, as_of):
    with ws.transaction() as conn:
        conn.execute("DELETE FROM orders")
    ahead = MetricsInHand(ws.conn, written(ws, rows))
    as_of = as_of or ahead.orders.as_of
    found = ahead.features(ws.conn, as_of)
    if as_of != ahead.orders.as_of:
        assert found is None  # worked out for another day: the metrics are computed again
    else:
        features, insert = found
        pd.testing.assert_frame_equal(features, compute_features(ws, as_of))
        assert insert.rows == len(features)


def test_the_metrics_worked_out_ahead_are_not_used_once_the_coded_values_changed(ws):
    frame = written(ws, [{"customer_id": 1, "amount_cents": 500, "order_time": "2024-03-01 10:00:00",
                          "status": "paid", "category": "tea", "channel": "pos", "store": "A",
                          "discount_cents": 0, "coupon_code": None}])
    ahead = MetricsInHand(ws.conn, frame)
    with ws.transaction() as conn:
        conn.execute("UPDATE orders SET category = 'coffee'")
    assert ahead.features(ws.conn, ahead.orders.as_of) is None
