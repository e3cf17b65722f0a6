"""One set of numbers: every headline figure, computed through every surface (CLI JSON, report data, dashboard
data, segment sums, tag sums, the monthly series, predictions), is the same figure (features.headline)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import random

import pytest

from shoplens.cli import main
from shoplens.demo.build import build_demo_workspace
from shoplens.errors import InputError
from shoplens.features.headline import headline, period_figures
from shoplens.features.metrics import compute_features
from shoplens.pipeline import import_file
from shoplens.predict.run import predict_customers
from shoplens.reports.dashboard import kpis, monthly
from shoplens.reports.report_data import gather
from shoplens.tags.history import tag_summary
from shoplens.workspace import Workspace


def _write(path, rows) -> str:
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return str(path)


def generated_shop(folder, seed: int, *, history: bool) -> str:
    """A member list (with history totals when `history`) and an orders file with refunds, refund rows, walk-in
    sales without a customer and members who never bought."""
    rng = random.Random(seed)
    members = [["会员卡号", "姓名", "手机号"] + (["累计消费", "消费次数", "最近消费时间"] if history else [])]
    orders = [["订单号", "会员卡号", "下单时间", "实付金额", "订单状态"]]
    number = 5000
    for i in range(300):
        row = [f"M{i:04d}", f"客户{i}", f"138{i:08d}"]
        if history:
            row += [f"{rng.randint(0, 5000)}.00", str(rng.randint(0, 12)), f"2022-{rng.randint(1, 12):02d}-15"] \
                if i % 3 == 0 else ["", "", ""]
        members.append(row)
        if i % 7 == 0:
            continue
        for _ in range(rng.randint(1, 6)):
            number += 1
            when = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 729))
            status = "已退款" if rng.random() < 0.05 else "交易成功"
            orders.append([str(number), f"M{i:04d}", f"{when} 12:{rng.randint(0, 59):02d}:00",
                           f"{rng.randint(20, 900)}.00", status])
    for _ in range(40):  # walk-in sales: revenue and orders, no buyer
        number += 1
        orders.append([str(number), "", f"{dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 300))} 10:00:00",
                       "35.00", "交易成功"])
    path = folder / f"shop{seed}.shoplens"
    with Workspace.create(path, shop_name="Generated") as ws:
        import_file(ws, _write(folder / f"members{seed}.csv", members))
        import_file(ws, _write(folder / f"orders{seed}.csv", orders))
    return str(path)


@pytest.fixture(scope="module", params=["demo", "history", "plain"])
def shop(request, tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp(request.param)
    if request.param == "demo":
        return str(build_demo_workspace(folder / "demo.shoplens", customers=400))
    return generated_shop(folder, 3 if request.param == "history" else 4, history=request.param == "history")


def cli_json(capsys, *args: str) -> dict:
    capsys.readouterr()
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_every_surface_shows_the_same_headline_figures(shop, capsys) -> None:
    info = cli_json(capsys, "info", shop, "--json")
    with Workspace.open(shop, readonly=True) as ws:
        figures = headline(ws)
        assert kpis(ws) == figures  # the dashboard's cards
        features = compute_features(ws)
        months = monthly(ws.conn)
    assert figures.buyers > 0 and figures.customers > figures.buyers
    for key in ("customers", "buyers", "active_90", "orders", "revenue", "first_order", "last_order"):
        assert info[key] == getattr(figures, key), key
    assert info["as_of"] == figures.as_of.isoformat()
    assert info["history"]["customers"] == figures.history.customers
    # the metrics every segment and tag is built on see the same buyers
    assert int((features["frequency"] > 0).sum()) == figures.buyers
    assert len(features) == figures.customers
    # the monthly series adds up to the headline and each month is that period's figures
    assert months["revenue"].sum() == pytest.approx(figures.revenue)
    assert int(months["orders"].sum()) == figures.orders
    with Workspace.open(shop, readonly=True) as ws:
        for row in months.tail(3).itertuples():
            start = dt.date.fromisoformat(row.month + "-01")
            end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            period = period_figures(ws, start, end)
            assert (period.revenue, period.orders, period.buyers) == (
                pytest.approx(row.revenue), row.orders, row.active_customers)  # the chart's "Buyers that month"
        # active customers of a period ending on the last day of data: the headline's active_90
        last_day = figures.as_of - dt.timedelta(days=1)
        assert period_figures(ws, last_day.replace(day=1), last_day).active == figures.active_90


def test_segments_tags_report_and_predictions_count_the_same_buyers(shop, capsys, tmp_path) -> None:
    work = tmp_path / "copy.shoplens"
    work.write_bytes(open(shop, "rb").read())
    with Workspace.open(work, readonly=True) as ws:
        figures = headline(ws)
    for scheme in ("rfm-cn8", "rfm-grid", "kmeans"):
        run = cli_json(capsys, "segment", str(work), "--scheme", scheme, "--json")
        sizes = {s["label"]: s["size"] for s in run["segments"]}
        assert run["customers"] == figures.customers, scheme
        assert sum(sizes.values()) - sizes.get("no_purchases", 0) == figures.buyers, scheme
        assert sizes.get("no_purchases", 0) == figures.customers - figures.buyers, scheme
    tags = cli_json(capsys, "tags", str(work), "--template", "lifecycle", "--json")
    with Workspace.open(work) as ws:
        # the lifecycle stages (the layer also holds single tags, e.g. the action "Newly at churn risk")
        lifecycle = [t for t in tag_summary(ws) if t["layer"] == "lifecycle" and t["group_en"] == "Lifecycle stage"]
        assert sum(t["count"] for t in lifecycle) == figures.buyers  # a buyer has exactly one stage
        assert lifecycle[0]["group_no_match"] == figures.customers - figures.buyers
        assert tags["customers"] == figures.customers
        report = gather(ws)
        assert report.kpis == headline(ws, report.as_of)
        assert sum(s.size for s in report.segments if s.label != "no_purchases") == figures.buyers
        try:
            prediction = predict_customers(ws)
        except InputError as exc:  # too few repeat buyers in a small shop is a refusal, not a figure
            pytest.skip(f"no prediction for this shop: {exc}")
    assert prediction.customers == figures.buyers


def test_an_import_says_how_many_of_its_orders_the_figures_count(tmp_path, capsys):
    """The wizard's result page and `shoplens import` name the new orders the status bar and Home count."""
    import csv
    import json

    from shoplens.cli import main
    from shoplens.features.headline import shop_summary
    from shoplens.workspace import Workspace

    path = tmp_path / "orders.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["订单号", "下单时间", "手机号", "实付金额", "订单状态"])
        writer.writerow(["A1", "2024-05-01 10:00:00", "13800138001", "120.00", "已完成"])
        writer.writerow(["A2", "2024-05-02 10:00:00", "13800138002", "80.00", "已完成"])
        writer.writerow(["A3", "2024-05-03 10:00:00", "13800138001", "60.00", "已退款"])
        writer.writerow(["A4", "2024-05-04 10:00:00", "13800138003", "50.00", "已取消"])
        writer.writerow(["A5", "2024-05-05 10:00:00", "13800138002", "-80.00", "已完成"])  # a refund booked as a row
    ws_path = tmp_path / "shop.shoplens"
    assert main(["import", str(ws_path), str(path), "--json"]) == 0
    done = json.loads(capsys.readouterr().out)["imports"][0]
    assert (done["orders_added"], done["orders_counted"]) == (5, 2)
    ws = Workspace.open(ws_path)
    try:
        assert shop_summary(ws)["orders"] == done["orders_counted"]  # what the status bar shows
    finally:
        ws.close()
    assert main(["import", str(tmp_path / "again.shoplens"), str(path)]) == 0
    assert "2 of the new orders count as paid orders in the figures; the other 3 are" in capsys.readouterr().out
