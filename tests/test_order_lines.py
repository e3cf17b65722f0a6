"""Order lines reach order_items under the right order, also when some orders of the file are already known."""

from __future__ import annotations

import csv

import pytest

from shoplens.pipeline import import_file
from shoplens.workspace import Workspace

HEADER = ["订单号", "下单时间", "手机号", "商品名称", "数量", "实付金额"]


def _write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADER, *rows])
    return path


def _line(no, product, amount, phone="13800138000"):
    return [no, "2024-03-01 10:00:00", phone, product, "1", amount]


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "shop.shoplens")
    yield ws
    ws.close()


def _lines(ws):
    return sorted(ws.conn.execute(
        "SELECT o.order_no, i.product, i.amount_cents FROM order_items i JOIN orders o ON o.id = i.order_id"))


def test_lines_of_new_orders_only(ws, tmp_path):
    import_file(ws, _write(tmp_path / "a.csv", [
        _line("A1", "tea", "10"), _line("A1", "cup", "5"), _line("A2", "pot", "30"), _line("A3", "tea", "10"),
        _line("A3", "box", "2")]))
    assert _lines(ws) == [("A1", "cup", 500), ("A1", "tea", 1000), ("A3", "box", 200), ("A3", "tea", 1000)]
    result = import_file(ws, _write(tmp_path / "b.csv", [
        _line("A3", "tea", "10"), _line("A3", "box", "2"), _line("B1", "cup", "5"), _line("B2", "tea", "10"),
        _line("B2", "pot", "30"), _line("B2", "cup", "5"), _line("A1", "tea", "10"), _line("A1", "cup", "5")]))
    assert (result.orders_added, result.orders_already_known) == (2, 2)
    assert _lines(ws) == [("A1", "cup", 500), ("A1", "tea", 1000), ("A3", "box", 200), ("A3", "tea", 1000),
                          ("B2", "cup", 500), ("B2", "pot", 3000), ("B2", "tea", 1000)]
    items = ws.conn.execute("SELECT o.order_no, o.items FROM orders o ORDER BY o.id").fetchall()
    assert items == [("A1", 2), ("A2", 1), ("A3", 2), ("B1", 1), ("B2", 3)]


NO_NUMBER_HEADER = ["下单时间", "手机号", "商品名称", "门店", "实付金额"]


def test_orders_without_order_numbers_with_empty_cells_are_recognised_again(ws, tmp_path):
    rows = [["2024-03-01 10:00:00", "13800138000", "tea", "一店", "10"],
            ["2024-03-01 11:00:00", "13800138001", "", "一店", "12"],  # no product
            ["2024-03-02 09:00:00", "", "cup", "", "5"]]  # no customer, no store
    first = tmp_path / "pos.csv"
    with open(first, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([NO_NUMBER_HEADER, *rows])
    result = import_file(ws, first)
    assert (result.orders_added, result.orders_already_known) == (3, 0)
    (tmp_path / "later").mkdir()
    newer = tmp_path / "later" / "pos.csv"  # same name: same channel, which is part of the rows' content
    with open(newer, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([NO_NUMBER_HEADER, *rows, ["2024-03-03 09:00:00", "13800138000", "pot", "二店", "30"]])
    result = import_file(ws, newer)
    assert (result.orders_added, result.orders_already_known) == (1, 3)
    keys = [k for (k,) in ws.conn.execute("SELECT dedup_key FROM orders ORDER BY id")]
    assert len(set(keys)) == 4 and all(k.startswith("row:") and len(k) == 44 for k in keys)


def test_customer_refs_link_within_one_export_layout_only(ws, tmp_path):
    header = ["订单号", "下单时间", "客户编号", "实付金额"]
    first = _write_rows(tmp_path / "a.csv", header, [["A1", "2024-03-01 10:00:00", "C7", "10"],
                                                    ["A2", "2024-03-02 10:00:00", "C7", "12"],
                                                    ["A3", "2024-03-02 11:00:00", "", "5"]])
    import_file(ws, first, mapping={"客户编号": "customer_ref"})
    owners = [c for (c,) in ws.conn.execute("SELECT customer_id FROM orders ORDER BY id")]
    assert owners[0] == owners[1] and owners[0] is not None and owners[2] is None
    refs = [v for (v,) in ws.conn.execute("SELECT value FROM customer_keys WHERE kind = 'customer_ref'")]
    assert len(refs) == 1 and refs[0].endswith(":C7") and len(refs[0]) > len(":C7")
    other = _write_rows(tmp_path / "b.csv", [*header, "备注"], [["B1", "2024-03-03 10:00:00", "C7", "8", "x"]])
    import_file(ws, other, mapping={"客户编号": "customer_ref"})  # another layout: another shop system's C7
    assert ws.conn.execute("SELECT count(DISTINCT customer_id) FROM orders").fetchone()[0] == 2


def _write_rows(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([header, *rows])
    return path
