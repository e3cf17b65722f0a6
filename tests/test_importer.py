"""The importer end to end on generated files: mapping, linking, folding, re-import, and nothing half-written."""

from __future__ import annotations

import csv
import sqlite3

import pytest

from shoplens.errors import Cancelled, InputError
from shoplens.ingest.raw_store import legacy_raw_tables, raw_imports, raw_records
from shoplens.pipeline import import_file, plan_import, run_import
from shoplens.workspace import Workspace


def write_csv(path, rows, encoding="utf-8"):
    with open(path, "w", newline="", encoding=encoding) as fh:
        csv.writer(fh).writerows(rows)
    return path


def dump(ws: Workspace) -> dict[str, list]:
    """Every table's rows, to compare a workspace before and after."""
    names = [r[0] for r in ws.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {n: ws.conn.execute(f"SELECT * FROM {n} ORDER BY 1").fetchall() for n in names if n != "audit_log"}


SHOPIFY = [
    ["Name", "Email", "Financial Status", "Created at", "Lineitem name", "Lineitem quantity", "Lineitem price",
     "Total", "Discount Code", "Billing Name", "Billing Phone", "Accepts Marketing"],
    ["#1001", "ann@example.com", "paid", "2024-03-05 14:22:10 +0800", "Green tea", "2", "10.00", "25.00", "TEA10",
     "Ann Lee", "+86 138 0013 8000", "yes"],
    ["#1001", "", "", "", "Cup", "1", "5.00", "", "", "", "", ""],
    ["#1002", "BOB@example.com", "refunded", "2024-03-06 10:00:00 +0800", "Oolong", "1", "30.00", "30.00", "",
     "Bob", "", "no"],
    ["#1003", "ann@example.com", "paid", "2024-04-01 09:00:00 +0800", "Green tea", "1", "10.00", "10.00", "",
     "Ann Lee", "13800138000", "yes"],
]

MEMBERS = [
    ["会员卡号", "姓名", "手机号", "性别", "会员等级", "累计消费金额", "消费次数", "最近消费时间"],
    ["000123", "李安", "13800138000.0", "女", "金卡", "1,200.00", "8", "2024/3/1"],
    ["000124", "王五", "13900139000", "男", "银卡", "300", "2", "2023/12/24"],
    ["000125", "赵六", "", "男", "普通", "0", "0", ""],
]

POS = [
    ["小票号", "销售时间", "会员卡号", "商品名称", "品类", "数量", "实收金额", "门店"],
    ["XS001", "2024-02-01 10:00:00", "000123", "龙井", "绿茶", "1", "¥88.00", "一店"],
    ["XS002", "2024-02-02 11:00:00", "000124", "大红袍", "乌龙茶", "2", "¥120.00", "一店"],
    ["XS003", "2024-02-03 12:00:00", "", "茶杯", "茶具", "1", "¥35.00", "二店"],
]


@pytest.fixture
def ws(tmp_path):
    with Workspace.create(tmp_path / "shop.shoplens") as workspace:
        yield workspace


def test_shopify_line_items_fold_into_orders(ws, tmp_path):
    result = import_file(ws, write_csv(tmp_path / "orders_export.csv", SHOPIFY))
    assert result.kind == "orders"
    assert (result.orders_added, result.customers_added) == (3, 2)
    rows = ws.conn.execute("SELECT order_no, amount_cents, items, status, coupon_code FROM orders ORDER BY id").fetchall()
    assert rows == [("#1001", 2500, 2, "paid", "TEA10"), ("#1002", 3000, 1, "refunded", None),
                    ("#1003", 1000, 1, "paid", None)]
    items = ws.conn.execute("SELECT product, amount_cents FROM order_items ORDER BY rowid").fetchall()
    assert items == [("Green tea", 2000), ("Cup", 500)]
    ann = ws.conn.execute("SELECT name, phone, email FROM customers WHERE email = 'ann@example.com'").fetchone()
    assert ann == ("Ann Lee", "13800138000", "ann@example.com")
    consent = dict(ws.conn.execute("SELECT c.email, k.allowed FROM consent k JOIN customers c ON c.id = k.customer_id"))
    assert consent == {"ann@example.com": 1, "bob@example.com": 0}
    summary = ws.summary()
    assert summary["revenue"] == 35.0  # the refunded order does not count
    assert (summary["first_order"], summary["last_order"]) == ("2024-03-05", "2024-04-01")


def test_raw_rows_are_kept_exactly(ws, tmp_path):
    result = import_file(ws, write_csv(tmp_path / "orders_export.csv", SHOPIFY))
    raw = raw_records(ws.conn, result.import_id)
    assert [list(r[1:]) for r in raw] == SHOPIFY[1:]
    assert [r[0] for r in raw] == [2, 3, 4, 5]


def test_same_person_across_sources_is_one_customer(ws, tmp_path):
    import_file(ws, write_csv(tmp_path / "members.csv", MEMBERS))
    import_file(ws, write_csv(tmp_path / "pos.csv", POS))
    result = import_file(ws, write_csv(tmp_path / "shop.csv", SHOPIFY))
    # Ann: member 000123 with phone 13800138000 (stored as a number) = the Shopify buyer with that phone
    ann = ws.conn.execute("SELECT customer_id FROM customer_keys WHERE kind = 'phone' AND value = '13800138000'"
                          ).fetchone()[0]
    kinds = {r[0] for r in ws.conn.execute("SELECT kind FROM customer_keys WHERE customer_id = ?", (ann,))}
    assert kinds == {"member_no", "phone", "email"}
    assert ws.conn.execute("SELECT count(*) FROM orders WHERE customer_id = ?", (ann,)).fetchone()[0] == 3
    assert result.customers_matched == 1 and result.customers_added == 1  # Bob is new
    assert ws.summary()["customers"] == 4
    member = ws.conn.execute("SELECT member_no, name, gender, member_level, agg_total_spend_cents, agg_order_count,"
                             " agg_last_purchase FROM customers WHERE id = ?", (ann,)).fetchone()
    assert member == ("000123", "李安", "F", "金卡", 120000, 8, "2024-03-01")
    walk_in = ws.conn.execute("SELECT customer_id FROM orders WHERE order_no = 'XS003'").fetchone()[0]
    assert walk_in is None


def test_reimport_same_file_is_refused_and_newer_export_appends(ws, tmp_path):
    first = write_csv(tmp_path / "pos.csv", POS)
    import_file(ws, first)
    before = dump(ws)
    with pytest.raises(InputError, match="already imported"):
        import_file(ws, first)
    assert dump(ws) == before
    newer = write_csv(tmp_path / "pos_march.csv", [*POS, ["XS004", "2024-03-01 09:00", "000124", "龙井", "绿茶", "1",
                                                          "88", "一店"]])
    result = import_file(ws, newer)
    assert (result.orders_added, result.orders_already_known) == (1, 3)
    assert ws.summary()["orders"] == 4
    template = ws.conn.execute("SELECT used_count FROM import_templates").fetchone()[0]
    assert template == 2


def test_saved_template_applies_to_next_file(ws, tmp_path):
    plan = plan_import(ws, write_csv(tmp_path / "pos.csv", POS))
    run_import(ws, plan, mapping={"门店": "channel"})
    nxt = write_csv(tmp_path / "pos2.csv", [POS[0], ["XS9", "2024-05-01 10:00", "", "x", "y", "1", "1", "三店"]])
    plan2 = plan_import(ws, nxt)
    assert plan2.template_name == "pos"
    assert plan2.mapping["门店"] == "channel"
    assert all(g.confidence == 1.0 for g in plan2.guesses)


def test_mapping_override_moves_a_field(ws, tmp_path):
    plan = plan_import(ws, write_csv(tmp_path / "pos.csv", POS), mapping={"门店": "channel"})
    assert plan.mapping["门店"] == "channel"
    with pytest.raises(InputError, match='no column "手机"'):
        plan_import(ws, write_csv(tmp_path / "pos_b.csv", POS), mapping={"手机": "phone"})


def test_cancelled_import_leaves_workspace_unchanged(ws, tmp_path):
    import_file(ws, write_csv(tmp_path / "members.csv", MEMBERS))
    rows = [POS[0]] + [[f"T{i}", "2024-02-01 10:00", "000123", "龙井", "绿茶", "1", "10", "一店"] for i in range(3000)]
    plan = plan_import(ws, write_csv(tmp_path / "big.csv", rows))
    before = dump(ws)
    calls = []

    def cancel_after_a_while() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        run_import(ws, plan, cancelled=cancel_after_a_while)
    assert dump(ws) == before
    assert raw_imports(ws.conn) == [1]  # no chunk of the cancelled import is left
    assert not legacy_raw_tables(ws.conn)


def test_failure_midway_rolls_back(ws, tmp_path, monkeypatch):
    import shoplens.ingest.canonical as canonical

    plan = plan_import(ws, write_csv(tmp_path / "pos.csv", POS))
    before = dump(ws)

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(canonical, "write_orders", broken)
    with pytest.raises(sqlite3.OperationalError):
        run_import(ws, plan)
    assert dump(ws) == before


@pytest.mark.parametrize(
    "rows, message",
    [
        ([["a", "b"]], "no data rows"),
        ([["colour", "size"], ["red", "L"]], "None of the columns"),
        ([["订单号", "金额"], ["1", "10"]], "order time"),
    ],
)
def test_plans_that_cannot_import_say_why(ws, tmp_path, rows, message):
    path = write_csv(tmp_path / "x.csv", rows)
    before = dump(ws)
    with pytest.raises(InputError, match=message) as info:
        import_file(ws, path)
    assert "x.csv" in str(info.value)
    assert dump(ws) == before


def test_problems_are_reported_in_words(ws, tmp_path):
    rows = [["订单号", "下单时间", "手机号", "实付金额"],
            ["1", "2024-01-01", "13800138000.0", "10"],
            ["2", "not a date", "1.38001E+10", "abc"],
            ["3", "2024-01-03", "13900139000", "5"]]
    result = import_file(ws, write_csv(tmp_path / "o.csv", rows))
    codes = {p.code: p for p in result.problems}
    assert codes["phone_stored_as_number"].count == 1
    assert codes["phone_scientific"].count == 1
    assert codes["no_order_time"].rows == [3]
    assert "could not be read" in codes["amount_invalid"].message
    assert result.orders_added == 2


def test_rebuild_reproduces_the_canonical_tables(ws, tmp_path):
    from shoplens.ingest.rebuild import canonical_snapshot
    from shoplens.pipeline import rebuild

    import_file(ws, write_csv(tmp_path / "members.csv", MEMBERS))
    import_file(ws, write_csv(tmp_path / "pos.csv", POS))
    import_file(ws, write_csv(tmp_path / "shop.csv", SHOPIFY))
    before = canonical_snapshot(ws.conn)
    rebuild(ws)
    after = canonical_snapshot(ws.conn)
    for name, frame in before.items():
        assert frame.equals(after[name]), name


def test_an_import_after_cleaning_is_cleaned_by_the_saved_recipe(tmp_path):
    from shoplens.cleaning.recipe import Recipe, Step
    from shoplens.pipeline import apply_recipe

    ws = Workspace.create(tmp_path / "w.shoplens")
    first = write_csv(tmp_path / "m1.csv", [["会员卡号", "姓名", "手机号"], ["８８０００１", "ＡＢＣ", "13800138001"]])
    import_file(ws, first)
    apply_recipe(ws, Recipe([Step("normalize_text")]))
    assert ws.conn.execute("SELECT member_no FROM customers").fetchall() == [("880001",)]
    second = write_csv(tmp_path / "m2.csv", [["会员卡号", "姓名", "手机号"], ["８８０００２", "ＤＥＦ", "13800138002"]])
    result = import_file(ws, second)
    assert result.cleaning_steps == 1 and result.customers_added == 1
    assert ws.conn.execute("SELECT member_no, name FROM customers ORDER BY member_no").fetchall() == [
        ("880001", "ABC"), ("880002", "DEF")]
    raw = raw_records(ws.conn, result.import_id)
    assert any("８８０００２" in str(v) for v in raw[0])  # the imported rows themselves are never changed
    ws.close()


def test_points_earned_or_paid_on_one_order_are_not_the_members_points_balance(tmp_path):
    from shoplens.ingest.mapping import guess_mapping
    from shoplens.ingest.readers import read_table

    path = write_csv(tmp_path / "taobao.csv", [
        ["订单编号", "买家会员名", "买家支付积分", "总金额", "返点积分", "订单创建时间"],
        ["1001", "tb_ann", "0", "25.00", "12", "2024-03-05 14:22:10"],
        ["1002", "tb_bob", "100", "30.00", "15", "2024-03-06 10:00:00"],
        ["1003", "tb_ann", "0", "10.00", "5", "2024-04-01 09:00:00"]])
    fields = {g.column: g.field for g in guess_mapping(read_table(path))}
    assert fields["返点积分"] != "points" and fields["买家支付积分"] != "points"
    members = write_csv(tmp_path / "members.csv", [["会员卡号", "可用积分"], ["M1", "300"], ["M2", "0"], ["M3", "12"]])
    assert {g.column: g.field for g in guess_mapping(read_table(members))}["可用积分"] == "points"


def test_a_wechat_nickname_does_not_replace_a_members_real_name(tmp_path):
    ws = Workspace.create(tmp_path / "w.shoplens")
    import_file(ws, write_csv(tmp_path / "members.csv", [["会员卡号", "姓名", "手机号"], ["M1", "王小芳", "13800138001"]]))
    import_file(ws, write_csv(tmp_path / "wechat.csv", [["微信昵称", "手机号", "城市"], ["小芳🌸", "13800138001", "杭州"],
                                                         ["茶友", "13800138002", "上海"]]))
    rows = ws.conn.execute("SELECT phone, name, city FROM customers ORDER BY phone").fetchall()
    assert rows == [("13800138001", "王小芳", "杭州"), ("13800138002", "茶友", "上海")]  # gaps filled, names kept
    import_file(ws, write_csv(tmp_path / "members2.csv", [["会员卡号", "姓名", "手机号"], ["M2", "李娜", "13800138002"]]))
    assert ws.conn.execute("SELECT name FROM customers WHERE phone = '13800138002'").fetchone() == ("李娜",)
    ws.close()
