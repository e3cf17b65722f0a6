"""Built-in tag templates on shops whose answers are known by construction."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

import segdata
from shoplens.errors import InputError
from shoplens.features.metrics import refresh
from shoplens.tags.evaluate import Context, customer_frame, evaluate
from shoplens.tags.history import customer_ids_for_tag, group_no_match, tags_for_customer
from shoplens.tags.model import TagDef, TagGroup
from shoplens.tags.refresh import group_assignment, refresh_tags
from shoplens.tags.store import save_group, save_tag
from shoplens.tags.templates import TEMPLATES, build_template, shop_interval, template_defaults

AS_OF = dt.date(2024, 7, 1)


def _orders(customer: int, last: dt.date, count: int, gap: int = 30) -> list[dict]:
    return [{"customer_id": customer, "order_time": f"{last - dt.timedelta(days=gap * i)} 12:00:00",
             "amount_cents": 10000} for i in range(count)]


# customer id → (days since last order, orders, expected stage); everyone with 2+ orders buys every 30 days
LIFECYCLE = {1: (11, 3, "Active"), 2: (16, 1, "New"), 3: (60, 2, "Silent"), 4: (151, 2, "Churn risk"),
             5: (547, 2, "Lost"), 7: (61, 2, "Churn risk"), 8: (30, 2, "Active"), 9: (365, 2, "Churn risk"),
             10: (366, 2, "Lost"), 11: (31, 2, "Silent")}


@pytest.fixture
def lifecycle_ws(tmp_path):
    ws = segdata.new_workspace(tmp_path)
    segdata.insert_customers(ws, [{"id": i} for i in range(1, 13)])
    rows = []
    for cid, (recency, count, _) in LIFECYCLE.items():
        rows += _orders(cid, AS_OF - dt.timedelta(days=recency), count)
    rows.append({"customer_id": 12, "order_time": "2024-06-01 12:00:00", "amount_cents": 500, "status": "refunded"})
    segdata.insert_orders(ws, rows)
    refresh(ws, AS_OF)
    yield ws
    ws.close()


def test_lifecycle_stages_known_answers(lifecycle_ws):
    ws = lifecycle_ws
    frame, as_of = customer_frame(ws)
    assert as_of == AS_OF
    ctx = Context(frame, as_of)
    assert shop_interval(ctx) == 30
    params = template_defaults("lifecycle", ctx)
    assert params == {"new_days": 30, "active_days": 30, "silent_days": 60, "lost_days": 365}
    group = build_template("lifecycle", ctx, params)
    assert [v.name_en for v in group.values] == ["New", "Active", "Silent", "Churn risk", "Lost"]
    assert [v.name_zh for v in group.values] == ["新客", "活跃", "沉默", "流失预警", "已流失"]
    assigned, report = group_assignment(group, ctx)
    stage = {cid: (group.values[i].name_en if i >= 0 else None) for cid, i in zip(frame.index, assigned, strict=True)}
    assert stage == {**{cid: s for cid, (_, _, s) in LIFECYCLE.items()}, 6: None, 12: None}
    assert sorted(report.no_match.tolist()) == [6, 12] and report.no_match_count == 2
    assert report.counts == [1, 2, 2, 3, 2]
    # saved and refreshed: the same answers through the workspace
    save_group(ws, group)
    refresh_tags(ws)
    assert customer_ids_for_tag(ws, "流失预警") == [4, 7, 9]
    assert tags_for_customer(ws, 2) == [("New", "新客", "lifecycle", "#2bb673")]
    assert group_no_match(ws, group.id) == [6, 12]


def test_lifecycle_thresholds_adjusted_and_checked(lifecycle_ws):
    frame, as_of = customer_frame(lifecycle_ws)
    ctx = Context(frame, as_of)
    group = build_template("lifecycle", ctx, {"lost_days": 150, "silent_days": 90})
    _, report = group_assignment(group, ctx)
    assert report.counts == [1, 2, 3, 0, 4]  # 61 is silent now; 151, 365, 366, 547 are lost
    with pytest.raises(InputError, match="grow from Active"):
        build_template("lifecycle", ctx, {"active_days": 90, "silent_days": 60})
    with pytest.raises(InputError, match="unknown setting"):
        build_template("lifecycle", ctx, {"lost": 3})
    with pytest.raises(InputError, match="from 3 to 3650"):
        build_template("lifecycle", ctx, {"lost_days": 5000})


def test_lifecycle_scales_with_the_shop_interval():
    frame = pd.DataFrame({"typical_interval_days": [100.0, 120, 140, np.nan], "frequency": [3, 3, 3, 1]},
                         index=pd.Index([1, 2, 3, 4], name="customer_id"))
    params = template_defaults("lifecycle", Context(frame, AS_OF))
    assert params == {"new_days": 30, "active_days": 120, "silent_days": 240, "lost_days": 365}
    slow = frame.assign(typical_interval_days=[300.0, 300, 300, 300])
    params = template_defaults("lifecycle", Context(slow, AS_OF))
    assert params["active_days"] < params["silent_days"] < params["lost_days"] == 365
    none = frame.assign(typical_interval_days=np.nan)
    assert template_defaults("lifecycle", Context(none, AS_OF))["active_days"] == 90


def _shop(n: int = 100, seed: int = 3) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    ids = rng.permutation(np.arange(1, n + 1))
    frequency = rng.integers(0, 6, n)
    monetary = np.where(frequency > 0, rng.permutation(np.arange(1, n + 1)) * 10.0, 0.0)
    return pd.DataFrame({"frequency": frequency, "monetary": monetary,
                         "discount_share": np.where(frequency > 0, rng.choice([0, 0.25, 0.5, 0.8, 1], n), np.nan),
                         "fav_category": np.where(frequency > 0, rng.choice(["Tea", "tea", "Cups", "Pots", "Gifts",
                                                                             "Snacks"], n, p=[.3, .1, .25, .15, .1,
                                                                                             .1]), None),
                         "birthday": rng.choice(["1990-07-09", "1981-03-02", None], n),
                         "member_level": rng.choice(["Gold", "Silver", None], n)},
                        index=pd.Index(ids, name="customer_id"))


def test_value_tiers_split_buyers_by_spend():
    frame = _shop()
    ctx = Context(frame, AS_OF)
    group = build_template("value_tiers", ctx)
    assigned, report = group_assignment(group, ctx)
    buyers = frame[frame["frequency"] > 0].sort_values("monetary", ascending=False)
    n = len(buyers)
    top = set(buyers.index[: -(-n * 20 // 100)])
    bottom = set(buyers.index[n - -(-n * 30 // 100):])
    tier = pd.Series(assigned, index=frame.index)
    assert set(tier.index[tier == 0]) == top
    assert set(tier.index[tier == 2]) == bottom
    assert set(tier.index[tier == 1]) == set(buyers.index) - top - bottom
    assert set(report.no_match.tolist()) == set(frame.index[frame["frequency"] == 0])
    with pytest.raises(InputError, match="exceed 100%"):
        build_template("value_tiers", ctx, {"top_pct": 60, "bottom_pct": 50})


def test_repeat_price_birthday_and_member_level():
    frame = _shop()
    ctx = Context(frame, AS_OF)
    assigned, _ = group_assignment(build_template("repeat", ctx, {"repeat_min": 3}), ctx)
    freq = frame["frequency"].to_numpy()
    assert (assigned == np.select([(freq >= 1) & (freq < 3), freq >= 3], [0, 1], -1)).all()
    price = build_template("price_sensitive", ctx, {"share_pct": 50, "min_orders": 2})
    assert isinstance(price, TagDef) and price.layer == "interest"
    got = evaluate(price.rule, ctx)
    share = frame["discount_share"].to_numpy()
    assert (got == ((np.nan_to_num(share) >= 0.5) & (freq >= 2))).all()
    birthday = evaluate(build_template("birthday_month", ctx).rule, ctx)
    assert (birthday == (frame["birthday"] == "1990-07-09").to_numpy()).all()
    levels = build_template("member_level", ctx)
    assert [v.name_en for v in levels.values] == sorted(
        [f"Member level: {v}" for v in ("Gold", "Silver")],
        key=lambda name: -int((frame["member_level"] == name.split(": ")[1]).sum()))


def test_favourite_category_lists_common_values_then_other():
    frame = _shop()
    ctx = Context(frame, AS_OF)
    group = build_template("fav_category", ctx, {"max_values": 2})
    folded = frame["fav_category"].dropna().str.casefold().value_counts()
    assert folded.index[0] == "tea" and [v.name_en for v in group.values][0] == "Favourite category: Tea"
    assert len(group.values) == 3 and group.values[-1].name_en == "Favourite category: other"
    assigned, report = group_assignment(group, ctx)
    assert (assigned == 0).sum() == folded["tea"]  # "Tea" and "tea" are one value
    assert (assigned == 2).sum() == folded.iloc[2:].sum()
    assert report.no_match_count == int(frame["fav_category"].isna().sum())
    empty = frame.assign(fav_category=None)
    with pytest.raises(InputError, match="no customer has a value"):
        build_template("fav_category", Context(empty, AS_OF))


def test_every_template_builds_and_saves(tmp_path):
    ws = segdata.new_workspace(tmp_path)
    segdata.make_shop(ws, 300, seed=11)
    with ws.transaction() as conn:
        conn.execute("UPDATE customers SET member_level = CASE id % 3 WHEN 0 THEN '金卡' WHEN 1 THEN '银卡' END,"
                     " birthday = '1990-0' || (1 + id % 9) || '-15'")
    refresh(ws)
    frame, as_of = customer_frame(ws)
    ctx = Context(frame, as_of)
    for key in TEMPLATES:
        built = build_template(key, ctx)
        assert built.template == key
        if isinstance(built, TagGroup):
            save_group(ws, built)
        else:
            save_tag(ws, built)
    assert refresh_tags(ws) is not None
    # saving a template again replaces its tags instead of failing on the names
    save_group(ws, build_template("lifecycle", ctx, {"lost_days": 300}))
    save_tag(ws, build_template("price_sensitive", ctx, {"share_pct": 30}))
    ws.close()
