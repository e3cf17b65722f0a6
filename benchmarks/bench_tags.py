"""Benchmark: evaluate 30 tags (templates and custom rules) on 200,000 customers; target under 1 s.

Two figures: the evaluation alone (the customer frame already in memory, caches cold: what the wizard's live counts
and the refresh both do), and the whole refresh in a workspace (read metrics and attributes from SQLite, evaluate,
rewrite customer_tags, keep a snapshot with compact memberships), as run after every import.

    .venv/bin/python benchmarks/bench_tags.py [--customers N] [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from shoplens.features.metrics import save_features
from shoplens.tags.evaluate import Context, add_derived
from shoplens.tags.model import TagDef
from shoplens.tags.refresh import evaluate_definitions, refresh_tags
from shoplens.tags.rules import validate_rule
from shoplens.tags.store import save_group, save_tag
from shoplens.tags.templates import build_template
from shoplens.workspace import Workspace

AS_OF = dt.date(2024, 7, 1)
CATEGORIES = np.array(["green tea", "black tea", "oolong", "teaware", "gift box", "snacks", "puer", "white tea"])
CHANNELS = np.array(["store", "taobao", "wechat", "shopify"])
CITIES = np.array(["上海", "杭州", "北京", "苏州", "南京", "广州"])


def customer_frame(n: int, seed: int = 1) -> pd.DataFrame:
    """Metrics and attributes shaped like compute_features + customers, for n customers."""
    rng = np.random.default_rng(seed)
    freq = np.where(rng.random(n) < 0.05, 0, 1 + rng.geometric(0.35, n) - 1)
    buyer = freq > 0
    monetary_cents = np.where(buyer, (rng.lognormal(5, 1, n) * 100 * np.maximum(freq, 1)).round(), 0).astype(np.int64)
    first = np.where(buyer, rng.integers(1, 900, n), np.nan)
    last = np.where(buyer, np.minimum(first, rng.integers(1, 900, n)), np.nan)
    as_of_day = (AS_OF - dt.date(1970, 1, 1)).days

    def day_text(days):
        out = np.full(n, None, dtype=object)
        ok = ~np.isnan(days)
        out[ok] = np.datetime_as_string((as_of_day - days[ok]).astype(np.int64).astype("datetime64[D]"))
        return out

    frame = pd.DataFrame({
        "source": np.where(buyer, "orders", "none"),
        "recency_days": last, "frequency": freq, "monetary_cents": monetary_cents,
        "aov_cents": np.where(buyer, monetary_cents / np.maximum(freq, 1), np.nan).round(),
        "first_order": day_text(first), "last_order": day_text(last), "tenure_days": first,
        "typical_interval_days": np.where(freq > 1, rng.gamma(2, 30, n), np.nan),
        "orders_30": np.where(last <= 30, 1, 0), "orders_90": np.where(last <= 90, 1, 0),
        "orders_365": np.where(last <= 365, np.minimum(freq, 3), 0),
        "spend_30_cents": np.where(last <= 30, monetary_cents // 3, 0),
        "spend_90_cents": np.where(last <= 90, monetary_cents // 2, 0),
        "spend_365_cents": np.where(last <= 365, monetary_cents, 0),
        "fav_category": np.where(buyer, CATEGORIES[rng.integers(0, len(CATEGORIES), n)], None),
        "fav_channel": np.where(buyer, CHANNELS[rng.integers(0, len(CHANNELS), n)], None),
        "fav_store": np.where(buyer, "online", None),
        "active_weekday": np.where(buyer, rng.integers(0, 7, n), np.nan),
        "active_hour": np.where(buyer, rng.integers(8, 23, n), np.nan),
        "discount_share": np.where(buyer, rng.choice([0, 0.25, 0.5, 1.0], n), np.nan),
    }, index=pd.Index(np.arange(1, n + 1), name="customer_id"))
    for money in ("monetary", "aov", "spend_30", "spend_90", "spend_365"):
        frame[money] = frame[f"{money}_cents"] / 100
    frame["gender"] = rng.choice(np.array(["女", "男", None], dtype=object), n)
    frame["birthday"] = np.where(rng.random(n) < 0.7, np.datetime_as_string(
        np.datetime64("1960-01-01") + rng.integers(0, 16000, n).astype("timedelta64[D]")), None)
    frame["age"] = np.nan
    frame["city"] = CITIES[rng.integers(0, len(CITIES), n)]
    frame["province"] = None
    frame["member_level"] = rng.choice(np.array(["普通", "银卡", "金卡", None], dtype=object), n)
    frame["join_date"] = None
    frame["points"] = rng.integers(0, 5000, n).astype(float)
    add_derived(frame, AS_OF)
    return frame


CUSTOM = [
    {"all": [{"field": "city", "op": "in", "value": ["上海", "杭州"]}, {"field": "monetary", "op": "top_pct",
                                                                   "value": 10}]},
    {"any": [{"field": "orders_90", "op": ">=", "value": 1}, {"field": "spend_365", "op": ">", "value": 500}]},
    {"not": {"field": "fav_channel", "op": "=", "value": "store"}},
    {"field": "gender", "op": "=", "value": "女"},
    {"field": "age", "op": "between", "value": [25, 35]},
    {"field": "last_order", "op": "within_days", "value": 60},
    {"all": [{"field": "member_level", "op": "=", "value": "金卡"}, {"field": "recency_days", "op": ">", "value": 180}]},
    {"field": "fav_category", "op": "contains", "value": "tea"},
    {"field": "aov", "op": "bottom_pct", "value": 25},
]


def definitions(ctx: Context):
    """30 tags: eight templates (26 tags) and custom rules to reach 30."""
    groups, singles = [], []
    for key, params in (("lifecycle", None), ("value_tiers", None), ("repeat", None),
                        ("fav_category", {"max_values": 5}), ("fav_channel", {"max_values": 3}),
                        ("member_level", {"max_values": 2}), ("price_sensitive", None), ("birthday_month", None)):
        built = build_template(key, ctx, params)
        (groups if hasattr(built, "values") else singles).append(built)
    count = sum(len(g.values) for g in groups) + len(singles)
    for i, rule in enumerate(CUSTOM[: max(0, 30 - count)]):
        singles.append(TagDef(f"Custom {i}", f"自定义 {i}", "custom", validate_rule(rule)))
    next_id = iter(range(1, 1000))
    for tag in singles + [v for g in groups for v in g.values]:
        tag.id = next(next_id)
    return groups, singles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    frame = customer_frame(args.customers)
    groups, singles = definitions(Context(frame, AS_OF))
    tags = len(singles) + sum(len(g.values) for g in groups)
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        result = evaluate_definitions(Context(frame, AS_OF), singles, groups)  # fresh context: caches cold
        times.append(time.perf_counter() - start)
    print(f"{tags} tags ({len(groups)} groups) on {args.customers:,} customers; memberships:"
          f" {sum(len(m) for m in result.members.values()):,}")
    print(f"evaluation (frame in memory): best {min(times):.3f} s, median {np.median(times):.3f} s"
          f" -> target < 1 s: {'met' if np.median(times) < 1 else 'NOT met'}")
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.create(Path(tmp) / "bench.shoplens")
        with ws.transaction() as conn:
            conn.executemany(
                "INSERT INTO customers(id, gender, birthday, city, member_level, points, first_import_id)"
                " VALUES (?, ?, ?, ?, ?, ?, 1)",
                zip(frame.index.tolist(), frame["gender"].tolist(), frame["birthday"].tolist(), frame["city"].tolist(),
                    frame["member_level"].tolist(), frame["points"].tolist(), strict=True))
        save_features(ws, frame, AS_OF)
        for group in groups:
            for v in group.values:
                v.id = None
            save_group(ws, group)
        for tag in singles:
            tag.id = None
            save_tag(ws, tag)
        features = frame.drop(columns=["gender", "birthday", "age", "city", "province", "member_level", "join_date",
                                       "points", "birthday_month"])
        changed = features.copy()
        changed["recency_days"] = changed["recency_days"] + 7  # a week later: customers move between tags
        for label, given in (("first (every row written)", features), ("same data (no new snapshot)", features),
                             ("a week later (changes written)", changed), ("reading metrics from SQLite", None)):
            start = time.perf_counter()
            refresh_tags(ws, given, AS_OF)
            print(f"whole refresh_tags, {label}: {time.perf_counter() - start:.3f} s")
        size = ws.conn.execute("SELECT sum(length(members)) FROM tag_snapshot_counts").fetchone()[0]
        print(f"snapshot memberships: {size / 1024:.0f} KiB for {tags} tags")
        ws.close()


if __name__ == "__main__":
    main()
