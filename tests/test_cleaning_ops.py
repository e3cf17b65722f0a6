"""Each cleaning operation on parsed rows: what it fixes, idempotence, and never losing a row it was not asked to drop."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaningdata import import_rows
from shoplens.cleaning.catalog import operation
from shoplens.cleaning.context import FrameContext, StepStats
from shoplens.cleaning.recipe import Recipe, Step
from shoplens.errors import InputError
from shoplens.ingest.parse import parse_table
from shoplens.ingest.table import Table
from shoplens.pipeline import apply_recipe
from shoplens.workspace import Workspace

COLUMNS = {"单号": "order_no", "时间": "order_time", "金额": "amount", "状态": "status", "会员": "member_no",
           "姓名": "name", "手机": "phone", "邮箱": "email", "性别": "gender", "商品": "product", "城市": "city"}
VALUES = {
    "单号": ["A1", "A2", "A1", "", " A3 "],
    "时间": ["2024-03-05 10:00:00", "05.03.2024", "2024/3/5", "2024年3月5日", "45356", "13/02/2024", "", "x"],
    "金额": ["¥1,234.50", "1.2万", "12.50-", "1.234,56", "−12", "0", "", "abc", "-20", "88"],
    "状态": ["", "已完成", "退款成功", "已取消", "paid"],
    "会员": ["880001", "８８０００１", " 880 001 ", ""],
    "姓名": ["王芳", " 李娜 ", "张　伟", "ＡＢＣ", "", "测试"],
    "手机": ["13800138000", "+86 138 0013 8000", "13800138000.0", "1.38E+10", "12345", "", "138-0013-8000"],
    "邮箱": ["A@B.COM", "a＠b.com", " x@y.cn ", "bad", "", "mailto:q@w.org"],
    "性别": ["男", "女", "M", "f", "先生", "男性", "Ms", "?", ""],
    "商品": ["测试商品", "龙井", "test", "latest", ""],
    "城市": ["杭州", "", "上海 "],
}
STEPS = [
    Step("normalize_text"), Step("phones", {"invalid": "drop"}), Step("phones", {"invalid": "keep_digits"}),
    Step("emails"), Step("emails", {"invalid": "keep"}), Step("genders", {"mapping": {"?": "M"}}),
    Step("dates", {"dayfirst": True}), Step("dates", {"dayfirst": False, "fields": ["order_time"]}),
    Step("amounts"), Step("missing", {"field": "city", "action": "fill", "value": "未知"}),
    Step("missing", {"field": "amount", "action": "fill", "value": "0"}),
    Step("missing", {"field": "city", "action": "flag"}), Step("missing", {"field": "city", "action": "drop"}),
    Step("duplicate_rows"), Step("refunds", {"mode": "exclude"}), Step("refunds", {"mode": "net"}),
    Step("test_orders"), Step("test_orders", {"action": "flag", "zero_amount": True, "phones": ["13800138000"]}),
]


def build(rows: list[list[str]]) -> tuple[pd.DataFrame, FrameContext]:
    table = Table("t.csv", None, 1, list(COLUMNS), rows, list(range(2, len(rows) + 2)))
    parsed = parse_table(table, COLUMNS)
    return parsed.frame, FrameContext(None, 1, table, COLUMNS, parsed.kind)


def apply(step: Step, frame: pd.DataFrame, ctx: FrameContext) -> tuple[pd.DataFrame, StepStats]:
    stats = StepStats(0, step.op, "")
    ctx.run_state, ctx.flags = {}, []
    return operation(step.op).apply(frame.copy(), ctx, step.params, stats), stats


def column(name: str, values: list[str]) -> pd.Series:
    rows = [[""] * len(COLUMNS) for _ in values]
    i = list(COLUMNS).index(name)
    for row, value in zip(rows, values, strict=True):
        row[i] = value
        row[1] = row[1] or "2024-01-01"
    return rows


def one(name: str, field: str, values: list[str], step: Step) -> tuple[list, StepStats, FrameContext]:
    frame, ctx = build(column(name, values))
    after, stats = apply(step, frame, ctx)
    return [None if pd.isna(v) else v for v in after[field]], stats, ctx


rows_strategy = st.lists(st.tuples(*[st.one_of(st.sampled_from(v), st.text(max_size=5)) for v in VALUES.values()]),
                         min_size=1, max_size=12).map(lambda rows: [list(r) for r in rows])


def same_frame(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    return a.index.equals(b.index) and all(
        list(a[c].astype("object").where(a[c].notna(), None)) == list(b[c].astype("object").where(b[c].notna(), None))
        for c in a.columns)


@pytest.mark.parametrize("step", STEPS, ids=lambda s: f"{s.op}-{'-'.join(map(str, s.params.values()))}"[:40])
@settings(max_examples=25, deadline=None)
@given(rows=rows_strategy)
def test_idempotent_and_keeps_rows_it_was_not_asked_to_drop(step, rows):
    frame, ctx = build(rows)
    once, stats = apply(step, frame, ctx)
    twice, _ = apply(step, once, ctx)
    assert same_frame(once, twice)
    assert set(once.index) <= set(frame.index)
    assert list(once["row"]) == list(frame.loc[once.index, "row"])
    dropped = frame.index.difference(once.index)
    assert len(dropped) == stats.dropped
    if len(dropped):
        assert operation(step.op).drops_rows
        gone = frame.loc[dropped]
        if step.op == "missing":
            assert gone[step.params["field"]].isna().all()
        elif step.op == "test_orders":
            assert operation("test_orders").matches(gone, step.params).all()
        elif step.op == "refunds":
            status, amount = gone["status"], gone["amount"].astype("Float64")
            assert (status.isin(step.params["statuses"]) | (amount < 0).fillna(False)).all()
        elif step.op == "duplicate_rows":
            cols = [c for c in frame.columns if c != "row"]
            kept = {tuple(map(str, r)) for r in once[cols].astype("object").itertuples(index=False, name=None)}
            assert all(tuple(map(str, r)) in kept for r in gone[cols].astype("object").itertuples(index=False,
                                                                                                 name=None))


def test_text_tidied_and_full_width_made_half_width():
    names, stats, _ = one("姓名", "name", ["张　伟", "ＡＢＣ", " 李  娜 ", "王芳"], Step("normalize_text"))
    assert names == ["张 伟", "ABC", "李 娜", "王芳"] and stats.changed == {"name": 3}
    members, _, _ = one("会员", "member_no", ["８８０００１", " 880 001 ", "880001"], Step("normalize_text"))
    assert members == ["880001", "880001", "880001"]


def test_phone_policy():
    raw = ["+86 138 0013 8000", "13800138000.0", "12345", "", "1.38E+10"]
    kept, stats, ctx = one("手机", "phone", raw, Step("phones", {"invalid": "keep_digits"}))
    assert kept == ["13800138000", "13800138000", "12345", None, None]
    assert stats.flagged == 2 and ctx.flags[0].flag == "invalid_phone"
    dropped, stats, _ = one("手机", "phone", raw, Step("phones"))
    assert dropped == ["13800138000", "13800138000", None, None, None] and stats.flagged == 2


def test_emails_repaired_lowered_and_flagged():
    raw = ["A@B.COM", "a＠b.com", "mailto:Q@w.org", "bad", ""]
    got, stats, _ = one("邮箱", "email", raw, Step("emails"))
    assert got == ["a@b.com", "a@b.com", "q@w.org", None, None] and stats.flagged == 1
    kept, _, _ = one("邮箱", "email", raw, Step("emails", {"invalid": "keep"}))
    assert kept[3] == "bad"


def test_genders_to_one_form():
    got, stats, _ = one("性别", "gender", ["男", "女性", "Ms", "Mr.", "gent", "?"],
                        Step("genders", {"mapping": {"Gent": "M"}}))
    assert got == ["M", "F", "F", "M", "M", None] and stats.details["unreadable"] == 1


def test_dates_day_first_setting():
    got, _, _ = one("时间", "order_time", ["05.03.2024", "2024年3月5日", "45356"], Step("dates", {"dayfirst": True}))
    assert got == ["2024-03-05 00:00:00", "2024-03-05 00:00:00", "2024-03-05 00:00:00"]
    got, _, _ = one("时间", "order_time", ["05.03.2024"], Step("dates", {"dayfirst": False}))
    assert got == ["2024-05-03 00:00:00"]


def test_amounts_in_many_ways():
    got, stats, ctx = one("金额", "amount", ["1.2万", "12.50-", "1.234,56", "−12", "¥88", "abc"], Step("amounts"))
    assert got == [1_200_000, -1250, 123456, -1200, 8800, None]
    assert stats.changed == {"amount": 4} and stats.flagged == 1 and ctx.flags[0].flag == "invalid:amount"


def test_missing_values_fill_drop_flag():
    got, _, _ = one("城市", "city", ["杭州", ""], Step("missing", {"field": "city", "action": "fill", "value": "未知"}))
    assert got == ["杭州", "未知"]
    got, _, _ = one("金额", "amount", ["12", ""], Step("missing", {"field": "amount", "action": "fill", "value": "¥0"}))
    assert got == [1200, 0]
    got, stats, _ = one("城市", "city", ["杭州", ""], Step("missing", {"field": "city", "action": "drop"}))
    assert got == ["杭州"] and stats.dropped == 1
    with pytest.raises(InputError, match="not a valid value"):
        Step("missing", {"field": "amount", "action": "fill", "value": "lots"})


def test_test_orders_rule():
    rows = column("商品", ["测试商品", "latest tea", "Test", "龙井", "龙井"])
    rows[4][list(COLUMNS).index("手机")] = "13800138000"
    frame, ctx = build(rows)
    step = Step("test_orders", {"phones": ["+86 138 0013 8000"]})
    after, stats = apply(step, frame, ctx)
    assert list(after["product"]) == ["latest tea", "龙井"] and stats.dropped == 3


def test_refunds_exclude_and_net_in_one_file():
    rows = [["A1", "2024-01-01", "100", "", "", "", "", "", "", "", ""],
            ["A1", "2024-01-02", "-30", "", "", "", "", "", "", "", ""],
            ["A2", "2024-01-02", "50", "已取消", "", "", "", "", "", "", ""],
            ["A3", "2024-01-02", "60", "退款成功", "", "", "", "", "", "", ""]]
    frame, ctx = build(rows)
    after, stats = apply(Step("refunds"), frame, ctx)
    assert list(after["order_no"]) == ["A1"] and stats.dropped == 3
    after, stats = apply(Step("refunds", {"mode": "net"}), frame, ctx)
    assert list(after["order_no"]) == ["A1", "A3"] and ctx.run_state["refunds"] == [("A1", 3000)]


def test_outliers_flagged_not_removed(tmp_path):
    rows = [["单号", "时间", "金额"]] + [[f"S{i}", "2024-01-02", str(90 + i % 20)] for i in range(40)]
    rows.append(["BIG", "2024-01-03", "250000"])
    with Workspace.create(tmp_path / "o.shoplens") as ws:
        import_rows(ws, "o.csv", rows, {"单号": "order_no", "时间": "order_time", "金额": "amount"})
        result = apply_recipe(ws, Recipe([Step("outliers")]), backup=False)
        flagged = ws.conn.execute("SELECT o.order_no FROM cleaning_flags f JOIN orders o ON o.id = f.entity_id"
                                  " WHERE f.flag = 'outlier'").fetchall()
        assert flagged == [("BIG",)] and result.orders == 41 and result.flags == {"outlier": 1}


def test_flags_land_on_orders_and_customers(tmp_path):
    rows = [["单号", "时间", "金额", "手机", "商品"], ["S1", "2024-01-02", "10", "13800138000", "测试"],
            ["S2", "2024-01-02", "12", "12345", "龙井"], ["S2", "2024-01-02", "", "", "杯"]]
    with Workspace.create(tmp_path / "f.shoplens") as ws:
        import_rows(ws, "f.csv", rows, {"单号": "order_no", "时间": "order_time", "金额": "amount", "手机": "phone",
                                        "商品": "product"})
        apply_recipe(ws, Recipe([Step("phones", {"invalid": "keep_digits"}), Step("test_orders", {"action": "flag"})]),
                     backup=False)
        flags = ws.conn.execute("SELECT entity, flag FROM cleaning_flags ORDER BY flag").fetchall()
        assert flags == [("customer", "invalid_phone"), ("order", "test")]
