"""The demo shop: deterministic files that carry real-world mess, a truth that matches them, and the built workspace."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
import re
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from shoplens.demo.generator import (
    MEMBERS_FILE,
    POS_FILE,
    SHOPIFY_FILE,
    TAOBAO_FILE,
    WECHAT_FILE,
    demo_truth,
    generate_demo_files,
)

SMALL = 400  # buying customers in most tests: enough to show every kind of mess, fast to write
HAS_READERS = importlib.util.find_spec("shoplens.ingest.readers") is not None
needs_readers = pytest.mark.skipif(not HAS_READERS, reason="shoplens.ingest.readers is not written yet")


def sheet_rows(path: Path) -> list[list]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def csv_rows(path: Path, encoding: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode(encoding), newline="")))


def as_records(rows: list[list]) -> list[dict]:
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    generate_demo_files(folder, customers=SMALL)
    return folder


def test_same_seed_gives_identical_files_and_another_seed_does_not(demo, tmp_path):
    again = generate_demo_files(tmp_path / "again", customers=SMALL)
    generate_demo_files(tmp_path / "other", customers=SMALL, seed=7)
    assert [f.path.name for f in again] == [WECHAT_FILE, MEMBERS_FILE, POS_FILE, TAOBAO_FILE, SHOPIFY_FILE]
    for name in (TAOBAO_FILE, SHOPIFY_FILE, WECHAT_FILE):
        assert (demo / name).read_bytes() == (tmp_path / "again" / name).read_bytes()
        assert (demo / name).read_bytes() != (tmp_path / "other" / name).read_bytes()
    for name in (POS_FILE, MEMBERS_FILE):
        assert sheet_rows(demo / name) == sheet_rows(tmp_path / "again" / name)
        assert sheet_rows(demo / name) != sheet_rows(tmp_path / "other" / name)
    assert demo_truth(customers=SMALL) == demo_truth(customers=SMALL)


def test_till_export_has_title_blank_header_totals_and_numeric_phones(demo):
    rows = sheet_rows(demo / POS_FILE)
    assert rows[0][0].startswith("山茶小铺 销售明细 2023-01-01 至 2024-12-31")
    assert all(c == "" for c in rows[1])
    assert rows[2][:4] == ["小票号", "销售时间", "会员卡号", "手机号"]
    assert rows[-1][0] == "合计"
    data = rows[3:-1]
    assert abs(rows[-1][9] - sum(r[9] for r in data)) < 0.01  # the totals row really sums the amounts
    phones = [r[3] for r in data if r[3] != ""]
    assert phones and all(isinstance(p, float) and p.is_integer() and 1.3e10 <= p < 2e10 for p in phones)
    assert all(isinstance(r[1], dt.datetime) for r in data)
    cards = [r[2] for r in data if r[2]]
    assert cards and all(re.fullmatch(r"\d{6}", c) for c in cards)
    assert any(r[2] == "" and r[3] == "" for r in data), "walk-in sales without card or phone"
    assert any(r[0].startswith("TH") and r[9] < 0 for r in data), "a few returns"
    keys = [tuple(r) for r in data]
    assert len(keys) - len(set(keys)) > 0, "some lines exported twice"


def test_member_list_keeps_leading_zeros_as_text_and_real_dates(demo):
    rows = sheet_rows(demo / MEMBERS_FILE)
    assert rows[0][:3] == ["会员卡号", "姓名", "手机号"]
    data = rows[1:]
    assert data[0][0] == "000001"
    assert all(isinstance(r[0], str) and len(r[0]) == 6 for r in data)
    assert all(isinstance(r[2], float) for r in data)
    assert all(isinstance(r[6], dt.date) for r in data)
    assert any(isinstance(r[4], dt.date) for r in data) and any(r[4] == "" for r in data)
    assert {r[3] for r in data} == {"男", "女"}
    last_dates = [r[11] for r in data]
    assert any(d.year < 2023 for d in last_dates), "members who only bought before the period"


def test_taobao_csv_is_gbk_with_messy_phones_and_statuses(demo):
    raw = (demo / TAOBAO_FILE).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    rows = csv_rows(demo / TAOBAO_FILE, "gb18030")
    assert rows[0][0] == "订单编号" and "买家实际支付金额" in rows[0]
    records = as_records(rows)
    phones = [r["联系手机"] for r in records]
    assert any(p.startswith('="') for p in phones)
    assert any(p.startswith("+86") for p in phones)
    assert any(" " in p and not p.startswith("+") for p in phones)
    assert sum(bool(re.fullmatch(r"1[3-9]\d{9}", p)) for p in phones) > 0.7 * len(phones)
    statuses = {r["订单状态"] for r in records}
    assert {"交易成功", "交易关闭", "退款成功"} <= statuses
    assert all(r["订单付款时间"] == "" for r in records if r["订单状态"] == "交易关闭")
    assert len(rows) - 1 - len({tuple(r) for r in rows[1:]}) == demo_truth(customers=SMALL).duplicate_rows[TAOBAO_FILE]
    created = [r["订单创建时间"] for r in records]
    assert created == sorted(created, reverse=True), "newest first, like the real download"


def test_shopify_export_folds_order_fields_on_the_first_line(demo):
    records = as_records(csv_rows(demo / SHOPIFY_FILE, "utf-8"))
    by_order: dict[str, list[dict]] = {}
    for r in records:
        by_order.setdefault(r["Name"], []).append(r)
    multi = [lines for lines in by_order.values() if len(lines) > 1]
    assert multi
    for lines in multi:
        assert lines[0]["Total"] and all(line["Total"] == "" for line in lines[1:])
        assert all(line["Email"] for line in lines)
    assert all(re.fullmatch(r"#\d{4,}", name) for name in by_order)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0800", r["Created at"]) for r in records)
    assert {r["Financial Status"] for r in records} >= {"paid", "refunded"}
    assert {r["Accepts Marketing"] for r in records} >= {"yes", "no"}
    assert any(r["Discount Code"] for r in records)


def test_wechat_list_has_bom_and_two_date_styles(demo):
    raw = (demo / WECHAT_FILE).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    records = as_records(csv_rows(demo / WECHAT_FILE, "utf-8-sig"))
    dates = [r["关注时间"] for r in records]
    assert any(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", d) for d in dates)
    assert any(re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2} \d{1,2}:\d\d", d) for d in dates)
    assert any(r["手机号"] == "" for r in records) and any(r["手机号"] for r in records)


def _normal_phone(text) -> str | None:
    if text in ("", None):
        return None
    if isinstance(text, float):
        text = str(int(text))
    digits = re.sub(r"[^\d+]", "", str(text))
    digits = re.sub(r"^\+86", "", digits)
    return digits or None


def test_truth_matches_the_people_and_orders_in_the_files(demo):
    """Link every row's keys across all five files (union-find): the groups are the truth's people."""
    parent: dict[tuple, tuple] = {}

    def find(k):
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    def link(keys):
        keys = [k for k in keys if k[1]]
        for k in keys[1:]:
            parent[find(k)] = find(keys[0])
        for k in keys[:1]:
            find(k)

    for r in as_records(sheet_rows(demo / MEMBERS_FILE)):
        link([("card", r["会员卡号"]), ("phone", _normal_phone(r["手机号"]))])
    for r in as_records(csv_rows(demo / WECHAT_FILE, "utf-8-sig")):
        link([("openid", r["openid"]), ("phone", _normal_phone(r["手机号"]))])
    pos = sheet_rows(demo / POS_FILE)
    for r in pos[3:-1]:
        link([("card", r[2]), ("phone", _normal_phone(r[3]))])
    taobao = as_records(csv_rows(demo / TAOBAO_FILE, "gb18030"))
    for r in taobao:
        link([("nick", r["买家会员名"]), ("phone", _normal_phone(r["联系手机"].strip("='\"")))])
    shopify = as_records(csv_rows(demo / SHOPIFY_FILE, "utf-8"))
    for r in shopify:
        link([("email", r["Email"].lower()), ("phone", _normal_phone(r["Billing Phone"]))])
    groups = {find(k) for k in parent}
    truth = demo_truth(customers=SMALL)
    assert len(groups) == truth.people
    assert truth.buyers == SMALL
    assert truth.orders["门店"] == len({r[0] for r in pos[3:-1]})
    assert truth.orders["淘宝"] == len({r["订单编号"] for r in taobao})
    assert truth.orders["海外网店"] == len({r["Name"] for r in shopify})
    members = sheet_rows(demo / MEMBERS_FILE)[1:]
    assert truth.members == len({r[0] for r in members})
    assert truth.duplicate_rows[MEMBERS_FILE] == len(members) - len({tuple(r) for r in members}) > 0
    assert truth.duplicate_rows[POS_FILE] == len(pos) - 4 - len({tuple(r) for r in pos[3:-1]}) > 0
    assert 0 < truth.people_in_several_sources < truth.people


def test_default_size_is_a_small_shop_over_two_years():
    truth = demo_truth()
    assert 3000 <= truth.people <= 6000
    assert 20_000 <= truth.total_orders <= 60_000
    assert truth.members_without_orders > 0 and truth.followers_only > 0
    assert truth.duplicate_rows[POS_FILE] > 0


def test_behaviour_looks_like_a_real_shop():
    import numpy as np

    from shoplens.demo.simulate import simulate

    shop = simulate(20240601, 3000)
    orders = shop.orders[shop.orders["status"] != "returned"]
    time = orders["time"].dt
    store = orders["channel"] == 0
    weekday_counts = time.day_of_week[store].value_counts()
    assert weekday_counts[5] > 1.3 * weekday_counts[1], "Saturdays busier than Tuesdays in the stores"
    online_hours = time.hour[~store]
    assert online_hours.between(20, 23).mean() > 3 * online_hours.between(3, 6).mean(), "online buyers shop at night"
    assert time.hour[store].between(9, 21).all(), "stores sell during opening hours"
    known = orders[orders["person"] >= 0]
    spend = known.groupby("person")["paid"].sum().sort_values(ascending=False)
    assert spend.head(len(spend) // 10).sum() > 0.4 * spend.sum(), "a tenth of the customers bring much of the money"
    counts = known.groupby("person").size()
    assert (counts == 1).mean() > 0.25 and counts.max() > 40, "one-timers and regulars"
    last = known.groupby("person")["time"].max()
    first = known.groupby("person")["time"].min()
    assert (last < np.datetime64("2024-04-01")).sum() > 300, "lapsed customers"
    assert (first > np.datetime64("2024-10-01")).sum() > 150, "recent new customers"
    months = time.month[orders["channel"] == 1]
    assert (orders.loc[orders["channel"] == 1, "time"].dt.strftime("%m-%d") == "11-11").sum() > 3 * months.size / 365


# -- the workspace built through the real importer -------------------------------------------------------------
@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from shoplens.demo.build import build_demo_workspace

    path = tmp_path_factory.mktemp("ws") / "demo.shoplens"
    calls = []
    build_demo_workspace(path, progress=lambda d, t, m: calls.append((d, t, m)))  # the default size, as shipped
    return path, calls


@needs_readers
def test_built_workspace_links_customers_across_sources(built):
    from shoplens.workspace import Workspace

    path, calls = built
    truth = demo_truth()
    with Workspace.open(path, readonly=True) as ws:
        summary = ws.summary()
        assert summary["customers"] >= 3000 and summary["orders"] >= 20_000
        # every paid order counted, refunds and cancellations not; the till lines exported twice are still summed
        assert summary["revenue"] == pytest.approx(truth.paid_revenue + truth.duplicated_revenue, abs=0.01)
        assert summary["shop_name"] == "山茶小铺 Camellia Tea House"
        assert summary["customers"] == truth.people
        assert summary["orders"] == truth.total_orders
        assert (summary["first_order"], summary["last_order"]) == ("2023-01-01", "2024-12-31")
        assert len(summary["imports"]) == 5
        channels = dict(ws.conn.execute("SELECT channel, count(*) FROM orders GROUP BY channel").fetchall())
        assert channels == truth.orders
        several = ws.conn.execute(
            "SELECT count(*) FROM (SELECT customer_id FROM orders WHERE customer_id IS NOT NULL"
            " GROUP BY customer_id HAVING count(DISTINCT channel) >= 2)").fetchone()[0]
        assert several == truth.buyers_in_several_channels > 0
        buying_members = ws.conn.execute(
            "SELECT count(DISTINCT o.customer_id) FROM orders o JOIN customers c ON c.id = o.customer_id"
            " WHERE c.member_no IS NOT NULL AND o.channel = '淘宝'").fetchone()[0]
        assert buying_members > 0, "members also found among Taobao buyers (by phone)"
    assert calls[-1][0] == calls[-1][1]
    done = [d / t for d, t, _ in calls]
    assert done == sorted(done), "progress only moves forward"


@needs_readers
def test_the_demo_opens_with_segments_tags_actions_and_changes(built, capsys):
    """Issue 17: right after `shoplens demo` (no other command) Home lists at least four actions with people in them
    and `shoplens tags` the lifecycle tags; the China-8 run, the value tiers and predictions are there too."""
    from shoplens.cli import main
    from shoplens.home.defaults import missing_defaults
    from shoplens.workspace import Workspace

    path, _calls = built
    assert main(["home", str(path), "--json"]) == 0
    home = json.loads(capsys.readouterr().out)
    ready = [a for a in home["actions"] if a["count"] > 0]
    assert len(ready) >= 4 and all(a["audience"]["kind"] == "tag" for a in ready)
    assert all(a["value_at_stake"] > 0 for a in ready if a["key"] != "members_not_bought")
    changes = home["changes"]  # the demo keeps a snapshot a month back: Home shows who moved since then
    assert changes["since"] == "2024-12-02" and changes["slipped"]["count"] > 0 and changes["came_back"]["count"] > 0
    assert main(["tags", str(path), "--json"]) == 0
    tags = json.loads(capsys.readouterr().out)
    names = {t["name_en"] for layer in tags["layers"] if layer["layer"] == "lifecycle" for t in layer["tags"]}
    assert {"New", "Active", "Silent", "Churn risk", "Lost"} <= names
    with Workspace.open(path, readonly=True) as ws:
        assert missing_defaults(ws) == []
        assert ws.conn.execute("SELECT method FROM segmentations").fetchall() == [("rfm-cn8",)]
        assert ws.meta("defaults") == "on"  # later imports into the demo behave as in any shop


@needs_readers
def test_cli_demo_prints_json_and_refuses_an_existing_file(tmp_path, capsys):
    from shoplens.cli import main

    path = tmp_path / "cli.shoplens"
    assert main(["demo", str(path), "--json", "--customers", "60"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["customers"] == demo_truth(customers=60).people
    assert main(["demo", str(path)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_cancel_leaves_no_file_behind(tmp_path):
    from shoplens.demo.build import build_demo_workspace
    from shoplens.errors import Cancelled

    seen = []

    def cancelled() -> bool:
        seen.append(1)
        return len(seen) > (6 if HAS_READERS else 1)

    with pytest.raises(Cancelled):
        build_demo_workspace(tmp_path / "demo.shoplens", customers=60, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []
