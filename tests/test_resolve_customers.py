"""Linking rows to customers: counts and links when some keys are already known, in one file or across files."""

from __future__ import annotations

import csv

from shoplens.pipeline import import_file
from shoplens.workspace import Workspace


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_two_keys_of_one_known_customer_count_as_one_match(tmp_path):
    with Workspace.create(tmp_path / "w.shoplens") as ws:
        import_file(ws, write_csv(tmp_path / "members.csv", [["会员卡号", "手机号", "邮箱"],
                                                             ["M1", "13800138000", "ann@example.com"],
                                                             ["M2", "13900139000", ""]]))
        result = import_file(ws, write_csv(tmp_path / "orders.csv", [
            ["订单号", "下单时间", "手机号", "邮箱", "实付金额"],
            ["A1", "2026-01-02 10:00:00", "13800138000", "", "10.00"],  # Ann by phone
            ["A2", "2026-01-03 10:00:00", "", "ann@example.com", "20.00"],  # Ann by e-mail (no key shared with A1)
            ["A3", "2026-01-04 10:00:00", "13700137000", "new@example.com", "30.00"],  # someone new
            ["A4", "2026-01-05 10:00:00", "", "new@example.com", "5.00"],  # the same new customer
            ["A5", "2026-01-06 10:00:00", "", "", "7.00"]]))  # nobody
        assert (result.customers_matched, result.customers_added) == (1, 1)
        owners = dict(ws.conn.execute("SELECT order_no, customer_id FROM orders").fetchall())
        ann = ws.conn.execute("SELECT customer_id FROM customer_keys WHERE value = 'M1'").fetchone()[0]
        assert owners["A1"] == owners["A2"] == ann and owners["A3"] == owners["A4"] != ann and owners["A5"] is None
        assert ws.conn.execute("SELECT count(*) FROM customers").fetchone() == (3,)
        assert ws.conn.execute("SELECT kind, value FROM customer_keys WHERE customer_id = ?",
                               (owners["A3"],)).fetchall() == [("email", "new@example.com"), ("phone", "13700137000")]
