"""Determinism: the same rows give the same metrics, segments, tags and predictions whatever the row order in the
files and whatever order the files were imported in (customer ids follow that order, so results are compared by
the shop's own identifier, the member no.)."""

from __future__ import annotations

import csv
import datetime as dt
import random

import pandas as pd
import pytest

from shoplens.features.metrics import compute_features
from shoplens.pipeline import import_file
from shoplens.predict.run import predict_customers
from shoplens.segmentation.build import build_run
from shoplens.tags.defaults import install_templates
from shoplens.tags.history import customer_ids_for_tag, tag_summary
from shoplens.workspace import Workspace

PRODUCTS = [("绿茶", "茶叶"), ("红茶", "茶叶"), ("茶具套装", "茶具"), ("紫砂壶", "茶具"), ("茶点", "零食")]


def shop_rows(seed: int, members: int = 260) -> tuple[list[list[str]], list[list[str]]]:
    """A member list and an orders file: members with a few orders each over two years, some ties in spend."""
    rng = random.Random(seed)
    member_rows = [["会员卡号", "姓名", "手机号", "生日"]]
    order_rows = [["订单号", "会员卡号", "下单时间", "实付金额", "商品名称", "商品分类"]]
    start = dt.date(2023, 1, 1)
    order_no = 100000
    for i in range(members):
        member_no = f"VIP{i:05d}"
        member_rows.append([member_no, f"客户{i}", f"139{i:08d}", f"19{rng.randint(60, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"])
        if i % 9 == 0:
            continue  # members who never bought
        first = rng.randint(0, 600)
        for _ in range(1 + int(rng.expovariate(0.45))):
            day = min(729, first + int(rng.expovariate(1 / 60)))
            product, category = rng.choice(PRODUCTS)
            order_no += 1
            amount = rng.choice([59, 88, 128, 199, 388]) * rng.randint(1, 3)  # many ties
            order_rows.append([str(order_no), member_no, f"{start + dt.timedelta(days=day)} {rng.randint(9, 21):02d}:15:00",
                               f"{amount}.00", product, category])
    return member_rows, order_rows


def write(path, rows) -> str:
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return str(path)


def shuffled(rows: list[list[str]], seed: int) -> list[list[str]]:
    body = rows[1:]
    random.Random(seed).shuffle(body)
    return [rows[0], *body]


def everything(ws: Workspace) -> dict[str, object]:
    """Each result keyed by member no.: metrics, three segmentations, tag memberships, predictions."""
    ids = pd.Series(dict(ws.conn.execute("SELECT id, member_no FROM customers").fetchall()))
    by_member = lambda series: series.rename(index=ids).sort_index()  # noqa: E731
    features = compute_features(ws)
    out: dict[str, object] = {
        "features": by_member(features[["recency_days", "frequency", "monetary_cents"]].fillna(-1).apply(tuple, axis=1)).to_dict()}
    for method in ("rfm-cn8", "rfm-grid", "kmeans"):
        run = build_run(ws, method, k=4 if method == "kmeans" else None)
        out[method] = by_member(run.labels).to_dict()
    install_templates(ws, ["lifecycle", "value"])
    out["tags"] = {t["name_en"]: sorted(ids[customer_ids_for_tag(ws, t["id"])]) for t in tag_summary(ws)}
    prediction = predict_customers(ws, unit="weeks").table
    out["predictions"] = by_member(prediction["p_alive"].round(9)).to_dict()
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_row_order_and_import_order_change_nothing(tmp_path, seed) -> None:
    members, orders = shop_rows(seed)
    results = []
    for variant, (first, second) in enumerate([
        (write(tmp_path / "members.csv", members), write(tmp_path / "orders.csv", orders)),
        (write(tmp_path / "orders_shuffled.csv", shuffled(orders, seed + 10)),
         write(tmp_path / "members_shuffled.csv", shuffled(members, seed + 20))),
    ]):
        ws = Workspace.create(tmp_path / f"shop{variant}.shoplens", shop_name="Shop")
        try:
            import_file(ws, first)
            import_file(ws, second)
            results.append(everything(ws))
        finally:
            ws.close()
    a, b = results
    assert len(a["features"]) == 260 and len(a["tags"]) >= 5
    assert len(set(a["kmeans"].values()) - {"no_purchases"}) == 4
    for key in a:
        assert a[key] == b[key], key
